"""An import indexes its new residents for search in one statement (the insert trigger paused
while their rows are written); residents it updates go through the index's update trigger.
Either way the index agrees with the table afterwards."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from app.container import Services
from app.domain.census import NewResident

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, send


def _index_is_sound(services: Services) -> None:
    with services.sessions.begin() as s:  # raises when the index and the table disagree
        s.execute(text("INSERT INTO resident_fts(resident_fts, rank) "
                       "VALUES ('integrity-check', 1)"))


def test_imported_residents_are_found_and_the_index_agrees(laptop: Laptop, stick: Path) -> None:
    a, b = laptop("a"), laptop("b")
    council = add_council(a)
    b.residents.add(NewResident(add_council(b, "Consejo Comunal El Valle"), "Yusmary",
                                "Quintero", "V-30000001"))
    first = a.residents.add(NewResident(council, "Wilmer", "Tovar", "V-30000002"))
    a.residents.add_many(NewResident(council, f"Persona{i}", "Ramírez", f"V-{31_000_000 + i}")
                         for i in range(300))
    send(a, b, stick, full=True)
    a.residents.update(first.id, last_names="Betancourt")
    a.residents.add(NewResident(council, "Oriana", "Zambrano", "V-30000003"))
    send(a, b, stick)

    _index_is_sound(b)
    assert [r.id for r in b.residents.search("wilmer betancourt")] == [first.id]
    assert b.residents.search("tovar") == []
    assert len(b.residents.search("ramirez", limit=1000)) == 300
    assert [r.first_names for r in b.residents.search("zambrano")] == ["Oriana"]
    assert [r.first_names for r in b.residents.search("quintero")] == ["Yusmary"]
