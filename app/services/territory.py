"""The councils whose residents count for an organization (quorum base, voters)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import OrgKind
from app.persistence.rows import OrganizationRow


def territory_councils(s: Session, org: OrganizationRow | None) -> tuple[str, ...]:
    """A council counts its own residents; a commune or circuit those of all its councils."""
    if org is None:
        return ()
    if org.kind == OrgKind.COUNCIL.value:
        return (org.id,)
    return tuple(s.scalars(
        select(OrganizationRow.id).where(
            OrganizationRow.parent_id == org.id,
            OrganizationRow.kind == OrgKind.COUNCIL.value,
            OrganizationRow.deleted_at.is_(None),
        ).order_by(OrganizationRow.name)))
