"""Open a hub: its database (PostgreSQL, migrated), its services, its folder, its server."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from app.container import Services, open_services
from app.domain.errors import DomainError
from app.hub.tls import CERT, KEY, fingerprint_of, make_certificate
from app.services.hub import HubService
from app.services.hub_admission import HubAdmission
from app.services.hub_gate import DEFAULT_WORKERS


def default_folder() -> Path:
    return Path(user_data_dir("asamblea", appauthor=False)) / "hub"


@dataclass
class Hub:
    services: Services
    admission: HubAdmission
    hub: HubService
    folder: Path

    @property
    def certificate_fingerprint(self) -> str:
        return fingerprint_of(self.folder / CERT)

    def close(self) -> None:
        self.services.close()


def open_hub(db: str, folder: Path | None, workers: int = DEFAULT_WORKERS) -> Hub:
    if not db.startswith("postgresql"):
        # The hub holds many communes: SQLite's single writer is not made for it.
        raise DomainError("hub.needs_postgresql")
    folder = folder or default_folder()
    services = open_services(db)
    try:
        admission = HubAdmission(services.sessions, services.ctx.clock)
        hub = HubService(services.sessions, services.sync, admission, services.ctx.clock,
                         services.device.id, folder / "spool", workers)
    except Exception:
        services.close()
        raise
    return Hub(services, admission, hub, folder)


def init_hub(db: str, folder: Path | None) -> Hub:
    hub = open_hub(db, folder)
    make_certificate(hub.folder, "asamblea-hub")
    return hub


def serve(hub: Hub, host: str, port: int) -> None:
    import uvicorn

    from app.hub.pages import result_routes
    from app.hub.server import build_app

    cert = hub.folder / CERT
    if not cert.exists():
        raise DomainError("hub.not_initialized", folder=str(hub.folder))
    hello = {"hub_id": hub.services.device.id, "hub_fingerprint": hub.services.device.fingerprint}
    app = build_app(hub.admission, hub.hub, hello, result_routes(hub.services))
    uvicorn.run(app, host=host, port=port, ssl_certfile=str(cert),
                ssl_keyfile=str(hub.folder / KEY), log_level="warning", access_log=False)
