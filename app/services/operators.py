"""Who is in charge of this laptop: the secretary's name, kept as the `secretary_name` setting
(the next start offers it) and written to the change log as a shift whenever it changes."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.safety.messages  # noqa: F401  (registers the operator sentences)
from app.persistence import rows as schema
from app.persistence.engine import reading
from app.persistence.rows import ChangeRow, SettingRow
from app.safety.operators import Shifts, operator_name
from app.services.context import ServiceContext

# The shift's table, spelled out: naming OperatorShiftRow would declare the sync rows on every
# command's start, which only reads the shifts (tests/unit/test_row_modules.py checks it).
SHIFT = "operator_shift"
SETTING = "secretary_name"


class OperatorService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def saved(self) -> str:
        """The name last given on this laptop ("" if none): what the window offers at start."""
        with self._ctx.sessions.begin() as s:
            row = s.get(SettingRow, SETTING)
            return row.value if row is not None else ""

    def in_charge(self) -> str | None:
        """Who this laptop's next change belongs to (None before anyone took charge)."""
        with self._ctx.sessions.begin() as s:
            return _last_shift(s, self._ctx.device_id)

    def resume(self) -> None:
        """The name last given stays in charge. Every command starts here, so it only reads
        (a deferred transaction: no write lock for `list` or `check`) and writes a shift only
        when this laptop's chain lacks that name (a restored laptop starts a new chain)."""
        with self._ctx.sessions.begin() as s:
            reading(s)
            row = s.get(SettingRow, SETTING)
            saved = row.value if row is not None else ""
            current = _last_shift(s, self._ctx.device_id)
        if saved and current != saved:
            self.take(saved)

    def take(self, name: str) -> bool:
        """`name` is in charge of this laptop from now on. Writes a shift only when the person
        changes (the same secretary starting again adds nothing to the log); True if one was
        written. The name is also saved for the next start."""
        name = operator_name(name)
        with self._ctx.sessions.begin() as s:
            s.merge(SettingRow(key=SETTING, value=name))
            if _last_shift(s, self._ctx.device_id) == name:
                return False
            self._ctx.log.insert(s, schema.OperatorShiftRow(
                id=self._ctx.ids.new(), device_id=self._ctx.device_id, name=name,
                started_at=self._ctx.clock.now()))
            return True


def _last_shift(s: Session, device_id: str) -> str | None:
    """The name on this laptop's latest shift in its own chain (the highest seq).

    Read through the index on `entity` (a few shifts), never through (origin, seq): nearly
    all of a laptop's log is its own, but SQLite, without statistics, takes `origin = ?` for
    a narrow search and walked the whole chain backwards, row by row, on every command's
    start (8 s with 200,000 residents and a cold disk). `origin || ''` is no column an index
    can serve, so the planner is left with `entity`."""
    fields = s.scalar(select(ChangeRow.fields).where(
        ChangeRow.entity == SHIFT, ChangeRow.origin.concat("") == device_id)
        .order_by(ChangeRow.seq.desc()).limit(1))
    return None if fields is None else str(json.loads(fields)["name"])


def all_shifts(s: Session) -> Shifts:
    """Every laptop's shifts as its chain holds them (origin, seq, name)."""
    rows = s.execute(select(ChangeRow.origin, ChangeRow.seq, ChangeRow.fields)
                     .where(ChangeRow.entity == SHIFT)).all()
    return Shifts((origin, seq, str(json.loads(fields)["name"])) for origin, seq, fields in rows)
