"""What the hub holds for one commune, as a laptop of that commune would hold it."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from app.container import open_services
from app.hub.run import VIEWS, Hub


def commune_digest(hub: Hub, commune: str) -> str:
    """The state_digest of the commune's scope: the hub's bundle for that commune, applied to
    an empty database (the same path a new laptop of the commune takes)."""
    views = hub.spool / VIEWS
    views.mkdir(parents=True, exist_ok=True)
    # In the hub's own folder, not the system's temp folder: the view holds the commune's
    # census in clear. Removed when done; a killed one is swept when the server starts.
    work = Path(tempfile.mkdtemp(prefix="view-", dir=views))
    try:
        bundle = hub.sync.export(work, full=True, plain=True,
                                 only_origins=hub.hub.scope(commune)).path
        view = open_services(work / "view.db")
        try:
            view.sync.import_file(bundle, trust_fingerprint=hub.services.device.fingerprint)
            return view.info.digest()
        finally:
            view.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
