"""Problems named in assemblies, their prioritization, and the projects that answer them."""

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base, SyncKind, uuid_pk


class ProblemRow(Base):
    __tablename__ = "problem"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    assembly_id: Mapped[str | None] = mapped_column(ForeignKey("assembly.id"), index=True)
    sector_id: Mapped[str | None] = mapped_column(ForeignKey("sector.id"))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(24))  # ProblemCategory
    families_affected: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16))  # ProblemStatus
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class PrioritizationRow(Base):
    __tablename__ = "prioritization"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    assembly_id: Mapped[str] = mapped_column(ForeignKey("assembly.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))  # PrioritizationMethod
    points_per_voter: Mapped[int | None] = mapped_column(Integer)  # for the points method
    status: Mapped[str] = mapped_column(String(16))  # PrioritizationStatus
    # How a tie was broken: {"kind": "second_vote"|"draw", "order": [problem ids], "note": ...}
    tie_break: Mapped[dict[str, object] | None] = mapped_column(JSON)
    decided_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class PrioritizationBallotRow(Base):
    """One voter's marks (or, for counted hands, one counted total per problem)."""

    __tablename__ = "prioritization_ballot"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    prioritization_id: Mapped[str] = mapped_column(
        ForeignKey("prioritization.id"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    # plurality: {problem_id: hands}; approval: [problem_id...]; borda: ranked [problem_id...];
    # score: {problem_id: points}
    marks: Mapped[object] = mapped_column(JSON)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class ProjectRow(Base):
    __tablename__ = "project"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(24))  # ProblemCategory
    cost_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3))  # Currency
    status: Mapped[str] = mapped_column(String(16))  # ProjectStatus
    started_on: Mapped[date | None]
    finished_on: Mapped[date | None]
    # Set when a consultation funds it: the amount of the round, its currency, which round.
    funded_cents: Mapped[int | None] = mapped_column(BigInteger)
    funded_currency: Mapped[str | None] = mapped_column(String(3))
    consultation_id: Mapped[str | None] = mapped_column(String(36))
    committee: Mapped[str | None] = mapped_column(String(200))  # the committee responsible
    responsible: Mapped[str | None] = mapped_column(Text)  # the spokespeople responsible
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class ProjectProblemRow(Base):
    """Which problems a project answers (the link from the ranked list to the candidates)."""

    __tablename__ = "project_problem"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    problem_id: Mapped[str] = mapped_column(ForeignKey("problem.id"), index=True)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class ProjectPersonRow(Base):
    """Who answers for a project: a resident of the census with a role (ProjectRole), the
    name kept as it was when named, so the statement's signature lines never change with a
    later census correction."""

    __tablename__ = "project_person"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    resident_id: Mapped[str] = mapped_column(ForeignKey("resident.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))  # ProjectRole
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class ProjectStatusChangeRow(Base):
    """One dated step of a project's life, with who made it. Insert-only: the history."""

    __tablename__ = "project_status_change"
    __sync__ = SyncKind.FACT
    id: Mapped[str] = uuid_pk()
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))  # ProjectStatus
    changed_on: Mapped[date]
    changed_by: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]


class BudgetLineRow(Base):
    """A line of a funded project's budget (materials, labour...) with its planned amount, in
    the project's currency."""

    __tablename__ = "budget_line"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    planned_cents: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class DisbursementRow(Base):
    """Money received for a project. `rate_e4` is bolívares per unit of the project's currency
    times 10,000 (the official rate of that date, typed by hand); `value_cents` is the amount
    in the project's currency."""

    __tablename__ = "disbursement"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    received_on: Mapped[date]
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    rate_e4: Mapped[int | None] = mapped_column(BigInteger)
    value_cents: Mapped[int] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class ProgressReportRow(Base):
    """How far the work is on a date, in words and a percent; photos are attachments."""

    __tablename__ = "progress_report"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    reported_on: Mapped[date]
    percent: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class InspectionRow(Base):
    """A visit of the contraloría social. `inspectors`: [{"id": resident id, "name": ...}],
    residents of the census, their names kept as they were that day."""

    __tablename__ = "inspection"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    inspected_on: Mapped[date]
    inspectors: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    checked: Mapped[str] = mapped_column(Text)
    observations: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class FindingRow(Base):
    """What an inspection found; open until the people responsible answer it."""

    __tablename__ = "finding"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)
    answered_on: Mapped[date | None]
    answered_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class ExpenseRow(Base):
    """Money spent on a funded project, for the accountability assembly. Editable: a wrong
    amount is corrected. Its receipt is an `attachment` owned by ("expense", id)."""

    __tablename__ = "expense"
    __sync__ = SyncKind.EDITABLE
    id: Mapped[str] = uuid_pk()
    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    spent_on: Mapped[date]
    description: Mapped[str] = mapped_column(Text)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    receipt: Mapped[str | None] = mapped_column(String(120))
    budget_line_id: Mapped[str | None] = mapped_column(String(36))
    supplier: Mapped[str | None] = mapped_column(String(200))
    supplier_rif: Mapped[str | None] = mapped_column(String(20))
    invoice: Mapped[str | None] = mapped_column(String(60))
    rate_e4: Mapped[int | None] = mapped_column(BigInteger)
    value_cents: Mapped[int | None] = mapped_column(BigInteger)
    paid_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]
