"""Uploads of different communes are applied side by side; one commune's keep their order; the
waiting changes of one import are not taken from under another (PostgreSQL)."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

from app.hub.run import Hub, open_hub
from app.persistence.rows import ChangeRow, DeviceHeadRow, PendingChangeRow
from app.services.hub import Applied
from app.services.hub_gate import CommuneGate
from app.sync import files as attachment_files
from app.sync.bundle_writer import holdings
from app.sync.pending import take_pending
from app.sync.touched import RecordKey

from tests.hub.uploads import bundle_of, enrolled, upload
from tests.sync.conftest import Laptop

WAIT = 60.0


@pytest.fixture
def hub(pg_url: str, tmp_path: Path) -> Iterator[Hub]:
    opened = open_hub(pg_url, tmp_path / "hub")
    yield opened
    opened.close()


class Held:
    """Holds the imports of the callers named in `held` until `release` is set."""

    def __init__(self, hub: Hub, held: set[str]) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self._held = held
        self._import = hub.sync.import_file

    def __call__(self, path: Path, trust_fingerprint: str | None = None, **kw: Any) -> Any:
        if trust_fingerprint in self._held:
            self.entered.set()
            assert self.release.wait(WAIT), "the held import was never released"
        return self._import(path, trust_fingerprint=trust_fingerprint, **kw)


def applying(hub: Hub, caller: Any, sha: str) -> tuple[threading.Thread, list[Applied]]:
    out: list[Applied] = []
    thread = threading.Thread(target=lambda: out.append(hub.hub.apply(caller, sha)))
    thread.start()
    return thread, out


@pytest.mark.postgres
def test_another_commune_is_applied_while_one_is_held(
        hub: Hub, laptop: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, a2, b = laptop("a"), laptop("a2"), laptop("b")
    ca = enrolled(hub, a, "conc-a", 120, 3)
    ca2 = enrolled(hub, a2, "conc-a", 120, 4)
    cb = enrolled(hub, b, "conc-b", 120, 5)
    sha = {who: upload(hub, c, bundle_of(one, tmp_path / who))
           for who, one, c in (("a", a, ca), ("a2", a2, ca2), ("b", b, cb))}
    held = Held(hub, {a.device.fingerprint})
    monkeypatch.setattr(hub.sync, "import_file", held)

    first, got_a = applying(hub, ca, sha["a"])
    assert held.entered.wait(WAIT)
    second_a, got_a2 = applying(hub, ca2, sha["a2"])  # the same commune: waits its turn
    other, got_b = applying(hub, cb, sha["b"])
    other.join(WAIT)
    # Commune B was applied while commune A's first upload is still held.
    assert not other.is_alive() and got_b and got_b[0].changes_new > 0
    assert first.is_alive() and second_a.is_alive() and not got_a2
    held.release.set()
    for thread in (first, second_a):
        thread.join(WAIT)
    assert got_a[0].changes_new > 0 and got_a2[0].changes_new > 0
    # Each is acknowledged with what the hub holds of its commune, not of the whole country.
    assert {a.device.id, a2.device.id} <= set(got_a2[0].holdings)
    assert b.device.id not in got_a2[0].holdings
    with hub.services.sessions.begin() as s:
        held_now = holdings(s)
    assert all(held_now.get(one.device.id, 0) > 0 for one in (a, a2, b))
    assert hub.sync.status().pending == []


def test_the_gate_bounds_workers_and_keeps_a_communes_order() -> None:
    gate = CommuneGate(workers=2)
    order: list[str] = []
    inside = threading.Semaphore(0)
    release = threading.Event()
    peak, now, lock = [0], [0], threading.Lock()

    def work(commune: str, name: str) -> None:
        with gate.turn(commune):
            with lock:
                now[0] += 1
                peak[0] = max(peak[0], now[0])
                order.append(name)
            inside.release()
            release.wait(WAIT)
            with lock:
                now[0] -= 1

    threads = []
    for commune, name in (("x", "x1"), ("y", "y1"), ("x", "x2"), ("z", "z1"), ("x", "x3")):
        threads.append(threading.Thread(target=work, args=(commune, name)))
        threads[-1].start()
        time.sleep(0.05)  # they ask in this order
    assert inside.acquire(timeout=WAIT) and inside.acquire(timeout=WAIT)
    time.sleep(0.2)
    # Two workers: x1 and y1 run; z1 waits for a worker, x2 and x3 for x1.
    assert sorted(order) == ["x1", "y1"] and now[0] == 2
    release.set()
    for thread in threads:
        thread.join(WAIT)
    assert peak[0] == 2
    assert [n for n in order if n.startswith("x")] == ["x1", "x2", "x3"]


def test_what_an_upload_waits_for_first_holds_no_worker() -> None:
    """`first` (the laptops' requests going first) runs in the commune's turn, before a
    worker is taken: another commune's upload runs meanwhile on the only worker, and the
    commune's next upload waits for it, in order."""
    gate = CommuneGate(workers=1)
    in_first, let_go = threading.Event(), threading.Event()
    ran: list[str] = []

    def run(commune: str, name: str, first: Any = None) -> threading.Thread:
        def work() -> None:
            with gate.turn(commune, first=first):
                ran.append(name)
        thread = threading.Thread(target=work)
        thread.start()
        return thread

    def held() -> None:
        in_first.set()
        let_go.wait(WAIT)

    x1 = run("x", "x1", held)
    assert in_first.wait(WAIT)
    x2 = run("x", "x2")
    y1 = run("y", "y1")
    y1.join(WAIT)
    assert ran == ["y1"]  # the one worker was free while x1 waited for its first
    let_go.set()
    for thread in (x1, x2):
        thread.join(WAIT)
    assert ran == ["y1", "x1", "x2"]


@pytest.mark.postgres
def test_waiting_changes_taken_by_one_import_are_skipped_by_another(
        hub: Hub, laptop: Laptop, tmp_path: Path) -> None:
    a = laptop("a")
    ca = enrolled(hub, a, "pend-a", 120, 6)
    hub.hub.apply(ca, upload(hub, ca, bundle_of(a, tmp_path / "a")))
    with hub.services.sessions.begin() as s:
        change = s.execute(select(ChangeRow.origin, ChangeRow.seq, ChangeRow.entity,
                                  ChangeRow.entity_id)
                           .where(ChangeRow.origin == a.device.id).limit(1)).one()
        s.add(PendingChangeRow(origin=change.origin, seq=change.seq, entity=change.entity,
                               entity_id=change.entity_id, waits_for_entity="organization",
                               waits_for_id="absent"))
    # What an import that brings a new version of that record takes.
    brought = {RecordKey(change.entity, change.entity_id)}
    try:
        first = hub.services.sessions()
        first.begin()
        try:
            assert any(k.entity_id == change.entity_id for k in take_pending(first, brought))
            with hub.services.sessions.begin() as second:
                # Without SKIP LOCKED the second import would wait for the first to end.
                second.execute(text("SET LOCAL lock_timeout = '3s'"))
                taken = take_pending(second, brought)
                assert not any(k.entity_id == change.entity_id for k in taken)
        finally:
            first.rollback()
            first.close()
    finally:
        with hub.services.sessions.begin() as s:
            s.execute(PendingChangeRow.__table__.delete().where(
                PendingChangeRow.origin == change.origin))


@pytest.mark.postgres
def test_a_new_hub_signs_its_head_before_downloads_race_to(pg_url: str, tmp_path: Path) -> None:
    """Downloads of different communes are built at once; each would insert the hub's own
    signed head the first time, and all but one fail on its key. The hub signs it on opening."""
    fresh = f"hub_fresh_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {fresh}"))
    try:
        opened = open_hub(pg_url.rsplit("/", 1)[0] + "/" + fresh, tmp_path / "fresh")
        try:
            with opened.services.sessions.begin() as s:
                assert s.get(DeviceHeadRow, opened.services.device.id) is not None
        finally:
            opened.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE {fresh}"))
        admin.dispose()


@pytest.mark.postgres
def test_two_communes_storing_the_same_file_at_once_both_apply(
        hub: Hub, laptop: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files are kept once by their hash, whichever commune brought them: two imports storing
    the same one at once meet on its key; the one that loses runs again and finds it held."""
    a, b = laptop("a"), laptop("b")
    ca, cb = enrolled(hub, a, "file-a", 120, 10), enrolled(hub, b, "file-b", 120, 11)
    sha_a = upload(hub, ca, bundle_of(a, tmp_path / "a"))
    sha_b = upload(hub, cb, bundle_of(b, tmp_path / "b"))
    both = threading.Barrier(2, timeout=WAIT)
    first_call = threading.local()
    real_hold = attachment_files.hold

    def hold_together(*args: Any) -> str:
        if not getattr(first_call, "done", False):
            first_call.done = True
            both.wait()  # the two demo communes carry the same seal picture
        return real_hold(*args)

    monkeypatch.setattr(attachment_files, "hold", hold_together)
    (ta, got_a), (tb, got_b) = applying(hub, ca, sha_a), applying(hub, cb, sha_b)
    for thread in (ta, tb):
        thread.join(WAIT)
    assert got_a and got_b, "an import failed on the file the other stored"
    assert got_a[0].changes_new > 0 and got_b[0].changes_new > 0
