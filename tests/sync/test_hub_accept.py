"""A hub that answers before its apply ends (`hub serve --answer-within 0`): the laptop is told
its bundle was delivered and is being applied; its next sync asks about the bundle (no byte
sent again) and then counts it acknowledged, or gets the refusal that came after the answer,
with nothing written. A hub killed during such an apply applies the bundle once at the next
ask, and its check is clean. The window says "entregado, por confirmar" and comes back soon."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.container import Services
from app.demo.commune import build_demo
from app.domain.errors import DomainError
from app.hub.run import open_hub
from app.hub.tls import CERT
from app.persistence.rows import ChangeRow, HubUploadRow
from app.services.hub import file_sha256
from app.sync.hub_transport import HubTransport

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, tampered_copy
from tests.sync.hub_server import HubServer, run_cli, start_hub

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def hub(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubServer]:
    """Every apply is answered "being applied" (202): the laptop never waits for one."""
    server = start_hub(pg_url, tmp_path_factory.mktemp("hub"), answer_within=0)
    yield server
    server.stop()


@pytest.fixture
def requests(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every signed request a laptop makes, as (method, path without the query)."""
    made: list[tuple[str, str]] = []
    real = HubTransport.request

    def counted(self: HubTransport, method: str, target: str, *args: Any, **kw: Any) -> Any:
        made.append((method, target.split("?")[0]))
        return real(self, method, target, *args, **kw)

    monkeypatch.setattr(HubTransport, "request", counted)
    return made


def wait_until(done: Callable[[], bool], what: str, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise AssertionError(f"never: {what}")
        time.sleep(0.1)


def on_hub(hub: HubServer, query: Any) -> Any:
    opened = open_hub(hub.db, hub.folder)
    try:
        with opened.services.sessions.begin() as s:
            return s.scalar(query)
    finally:
        opened.close()


def applied(hub: HubServer, sha: str) -> bool:
    return bool(on_hub(hub, select(func.count()).select_from(HubUploadRow).where(
        HubUploadRow.sha256 == sha, HubUploadRow.applied_at.is_not(None))))


def changes_on_hub(hub: HubServer, laptop: Services) -> int:
    return int(on_hub(hub, select(func.count()).select_from(ChangeRow).where(
        ChangeRow.origin == laptop.device.id)) or 0)


def own_changes(laptop: Services) -> int:
    with laptop.sessions.begin() as s:
        return int(s.scalar(select(func.count()).select_from(ChangeRow).where(
            ChangeRow.origin == laptop.device.id)) or 0)


def joined(hub: HubServer, services: Services, commune: str) -> Services:
    hub.enroll(services.device.fingerprint, commune)
    services.hub.configure(hub.url, hub.fingerprint)
    return services


def the_bundle(services: Services) -> Path:
    bundles = sorted(services.hub._outbox.glob("*.asamblea"))
    assert len(bundles) == 1, bundles
    return bundles[0]


def refusal_kept(hub: HubServer, sha: str) -> bool:
    return any((hub.folder / "spool" / "uploads").glob(f"{sha}.*.refused"))


def test_a_delivered_bundle_is_confirmed_at_the_next_sync_without_sending_it_again(
        hub: HubServer, laptop: Laptop, tmp_path: Path,
        requests: list[tuple[str, str]]) -> None:
    one = joined(hub, laptop("one"), "comuna-entrega")
    build_demo(one, 60, 41)
    before = one.hub.status()
    assert before.outbox_changes > 0 and before.delivered_bundles == 0

    # `sync now` as a person runs it: told the bundle arrived and is being applied.
    said = run_cli("sync", "now", "--db", str(tmp_path / "one.db"))
    assert said.returncode == 0, said.stderr
    assert ("El hub recibió 1 paquete y lo está aplicando; se confirmará en la próxima "
            "sincronización.") in said.stdout
    delivered = one.hub.status()
    # Not acknowledged (the bundle stays), but no longer counted as to send.
    assert delivered.delivered_bundles == 1 and delivered.outbox_bundles == 1
    assert delivered.outbox_changes == 0
    shown = run_cli("sync", "hub", "status", "--db", str(tmp_path / "one.db"))
    assert "0 cambios por enviar. 1 paquete entregado, por confirmar." in shown.stdout
    sha = file_sha256(the_bundle(one))
    wait_until(lambda: applied(hub, sha), "the hub applied the bundle")

    requests.clear()
    done = one.hub.sync_now()
    # Asked about (state, then the apply's answer), not sent again: no PUT.
    assert requests[:2] == [("GET", f"/v1/uploads/{sha}"), ("POST", f"/v1/uploads/{sha}/apply")]
    assert not any(method == "PUT" for method, _path in requests)
    assert done.delivered_bundles == 0 and done.received_changes == 1  # the hub's device
    after = one.hub.status()
    assert (after.outbox_bundles, after.delivered_bundles, after.outbox_changes) == (0, 0, 0)
    assert not list(one.hub._outbox.iterdir())  # no mark left behind
    # Applied once: every change once, and the hub's view of the commune is the laptop's.
    assert changes_on_hub(hub, one) == own_changes(one)
    assert hub.commune_digest("comuna-entrega") == one.info.digest()
    assert one.hub.sync_now().sent_bundles == 0


def test_what_was_written_while_a_bundle_was_applied_goes_with_its_confirmation(
        hub: HubServer, laptop: Laptop) -> None:
    one = joined(hub, laptop("meanwhile"), "comuna-mientras")
    add_council(one, "Consejo Comunal Primero")
    assert one.hub.sync_now().delivered_bundles == 1
    first = file_sha256(the_bundle(one))
    wait_until(lambda: applied(hub, first), "the hub applied the first bundle")
    add_council(one, "Consejo Comunal Segundo")

    # One sync confirms the first bundle and sends a second with what was written since.
    done = one.hub.sync_now()
    assert done.sent_bundles == 2 and done.delivered_bundles == 1
    second = file_sha256(the_bundle(one))
    assert second != first
    status = one.hub.status()
    assert (status.outbox_bundles, status.delivered_bundles, status.outbox_changes) == (1, 1, 0)
    wait_until(lambda: applied(hub, second), "the hub applied the second bundle")
    one.hub.sync_now()
    assert changes_on_hub(hub, one) == own_changes(one)
    assert hub.commune_digest("comuna-mientras") == one.info.digest()


def test_a_tampered_bundle_refused_after_the_answer_reaches_the_laptop_next_time(
        hub: HubServer, laptop: Laptop, tmp_path: Path) -> None:
    cheat = joined(hub, laptop("cheat"), "comuna-trampa")
    add_council(cheat, "Consejo Comunal Original")
    cheat.hub._outbox.mkdir(parents=True, exist_ok=True)
    real = cheat.sync.export(tmp_path, plain=True).path
    sha = file_sha256(tampered_copy(real, cheat.hub._outbox / real.name))
    before = hub.commune_digest("comuna-trampa")

    assert cheat.hub.sync_now().delivered_bundles == 1
    assert cheat.hub.status().delivered_bundles == 1
    wait_until(lambda: refusal_kept(hub, sha), "the hub refused the bundle")

    with pytest.raises(DomainError) as caught:
        cheat.hub.sync_now()
    assert caught.value.code == "sync.member_mismatch", str(caught.value)
    status = cheat.hub.status()
    # As a refusal at once: the bundle stays to send, the reason is on the status line.
    assert status.delivered_bundles == 0 and status.outbox_bundles == 1
    assert status.last_error_code == "sync.member_mismatch"
    assert hub.commune_digest("comuna-trampa") == before
    assert changes_on_hub(hub, cheat) == 0


def test_a_bundle_not_its_own_is_refused_after_the_answer_with_the_same_status(
        hub: HubServer, laptop: Laptop, tmp_path: Path) -> None:
    owner = joined(hub, laptop("owner"), "comuna-ajena")
    other = joined(hub, laptop("other"), "comuna-ajena")
    add_council(owner, "Consejo Comunal Del Dueño")
    other.hub._outbox.mkdir(parents=True, exist_ok=True)
    theirs = owner.sync.export(other.hub._outbox, plain=True).path
    sha = file_sha256(theirs)

    assert other.hub.sync_now().delivered_bundles == 1
    wait_until(lambda: refusal_kept(hub, sha), "the hub refused the bundle")
    # Asked about, the hub answers with the refusal itself: status code, reason and sentence.
    pem = (hub.folder / CERT).read_text()
    with HubTransport(hub.url, pem, other.device) as transport:
        target = f"/v1/uploads/{sha}"
        headers = transport._headers("GET", target, file_sha256_of(b""))
        answer = transport._client.get(target, headers=headers)
    assert answer.status_code == 403 and answer.json()["error"] == "hub.not_own_bundle"
    assert "solo acepta paquetes hechos por el equipo" in answer.json()["message"]

    with pytest.raises(DomainError) as caught:
        other.hub.sync_now()
    assert caught.value.code == "hub.not_own_bundle"
    assert other.hub.status().delivered_bundles == 0
    assert changes_on_hub(hub, owner) == 0  # nothing of it written
    assert not applied(hub, sha)


def file_sha256_of(body: bytes) -> str:
    import hashlib

    return hashlib.sha256(body).hexdigest()


def test_the_hub_killed_during_a_background_apply_applies_it_once_at_the_next_ask(
        hub: HubServer, laptop: Laptop) -> None:
    one = joined(hub, laptop("killed"), "comuna-muerte")
    build_demo(one, 1500, 42)  # an apply of about a second: the kill comes in the middle
    assert one.hub.sync_now().delivered_bundles == 1
    sha = file_sha256(the_bundle(one))
    hub.stop(signal.SIGKILL)
    try:
        assert not applied(hub, sha)  # it died with the process, half done or not begun
        assert changes_on_hub(hub, one) == 0  # one transaction: nothing of it is there
    finally:
        hub.start()
    assert one.hub.status().delivered_bundles == 1  # the laptop still waits to confirm

    # The next ask applies it again (in the background once more), the one after confirms.
    assert one.hub.sync_now().delivered_bundles in (0, 1)
    wait_until(lambda: applied(hub, sha), "the hub applied the bundle after its restart")
    one.hub.sync_now()
    status = one.hub.status()
    assert (status.outbox_bundles, status.delivered_bundles, status.outbox_changes) == (0, 0, 0)
    assert changes_on_hub(hub, one) == own_changes(one)
    assert hub.commune_digest("comuna-muerte") == one.info.digest()
    check = run_cli("check", "--db", hub.db, "--json")
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_window_says_delivered_and_comes_back_soon_to_confirm(
        qtbot, hub: HubServer, laptop: Laptop) -> None:  # type: ignore[no-untyped-def]
    from ui.context import UiContext
    from ui.hub_sync import HubSync
    from ui.pages.sync import SyncPage
    from ui.tasks import TaskRunner

    services = joined(hub, laptop("window"), "comuna-ventana-entrega")
    build_demo(services, 60, 43)
    runner = TaskRunner()
    ui = UiContext(services, runner)
    # The usual pause is ten minutes: only the confirmation's short one brings it back.
    syncer = HubSync(ui, every_ms=600_000, retry_ms=200, max_pause_ms=800, confirm_ms=300)
    ui.hub_sync = syncer
    page = SyncPage(ui)
    qtbot.addWidget(page)
    page.show()
    label = page.hub_line.label
    seen: list[str] = []
    syncer.status_changed.connect(lambda _status: seen.append(label.text()))
    try:
        syncer.start(first_ms=0)
        qtbot.waitUntil(lambda: len(seen) >= 1, timeout=60_000)
        assert "1 paquete entregado, por confirmar" in seen[0]
        assert "por enviar" not in seen[0]
        qtbot.waitUntil(lambda: syncer.status is not None
                        and syncer.status.delivered_bundles == 0, timeout=60_000)
        assert "nada por enviar" in label.text() and "entregado" not in label.text()
        assert hub.commune_digest("comuna-ventana-entrega") == services.info.digest()
    finally:
        syncer.stop()
        runner.wait_idle()
        runner.shutdown()
