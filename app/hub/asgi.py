"""The hub's ASGI app, for one process or for each of `hub serve --processes N`.

With several processes uvicorn starts N of them; each imports this module and calls
`create_app`, which opens its own hub (database pool, commune gate, results page cache) from
what the parent put in the environment. They share the listening socket, the database and the
hub's folder: a commune's uploads keep their order through PostgreSQL advisory locks
(app/services/hub_gate.py), an upload's writer through a lock on its file, and the results page
through the data's version row (app/services/hub_results.py).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette

from app.hub.run import Hub, open_hub

ENV_DB, ENV_DIR, ENV_WORKERS = "ASAMBLEA_HUB_DB", "ASAMBLEA_HUB_DIR", "ASAMBLEA_HUB_WORKERS"
ENV_ANSWER = "ASAMBLEA_HUB_ANSWER_WITHIN"
FACTORY = "app.hub.asgi:create_app"


def app_of(hub: Hub, close_on_exit: bool = False) -> Starlette:
    from app.hub.pages import result_routes, results_cache
    from app.hub.server import build_app

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if close_on_exit:
                hub.close()

    hello = {"hub_id": hub.services.device.id, "hub_fingerprint": hub.services.device.fingerprint}
    return build_app(hub.admission, hub.hub, hello, result_routes(results_cache(hub.services)),
                     lifespan, hub.answer_within)


def create_app() -> Starlette:
    """One process's app (uvicorn's factory), from the environment `serve` set."""
    hub = open_hub(os.environ[ENV_DB], Path(os.environ[ENV_DIR]),
                   workers=int(os.environ[ENV_WORKERS]),
                   answer_within=float(os.environ[ENV_ANSWER]))
    return app_of(hub, close_on_exit=True)
