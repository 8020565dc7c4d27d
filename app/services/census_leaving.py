"""Residents who leave the census ("dar de baja": moved away, died) and come back.

A baja is not a deletion: the row stays, with the day and the reason, so attendance already
recorded, spokesperson terms and quorum bases frozen when an assembly opened keep naming the
person. From that day on the resident is out of the quorum base, the census counts and lists,
and the voter registers (`here_on`); "reincorporar" clears the day and takes them back.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, or_
from sqlalchemy.orm import Session

from app.domain.census import Resident
from app.domain.errors import DomainError
from app.domain.text import clean_name
from app.domain.zone import local_day
from app.persistence.rows import ResidentRow
from app.services.context import ServiceContext, get_live
from app.services.settings import time_zone


def here_on(day: date) -> ColumnElement[bool]:
    """Residents still living in the territory on `day` (not dados de baja by then)."""
    return or_(ResidentRow.left_on.is_(None), ResidentRow.left_on > day)


def left_by(row: ResidentRow, day: date) -> bool:
    return row.left_on is not None and row.left_on <= day


def refuse_left(row: ResidentRow, day: date) -> None:
    """A resident dado de baja by `day` is not checked in, counted or assigned."""
    if left_by(row, day):
        assert row.left_on is not None
        raise DomainError("resident.left", name=f"{row.first_names} {row.last_names}",
                          day=row.left_on.strftime("%d/%m/%Y"), reason=row.left_reason or "")


class Leaving:
    """The baja half of ResidentService (see residents.py)."""

    _ctx: ServiceContext

    def baja(self, resident_id: str, reason: str, on: date | None = None) -> Resident:
        """Take a resident off the census from `on` (today by default) for `reason`."""
        from app.services.census_rows import to_resident

        reason = clean_name(reason or "")
        if not reason:
            raise DomainError("resident.left_reason_empty")
        with self._ctx.sessions.begin() as s:
            # The organization's day, the one assemblies and votes are dated by (a laptop on
            # UTC is already "tomorrow" at 8 p.m. in Caracas).
            today = local_day(self._ctx.clock.now(), time_zone(s))
            day = on or today
            if day > today:
                raise DomainError("resident.left_future", day=day.strftime("%d/%m/%Y"),
                                  today=today.strftime("%d/%m/%Y"))
            row = self._live_unmerged(s, resident_id)
            refuse_left(row, today)
            self._ctx.log.update(s, row, left_on=day, left_reason=reason[:200])
            return to_resident(row)

    def reinstate(self, resident_id: str) -> Resident:
        """"Reincorporar": a resident dado de baja by mistake, or who came back."""
        from app.services.census_rows import to_resident

        with self._ctx.sessions.begin() as s:
            row = self._live_unmerged(s, resident_id)
            if row.left_on is None:
                raise DomainError("resident.not_left",
                                  name=f"{row.first_names} {row.last_names}")
            self._ctx.log.update(s, row, left_on=None, left_reason=None)
            return to_resident(row)

    @staticmethod
    def _live_unmerged(s: Session, resident_id: str) -> ResidentRow:
        row = s.get(ResidentRow, resident_id)
        if row is not None and row.merged_into_id is not None:
            raise DomainError("resident.merged")
        return get_live(s, ResidentRow, resident_id, "resident")

