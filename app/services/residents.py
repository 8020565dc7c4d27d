"""The census register: add, edit, search, count, find duplicates and merge residents."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

import app.census.messages  # noqa: F401  (registers the census error sentences)
from app.census.model import (
    DraftCheck,
    DuplicateGroup,
    MergeResult,
    ResidentDraft,
    ResidentQuery,
)
from app.census.report import CensusSheet, CensusStream
from app.census.resident_rules import check_draft, checked_birth_date, checked_names
from app.census.search import search_text, uses_index
from app.domain.census import NewResident, Resident
from app.domain.dates import birth_date_for_age
from app.domain.enums import OrgKind, Sex
from app.domain.errors import DomainError
from app.domain.national_id import optional_national_id
from app.domain.text import clean_name
from app.persistence.engine import reading
from app.persistence.rows import (
    InterventionRow,
    OrganizationRow,
    ResidentRow,
    SectorRow,
    SpokespersonRow,
    TableMemberRow,
    VoterAssignmentRow,
)
from app.persistence.search_index import has_search_index, indexed_in_bulk
from app.services.census_duplicates import duplicate_id_groups, matching_ids
from app.services.census_leaving import Leaving, here_on
from app.services.census_merged import resolve_resident_id
from app.services.census_paging import (
    AFTER,
    PAGE_SIZE,
    PageStatements,
    broad_search,
    census_conditions,
    in_name_order,
    page_statements,
)
from app.services.census_rows import (
    census_sheet_of,
    census_stream_of,
    residents_of,
    to_resident,
)
from app.services.census_search import indexed_matches
from app.services.context import ServiceContext, get_live
from app.services.repeats import refuse_repeat

# Fields a person may change on a resident (the CLI's `update ID --field value`).
T = TypeVar("T")

EDITABLE_FIELDS = (
    "first_names", "last_names", "national_id", "birth_date", "sex", "council_id",
    "sector_id", "address", "phone", "household", "notes",
)
# Fields chosen one by one on the merge screen.
MERGE_FIELDS = EDITABLE_FIELDS
# Editable rows that point at a resident: on a merge they are re-pointed to the survivor.
REFERENCES: tuple[type[Any], ...] = (
    SpokespersonRow, VoterAssignmentRow, TableMemberRow, InterventionRow,
)


def _is_sqlite(s: Session) -> bool:
    return s.get_bind().dialect.name == "sqlite"


def _optional_text(value: object) -> str | None:
    text = clean_name(str(value)) if value is not None else ""
    return text or None


class ResidentService(Leaving):
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._indexed: bool | None = None
        self._pages: PageStatements | None = None  # the statements of the list last scrolled

    # -- validation ------------------------------------------------------------------------

    def today(self) -> date:
        """The census's day (ages, the form's checks): the service's clock, not the laptop's."""
        return self._ctx.today()

    def check_draft(self, draft: ResidentDraft) -> DraftCheck:
        """The form's values as a NewResident, or every reason they are refused, by field."""
        return check_draft(draft, self._ctx.today())

    def _validated(self, new: NewResident) -> dict[str, Any]:
        first, last = checked_names(new.first_names, new.last_names)
        national_id = optional_national_id(new.national_id)
        checked_birth_date(new.birth_date, self._ctx.today())
        return {
            "id": self._ctx.ids.new(),
            "council_id": new.council_id,
            "sector_id": new.sector_id,
            "first_names": first,
            "last_names": last,
            "national_id": national_id,
            "birth_date": new.birth_date,
            "sex": new.sex.value if new.sex else None,
            "address": _optional_text(new.address),
            "phone": _optional_text(new.phone),
            "household": _optional_text(new.household),
            "notes": None,
            "search_text": search_text(first, last, national_id),
            "merged_into_id": None,
            "created_at": self._ctx.clock.now(),
            "deleted_at": None,
        }

    @staticmethod
    def _check_place(s: Session, council_id: str, sector_id: str | None) -> None:
        council = get_live(s, OrganizationRow, council_id, "council")
        if council.kind != OrgKind.COUNCIL.value:
            raise DomainError("resident.not_council")
        if sector_id is not None:
            sector = get_live(s, SectorRow, sector_id, "sector")
            if sector.organization_id != council_id:
                raise DomainError("resident.sector_elsewhere")

    # -- writing ---------------------------------------------------------------------------

    def add(self, new: NewResident) -> Resident:
        values = self._validated(new)
        with self._ctx.sessions.begin() as s:
            self._check_place(s, new.council_id, new.sector_id)
            refuse_repeat(s, self._ctx.log, ResidentRow, {
                key: values[key] for key in
                ("council_id", "first_names", "last_names", "national_id", "birth_date")})
            row = ResidentRow(**values)
            self._ctx.log.insert(s, row)
            return to_resident(row)

    def add_many(self, residents: Iterable[NewResident], batch: int = 5000) -> int:
        """Bulk add (imports, the demo): validated like `add`, one transaction per batch."""
        total = 0
        pending: list[dict[str, Any]] = []
        for new in residents:
            pending.append(self._validated(new))
            if len(pending) >= batch:
                total += self._insert_batch(pending)
                pending = []
        if pending:
            total += self._insert_batch(pending)
        return total

    def _insert_batch(self, values: list[dict[str, Any]]) -> int:
        with self._ctx.sessions.begin() as s, indexed_in_bulk(s, self._uses_index(s)):
            return self._ctx.log.insert_many(s, ResidentRow, values)

    def update(self, resident_id: str, **fields: Any) -> Resident:
        """Change some fields (see EDITABLE_FIELDS); validated like `add`, logged as one edit."""
        unknown = sorted(set(fields) - set(EDITABLE_FIELDS))
        if unknown:
            raise DomainError("resident.unknown_field", field=unknown[0],
                              fields=", ".join(EDITABLE_FIELDS))
        with self._ctx.sessions.begin() as s:
            row = self._live_unmerged(s, resident_id)
            values = self._edited_values(row, fields)
            self._check_place(s, values.get("council_id", row.council_id),
                              values.get("sector_id", row.sector_id))
            self._ctx.log.update(s, row, **values)
            return to_resident(row)

    def _edited_values(self, row: ResidentRow, fields: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, value in fields.items():
            if key in ("first_names", "last_names"):
                values[key] = clean_name(value or "")
            elif key == "national_id":
                values[key] = optional_national_id(value)
            elif key == "birth_date":
                values[key] = checked_birth_date(value, self._ctx.today())
            elif key == "sex":
                values[key] = None if value is None else Sex(value).value
            elif key == "council_id":
                values[key] = value
            else:
                values[key] = _optional_text(value)
        first = values.get("first_names", row.first_names)
        last = values.get("last_names", row.last_names)
        if not first and not last:
            raise DomainError("name.empty")
        if "council_id" in values and values["council_id"] != row.council_id \
                and "sector_id" not in values:
            values["sector_id"] = None  # the old sector belongs to the old council
        values["search_text"] = search_text(first, last,
                                            values.get("national_id", row.national_id))
        return values

    def delete(self, resident_id: str) -> None:
        """Take a resident off the census (a tombstone: attendance already recorded stays)."""
        with self._ctx.sessions.begin() as s:
            self._ctx.log.delete(s, get_live(s, ResidentRow, resident_id, "resident"))

    # -- reading ---------------------------------------------------------------------------

    def get(self, resident_id: str) -> Resident:
        with self._ctx.sessions.begin() as s:
            return to_resident(get_live(s, ResidentRow, resident_id, "resident"))

    def resolve(self, resident_id: str) -> str:
        """The id that now stands for this resident (after merges): see census_merged."""
        with self._ctx.sessions.begin() as s:
            return resolve_resident_id(s, resident_id)

    def _uses_index(self, s: Session) -> bool:
        if self._indexed is None:
            self._indexed = has_search_index(s)
        return self._indexed

    def page(self, q: ResidentQuery, offset: int, limit: int) -> list[Resident]:
        """Rows `offset` to `offset + limit` in name order (one-off reads: the CLI, the demo).
        A list that is scrolled reads with page_after: OFFSET walks every row it skips."""
        with self._ctx.sessions.begin() as s:
            query = self._in_name_order(s, q)
            return residents_of(
                s.connection().execute(query.offset(offset).limit(limit)).fetchall())

    def page_after(self, q: ResidentQuery, after: Resident | None, limit: int
                   ) -> list[Resident]:
        """The `limit` residents that follow `after` in name order (keyset paging).

        The walk starts in ix_resident_name_order at `after`'s key (last names, first names,
        id), so the last page of 200,000 costs what the first does, filtered or not (see
        census_paging). `after` may have been edited or deleted since it was shown: its key
        still marks the place."""
        with self._ctx.sessions.begin() as s:
            connection = reading(s)  # waits for no writer
            statements = self._page_statements(s, q)
            if after is None:
                result = connection.execute(statements.first, {PAGE_SIZE: limit})
            else:
                key = (after.last_names, after.first_names, after.id)
                result = connection.execute(
                    statements.after, {PAGE_SIZE: limit, **dict(zip(AFTER, key, strict=True))})
            return residents_of(result.fetchall())  # in one call: row by row cost a tenth

    def _page_statements(self, s: Session, q: ResidentQuery) -> PageStatements:
        # One query is scrolled page after page: its statements are kept for the next page.
        today, held = self._ctx.today(), self._pages
        if held is None or not held.fits(q, today):
            sqlite, indexed = _is_sqlite(s), self._uses_index(s)
            if sqlite and uses_index(q.text, indexed) and broad_search(
                    indexed_matches(s, q.text), self._census_size(s)):
                indexed = False  # the walk, testing each row with LIKE (see census_paging)
            held = page_statements(q, today, sqlite, indexed)
            self._pages = held
        return held

    @staticmethod
    def _census_size(s: Session) -> int:
        return int(s.scalar(select(func.count()).select_from(ResidentRow)) or 0)

    def _in_name_order(self, s: Session, q: ResidentQuery) -> Select[Any]:
        return in_name_order(q, self._ctx.today(), _is_sqlite(s), self._uses_index(s))

    def search(self, text: str, limit: int = 50, council_ids: tuple[str, ...] = ()
               ) -> list[Resident]:
        """Residents whose names or cédula contain every word of `text` (accents ignored)."""
        return self.page(ResidentQuery(text=text, council_ids=council_ids), 0, limit)

    def count(self, q: ResidentQuery | None = None) -> int:
        with self._ctx.sessions.begin() as s:
            return self._count(s, q or ResidentQuery())

    def _count(self, s: Session, q: ResidentQuery) -> int:
        # A count may use any index (the council's counts its rows only): no walk.
        conditions = census_conditions(q, self._ctx.today(), self._uses_index(s), walk=False)
        query = select(func.count()).select_from(ResidentRow).where(*conditions)
        return int(s.scalar(query) or 0)

    def count_of_age(self, council_ids: tuple[str, ...], age: int, on: date | None = None) -> int:
        """Residents aged `age` or more on a day (the quorum base, the voters)."""
        day = on or self._ctx.today()
        with self._ctx.sessions.begin() as s:
            query = select(func.count()).select_from(ResidentRow).where(
                ResidentRow.deleted_at.is_(None),
                ResidentRow.council_id.in_(council_ids),
                ResidentRow.birth_date <= birth_date_for_age(age, day), here_on(day),
            )
            return int(s.scalar(query) or 0)

    def census_paper(self, council_id: str, draw: Callable[[CensusStream], T],
                     on: date | None = None) -> T:
        """`draw` given the council's census, whose residents it may read (in name order, as
        often as it needs) while one reading transaction keeps them the same: the printed
        census plans its pages on one reading and draws on another, holding none."""
        day = on or self._ctx.today()
        with self._ctx.sessions.begin() as s:
            reading(s)  # one snapshot for every read, waiting for no writer
            return draw(census_stream_of(s, council_id, day))

    def census_sheet(self, council_id: str, on: date | None = None) -> CensusSheet:
        """Everything the printed census of one council needs, read in one unit of work and
        held (every resident): the paper itself reads them as it goes (`census_paper`)."""
        day = on or self._ctx.today()
        with self._ctx.sessions.begin() as s:
            return census_sheet_of(s, council_id, day)

    # -- duplicates and merge --------------------------------------------------------------

    def possible_duplicates(self, new: NewResident, exclude_id: str | None = None
                            ) -> list[Resident]:
        """Live residents with the same cédula, or the same name and birth date."""
        national_id = optional_national_id(new.national_id)
        with self._ctx.sessions.begin() as s:
            ids = matching_ids(s, national_id, new.first_names, new.last_names,
                               new.birth_date, exclude_id)
            return [to_resident(r) for r in (s.get_one(ResidentRow, i) for i in ids)]

    def duplicate_groups(self, council_ids: tuple[str, ...] = ()) -> list[DuplicateGroup]:
        with self._ctx.sessions.begin() as s:
            groups = duplicate_id_groups(s, council_ids)
            return [
                DuplicateGroup(reason, key,
                               tuple(to_resident(s.get_one(ResidentRow, i)) for i in ids))
                for reason, key, ids in groups
            ]

    def merge(self, survivor_id: str, other_id: str,
              take_from_other: Iterable[str] = ()) -> MergeResult:
        """Keep `survivor_id`, taking the named fields from `other_id`; the other becomes a
        tombstone pointing at the survivor, and editable references follow the survivor.

        Attendance and other insert-only facts keep their ids: counters resolve them with
        app.services.census_merged.survivor_map, so nothing recorded is rewritten.
        """
        if survivor_id == other_id:
            raise DomainError("resident.merge_same")
        chosen = set(take_from_other)
        unknown = sorted(chosen - set(MERGE_FIELDS))
        if unknown:
            raise DomainError("resident.unknown_field", field=unknown[0],
                              fields=", ".join(MERGE_FIELDS))
        with self._ctx.sessions.begin() as s:
            survivor = self._live_unmerged(s, survivor_id)
            other = self._live_unmerged(s, other_id)
            values = {f: getattr(other, f) for f in MERGE_FIELDS if f in chosen}
            if "council_id" in values and "sector_id" not in values:
                values["sector_id"] = other.sector_id  # a sector only makes sense in its council
            self._check_place(s, values.get("council_id", survivor.council_id),
                              values.get("sector_id", survivor.sector_id))
            first = values.get("first_names", survivor.first_names)
            last = values.get("last_names", survivor.last_names)
            values["search_text"] = search_text(first, last,
                                                values.get("national_id", survivor.national_id))
            self._ctx.log.update(s, survivor, **values)
            repointed = self._repoint(s, other.id, survivor.id)
            # Records merged earlier into `other` now point straight at the survivor, so a
            # single lookup (app.services.census_merged.survivor_of) resolves any merged id locally.
            for earlier in s.scalars(select(ResidentRow).where(
                    ResidentRow.merged_into_id == other.id)).all():
                self._ctx.log.update(s, earlier, merged_into_id=survivor.id)
            self._ctx.log.update(s, other, merged_into_id=survivor.id)
            self._ctx.log.delete(s, other)
            return MergeResult(to_resident(survivor), other.id, repointed)

    def _repoint(self, s: Session, old_id: str, new_id: str) -> dict[str, int]:
        moved: dict[str, int] = {}
        for cls in REFERENCES:
            rows = s.scalars(select(cls).where(cls.resident_id == old_id,
                                               cls.deleted_at.is_(None))).all()
            for row in rows:
                if cls is VoterAssignmentRow and self._already_assigned(s, row, new_id):
                    self._ctx.log.delete(s, row)  # one person, one line in the register
                else:
                    self._ctx.log.update(s, row, resident_id=new_id)
            if rows:
                moved[cls.__tablename__] = len(rows)
        return moved

    @staticmethod
    def _already_assigned(s: Session, row: VoterAssignmentRow, resident_id: str) -> bool:
        found = s.scalar(select(func.count()).select_from(VoterAssignmentRow).where(
            VoterAssignmentRow.consultation_id == row.consultation_id,
            VoterAssignmentRow.resident_id == resident_id,
            VoterAssignmentRow.deleted_at.is_(None)))
        return bool(found)
