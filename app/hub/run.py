"""Open a hub: its database (PostgreSQL, migrated), its services, its folder, its server."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.exc import IntegrityError

from app.container import Services, open_services
from app.domain.errors import DomainError
from app.hub.tls import CERT, KEY, fingerprint_of, make_certificate
from app.services.hub import HubService
from app.services.hub_admission import HubAdmission
from app.services.hub_applier import DEFAULT_ANSWER_WITHIN
from app.services.hub_gate import DEFAULT_WORKERS
from app.services.hub_results import ensure_data_version
from app.services.sync import SyncService
from app.sync.bundle_writer import sign_own_head


def default_folder() -> Path:
    return Path(user_data_dir("asamblea", appauthor=False)) / "hub"


SPOOL = "spool"  # under the hub's folder: uploads, downloads, imports and views in progress
STAGING, VIEWS = "preparando", "views"


@dataclass
class Hub:
    services: Services
    admission: HubAdmission
    hub: HubService
    folder: Path
    db: str  # the database's URL, as given (each process of `serve --processes` opens it)
    # The hub's imports and exports, staged in its own folder (`spool/preparando`), never in
    # the system's temp folder: a bundle there holds a commune's census in clear.
    sync: SyncService
    # Seconds a laptop waits for its upload's apply before it is told "being applied".
    answer_within: float = DEFAULT_ANSWER_WITHIN

    @property
    def spool(self) -> Path:
        return self.folder / SPOOL

    @property
    def certificate_fingerprint(self) -> str:
        return fingerprint_of(self.folder / CERT)

    def close(self) -> None:
        self.hub.close()
        self.services.close()


def open_hub(db: str, folder: Path | None, workers: int = DEFAULT_WORKERS,
             answer_within: float = DEFAULT_ANSWER_WITHIN) -> Hub:
    if not db.startswith("postgresql"):
        # The hub holds many communes: SQLite's single writer is not made for it.
        raise DomainError("hub.needs_postgresql")
    folder = folder or default_folder()
    services = open_services(db)
    try:
        ctx = services.ctx
        sync = SyncService(services.sessions, services.device, ctx.log, ctx.clock, ctx.ids,
                           staging=folder / SPOOL / STAGING)
        admission = HubAdmission(services.sessions, ctx.clock)
        hub = HubService(services.sessions, sync, admission, ctx.clock, services.device.id,
                         folder / SPOOL, workers)
        _sign_head_once(services)
        ensure_data_version(services.sessions)
    except Exception:
        services.close()
        raise
    return Hub(services, admission, hub, folder, db, sync, answer_within)


def init_hub(db: str, folder: Path | None) -> Hub:
    hub = open_hub(db, folder)
    make_certificate(hub.folder, "asamblea-hub")
    return hub


def serve(hub: Hub, host: str, port: int, processes: int = 1) -> None:
    """Answer on host:port over TLS: in this process, or in `processes` processes (uvicorn's
    workers, each opening its own hub; see app/hub/asgi.py)."""
    import os

    import uvicorn

    from app.hub import asgi

    cert = hub.folder / CERT
    if not cert.exists():
        raise DomainError("hub.not_initialized", folder=str(hub.folder))
    clean_leftovers(hub.spool)
    cert_file, key_file = str(cert), str(hub.folder / KEY)
    if processes == 1:
        uvicorn.run(asgi.app_of(hub), host=host, port=port, ssl_certfile=cert_file,
                    ssl_keyfile=key_file, log_level="warning", access_log=False)
        return
    # Each process opens the hub from these (its URL may hold a password: the environment of
    # a process is readable by its own user only, as the command line that gave it was not).
    os.environ.update({asgi.ENV_DB: hub.db, asgi.ENV_DIR: str(hub.folder),
                       asgi.ENV_WORKERS: str(hub.hub.gate.workers),
                       asgi.ENV_ANSWER: repr(hub.answer_within)})
    uvicorn.run(asgi.FACTORY, factory=True, workers=processes, host=host, port=port,
                ssl_certfile=cert_file, ssl_keyfile=key_file, log_level="warning",
                access_log=False)


def clean_leftovers(spool: Path, now: float | None = None) -> None:
    """What a hub killed mid-way left behind: imports and exports being staged (nothing else
    runs them when the server starts), and digest views more than a day old (a `hub digest`
    may be running right now beside the server)."""
    import shutil
    import time

    now = time.time() if now is None else now
    for kind, age in ((STAGING, 0.0), ("applying", 0.0), (VIEWS, 86_400.0)):
        folder = spool / kind
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            if now - entry.stat().st_mtime < age:
                continue
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)


def _sign_head_once(services: Services) -> None:
    """The hub's own head, signed before any download is built: downloads of different
    communes are built at once, and each would otherwise insert that same row the first
    time (one of them failing on its key)."""
    try:
        with services.sessions.begin() as s:
            sign_own_head(s, services.device)
    except IntegrityError:
        pass  # another process of this hub (a command beside the server) signed it just now
