"""The printed census of a council: its residents and the totals by sex and age group."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from app.census.age_groups import AgeGroup, age_group_of
from app.domain.census import Resident
from app.domain.enums import Sex
from app.domain.organizations import Organization


@dataclass(frozen=True)
class CensusTotals:
    total: int
    # (sex or None for "not recorded", age group or None for "no birth date") -> count
    cells: dict[tuple[Sex | None, AgeGroup | None], int] = field(default_factory=dict)
    voting_age: int = 15
    of_voting_age: int = 0  # the quorum base

    def count(self, sex: Sex | None = None, group: AgeGroup | None = None, *,
              any_sex: bool = False, any_group: bool = False) -> int:
        return sum(n for (s, g), n in self.cells.items()
                   if (any_sex or s == sex) and (any_group or g == group))


@dataclass(frozen=True)
class CensusSheet:
    council: Organization
    parent_name: str | None
    day: date
    residents: tuple[Resident, ...]
    sector_names: dict[str, str]
    totals: CensusTotals


def census_totals(residents: tuple[Resident, ...], day: date, voting_age: int) -> CensusTotals:
    cells: Counter[tuple[Sex | None, AgeGroup | None]] = Counter()
    of_age = 0
    for r in residents:
        age = r.age_on(day)
        cells[(r.sex, age_group_of(age))] += 1
        if age is not None and age >= voting_age:
            of_age += 1
    return CensusTotals(len(residents), dict(cells), voting_age, of_age)
