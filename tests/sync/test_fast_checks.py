"""`info` and `check` at scale (issue 17): a fixed number of statements whatever the census,
no record decoded or merged in Python when the log and the rows agree, and SQLite's own
encoding of each row giving the very bytes Python's canonical JSON gives, hostile text and
odd stored values included."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import app.sync.digest as digest_module
import app.sync.drift as drift_module
import app.sync.row_json as row_json
import app.sync.verify_log as verify_log
from app.container import Services, open_services
from app.domain.census import NewResident
from app.sync.digest import domain_tables, table_digest
from app.sync.drift import find_drift, suspects
from app.sync.verify_log import chain_problems

from tests.sync.helpers import add_council, statements


def fill(services: Services, residents: int) -> str:
    council = add_council(services)
    services.residents.add_many(
        NewResident(council, f"Ana {i}", f"Pérez {i:05d}", f"V-{7_000_000 + i}")
        for i in range(residents))
    return council


def test_info_reads_one_statement_per_table_and_a_few_more(services: Services) -> None:
    """Today's was a count per table, then the digest per table: twice the tables."""
    fill(services, 30)
    with statements(services) as seen:
        services.info.info()
    assert len(seen) <= len(domain_tables()) + 6  # BEGIN twice, revision, counts, probe


def test_check_statements_do_not_grow_with_the_census(services: Services) -> None:
    fill(services, 10)
    with statements(services) as small:
        assert services.info.integrity_problems() == []
    council = add_council(services, "Consejo Dos")
    services.residents.add_many(
        NewResident(council, f"Luis {i}", f"Mora {i:05d}") for i in range(1_200))
    with statements(services) as large:
        assert services.info.integrity_problems() == []
    assert len(large) == len(small)


def test_an_agreeing_database_is_neither_merged_nor_encoded_in_python(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(services, 50)
    merged: list[str] = []
    encoded: list[str] = []
    decoded: list[str] = []
    real_merge, real_encode = drift_module.merge_heads, digest_module.encoded_row
    real_hash = verify_log.change_hash
    monkeypatch.setattr(verify_log, "change_hash",
                        lambda body: decoded.append(body["seq"]) or real_hash(body))
    monkeypatch.setattr(drift_module, "merge_heads",
                        lambda e, i, v: merged.append(i) or real_merge(e, i, v))
    monkeypatch.setattr(digest_module, "encoded_row",
                        lambda cls, row: encoded.append(cls) or real_encode(cls, row))
    assert services.info.integrity_problems() == []
    assert len(services.info.digest()) == 64
    assert merged == [] and encoded == [] and decoded == []


def test_stored_text_that_means_the_same_is_not_an_alteration(services: Services) -> None:
    """The pasted body misses; decoded and re-encoded, the change is what it was."""
    fill(services, 3)
    raw(services, "UPDATE change SET fields = replace(fields, '\":', '\": ') "
                  "WHERE entity = 'resident'")
    with services.sessions.begin() as s:
        assert chain_problems(s) == []
    raw(services, "UPDATE change SET fields = replace(fields, 'Ana', 'Eva') "
                  "WHERE entity = 'resident'")
    with services.sessions.begin() as s:
        assert [p.endswith("fue alterado") for p in chain_problems(s)] == [True] * 3


# -- SQLite's encoding equals Python's -------------------------------------------------------

HOSTILE = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
ODD = [  # (table, column, stored value): values SQLAlchemy reads but SQLite would misspell
    ("resident", "created_at", "2026-01-02 03:04:05"),  # no microseconds
    ("resident", "created_at", "0999-01-02 03:04:05.000001"),  # a year %Y does not pad
    ("organization", "voting_age", 15.5),  # a real in an integer column
    ("agreement", "by_acclamation", 2),
]


def raw(services: Services, sql: str, params: tuple[Any, ...] = ()) -> None:
    con = sqlite3.connect(str(services.db_path))
    con.execute(sql, params)
    con.commit()
    con.close()


def both_digests(services: Services) -> tuple[dict[str, str], dict[str, str]]:
    with services.sessions.begin() as s:
        return ({t: table_digest(s, t, True) for t in domain_tables()},
                {t: table_digest(s, t, False) for t in domain_tables()})


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(address=HOSTILE, notes=HOSTILE, phone=HOSTILE)
def test_sqlite_writes_the_canonical_json_of_hostile_text(
    demo_services: Services, address: str, notes: str, phone: str
) -> None:
    raw(demo_services, "UPDATE resident SET address = ?, notes = ?, phone = ? WHERE rowid = 1",
        (address, notes, phone))
    in_sql, in_python = both_digests(demo_services)
    assert in_sql == in_python
    with demo_services.sessions.begin() as s:
        assert find_drift(s, True) == find_drift(s, False)


@pytest.mark.parametrize(("table", "column", "value"), ODD)
def test_odd_stored_values_are_encoded_in_python(
    demo_services: Services, table: str, column: str, value: object
) -> None:
    raw(demo_services, f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = 1', (value,))
    in_sql, in_python = both_digests(demo_services)
    assert in_sql[table] == in_python[table]
    with demo_services.sessions.begin() as s:
        assert find_drift(s, True) == find_drift(s, False)


@pytest.mark.parametrize(("table", "column", "value"), ODD)
def test_twin_without_the_checks_the_odd_values_differ(
    demo_services: Services, monkeypatch: pytest.MonkeyPatch, table: str, column: str,
    value: object
) -> None:
    """The property above can fail: trusting SQLite on every value misspells these."""
    real = row_json.value_json

    def trusting(c: str, type_: Any, *, exact: bool) -> tuple[str, str] | None:
        found = real(c, type_, exact=exact)
        return None if found is None else (found[0], "")

    monkeypatch.setattr(row_json, "value_json", trusting)
    raw(demo_services, f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = 1', (value,))
    in_sql, in_python = both_digests(demo_services)
    assert in_sql[table] != in_python[table]


def test_a_change_older_than_a_column_still_agrees_without_python(services: Services) -> None:
    """Changes written before `left_on` existed lack it: no suspect, and no drift."""
    fill(services, 3)
    raw(services, "UPDATE change SET fields = json_remove(fields, '$.left_on', '$.left_reason')"
                  " WHERE entity = 'resident'")
    with services.sessions.begin() as s:
        assert suspects(s) == {}
        assert find_drift(s, False) == []


def test_one_changed_value_is_still_found_in_sql(services: Services) -> None:
    fill(services, 3)
    raw(services, "UPDATE resident SET first_names = 'Ana Z' WHERE rowid = 2")
    with services.sessions.begin() as s:
        assert list(suspects(s)) == ["resident"]
        drift = find_drift(s)
        assert drift == find_drift(s, False)
        assert [(d.field, d.found) for d in drift] == [("first_names", "Ana Z")]


@pytest.mark.postgres
def test_elsewhere_than_sqlite_the_same_checks_run_in_python(pg_url: str) -> None:
    hub = open_services(pg_url)
    try:
        fill(hub, 5)
        assert hub.info.integrity_problems() == []
        assert len(hub.info.info().state_digest) == 64
        with hub.sessions.begin() as s:
            found = suspects(s)  # every record re-checked in Python
            assert set(found) == {"device", "organization", "resident"}
            assert len(found["resident"]) == 5
    finally:
        hub.close()
