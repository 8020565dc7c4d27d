"""The census filtered in SQL and read in name order, a page at a time (the Censo page's list).

Scrolling walks ix_resident_name_order (last names, first names, id) from the last row shown,
so every page costs the same. On SQLite a filter must not offer the planner another index:
with `council_id IN (…)` it took ix_resident_council_id and sorted the whole council for
every page (USE TEMP B-TREE FOR ORDER BY), so scrolling a council of 50,000 cost 6.5 times
scrolling the whole census. A unary + on a column (SQLite's documented way) keeps its term
off the indexes; the walk then finds the page's rows in the order it needs, and across a
whole scroll visits each row once, whatever the filter keeps. A search through the trigram
index is sorted by SQLite when it keeps few rows, and walked when it keeps many (see
broad_search): the index's matches are all read and sorted for every page, which made
scrolling a search for "V-51" (half of 200,000) take 45 s.

The statements of one query are built once and reused for each of its pages, with the key
and the page size as parameters: building and hashing a SELECT per page was a fifth of the
scroll.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    TextClause,
    bindparam,
    literal_column,
    select,
    tuple_,
)

from app.census.age_groups import AGE_RANGES
from app.census.model import ResidentQuery
from app.census.search import uses_index
from app.domain.dates import birth_date_for_age
from app.persistence.rows import ResidentRow
from app.services.census_rows import RESIDENT_COLUMNS
from app.services.census_search import search_conditions

NAME_ORDER = (ResidentRow.last_names, ResidentRow.first_names, ResidentRow.id)
# Parameters of a page statement: the key of the last row held and how many rows to read.
AFTER = ("after_last_names", "after_first_names", "after_id")
PAGE_SIZE = "page_size"


def _column(name: str, walk: bool) -> ColumnElement[Any]:
    column = ResidentRow.__table__.c[name]
    return literal_column(f"+resident.{name}", column.type) if walk else column


def census_conditions(q: ResidentQuery, today: date, indexed: bool, walk: bool
                      ) -> list[ColumnElement[bool] | TextClause]:
    """The WHERE terms of `q`; with `walk` (SQLite, no index search) none of them can use an
    index, so the planner walks the name order (see the module's docstring)."""
    conditions: list[ColumnElement[bool] | TextClause] = [
        _column("deleted_at", walk).is_(None),
        ResidentRow.left_on.is_not(None) if q.left else ResidentRow.left_on.is_(None),
    ]
    if q.council_ids:
        conditions.append(_column("council_id", walk).in_(q.council_ids))
    if q.sector_id:
        conditions.append(_column("sector_id", walk) == q.sector_id)
    ages = [(q.min_age, q.max_age)]
    if q.age_group is not None:
        group = AGE_RANGES[q.age_group]
        ages.append((group.min_age, group.max_age))
    born = _column("birth_date", walk)
    for min_age, max_age in ages:
        if min_age is not None:
            conditions.append(born <= birth_date_for_age(min_age, today))
        if max_age is not None:
            conditions.append(born > birth_date_for_age(max_age + 1, today))
    conditions += search_conditions(q.text, indexed)
    return conditions


def walks_name_order(q: ResidentQuery, sqlite: bool, indexed: bool) -> bool:
    """Whether `q`'s list is read by walking ix_resident_name_order (SQLite syntax only:
    PostgreSQL, the hub, plans this well by itself)."""
    return sqlite and not uses_index(q.text, indexed)


def broad_search(matches: int, residents: int, page: int = 200) -> bool:
    """Whether a search through the trigram index costs less walked than sorted. Sorted, a
    page reads every match; walked (the words tested with LIKE), a page reads about
    page * residents / matches rows of the name order: the walk wins past the square root."""
    return matches * matches > page * residents


def in_name_order(q: ResidentQuery, today: date, sqlite: bool, indexed: bool) -> Select[Any]:
    """The residents `q` keeps, as RESIDENT_COLUMNS tuples, in name order."""
    walk = walks_name_order(q, sqlite, indexed)
    columns = cast("Select[Any]", select(*RESIDENT_COLUMNS))
    return columns.where(*census_conditions(q, today, indexed, walk)).order_by(*NAME_ORDER)


@dataclass(frozen=True)
class PageStatements:
    """The two statements of a scroll: the first page, and the page after a key."""

    query: ResidentQuery
    today: date
    first: Select[Any]
    after: Select[Any]

    def fits(self, query: ResidentQuery, today: date) -> bool:
        return self.query == query and self.today == today


def page_statements(q: ResidentQuery, today: date, sqlite: bool, indexed: bool
                    ) -> PageStatements:
    ordered = in_name_order(q, today, sqlite, indexed)
    size = bindparam(PAGE_SIZE, type_=Integer())
    after = ordered.where(tuple_(*NAME_ORDER) > tuple_(*(bindparam(name) for name in AFTER)))
    return PageStatements(q, today, ordered.limit(size), after.limit(size))
