"""A rendición de cuentas and its project: which project an assembly may account for, the
agenda it gets, and the statement block its acta carries (composed from the ledger and the
oversight record as they stand in the session)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.assembly.minutes_accountability import (
    MinutesAccountability,
    MinutesFinding,
    MinutesLine,
    MinutesProgress,
)
from app.persistence.rows import AssemblyRow, ProjectRow
from app.services.context import get_live
from app.services.project_accounts import ledger_of
from app.services.project_money import funded_project
from app.services.project_oversight import oversight_of


def accounted_project(s: Session, project_id: str) -> ProjectRow:
    """The project an assembly accounts for: live and funded (it has accounts to give)."""
    return funded_project(s, project_id)


def accountability_agenda(title: str) -> list[str]:
    """The points of a rendición de cuentas when the secretary names none. Stored as the
    record's text, in the Spanish of the acta; the questions of the community are recorded
    as interventions on the last point."""
    return [f"Informe financiero del proyecto «{title}»", "Avance de la obra",
            "Contraloría social: hallazgos y respuestas", "Preguntas de la comunidad"]


def accountability_of(s: Session, assembly: AssemblyRow) -> MinutesAccountability | None:
    """The statement as it stands now (None when the assembly accounts for no project)."""
    if assembly.project_id is None:
        return None
    get_live(s, ProjectRow, assembly.project_id, "project")
    accounts = ledger_of(s, assembly.project_id)
    oversight = oversight_of(s, assembly.project_id)
    return MinutesAccountability(
        project_id=assembly.project_id, title=accounts.project.title,
        currency=accounts.currency.value,
        funded_cents=accounts.funding.cents if accounts.funding else None,
        received_cents=accounts.received_cents, spent_cents=accounts.spent_cents,
        balance_cents=accounts.balance_cents, planned_cents=accounts.planned_cents,
        expenses_count=accounts.expenses_count, without_receipt=accounts.without_receipt,
        lines=tuple(MinutesLine(b.name, b.planned_cents, b.spent_cents, b.left_cents)
                    for b in accounts.lines),
        progress=tuple(MinutesProgress(p.reported_on.isoformat(), p.percent, p.text)
                       for p in oversight.progress),
        findings=tuple(
            MinutesFinding(i.inspected_on.isoformat(), f.text, f.answer or "",
                           f.answered_on.isoformat() if f.answered_on else None,
                           f.answered_by or "")
            for i in oversight.inspections for f in i.findings))
