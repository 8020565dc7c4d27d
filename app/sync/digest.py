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
from app.persistence.codec import table_codec

NOT_DOMAIN = frozenset({"device"})


def domain_tables() -> list[str]:
    return [name for name in synced_tables() if name not in NOT_DOMAIN]


def table_digest(s: Session, table: str) -> str:
    """Read as column tuples, a batch at a time: ORM objects (made, then expunged) took
    three quarters of `info` at 50,000 residents, and the memory grew with the table."""
    cls = synced_tables()[table]
    codec = table_codec(cls)
    h = hashlib.sha256()
    query = select(*(getattr(cls, key) for key, _enc, _dec in codec)).order_by(
        cls.id)  # type: ignore[attr-defined]
    rows = s.connection().execution_options(yield_per=2000).execute(query)
    for row in rows:
        fields = {key: None if value is None else enc(value)
                  for (key, enc, _dec), value in zip(codec, row, strict=True)}
        h.update(canonical_json(fields).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def state_digest(s: Session) -> str:
    h = hashlib.sha256()
    for table in domain_tables():
        h.update(f"{table}:{table_digest(s, table)}\n".encode("ascii"))
    return h.hexdigest()
