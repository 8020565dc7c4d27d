"""Printed voter registers: each print or save is recorded with a fingerprint of the voters on
it, so a register made stale afterwards (voters split again, a table's rule changed, a resident
dado de baja) is named for reprinting instead of reaching the table wrong."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.consultation.model import Voter, VotingTable
from app.persistence.rows import RegisterPrintRow
from app.services.context import ServiceContext


def fingerprint(voters: Sequence[Voter]) -> str:
    """The same people in the same order give the same fingerprint."""
    return hashlib.sha256("\n".join(v.resident_id for v in voters).encode()).hexdigest()


def record_print(ctx: ServiceContext, s: Session, table_id: str,
                 voters: Sequence[Voter]) -> None:
    ctx.log.insert(s, RegisterPrintRow(id=ctx.ids.new(), table_id=table_id, voters=len(voters),
                                       voters_hash=fingerprint(voters),
                                       printed_at=ctx.clock.now()))


def stale_registers(s: Session, tables: Sequence[VotingTable],
                    by_table: Mapping[str, Sequence[Voter]]) -> list[int]:
    """Numbers of the tables whose last printed register no longer lists their voters."""
    ids = [t.id for t in tables]
    last: dict[str, str] = {}
    for table_id, voters_hash in s.execute(
            select(RegisterPrintRow.table_id, RegisterPrintRow.voters_hash)
            .where(RegisterPrintRow.table_id.in_(ids))
            .order_by(RegisterPrintRow.printed_at, RegisterPrintRow.id)):
        last[table_id] = voters_hash
    return [t.number for t in tables
            if t.id in last and last[t.id] != fingerprint(by_table.get(t.id, ()))]
