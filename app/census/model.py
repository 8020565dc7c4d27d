"""The census's data as the services hand it out: frozen, with no SQL behind it."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.census.age_groups import AgeGroup
from app.domain.census import NewResident, Resident
from app.domain.enums import Sex

BY_NATIONAL_ID = "national_id"
BY_NAME_AND_BIRTH = "name_birth"


@dataclass(frozen=True)
class Territory:
    """Where an organization is: printed on its papers, never used to count anyone."""

    state: str | None = None
    municipality: str | None = None
    parish: str | None = None


@dataclass(frozen=True)
class ResidentQuery:
    """A page of the census: filters are applied in SQL."""

    text: str = ""
    council_ids: tuple[str, ...] = ()
    sector_id: str | None = None
    min_age: int | None = None
    max_age: int | None = None
    age_group: AgeGroup | None = None
    # The residents "dados de baja" instead of those living here (the window's "Bajas").
    left: bool = False


@dataclass(frozen=True)
class MergeResult:
    survivor: Resident
    merged_id: str
    repointed: dict[str, int]  # table name -> references moved to the survivor


@dataclass(frozen=True)
class DuplicateGroup:
    reason: str  # BY_NATIONAL_ID or BY_NAME_AND_BIRTH
    key: str  # the shared cédula, or "name|yyyy-mm-dd"
    residents: tuple[Resident, ...]


@dataclass(frozen=True)
class RowError:
    row: int  # as the spreadsheet numbers it: the heading is row 1
    column: str  # the heading as written in the file
    reason: str  # a sentence a secretary can act on


@dataclass(frozen=True)
class ImportReport:
    path: str
    dry_run: bool
    rows: int = 0  # data rows read (blank rows are not counted)
    added: int = 0  # added, or that would be added in a dry run
    already_present: int = 0  # the same person is already in the census
    repeated_in_file: int = 0  # the same person appears earlier in this file
    errors: tuple[RowError, ...] = ()
    columns: dict[str, str] = field(default_factory=dict)  # field -> heading used
    ignored_columns: tuple[str, ...] = ()
    preview: tuple[NewResident, ...] = ()
    cancelled: bool = False  # stopped by the person before the end of the file
    # Sectors the file names that the census did not have: created by the import (listed
    # only, in a dry run), as (council id, sector name).
    new_sectors: tuple[tuple[str, str], ...] = ()
    # People already in the census (same cédula) whose empty fields the file could fill, and
    # how many of them would gain each field (field name -> people); `completed` is how many
    # were completed (only with update_missing, never in a dry run).
    completable: int = 0
    completable_fields: dict[str, int] = field(default_factory=dict)
    completed: int = 0


@dataclass(frozen=True)
class ResidentDraft:
    """A resident as typed in the form: text not yet checked (the date as dd/mm/aaaa)."""

    council_id: str
    first_names: str = ""
    last_names: str = ""
    national_id: str = ""
    birth_date: str = ""
    sex: Sex | None = None
    sector_id: str | None = None
    address: str = ""
    phone: str = ""
    household: str = ""


@dataclass(frozen=True)
class DraftCheck:
    """The draft as a NewResident, or why not: field name -> a sentence to show beside it."""

    resident: NewResident | None
    errors: dict[str, str] = field(default_factory=dict)
