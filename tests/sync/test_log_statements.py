"""The change log's own statements (issue 17: the demo): this device's row is read and locked
once per transaction, not once per change, and a new record's heads are written without first
deleting heads it cannot have. The chain stays whole."""

from __future__ import annotations

from datetime import UTC, datetime

from app.container import Services
from app.persistence.rows import SectorRow

from tests.conftest import Place
from tests.sync.helpers import statements


def _sector(sv: Services, place: Place, name: str) -> SectorRow:
    return SectorRow(id=sv.ctx.ids.new(), organization_id=place.council_id, name=name,
                     created_at=datetime.now(UTC))


def test_the_device_row_is_read_once_a_transaction(services: Services, place: Place) -> None:
    sv = services
    before = sv.info.info(with_digest=False).changes
    with statements(sv) as seen, sv.sessions.begin() as s:
        rows = [_sector(sv, place, f"Sector {i}") for i in range(3)]
        for row in rows:
            sv.ctx.log.insert(s, row)
        sv.ctx.log.update(s, rows[0], name="Sector cero")
    reads = [q for q in seen if q.startswith("SELECT this_device")]
    assert len(reads) == 1
    assert not [q for q in seen if q.startswith("DELETE FROM record_head")][1:]  # the update's
    assert sv.info.info(with_digest=False).changes == before + 4
    assert sv.info.integrity_problems() == []


def test_a_session_that_goes_on_after_a_commit_reads_the_device_again(
        services: Services, place: Place) -> None:
    """Another writer may add changes between two transactions of one session: the second
    must not number its changes from the row kept from the first."""
    sv = services
    s = sv.sessions()
    try:
        with s.begin():
            sv.ctx.log.insert(s, _sector(sv, place, "Primero"))
        sv.organizations.add_sector(place.council_id, "De otra ventana")
        with s.begin():
            sv.ctx.log.insert(s, _sector(sv, place, "Segundo"))
    finally:
        s.close()
    assert sv.info.integrity_problems() == []
