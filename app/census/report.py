"""The printed census of a council: its residents and the totals by sex and age group."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from app.census.age_groups import AgeGroup, age_group_of
from app.domain.census import Resident
from app.domain.dates import age_on
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


# What the list prints of a resident: cédula, surnames, given names, birth date, sex, sector id.
PrintedRow = tuple[str | None, str, str, date | None, Sex | None, str | None]


@dataclass(frozen=True)
class CensusSheet:
    council: Organization
    parent_name: str | None
    day: date
    residents: tuple[Resident, ...]
    sector_names: dict[str, str]
    totals: CensusTotals

    def rows(self) -> Iterator[PrintedRow]:
        return (printed_row(r) for r in self.residents)


def printed_row(r: Resident) -> PrintedRow:
    return (r.national_id, r.last_names, r.first_names, r.birth_date, r.sex, r.sector_id)


@dataclass(frozen=True)
class CensusStream:
    """The printed census without its residents held: `rows` reads them again, in name order,
    each time it is called (the paper plans its pages on one reading and draws on another),
    so a census of 200,000 costs the paper's pages, not 200,000 residents."""

    council: Organization
    parent_name: str | None
    day: date
    sector_names: dict[str, str]
    totals: CensusTotals
    read: Callable[[], Iterator[PrintedRow]]

    def rows(self) -> Iterator[PrintedRow]:
        return self.read()


def totals_of(counts: Iterable[tuple[Sex | None, date | None, int]], day: date,
              voting_age: int) -> CensusTotals:
    """The totals from how many residents share each sex and birth date (the database
    groups them: a few thousand pairs for 200,000 residents)."""
    cells: Counter[tuple[Sex | None, AgeGroup | None]] = Counter()
    total = of_age = 0
    for sex, born, n in counts:
        age = None if born is None else age_on(born, day)
        cells[(sex, age_group_of(age))] += n
        total += n
        if age is not None and age >= voting_age:
            of_age += n
    return CensusTotals(total, dict(cells), voting_age, of_age)


def census_totals(residents: tuple[Resident, ...], day: date, voting_age: int) -> CensusTotals:
    """The totals of residents held in memory: the same counting as `totals_of`."""
    return totals_of(((r.sex, r.birth_date, 1) for r in residents), day, voting_age)
