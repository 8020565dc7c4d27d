"""Check the change log held: each device's chain is complete, in order and unaltered."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.persistence.rows import ChangeRow
from app.sync.change_format import change_body, change_hash


def chain_problems(s: Session, limit: int = 20) -> list[str]:
    """Gaps, broken links and altered changes, per origin (at most `limit` reported)."""
    problems: list[str] = []
    origin, expected_seq, prev = None, 0, ""
    query = select(ChangeRow).order_by(ChangeRow.origin, ChangeRow.seq)
    for row in s.scalars(query.execution_options(yield_per=5000)):
        if row.origin != origin:
            origin, expected_seq, prev = row.origin, 1, ""
        body = change_body(row)
        if row.seq != expected_seq:
            problems.append(f"{origin}: falta el cambio {expected_seq} (sigue {row.seq})")
        elif row.prev_hash != prev:
            problems.append(f"{origin}: el cambio {row.seq} no enlaza con el anterior")
        elif change_hash(body) != row.hash:
            problems.append(f"{origin}: el cambio {row.seq} fue alterado")
        expected_seq, prev = row.seq + 1, row.hash
        s.expunge(row)
        if len(problems) >= limit:
            break
    return problems
