"""What the project services return: budget lines, money received and spent, the ledger with
its balances and warnings, and the status history. Money is integer cents with a currency;
`value_cents` is always in the project's currency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import Currency, ProjectRole, ProjectStatus
from app.domain.problems import Project


@dataclass(frozen=True)
class StatusChange:
    status: ProjectStatus
    changed_on: date
    changed_by: str
    note: str | None


@dataclass(frozen=True)
class Funding:
    """What the consultation gave the project, and who answers for it."""

    cents: int
    currency: Currency
    consultation_id: str | None
    committee: str | None
    responsible: str | None


@dataclass(frozen=True)
class ProjectPerson:
    """A resident of the census who answers for the project, with the name kept as it was
    when named (the signature line prints it)."""

    id: str
    project_id: str
    resident_id: str
    role: ProjectRole
    name: str


@dataclass(frozen=True)
class BudgetLine:
    id: str
    project_id: str
    name: str
    planned_cents: int


@dataclass(frozen=True)
class Disbursement:
    id: str
    project_id: str
    received_on: date
    amount_cents: int
    currency: Currency
    rate_e4: int | None  # bolívares per unit of the project's currency, times 10,000
    value_cents: int
    source: str
    reference: str | None


@dataclass(frozen=True)
class Receipt:
    attachment_id: str
    filename: str
    media_type: str
    size: int


@dataclass(frozen=True)
class Expense:
    id: str
    project_id: str
    spent_on: date
    supplier: str
    supplier_rif: str | None
    invoice: str | None
    description: str
    budget_line_id: str | None
    amount_cents: int
    currency: Currency
    rate_e4: int | None
    value_cents: int
    paid_by: str | None
    receipt: Receipt | None


@dataclass(frozen=True)
class LineBalance:
    line_id: str | None  # None: spending not assigned to a line
    name: str
    planned_cents: int
    spent_cents: int
    left_cents: int
    overspent: bool


@dataclass(frozen=True)
class LedgerWarning:
    """A warning the secretary must see: `code` is stable, `text` is in the reader's language,
    `expense_id` points at the expense it concerns (if one)."""

    code: str
    text: str
    expense_id: str | None = None


@dataclass(frozen=True)
class Ledger:
    """The project's accounts in its own currency: always shown, never silent."""

    project: Project
    currency: Currency
    funding: Funding | None
    lines: tuple[LineBalance, ...]
    received_cents: int
    spent_cents: int
    balance_cents: int
    planned_cents: int
    expenses_count: int
    without_receipt: int
    warnings: tuple[LedgerWarning, ...]
    history: tuple[StatusChange, ...]


@dataclass(frozen=True)
class ProjectScreen:
    """What the project view shows first: the accounts and the money received (the
    expenses are read a page at a time)."""

    ledger: Ledger
    received: tuple[Disbursement, ...]


@dataclass(frozen=True)
class ProgressReport:
    id: str
    project_id: str
    reported_on: date
    percent: int
    text: str
    photos: tuple[Receipt, ...]


@dataclass(frozen=True)
class Finding:
    id: str
    inspection_id: str
    text: str
    answer: str | None
    answered_on: date | None
    answered_by: str | None

    @property
    def open(self) -> bool:
        return self.answer is None


@dataclass(frozen=True)
class Inspection:
    id: str
    project_id: str
    inspected_on: date
    inspectors: tuple[str, ...]  # names, as they were in the census that day
    checked: str
    observations: str | None
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Oversight:
    """Progress and oversight of one project: the reports, the inspections, what is open."""

    progress: tuple[ProgressReport, ...]
    inspections: tuple[Inspection, ...]

    @property
    def percent(self) -> int | None:
        return self.progress[-1].percent if self.progress else None

    @property
    def open_findings(self) -> tuple[Finding, ...]:
        return tuple(f for i in self.inspections for f in i.findings if f.open)


@dataclass(frozen=True)
class AccountabilityPaper:
    """What the accountability statement and the notice print: the accounts, every payment,
    the progress and the findings, and the next accountability assembly of the project's
    organization (if one is called)."""

    organization: str
    ledger: Ledger
    received: tuple[Disbursement, ...]
    spent: tuple[Expense, ...]
    line_names: dict[str, str]
    next_assembly: datetime | None
    oversight: Oversight
    people: tuple[ProjectPerson, ...] = ()
