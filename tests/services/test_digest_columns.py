"""The state digest read as column tuples (issue 17: `info` at 50,000 residents) is the hash
of the same canonical rows the ORM objects give, table by table, on the demo's every kind of
column (dates, times, money, booleans, attachment bytes)."""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from app.container import Services
from app.domain.canonical import canonical_json
from app.persistence.base import synced_tables
from app.persistence.codec import row_fields
from app.sync.digest import domain_tables, table_digest


def orm_digest(sv: Services, table: str) -> str:
    cls = synced_tables()[table]
    h = hashlib.sha256()
    with sv.sessions.begin() as s:
        for row in s.scalars(select(cls).order_by(cls.id)):  # type: ignore[attr-defined]
            h.update(canonical_json(row_fields(row)).encode("utf-8") + b"\n")
    return h.hexdigest()


def test_column_digest_equals_the_orm_rows_digest(demo_services: Services) -> None:
    with demo_services.sessions.begin() as s:
        digests = {t: table_digest(s, t) for t in domain_tables()}
    assert len({d for d in digests.values()}) > 10  # many tables with rows, not all empty
    for table, digest in digests.items():
        assert digest == orm_digest(demo_services, table), table
