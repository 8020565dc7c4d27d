"""state_digest: one hash of all domain content, the same wherever the same records are held.

Rows are hashed in id order, table by table, from their canonical field encoding, so the digest
does not depend on the order records were inserted or imported, nor on the database engine.
Sync bookkeeping (devices, the log, heads) is not domain content and is left out.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.canonical import canonical_json
from app.persistence.base import synced_tables
from app.persistence.codec import row_fields

NOT_DOMAIN = frozenset({"device"})


def domain_tables() -> list[str]:
    return [name for name in synced_tables() if name not in NOT_DOMAIN]


def table_digest(s: Session, table: str) -> str:
    cls = synced_tables()[table]
    h = hashlib.sha256()
    query = select(cls).order_by(cls.id).execution_options(yield_per=2000)  # type: ignore[attr-defined]
    for row in s.scalars(query):
        h.update(canonical_json(row_fields(row)).encode("utf-8"))
        h.update(b"\n")
        s.expunge(row)
    return h.hexdigest()


def state_digest(s: Session) -> str:
    h = hashlib.sha256()
    for table in domain_tables():
        h.update(f"{table}:{table_digest(s, table)}\n".encode("ascii"))
    return h.hexdigest()
