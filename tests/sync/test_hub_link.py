"""A link that drops: through a proxy that cuts every connection after a few hundred KB, a
20 MB upload and its download complete by resuming; killing the hub (SIGKILL) during an upload
and starting it again, the retry succeeds and the hub's check is clean. Nothing is applied
twice or half."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.container import Services
from app.domain.errors import DomainError
from app.persistence.rows import BundleRecordRow
from app.services.attachments import store

from tests.sync.conftest import Laptop
from tests.sync.cutting_proxy import CuttingProxy
from tests.sync.helpers import add_council
from tests.sync.hub_server import HubServer, run_cli

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

MB = 1024 * 1024



def heavy(services: Services, name: str, megabytes: int) -> None:
    """Scans that do not compress (random bytes), so the bundle weighs what they weigh."""
    council = add_council(services, name)
    with services.sessions.begin() as s:
        for i in range(megabytes // 5):
            store(services.ctx, s, "organization", council, f"acta-{i}.pdf",
                  os.urandom(5 * MB), "application/pdf")


def imports_on_hub(hub: HubServer) -> int:
    from app.hub.run import open_hub

    opened = open_hub(hub.db, hub.folder)
    try:
        with opened.services.sessions.begin() as s:
            return int(s.scalar(select(func.count()).select_from(BundleRecordRow).where(
                BundleRecordRow.direction == "import")) or 0)
    finally:
        opened.close()


def test_twenty_megabytes_up_and_down_through_a_link_that_drops(
        hub: HubServer, laptop: Laptop) -> None:
    proxy = CuttingProxy(hub.port, cut_between=(64_000, 512_000), delay=0.001)
    try:
        sender, receiver = laptop("sender"), laptop("receiver")
        for one in (sender, receiver):
            hub.enroll(one.device.fingerprint, "comuna-link")
            one.hub.configure(proxy.url, hub.fingerprint)
        heavy(sender, "Consejo Comunal Pesado", 20)
        imports_before = imports_on_hub(hub)
        sent = sender.hub.sync_now()
        assert sent.sent_bundles == 1 and sent.sent_changes > 0
        assert imports_on_hub(hub) == imports_before + 1  # applied once, not per retry
        cuts_up = proxy.cuts
        assert cuts_up >= 20  # it resumed many times (a restart would never finish)
        got = receiver.hub.sync_now()
        # What the sender sent, and the hub's own device record.
        assert got.received_changes == sent.sent_changes + 1
        assert proxy.cuts > cuts_up + 20
        assert receiver.info.digest() == sender.info.digest()
        # Asking again changes nothing on either side.
        assert sender.hub.sync_now().sent_changes == 0
        assert receiver.hub.sync_now().received_changes == 0
        assert imports_on_hub(hub) == imports_before + 2  # and the receiver's own log
    finally:
        proxy.close()


def test_the_hub_killed_during_an_upload_then_the_retry_succeeds(
        hub: HubServer, laptop: Laptop) -> None:
    proxy = CuttingProxy(hub.port, cut_between=(400_000, 800_000), delay=0.01)
    try:
        one = laptop("killed")
        hub.enroll(one.device.fingerprint, "comuna-kill")
        one.hub.configure(proxy.url, hub.fingerprint)
        heavy(one, "Consejo Comunal Interrumpido", 10)
        outcome: list[object] = []

        def sync() -> None:
            try:
                outcome.append(one.hub.sync_now())
            except DomainError as exc:
                outcome.append(exc)

        worker = threading.Thread(target=sync)
        worker.start()
        upload_dir = hub.folder / "spool" / "uploads"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(
                p.stat().st_size > 2 * MB for p in upload_dir.glob("*.part")):
            time.sleep(0.05)
        assert hub.process is not None
        hub.stop(signal.SIGKILL)
        worker.join(timeout=300)
        assert outcome and isinstance(outcome[0], DomainError)
        assert outcome[0].code == "hub.unreachable"
        assert one.hub.status().outbox_bundles == 1  # kept for the retry
        hub.start()
        done = one.hub.sync_now()
        assert done.sent_changes > 0 and one.hub.status().outbox_changes == 0
        assert hub.commune_digest("comuna-kill") == one.info.digest()
        check = run_cli("check", "--db", hub.db, "--json")
        assert check.returncode == 0, check.stdout + check.stderr
    finally:
        proxy.close()


def test_a_kept_upload_resumes_from_what_the_hub_holds(hub: HubServer, laptop: Laptop,
                                                       tmp_path: Path) -> None:
    """Half of a bundle sent by hand; the laptop's next sync sends only the rest."""
    from app.services.hub import file_sha256
    from app.sync.hub_transport import HubTransport

    one = laptop("half")
    hub.enroll(one.device.fingerprint, "comuna-half")
    one.hub.configure(hub.url, hub.fingerprint)
    heavy(one, "Consejo Comunal A Medias", 5)
    outbox = one.hub._outbox
    outbox.mkdir(parents=True, exist_ok=True)
    bundle = one.sync.export(outbox, full=True).path
    sha = file_sha256(bundle)
    pem = (hub.folder / "hub-cert.pem").read_text()
    half = bundle.read_bytes()[: 1 * MB]
    with HubTransport(hub.url, pem, one.device) as transport:
        transport.request("PUT", f"/v1/uploads/{sha}?offset=0&total={bundle.stat().st_size}",
                          half)
        assert transport.request("GET", f"/v1/uploads/{sha}").json()["offset"] == MB
    done = one.hub.sync_now()
    assert done.sent_bundles == 1 and done.sent_changes > 0
    assert hub.commune_digest("comuna-half") == one.info.digest()
