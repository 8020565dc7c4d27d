"""Completing people already in the census from an imported row (issue 10, point 11).

A row whose cédula is already in the census is the same person: the row is not added, but the
fields the census lacks for them (an empty phone, address, birth date, sector...) and the row
carries can be filled in. A field that has a value is never overwritten.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.census import NewResident

# The fields an import may complete, in the order they are listed to the person.
FILLABLE = ("birth_date", "sex", "sector_id", "address", "phone", "household")

# What is known of a person with a cédula, to see what they lack:
# (resident id, cédula, council id, birth date, sex, sector id, address, phone, household).
MissingRow = tuple[str, str, str, date | None, str | None, str | None, str | None,
                   str | None, str | None]


@dataclass(frozen=True)
class Completion:
    """The fields one import row gives a person already in the census."""

    resident_id: str
    values: dict[str, Any]


@dataclass
class Completions:
    """People already in the census with fields an import could fill, by cédula."""

    _lacking: dict[str, tuple[str, str, set[str]]] = field(default_factory=dict)
    found: list[Completion] = field(default_factory=list)
    fields: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, rows: Iterable[MissingRow]) -> Completions:
        made = cls()
        for rid, nid, council, *values in rows:
            empty = {name for name, value in zip(FILLABLE, values, strict=True)
                     if value is None or value == ""}
            if empty:
                made._lacking[nid] = (rid, council, empty)
        return made

    def offer(self, new: NewResident) -> None:
        """Notes what `new` (a row with a cédula already in the census) can fill; a second
        row for the same person fills only what the first left empty."""
        if not new.national_id or new.national_id not in self._lacking:
            return
        rid, council, empty = self._lacking[new.national_id]
        values: dict[str, Any] = {}
        for name in sorted(empty, key=FILLABLE.index):
            value = getattr(new, name)
            if name == "sex" and value is not None:
                value = value.value
            if name == "sector_id" and new.council_id != council:
                continue  # a sector of another council is not this person's
            if value is not None and value != "":
                values[name] = value
        if not values:
            return
        empty.difference_update(values)
        self.found.append(Completion(rid, values))
        self.fields.update(values.keys())

    def by_person(self) -> dict[str, dict[str, Any]]:
        """The fields to fill per resident id: one update per person."""
        merged: dict[str, dict[str, Any]] = {}
        for completion in self.found:
            merged.setdefault(completion.resident_id, {}).update(completion.values)
        return merged
