"""What an import reads of the changes that wait on a hub (issue 16).

Before: every import took every waiting change held and tried each again (its record's whole
history read back from the log): on a national hub, every change of the country waiting for
a record not arrived yet, at each upload. Now an import takes the waiting changes its own
records could make available (app/sync/pending.py), and on PostgreSQL a bounded sweep
(`SWEEP`) heals what two imports running at once may leave waiting.

Structural, not timed: the rows the import's own transaction read from `pending_change` and
`change`, from PostgreSQL's `pg_stat_xact_user_tables` just before it commits.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.container import Services, open_services
from app.domain.census import NewResident
from app.persistence.rows import PendingChangeRow, ResidentRow
from app.sync import pending

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, export, import_reading, send

TABLES = ("pending_change", "change")
WAITING = 500  # residents of a council the hub has not received
ELSEWHERE = 50_000  # changes of other communes waiting for records of theirs


def _import(hub: Services, bundle: Path) -> dict[str, int]:
    return import_reading(hub, bundle, TABLES)[1]


def _small(laptop: Laptop, stick: Path, name: str, seed: int) -> Path:
    """A commune's laptop with one council and ten residents: nothing of it waits."""
    source = laptop(name)
    council = add_council(source, f"Consejo {name}")
    for i in range(10):
        source.residents.add(NewResident(council, f"Persona{i}", name, f"V-{seed}{i:03}"))
    return export(source, stick).path


def _waiting(laptop: Laptop, stick: Path) -> Path:
    """A laptop's own changes only: WAITING residents of a council another laptop made."""
    a, b = laptop("madre"), laptop("hija")
    council = add_council(a, "Consejo Que No Llega")
    send(a, b, stick, full=True)
    b.residents.add_many(NewResident(council, f"Nombre{i}", "Espera", f"V-{20_000_000 + i}")
                         for i in range(WAITING))
    return export(b, stick, only={b.device.id}).path


def _wait_elsewhere(hub: Services, n: int) -> None:
    """`n` waiting changes of other communes (each waiting for a record of theirs that has
    not come), as a national hub may hold them; then PostgreSQL's statistics, as autovacuum
    keeps them."""
    with hub.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO pending_change (origin, seq, entity, entity_id, waits_for_entity, "
            "waits_for_id) SELECT md5((g % 97)::text)::uuid::text, g, 'resident', "
            "md5(g::text)::uuid::text, 'organization', md5((-g)::text)::uuid::text "
            "FROM generate_series(1, :n) g"), {"n": n})
    with hub.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(
            text("ANALYZE pending_change; ANALYZE change"))


def _pending(hub: Services) -> int:
    with hub.sessions.begin() as s:
        return int(s.scalar(select(func.count()).select_from(PendingChangeRow)) or 0)


@pytest.mark.postgres
def test_an_import_reads_what_its_records_make_available_not_every_waiting_change(
    pg_url: str, laptop: Laptop, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Where the sweep begins decides which SWEEP changes it takes: landing on the waiting
    # laptop's residents, it also reads their histories (about 1,100 rows of `change` for 64
    # of them, whatever waits elsewhere). Pinned among the other communes' changes, what is
    # measured is what this test is about: nothing read grows with ELSEWHERE.
    monkeypatch.setattr(pending, "_sweep_start", lambda: "88888888-0000-4000-8000-000000000000")
    first, second = _small(laptop, stick, "uno", 11_000), _small(laptop, stick, "dos", 12_000)
    waiting = _waiting(laptop, stick)
    hub = open_services(pg_url)
    try:
        alone = _import(hub, first)
        before = _pending(hub)
        _import(hub, waiting)
        assert _pending(hub) == before + WAITING
        _wait_elsewhere(hub, ELSEWHERE)
        among_waiting = _import(hub, second)
        # None of them was brought: all still wait, but the few the sweep took and found gone.
        assert _pending(hub) >= before + WAITING + ELSEWHERE - pending.SWEEP
    finally:
        hub.close()
    # The sweep reads at most SWEEP waiting changes (then each by its record, and to delete
    # it) and tries their records again (each one's history: a few changes); before, every
    # one of the WAITING + ELSEWHERE.
    assert among_waiting["pending_change"] <= alone["pending_change"] + 3 * pending.SWEEP, (
        alone, among_waiting)
    assert among_waiting["change"] <= alone["change"] + 4 * pending.SWEEP, (alone, among_waiting)


@pytest.mark.postgres
def test_the_sweep_lands_a_change_left_waiting_by_an_import_running_at_once(
    pg_url: str, laptop: Laptop, stick: Path
) -> None:
    """Two imports at once skip each other's waiting changes: one may write back a change
    waiting for a record the other has just written. Shown here as its outcome, a waiting row
    whose record is there; an unrelated import later lands it."""
    hub = open_services(pg_url)
    try:
        _import(hub, _small(laptop, stick, "tres", 13_000))
        with hub.sessions.begin() as s:
            s.execute(PendingChangeRow.__table__.delete())  # other tests' waiting changes
            resident = s.scalars(select(ResidentRow).limit(1)).one()
            rows = s.execute(text(
                "SELECT origin, seq FROM change WHERE entity = 'resident' AND entity_id = :i"),
                {"i": resident.id}).all()
            for origin, seq in rows:
                s.add(PendingChangeRow(origin=origin, seq=seq, entity="resident",
                                       entity_id=resident.id, waits_for_entity="organization",
                                       waits_for_id=resident.council_id))
        assert 0 < _pending(hub) == len(rows) <= pending.SWEEP
        _import(hub, _small(laptop, stick, "cuatro", 14_000))
        assert _pending(hub) == 0
    finally:
        hub.close()
