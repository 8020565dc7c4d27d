"""Corrections to a convened assembly before it begins: its day and hour, place, title, who
calls it and the call (first or second) are edited, or it is suspended ("cancel") with the
reason. Once the first check-in opens it, the convocation is what happened: refused."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.domain.assemblies import Assembly
from app.domain.enums import AssemblyStatus
from app.domain.errors import DomainError
from app.domain.labels import label_in_sentence
from app.domain.text import clean_name
from app.persistence.rows import AssemblyRow
from app.services.assemblies_corrections import Corrections
from app.services.assemblies_record import require_unlocked, to_assembly
from app.services.settings import time_zone


class Schedule(Corrections):
    """The convocation half of AssemblyService (see assemblies.py)."""

    def _convened(self, s: Session, assembly_id: str) -> AssemblyRow:
        row = require_unlocked(s, assembly_id)
        if row.status != AssemblyStatus.CONVENED.value:
            raise DomainError("assembly.not_convened",
                              status=label_in_sentence(AssemblyStatus, row.status))
        return row

    def edit(self, assembly_id: str, *, scheduled_at: datetime | None = None,
             place: str | None = None, title: str | None = None,
             called_by: str | None = None, call: int | None = None) -> Assembly:
        """Change what the convocation says; None leaves a field as it is, and an empty
        title or caller clears it. A day and hour without a zone are the organization's."""
        values: dict[str, object] = {}
        if place is not None:
            values["place"] = clean_name(place)
            if not values["place"]:
                raise DomainError("assembly.place_empty")
        if call is not None:
            if call not in (1, 2):
                raise DomainError("assembly.call_invalid")
            values["call"] = call
        if title is not None:
            values["title"] = clean_name(title) or None
        if called_by is not None:
            values["called_by"] = clean_name(called_by) or None
        with self._ctx.sessions.begin() as s:
            row = self._convened(s, assembly_id)
            if scheduled_at is not None:
                values["scheduled_at"] = (scheduled_at if scheduled_at.tzinfo is not None
                                          else scheduled_at.replace(tzinfo=time_zone(s)))
            changed = {k: v for k, v in values.items() if getattr(row, k) != v}
            if changed:
                self._ctx.log.update(s, row, **changed)
            return to_assembly(row)

    def cancel(self, assembly_id: str, reason: str) -> Assembly:
        """Suspend a convened assembly that has not begun; the reason is kept with it."""
        reason = clean_name(reason or "")
        if not reason:
            raise DomainError("assembly.cancel_reason_empty")
        with self._ctx.sessions.begin() as s:
            row = self._convened(s, assembly_id)
            self._ctx.log.update(s, row, status=AssemblyStatus.CANCELLED.value,
                                 cancel_reason=reason[:300])
            return to_assembly(row)
