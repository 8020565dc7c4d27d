"""The home screen's figures: the organization, its counts, and what is pending."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.dashboard import Dashboard, DraftMinutes, NextConsultation, UpcomingAssembly
from app.domain.dates import birth_date_for_age
from app.domain.enums import AssemblyStatus, MinutesStatus, OrgKind
from app.domain.organizations import Organization
from app.persistence.rows import (
    AssemblyRow,
    ConflictRow,
    ConsultationRow,
    MinutesRow,
    NominationRow,
    OrganizationRow,
    PendingChangeRow,
    ProblemRow,
    ProjectRow,
    ResidentRow,
)
from app.services.census_leaving import here_on
from app.services.context import ServiceContext
from app.services.organizations import to_organization


class DashboardService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def load(self, organization_id: str | None) -> Dashboard:
        today = self._ctx.today()
        now = self._ctx.clock.now()
        with self._ctx.sessions.begin() as s:
            org = self._organization(s, organization_id)
            voting_age = org.voting_age if org else 15
            names = {i: n for i, n in s.execute(select(OrganizationRow.id, OrganizationRow.name))}
            return Dashboard(
                organization=org,
                councils=_count(s, select(func.count()).select_from(OrganizationRow).where(
                    OrganizationRow.kind == OrgKind.COUNCIL.value,
                    OrganizationRow.deleted_at.is_(None))),
                residents=_count(s, select(func.count()).select_from(ResidentRow).where(
                    ResidentRow.deleted_at.is_(None), here_on(today))),
                voting_age_residents=_count(s, select(func.count()).select_from(ResidentRow).where(
                    ResidentRow.deleted_at.is_(None), here_on(today),
                    ResidentRow.birth_date <= birth_date_for_age(voting_age, today))),
                assemblies=_count(s, select(func.count()).select_from(AssemblyRow).where(
                    AssemblyRow.deleted_at.is_(None))),
                open_problems=_count(s, select(func.count()).select_from(ProblemRow).where(
                    ProblemRow.deleted_at.is_(None), ProblemRow.status == "open")),
                projects=_count(s, select(func.count()).select_from(ProjectRow).where(
                    ProjectRow.deleted_at.is_(None))),
                upcoming=tuple(
                    UpcomingAssembly(a.id, names.get(a.organization_id, ""), a.scheduled_at,
                                     a.place)
                    for a in s.scalars(select(AssemblyRow).where(
                        AssemblyRow.deleted_at.is_(None),
                        AssemblyRow.status == AssemblyStatus.CONVENED.value,
                        AssemblyRow.scheduled_at >= now).order_by(AssemblyRow.scheduled_at)
                        .limit(5))
                ),
                draft_minutes=self._drafts(s, names),
                consultation=self._consultation(s, today),
                pending_changes=_count(s, select(func.count()).select_from(PendingChangeRow)),
                open_conflicts=_count(s, select(func.count()).select_from(ConflictRow)),
            )

    def _organization(self, s: Session, organization_id: str | None) -> Organization | None:
        row = s.get(OrganizationRow, organization_id) if organization_id else None
        if row is None:
            row = s.scalars(select(OrganizationRow).where(OrganizationRow.deleted_at.is_(None))
                            .order_by(OrganizationRow.kind != OrgKind.COMMUNE.value,
                                      OrganizationRow.name)).first()
        return to_organization(row) if row else None

    def _drafts(self, s: Session, names: dict[str, str]) -> tuple[DraftMinutes, ...]:
        """Held assemblies whose acta is not approved yet."""
        approved = select(MinutesRow.assembly_id).where(
            MinutesRow.status == MinutesStatus.APPROVED.value, MinutesRow.deleted_at.is_(None))
        rows = s.scalars(select(AssemblyRow).where(
            AssemblyRow.deleted_at.is_(None),
            AssemblyRow.status == AssemblyStatus.CLOSED.value,
            AssemblyRow.id.not_in(approved)).order_by(AssemblyRow.scheduled_at.desc()).limit(5))
        return tuple(DraftMinutes(a.id, names.get(a.organization_id, ""), a.scheduled_at)
                     for a in rows)

    def _consultation(self, s: Session, today: date) -> NextConsultation | None:
        row = s.scalars(select(ConsultationRow).where(
            ConsultationRow.deleted_at.is_(None), ConsultationRow.vote_date >= today)
            .order_by(ConsultationRow.vote_date)).first()
        if row is None:
            return None
        candidates = _count(s, select(func.count()).select_from(NominationRow).where(
            NominationRow.consultation_id == row.id, NominationRow.deleted_at.is_(None)))
        return NextConsultation(row.id, row.name, row.vote_date, candidates)


def _count(s: Session, query: object) -> int:
    return int(s.scalar(query) or 0)  # type: ignore[call-overload]
