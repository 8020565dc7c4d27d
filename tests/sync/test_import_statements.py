"""What an import asks the database, counted (issue 16: the hub's ingest rate).

Structural, not timed: the statements an import executes are recorded with SQLAlchemy's
`before_cursor_execute` event. On PostgreSQL (the hub) the checks against the database are one
statement per table, whatever the bundle's size, and look values up as a set; the laptop's
clock is raised by one conditional UPDATE, never read and written back.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from sqlalchemy import select

from app.container import Services, open_services
from app.domain.census import NewResident
from app.persistence.codec import identity, row_fields
from app.persistence.rows import ResidentRow, ThisDeviceRow
from app.sync import bundle_reader, hlc
from app.sync.row_writer import RowWriter

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, export, statements

WRITE_BATCH = 1000  # materialize.APPLY_CHUNK: rows are written (and read back) 1,000 at a time


def _bundle(laptop: Laptop, stick: Path, name: str, residents: int, seed: int) -> Path:
    source = laptop(name)
    council = add_council(source, f"Consejo {name}")
    source.residents.add_many(
        NewResident(council, f"Nombre{seed}x{i}", f"Apellido{i}", f"V-{seed * 100_000 + i}")
        for i in range(residents))
    return export(source, stick).path


def _import(target: Services, bundle: Path) -> list[str]:
    fingerprint = target.sync.inspect(bundle).sender_fingerprint
    with statements(target) as seen:
        summary = target.sync.import_file(bundle, trust_fingerprint=fingerprint)
    assert summary.records_new > 0
    return seen


def _reads(seen: list[str]) -> list[str]:
    return [q for q in seen if q.upper().startswith("SELECT")]


@pytest.mark.postgres
def test_hub_checks_are_one_statement_per_table_whatever_the_bundle(
    pg_url: str, laptop: Laptop, stick: Path
) -> None:
    """Before: the heads, the log's fields and the ids were looked up 500 at a time, and
    `= ANY(array)` under a prepared statement's generic plan compared every row of the
    table with every value (each import slower than the one before it on a new hub)."""
    small = _bundle(laptop, stick, "pequena", 150, 3)
    large = _bundle(laptop, stick, "grande", 2 * WRITE_BATCH - 10, 4)
    hub = open_services(pg_url)
    try:
        few = _import(hub, small)
        many = _import(hub, large)
    finally:
        hub.close()
    for seen in (few, many):
        assert not [q for q in seen if "ANY (" in q or "ANY(" in q]
    by_table_few, by_table_many = _reads_by_table(few), _reads_by_table(many)
    assert by_table_few["record_head"] == 3  # the laptop's, the council's and the residents'
    # Reading back the rows' fields from the log, once per batch written, is all that grows.
    grown = {t: n - by_table_few.get(t, 0) for t, n in by_table_many.items()
             if n != by_table_few.get(t, 0)}
    assert grown in ({}, {"change": 1}), (by_table_few, by_table_many)


def _reads_by_table(seen: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for q in _reads(seen):
        found = re.search(r"\bFROM (\w+)", q)
        if found:
            out[found.group(1)] = out.get(found.group(1), 0) + 1
    return out


def test_the_clock_is_raised_by_one_conditional_update(laptop: Laptop, stick: Path) -> None:
    """Before: the import read this laptop's row and wrote back a value computed from the
    read (a lost update when two imports of a hub did so at once)."""
    bundle = _bundle(laptop, stick, "origen", 20, 5)
    target = laptop("destino")
    seen = _import(target, bundle)
    touching = [q for q in seen if re.search(r"\bthis_device\b", q)]
    assert len(touching) == 1, touching
    assert touching[0].startswith("UPDATE this_device SET last_hlc")
    assert "WHERE this_device.last_hlc <" in touching[0]
    # ... the import's last write: only its own receipt follows it.
    after = seen[seen.index(touching[0]) + 1:]
    assert not [q for q in after if q.upper().startswith(("UPDATE", "DELETE", "COPY"))
                and "bundle_record" not in q]


def test_the_clock_moves_past_what_was_seen_and_never_back(
    laptop: Laptop, stick: Path
) -> None:
    source, target = laptop("reloj-a"), laptop("reloj-b")
    add_council(source, "Consejo del Reloj")
    bundle = export(source, stick).path
    with source.sessions.begin() as s:
        sent = s.scalars(select(ThisDeviceRow.last_hlc)).one()
    ahead = hlc.format_hlc(hlc.parse_hlc(sent)[0] + 60_000, 7)  # a minute past the bundle
    with target.sessions.begin() as s:
        s.scalars(select(ThisDeviceRow)).one().last_hlc = ahead
    target.sync.import_file(bundle, trust_fingerprint=source.device.fingerprint)
    with target.sessions.begin() as s:
        assert s.scalars(select(ThisDeviceRow.last_hlc)).one() == ahead  # not set back

    other, late = laptop("reloj-c"), laptop("reloj-d")
    add_council(other, "Consejo Tardío")
    second = export(other, stick).path
    late.sync.import_file(second, trust_fingerprint=other.device.fingerprint)
    with late.sessions.begin() as s:
        after = s.scalars(select(ThisDeviceRow.last_hlc)).one()
    with other.sessions.begin() as s:
        assert after >= s.scalars(select(ThisDeviceRow.last_hlc)).one()
    council = add_council(late, "Consejo Después")  # a local change after the import
    with late.sessions.begin() as s:
        assert s.scalars(select(ThisDeviceRow.last_hlc)).one() > after, council


def test_an_import_reads_no_whole_table_of_the_log_or_of_the_laptops(
    laptop: Laptop, stick: Path
) -> None:
    """A hub holds the whole country's log and every laptop's record. Before: each import
    took the highest seq of every origin (an aggregate over the whole log), read every
    laptop's record three times and every open conflict once."""
    bundle = _bundle(laptop, stick, "acotada", 30, 6)
    target = laptop("pais")
    seen = _import(target, bundle)
    whole = [q for q in _reads(seen)
             if re.search(r"\bFROM (change|device|conflict|record_head)\b", q)
             and " WHERE " not in q]
    assert whole == []


def test_a_row_runs_decoders_only_for_its_dates_and_times(demo_services: Services) -> None:
    """Before: every column of every row went through its decoder, the identity for most
    (text, ids), which did nothing."""
    with demo_services.sessions.begin() as s:
        fields = row_fields(s.scalars(select(ResidentRow).limit(1)).one())
        dialect = s.get_bind().dialect
    writer = RowWriter("resident", dialect)  # its own, not the cached one
    calls: list[str] = []

    def seen(frame: FrameType, event_name: str, _arg: object) -> None:
        if event_name == "call" and frame.f_code is identity.__code__:
            calls.append(frame.f_code.co_name)

    sys.setprofile(seen)
    try:
        values = writer.values(fields)
    finally:
        sys.setprofile(None)
    assert calls == []
    assert len(values) == len(ResidentRow.__table__.c)


def test_a_small_bundle_is_decoded_once_and_its_rows_come_from_it(
    laptop: Laptop, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: every line was decoded twice (checked, then applied) and every row's fields
    read back from the log and decoded a third time. A bundle of up to KEEP_PARSED changes
    (an upload to a hub) is decoded once; a larger one is read again, to stay small in memory
    (tests/sync/test_import_memory.py)."""
    decoded: list[str] = []
    real = bundle_reader.reparse_change_line

    def counted(line: str) -> Any:
        decoded.append(line)
        return real(line)

    monkeypatch.setattr(bundle_reader, "reparse_change_line", counted)
    bundle = _bundle(laptop, stick, "una-vez", 40, 7)
    target = laptop("destino-una-vez")
    seen = _import(target, bundle)
    assert decoded == []
    assert not [q for q in _reads(seen) if re.search(r"\bchange\.fields\b", q)]

    monkeypatch.setattr(bundle_reader, "KEEP_PARSED", 10)  # the same import, of a large one
    again = laptop("destino-dos-veces")
    seen = _import(again, bundle)
    assert len(decoded) > 40
    assert [q for q in _reads(seen) if re.search(r"\bchange\.fields\b", q)]
    assert again.info.digest() == target.info.digest()
