"""The hub's HTTP face (Starlette): every route authenticates the laptop, then calls a service.

The work itself (SQL, files) runs in the thread pool, never on the event loop. Refusals carry
the error's code and parameters, so the laptop words them in its own language.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from app.domain.errors import DomainError
from app.services.hub import Appending, HubService, PullReady
from app.services.hub_admission import Caller, HubAdmission
from app.services.hub_applier import DEFAULT_ANSWER_WITHIN
from app.sync.hub_protocol import (
    CHUNK_BYTES,
    DATE,
    DIGEST,
    KEY,
    NONCE,
    REASON,
    SIGNATURE,
    SignedHeaders,
    body_digest,
    parse_held_query,
)

Handler = Callable[[Request, Caller, bytes], Awaitable[Response]]
# Work of a request that needs its caller and no body, run on the same trip to the thread
# pool as the signature's check: each trip waits its turn again behind every other request.
Prepare = Callable[[Request, Caller], object]
Lifespan = Callable[[Starlette], AbstractAsyncContextManager[None]]

STATUS = {
    "hub.not_enrolled": 401, "hub.bad_request_signature": 401, "hub.stale_request": 401,
    "hub.replayed": 401, "hub.revoked": 403, "hub.relays_revoked": 403,
    "hub.not_own_bundle": 403, "hub.offset": 409,
    "hub.push_first": 409, "hub.too_large": 413, "hub.pull_gone": 404,
}


def refusal(exc: DomainError) -> JSONResponse:
    status = STATUS.get(exc.code, 422)
    params = {k: v if isinstance(v, (int, float, str, bool)) or v is None else str(v)
              for k, v in exc.params.items()}
    return JSONResponse({"error": exc.code, "params": params, "message": str(exc)},
                        status_code=status, headers={REASON: exc.code})


async def _read_body(request: Request) -> bytes:
    """The body, refused past one chunk (and a little room for a JSON request)."""
    limit = CHUNK_BYTES + 64 * 1024
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise DomainError("hub.too_large", limit=CHUNK_BYTES // (1024 * 1024))
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise DomainError("hub.too_large", limit=CHUNK_BYTES // (1024 * 1024))
        chunks.append(chunk)
    return b"".join(chunks)


def build_app(admission: HubAdmission, hub: HubService, hello: dict[str, str],
              pages: list[Route] | None = None, lifespan: Lifespan | None = None,
              answer_within: float = DEFAULT_ANSWER_WITHIN) -> Starlette:
    def signed(handler: Handler, streamed: bool = False, prepare: Prepare | None = None
               ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            # Counted while answered, so applies let it go first (an upload's request
            # withdraws before it waits for its apply: `request.state.answering`).
            answering = request.state.answering = hub.requests.begin()
            try:
                h = request.headers
                headers = SignedHeaders(h.get(KEY, ""), h.get(DATE, ""), h.get(NONCE, ""),
                                        h.get(DIGEST, ""), h.get(SIGNATURE, ""))
                target = request.url.path + (f"?{request.url.query}" if request.url.query
                                             else "")
                # A streamed body (an upload chunk) is checked against the signed digest
                # as it is written; any other body is read first, within its limit.
                body = b"" if streamed else await _read_body(request)
                digest = None if streamed else body_digest(body)

                def check() -> tuple[Caller, object]:
                    caller = admission.authenticate(request.method, target, headers, digest)
                    return caller, prepare(request, caller) if prepare is not None else None

                caller, request.state.prepared = await run_in_threadpool(check)
                return await handler(request, caller, body)
            except DomainError as exc:
                return refusal(exc)
            finally:
                answering.end()
        return endpoint

    async def hello_route(request: Request, caller: Caller, body: bytes) -> Response:
        return JSONResponse({**hello, "commune": caller.commune})

    async def upload_state(request: Request, caller: Caller, body: bytes) -> Response:
        state = await run_in_threadpool(hub.upload_state, caller, request.path_params["sha"])
        return JSONResponse({"offset": state.offset, "applied": state.applied})

    def begin_chunk(request: Request, caller: Caller) -> Chunk:
        offset = _int(request.query_params.get("offset"))
        total = _int(request.query_params.get("total"))
        # The last chunk may ask for the apply too (`apply=1`, and `held=` for the download):
        # one request per sync of a small bundle instead of two. Read before any byte is
        # written, so a malformed query changes nothing.
        then_apply = request.query_params.get("apply") == "1"
        held_query = request.query_params.get("held")
        held = parse_held_query(held_query) if then_apply and held_query is not None else None
        sha = request.path_params["sha"]
        return Chunk(hub.begin_append(caller, sha, offset, total), sha, total, then_apply, held)

    async def upload_chunk(request: Request, caller: Caller, body: bytes) -> Response:
        chunk: Chunk = request.state.prepared
        job, complete = chunk.job, False
        try:
            async for data in request.stream():
                job.write(data)
            complete = True
        except ClientDisconnect:
            pass
        finally:
            size = await run_in_threadpool(
                job.close, request.headers.get(DIGEST, "") if complete else None)
        if chunk.then_apply and complete and size == chunk.total:
            # Not applied: begin_append refuses an applied upload's bytes with its size.
            return await answer_apply(request, caller, chunk.sha, chunk.held,
                                      {"offset": size}, applied=False)
        return JSONResponse({"offset": size})

    async def upload_apply(request: Request, caller: Caller, body: bytes) -> Response:
        # A laptop that sends its holdings with the apply gets its download ready in the
        # same answer: one request instead of two at every sync (a tally sheet's path).
        held = _holdings(body) if body else None
        return await answer_apply(request, caller, request.path_params["sha"], held, {})

    async def answer_apply(request: Request, caller: Caller, sha: str,
                           held: dict[str, int] | None, extra: dict[str, Any],
                           applied: bool | None = None) -> Response:
        # The apply runs on the hub's applier; the laptop waits for it `answer_within`
        # seconds at most, then is told "being applied" (202) and asks again at its next
        # sync. A refusal in time is answered as such (`signed` turns it into its status).
        # `applied` False: known not applied yet, not asked again (the apply checks anyway).
        done = None if applied is False else await run_in_threadpool(hub.already_applied,
                                                                      caller, sha)
        if done is None:
            # Waiting for its own apply: not in its way (withdrawn before the apply starts).
            request.state.answering.withdraw()
            applying = asyncio.wrap_future(hub.start_apply(caller, sha))
            # Read once done, so a refusal that came after the answer is not logged as
            # unread (the hub service keeps it for the laptop).
            applying.add_done_callback(lambda f: f.cancelled() or f.exception())
            # The laptop is told at once, instead of waiting out its budget for nothing, when
            # the apply will not start soon: other applies are ahead of it (a backlog), or a
            # crowd of other laptops is being answered, whom it lets go first (fifty at once).
            wait = 0.0 if hub.backlogged() or hub.requests.crowded() else answer_within
            try:
                done = await asyncio.wait_for(asyncio.shield(applying), wait)
            except TimeoutError:
                return JSONResponse({**extra, "applying": True, **hello}, status_code=202)
        answer: dict[str, Any] = {**extra, "bundle_id": done.bundle_id,
                                  "changes_new": done.changes_new, "already": done.already,
                                  "holdings": done.holdings, **hello}
        if held is not None:
            answer["pull"] = _ready(await run_in_threadpool(hub.pull, caller, held))
        return JSONResponse(answer)

    async def pull(request: Request, caller: Caller, body: bytes) -> Response:
        held = _holdings(body)
        ready = await run_in_threadpool(hub.pull, caller, held)
        return JSONResponse({**_ready(ready), **hello})

    async def pulled(request: Request, caller: Caller, body: bytes) -> Response:
        path = await run_in_threadpool(hub.pulled_file, caller, request.path_params["sha"])
        # FileResponse answers a Range request with 206: a cut download resumes.
        return FileResponse(path, media_type="application/octet-stream")

    routes = [
        Route("/v1/hello", signed(hello_route), methods=["GET"]),
        Route("/v1/uploads/{sha}", signed(upload_state), methods=["GET"]),
        Route("/v1/uploads/{sha}", signed(upload_chunk, streamed=True, prepare=begin_chunk),
              methods=["PUT"]),
        Route("/v1/uploads/{sha}/apply", signed(upload_apply), methods=["POST"]),
        Route("/v1/pull", signed(pull), methods=["POST"]),
        Route("/v1/pulls/{sha}", signed(pulled), methods=["GET"]),
        *(pages or []),
    ]
    return Starlette(routes=routes, lifespan=lifespan)


@dataclass(frozen=True)
class Chunk:
    """An upload chunk's request, checked and its writer started: what its body goes to."""

    job: Appending
    sha: str
    total: int
    then_apply: bool
    held: dict[str, int] | None


def _ready(ready: PullReady) -> dict[str, Any]:
    return {"changes": ready.changes, "sha256": ready.sha256, "size": ready.size}


def _int(value: str | None) -> int:
    if value is None or not value.isdigit():
        raise DomainError("hub.bad_upload", detail="offset")
    return int(value)


def _holdings(body: bytes) -> dict[str, int]:
    try:
        data: Any = json.loads(body or b"{}")
    except ValueError as exc:
        raise DomainError("hub.bad_upload", detail="json") from exc
    held = data.get("holdings", {}) if isinstance(data, dict) else None
    if not isinstance(held, dict) or not all(
            isinstance(k, str) and isinstance(v, int) for k, v in held.items()):
        raise DomainError("hub.bad_upload", detail="holdings")
    return held
