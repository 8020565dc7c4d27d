"""Organizations, sectors, committees and spokespeople: create, edit, list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import case, select

import app.census.messages  # noqa: F401  (registers the census error sentences)
from app.census.model import Territory
from app.domain.clock import Clock
from app.domain.enums import OrgKind
from app.domain.errors import DomainError
from app.domain.organizations import (
    SECOND_CALL_AFTER,
    Committee,
    NewCommittee,
    Organization,
    Sector,
    Spokesperson,
)
from app.domain.text import clean_name, fold
from app.persistence.rows import (
    CommitteeRow,
    OrganizationRow,
    ResidentRow,
    SectorRow,
    SpokespersonRow,
)
from app.services.committee_seats import (
    add_committees,
    check_term,
    insert_committee,
    insert_seat,
    to_committee,
    to_spokesperson,
)
from app.services.context import ServiceContext, get_live
from app.services.territory import territory_councils

if TYPE_CHECKING:  # the residents service reads organizations too: given, not imported
    from sqlalchemy.orm import Session

    from app.services.residents import ResidentService


def to_organization(row: OrganizationRow) -> Organization:
    return Organization(
        id=row.id,
        kind=OrgKind(row.kind),
        name=row.name,
        parent_id=row.parent_id,
        registry_code=row.registry_code,
        state=row.state,
        municipality=row.municipality,
        parish=row.parish,
        address=row.address,
        quorum_first_call_pct=row.quorum_first_call_pct,
        quorum_second_call_pct=row.quorum_second_call_pct,
        voting_age=row.voting_age,
        second_call_after_min=row.second_call_after_min,
    )


def to_sector(row: SectorRow) -> Sector:
    return Sector(row.id, row.organization_id, row.name, row.description)


class OrganizationService:
    def __init__(self, ctx: ServiceContext, residents: ResidentService) -> None:
        self._ctx = ctx
        self._residents = residents

    @property
    def _clock(self) -> Clock:
        return self._ctx.clock

    def create(
        self,
        kind: OrgKind,
        name: str,
        parent_id: str | None = None,
        territory: Territory | None = None,
        registry_code: str | None = None,
    ) -> Organization:
        name = clean_name(name)
        if not name:
            raise DomainError("name.empty")
        territory = territory or Territory()
        with self._ctx.sessions.begin() as s:
            self._refuse_taken_name(s, kind, name)
            if kind is OrgKind.COUNCIL:
                parent = get_live(s, OrganizationRow, parent_id, "commune") if parent_id else None
                if parent is not None and parent.kind == OrgKind.COUNCIL:
                    raise DomainError("organization.parent_kind")
            row = OrganizationRow(
                id=self._ctx.ids.new(),
                kind=kind.value,
                name=name,
                parent_id=parent_id,
                registry_code=registry_code,
                state=territory.state,
                municipality=territory.municipality,
                parish=territory.parish,
                quorum_first_call_pct=30,
                quorum_second_call_pct=20,
                voting_age=15,
                created_at=self._clock.now(),
            )
            self._ctx.log.insert(s, row)
            return to_organization(row)

    def _refuse_taken_name(self, s: Session, kind: OrgKind, name: str) -> None:
        """Two councils (or communes) of the same name on one laptop are one typed twice;
        accents and capitals do not make a second one. (Two laptops may still each create it:
        sync keeps both, and the duplicate is merged by a person.)"""
        folded = fold(name)
        names = s.scalars(select(OrganizationRow.name).where(
            OrganizationRow.kind == kind.value, OrganizationRow.deleted_at.is_(None)))
        if any(fold(other) == folded for other in names):
            raise DomainError("organization.name_taken", name=name)

    def update_rules(
        self, org_id: str, first_call_pct: int, second_call_pct: int, voting_age: int,
        second_call_after_min: int | None = None,
    ) -> Organization:
        """The quorum rules; `second_call_after_min` (None keeps it) is how long after the
        first call the second one meets, the same day."""
        if second_call_after_min is not None and not (
                SECOND_CALL_AFTER[0] <= second_call_after_min <= SECOND_CALL_AFTER[1]):
            raise DomainError("quorum.second_call_after_range", low=SECOND_CALL_AFTER[0],
                              high=SECOND_CALL_AFTER[1])
        for pct in (first_call_pct, second_call_pct):
            if not 1 <= pct <= 100:
                raise DomainError("quorum.percent_range")
        if second_call_pct > first_call_pct:
            # The second call exists to lower the bar when the first one was not reached.
            raise DomainError("quorum.second_above_first", first=first_call_pct,
                              second=second_call_pct)
        if not 10 <= voting_age <= 21:
            raise DomainError("voting_age.range")
        with self._ctx.sessions.begin() as s:
            row = get_live(s, OrganizationRow, org_id, "organization")
            self._ctx.log.update(
                s,
                row,
                quorum_first_call_pct=first_call_pct,
                quorum_second_call_pct=second_call_pct,
                voting_age=voting_age,
                second_call_after_min=(row.second_call_after_min if second_call_after_min
                                       is None else second_call_after_min),
            )
            return to_organization(row)

    def update(
        self,
        org_id: str,
        name: str | None = None,
        territory: Territory | None = None,
        registry_code: str | None = None,
        address: str | None = None,
    ) -> Organization:
        """Rename or re-place an organization; arguments left as None are kept."""
        values: dict[str, object] = {}
        if name is not None:
            values["name"] = clean_name(name)
            if not values["name"]:
                raise DomainError("name.empty")
        if territory is not None:
            values.update(state=_blank_none(territory.state),
                          municipality=_blank_none(territory.municipality),
                          parish=_blank_none(territory.parish))
        if registry_code is not None:
            values["registry_code"] = _blank_none(registry_code)
        if address is not None:
            values["address"] = _blank_none(address)
        with self._ctx.sessions.begin() as s:
            row = get_live(s, OrganizationRow, org_id, "organization")
            self._ctx.log.update(s, row, **values)
            return to_organization(row)

    def get(self, org_id: str) -> Organization:
        with self._ctx.sessions.begin() as s:
            return to_organization(get_live(s, OrganizationRow, org_id, "organization"))

    def list_all(self) -> list[Organization]:
        """Communes and circuits first, then councils, each by name."""
        with self._ctx.sessions.begin() as s:
            rows = s.scalars(
                select(OrganizationRow)
                .where(OrganizationRow.deleted_at.is_(None))
                .order_by(case((OrganizationRow.kind == OrgKind.COUNCIL.value, 1), else_=0),
                          OrganizationRow.name)
            ).all()
            return [to_organization(r) for r in rows]

    def councils_of(self, org_id: str) -> list[Organization]:
        """The councils an organization covers: itself if a council, else its children."""
        with self._ctx.sessions.begin() as s:
            org = get_live(s, OrganizationRow, org_id, "organization")
            if org.kind == OrgKind.COUNCIL:
                return [to_organization(org)]
            rows = s.scalars(
                select(OrganizationRow)
                .where(OrganizationRow.parent_id == org_id, OrganizationRow.deleted_at.is_(None))
                .order_by(OrganizationRow.name)
            ).all()
            return [to_organization(r) for r in rows]

    def resolve_council(self, ref: str) -> Organization | None:
        """The council `ref` means: a council's id or name (accents and case aside), or an
        organization that covers exactly one council. None when it covers several."""
        with self._ctx.sessions.begin() as s:
            org = s.get(OrganizationRow, ref)
            if org is None or org.deleted_at is not None:
                org = next((r for r in s.scalars(select(OrganizationRow).where(
                    OrganizationRow.deleted_at.is_(None)).order_by(OrganizationRow.created_at))
                    if fold(r.name) == fold(ref)), None)
            if org is None:
                raise DomainError("not_found", entity="organization", id=ref)
            org_id = org.id
        councils = self.councils_of(org_id)
        return councils[0] if len(councils) == 1 else None

    def resolve_sector(self, council_id: str, ref: str | None) -> str | None:
        """A sector given by id or by name within the council. A reference that names none
        is handed back as it is: the residents service then says it does not exist."""
        if not ref:
            return None
        for sector in self.sectors(council_id):
            if ref == sector.id or fold(ref) == fold(sector.name):
                return sector.id
        return ref

    # -- sectors ---------------------------------------------------------------------------

    def add_sector(self, org_id: str, name: str, description: str | None = None) -> Sector:
        name = clean_name(name)
        if not name:
            raise DomainError("name.empty")
        with self._ctx.sessions.begin() as s:
            get_live(s, OrganizationRow, org_id, "organization")
            row = SectorRow(
                id=self._ctx.ids.new(),
                organization_id=org_id,
                name=name,
                description=description,
                created_at=self._clock.now(),
            )
            self._ctx.log.insert(s, row)
            return to_sector(row)

    def update_sector(self, sector_id: str, name: str, description: str | None = None
                      ) -> Sector:
        name = clean_name(name)
        if not name:
            raise DomainError("name.empty")
        with self._ctx.sessions.begin() as s:
            row = get_live(s, SectorRow, sector_id, "sector")
            self._ctx.log.update(s, row, name=name, description=_blank_none(description))
            return to_sector(row)

    def sectors(self, org_id: str | None = None) -> list[Sector]:
        with self._ctx.sessions.begin() as s:
            query = select(SectorRow).where(SectorRow.deleted_at.is_(None))
            if org_id:
                query = query.where(SectorRow.organization_id == org_id)
            return [to_sector(r) for r in s.scalars(query.order_by(SectorRow.name))]

    # -- committees and spokespeople -------------------------------------------------------

    def add_committee(self, org_id: str, name: str, area: str | None = None) -> Committee:
        name = clean_name(name)
        if not name:
            raise DomainError("name.empty")
        with self._ctx.sessions.begin() as s:
            get_live(s, OrganizationRow, org_id, "organization")
            return to_committee(insert_committee(self._ctx, s, org_id, name, area))

    def add_committees(self, org_id: str, committees: Sequence[NewCommittee],
                       ) -> list[tuple[Committee, list[Spokesperson]]]:
        """Several committees with their spokespeople, in one unit of work."""
        return add_committees(self._ctx, org_id, committees)

    def committees(self, org_id: str | None = None) -> list[Committee]:
        with self._ctx.sessions.begin() as s:
            query = select(CommitteeRow).where(CommitteeRow.deleted_at.is_(None))
            if org_id:
                query = query.where(CommitteeRow.organization_id == org_id)
            return [to_committee(r) for r in s.scalars(query.order_by(CommitteeRow.name))]

    def add_spokesperson(
        self,
        committee_id: str,
        resident_id: str,
        term_start: date,
        term_end: date | None,
        role: str | None = None,
    ) -> Spokesperson:
        check_term(term_start, term_end)
        with self._ctx.sessions.begin() as s:
            get_live(s, CommitteeRow, committee_id, "committee")
            resident = get_live(s, ResidentRow, resident_id, "resident")
            row = insert_seat(self._ctx, s, committee_id, resident_id, role, term_start,
                              term_end)
            return to_spokesperson(row, resident)

    def appoint(self, committee_id: str, who: str, term_start: date | None = None,
                term_end: date | None = None, role: str | None = None) -> Spokesperson:
        """A spokesperson typed by cédula or name: the one resident of the committee's
        territory it points to (several or none is refused), from today unless given."""
        with self._ctx.sessions.begin() as s:
            committee = get_live(s, CommitteeRow, committee_id, "committee")
            org = get_live(s, OrganizationRow, committee.organization_id, "organization")
            councils = territory_councils(s, org)
        text = who.strip()
        found = self._residents.search(text, limit=2, council_ids=councils) if text else []
        if len(found) != 1:
            raise DomainError("census.spokesperson_lookup", text=text, count=len(found))
        return self.add_spokesperson(committee_id, found[0].id,
                                     term_start or self._ctx.today(), term_end, role)

    def end_term(self, spokesperson_id: str, term_end: date) -> Spokesperson:
        """Close a spokesperson's term (it stays on record, shown as ended)."""
        with self._ctx.sessions.begin() as s:
            row = get_live(s, SpokespersonRow, spokesperson_id, "spokesperson")
            check_term(row.term_start, term_end)
            self._ctx.log.update(s, row, term_end=term_end)
            return to_spokesperson(row, s.get_one(ResidentRow, row.resident_id))

    def remove_spokesperson(self, spokesperson_id: str) -> None:
        """A spokesperson entered by mistake (an ended term is closed with end_term)."""
        with self._ctx.sessions.begin() as s:
            self._ctx.log.delete(s, get_live(s, SpokespersonRow, spokesperson_id, "spokesperson"))

    def spokespeople(self, committee_id: str | None = None, org_id: str | None = None
                     ) -> list[Spokesperson]:
        """Spokespeople of a committee (or of every committee of an organization), current
        and past, newest term first within each committee."""
        with self._ctx.sessions.begin() as s:
            query = (
                select(SpokespersonRow, ResidentRow)
                .join(ResidentRow, ResidentRow.id == SpokespersonRow.resident_id)
                .where(SpokespersonRow.deleted_at.is_(None))
            )
            if committee_id:
                query = query.where(SpokespersonRow.committee_id == committee_id)
            if org_id:
                query = query.join(CommitteeRow, CommitteeRow.id == SpokespersonRow.committee_id
                                   ).where(CommitteeRow.organization_id == org_id)
            query = query.order_by(SpokespersonRow.committee_id,
                                   SpokespersonRow.term_start.desc(), ResidentRow.last_names)
            return [to_spokesperson(sp, r) for sp, r in s.execute(query).all()]


def _blank_none(value: str | None) -> str | None:
    text = clean_name(value or "")
    return text or None
