"""Residents of the census, as the services hand them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.dates import age_on
from app.domain.enums import Sex


@dataclass(frozen=True)
class Resident:
    id: str
    council_id: str
    sector_id: str | None
    first_names: str
    last_names: str
    national_id: str | None
    birth_date: date | None
    sex: Sex | None
    address: str | None
    phone: str | None
    household: str | None
    # "Dado de baja" (moved away, died) on this day, for this reason; None while living here.
    left_on: date | None = None
    left_reason: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_names} {self.last_names}".strip()

    def age_on(self, day: date) -> int | None:
        return None if self.birth_date is None else age_on(self.birth_date, day)


@dataclass(frozen=True)
class NewResident:
    """What a form, an import or the demo gives to create a resident."""

    council_id: str
    first_names: str
    last_names: str
    national_id: str | None = None
    birth_date: date | None = None
    sex: Sex | None = None
    sector_id: str | None = None
    address: str | None = None
    phone: str | None = None
    household: str | None = None
