"""The laptop's HTTP client for the hub (httpx): signed requests over the pinned certificate,
uploads that resume from what the hub holds, downloads that resume with a Range request.

No SQL here: app/services/hub_client.py decides what to send and records what was done.
"""

from __future__ import annotations

import json
import secrets
import ssl
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from app.domain.errors import DomainError
from app.sync.hub_protocol import (
    CHUNK_BYTES,
    SignedHeaders,
    body_digest,
    certificate_fingerprint,
    held_query,
    same_fingerprint,
    signing_text,
)
from app.sync.identity import DeviceIdentity

TIMEOUT = httpx.Timeout(30.0, connect=10.0)
IDLE_ATTEMPTS = 5  # cut connections in a row that moved no byte before giving up
PAUSE = 0.05  # seconds, doubled after each attempt that moved nothing


def check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise DomainError("hub.bad_url", url=url)
    return url.strip().rstrip("/")


def fetch_certificate(url: str, expected: str) -> str:
    """The hub's certificate (PEM), if its fingerprint is the one the secretary typed: the
    first contact pins it; later ones trust nothing else."""
    parts = urlsplit(check_url(url))
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        import socket

        with socket.create_connection((parts.hostname, parts.port or 443), timeout=10) as raw, \
                context.wrap_socket(raw, server_hostname=parts.hostname) as tls:
            der = tls.getpeercert(binary_form=True)
    except OSError as exc:
        raise DomainError("hub.unreachable", url=url, detail=str(exc)) from exc
    if der is None:
        raise DomainError("hub.unreachable", url=url, detail="no certificate")
    found = certificate_fingerprint(der)
    if not same_fingerprint(found, expected):
        raise DomainError("hub.wrong_fingerprint", given=expected, found=found)
    return ssl.DER_cert_to_PEM_cert(der)


class HubTransport:
    def __init__(self, url: str, certificate_pem: str, identity: DeviceIdentity,
                 pause: Callable[[float], None] = time.sleep) -> None:
        self._url = check_url(url)
        context = ssl.create_default_context(cadata=certificate_pem)
        # The certificate is pinned: the exact one first seen, whatever name the hub is
        # reached by (an address on a parish's network, a tunnel).
        context.check_hostname = False
        self._client = httpx.Client(base_url=self._url, verify=context, timeout=TIMEOUT)
        self._identity = identity
        self._pause = pause
        self._moved = 0  # bytes that reached the other side: a cut after progress is no failure

    @property
    def url(self) -> str:
        return self._url

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HubTransport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- one signed request -------------------------------------------------------------------

    def _headers(self, method: str, target: str, digest: str) -> dict[str, str]:
        date = datetime.now(UTC).isoformat()
        nonce = secrets.token_hex(16)
        signature = self._identity.sign(signing_text(method, target, date, nonce, digest))
        return SignedHeaders(self._identity.public_key_hex, date, nonce, digest,
                             signature).as_dict()

    def request(self, method: str, target: str, body: bytes = b"",
                extra: dict[str, str] | None = None) -> httpx.Response:
        headers = self._headers(method, target, body_digest(body))
        headers.update(extra or {})
        try:
            response = self._client.request(method, target, content=body, headers=headers)
        except ssl.SSLCertVerificationError as exc:
            raise DomainError("hub.certificate_changed", url=self._url) from exc
        except httpx.ConnectError as exc:
            if isinstance(exc.__cause__, ssl.SSLCertVerificationError) or \
                    "CERTIFICATE_VERIFY_FAILED" in str(exc):
                raise DomainError("hub.certificate_changed", url=self._url) from exc
            raise
        _raise_refusal(response)
        return response

    def _retrying(self, step: Callable[[], Any]) -> Any:
        """Run `step` again after a cut connection; each step asks the hub where it stands.
        Gives up after a few cuts in a row that moved nothing (the hub is down, not slow)."""
        last: Exception | None = None
        idle = 0
        seen = self._moved
        while idle < IDLE_ATTEMPTS:
            try:
                return step()
            except httpx.TransportError as exc:
                last = exc
                idle = 0 if self._moved != seen else idle + 1
                seen = self._moved
                self._pause(PAUSE * (2 ** idle))
        raise DomainError("hub.unreachable", url=self._url, detail=str(last))

    # -- the protocol --------------------------------------------------------------------------

    def hello(self) -> dict[str, Any]:
        data: dict[str, Any] = self._retrying(lambda: self.request("GET", "/v1/hello").json())
        return data

    def upload(self, path: Path, sha: str, held: dict[str, int] | None = None,
               delivered: bool = False) -> dict[str, Any]:
        """Send the bundle file; after a cut, ask the hub how much it holds and go on. With
        `held` (this laptop's holdings) the hub answers the apply with the download ready
        ("pull"), as `pull` would. An answer {"applying": true} (202) says the hub holds the
        whole bundle and is still applying it.

        A first attempt sends from the start without asking: a bundle is new to the hub but
        after a cut, and a hub holding some of it answers with its offset (409). A bundle
        `delivered` at an earlier sync is asked about first (the hub holds it): its bytes are
        not sent again, and a refusal of its apply comes back from that question."""
        total = path.stat().st_size
        last_offset = [0]  # what the hub held at the last look: bytes beyond it are progress
        asked = [delivered]
        apply_body = b"" if held is None else json.dumps({"holdings": held}).encode()
        # The last chunk asks for the apply as well (and the download, when the holdings fit
        # in its signed query): a bundle of one chunk is one request. A hub that answers such
        # a chunk with its offset only (older) is asked to apply in a request of its own.
        then_apply = "&apply=1"
        query = held_query(held) if held is not None else None
        then_apply += f"&held={query}" if query is not None else ""

        def step() -> dict[str, Any]:
            offset, applied = 0, False
            if asked[0]:
                state = self.request("GET", f"/v1/uploads/{sha}").json()
                offset, applied = int(state["offset"]), bool(state["applied"])
                self._moved += max(0, offset - last_offset[0])
                last_offset[0] = offset
            asked[0] = True
            if not applied:
                with path.open("rb") as fh:
                    while offset < total:
                        fh.seek(offset)
                        chunk = fh.read(CHUNK_BYTES)
                        last = offset + len(chunk) >= total
                        try:
                            reply = self.request(
                                "PUT", f"/v1/uploads/{sha}?offset={offset}&total={total}"
                                f"{then_apply if last else ''}", chunk)
                        except DomainError as exc:
                            if exc.code != "hub.offset":
                                raise
                            held_there = int(exc.params.get("offset", 0))
                            self._moved += max(0, held_there - offset)
                            offset = held_there
                            self._pause(PAUSE)  # the cut connection's writer may linger
                            continue
                        answer = reply.json()
                        moved = int(answer["offset"])
                        self._moved += max(0, moved - offset)
                        offset = moved
                        if last and ("holdings" in answer or answer.get("applying")):
                            return dict(answer)
            result: dict[str, Any] = self.request("POST", f"/v1/uploads/{sha}/apply",
                                                  apply_body).json()
            return result

        result: dict[str, Any] = self._retrying(step)
        return result

    def pull(self, held: dict[str, int]) -> dict[str, Any]:
        body = json.dumps({"holdings": held}).encode()
        data: dict[str, Any] = self._retrying(
            lambda: self.request("POST", "/v1/pull", body).json())
        return data

    def download(self, sha: str, size: int, target: Path) -> None:
        """Fetch the hub's bundle into `target`, resuming a cut transfer with Range."""

        def step() -> None:
            have = target.stat().st_size if target.exists() else 0
            if have >= size:
                return
            path = f"/v1/pulls/{sha}"
            headers = self._headers("GET", path, body_digest(b""))
            headers["Range"] = f"bytes={have}-"
            with self._client.stream("GET", path, headers=headers) as response:
                if response.status_code >= 400:
                    response.read()
                    _raise_refusal(response)
                mode = "ab" if response.status_code == 206 else "wb"
                with target.open(mode) as fh:
                    for chunk in response.iter_bytes():
                        fh.write(chunk)
                        self._moved += len(chunk)
            if target.stat().st_size < size:
                raise httpx.ReadError("cut")

        self._retrying(step)


def _raise_refusal(response: httpx.Response) -> None:
    if response.status_code < 400:
        return
    try:
        data = response.json()
        code, params = str(data["error"]), dict(data.get("params") or {})
    except (ValueError, KeyError, TypeError):
        raise DomainError("hub.bad_answer", status=response.status_code) from None
    raise DomainError(code, **params)
