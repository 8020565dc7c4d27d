"""Who may vote (residents of the territory of voting age on the day) and at which table.

The register is ordered by last names, then first names, compared without accents or case
(as a person reads it: "Ávila" beside "Avila", not after "Zambrano").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.consultation.model import Voter
from app.domain.dates import birth_date_for_age
from app.domain.enums import OrgKind
from app.domain.text import fold
from app.persistence.rows import OrganizationRow, ResidentRow

RULES = ("council", "sector", "split")


def territory_councils(s: Session, organization_id: str) -> list[str]:
    """The councils whose residents vote: the organization itself if it is a council, else
    the councils of the commune or circuit."""
    org = s.get(OrganizationRow, organization_id)
    if org is not None and org.kind == OrgKind.COUNCIL.value:
        return [org.id]
    return list(s.scalars(
        select(OrganizationRow.id).where(
            OrganizationRow.parent_id == organization_id,
            OrganizationRow.kind == OrgKind.COUNCIL.value,
            OrganizationRow.deleted_at.is_(None),
        ).order_by(OrganizationRow.name)
    ))


def register_key(voter: Voter) -> tuple[str, str, str]:
    return fold(voter.last_names), fold(voter.first_names), voter.resident_id


def eligible_voters(s: Session, council_ids: Sequence[str], voting_age: int,
                    vote_date: date) -> list[Voter]:
    """Residents aged `voting_age` or more on the vote date, neither deleted nor merged into
    another record, in register order."""
    if not council_ids:
        return []
    latest_birth = birth_date_for_age(voting_age, vote_date)
    rows = s.execute(
        select(ResidentRow.id, ResidentRow.national_id, ResidentRow.last_names,
               ResidentRow.first_names, ResidentRow.council_id, ResidentRow.sector_id,
               ResidentRow.birth_date)
        .where(
            ResidentRow.council_id.in_(council_ids),
            ResidentRow.deleted_at.is_(None),
            ResidentRow.merged_into_id.is_(None),
            ResidentRow.birth_date <= latest_birth,
        )
    ).all()
    voters = [Voter(*row) for row in rows]
    voters.sort(key=register_key)
    return voters


def _matches(rule: Mapping[str, object] | None, voter: Voter) -> bool:
    if not rule:
        return False
    ids = rule.get("ids") or []
    if not isinstance(ids, list):
        return False
    if rule.get("by") == "council":
        return voter.council_id in ids
    if rule.get("by") == "sector":
        return voter.sector_id in ids
    return False


def _split_part(rule: Mapping[str, object] | None) -> tuple[int, int] | None:
    if not rule or rule.get("by") != "split":
        return None
    part = rule.get("part")
    if isinstance(part, list) and len(part) == 2 and all(isinstance(p, int) for p in part):
        index, parts = part
        if 1 <= index <= parts:
            return index, parts
    return None


def assign(voters: Sequence[Voter], tables: Sequence[tuple[str, Mapping[str, object] | None]],
           explicit: Mapping[str, str]) -> tuple[dict[str, list[Voter]], int]:
    """Each voter on exactly one register: an explicit placement first, then the first table
    (in centre and table order) whose council or sector rule matches, then the tables that
    split the rest evenly in register order. Returns the registers and how many voters
    no table takes."""
    registers: dict[str, list[Voter]] = {table_id: [] for table_id, _rule in tables}
    rest: list[Voter] = []
    for voter in voters:
        placed = explicit.get(voter.resident_id)
        if placed in registers:
            registers[placed].append(voter)
            continue
        target = next((tid for tid, rule in tables if _matches(rule, voter)), None)
        if target is not None:
            registers[target].append(voter)
        else:
            rest.append(voter)
    for table_id, rule in tables:
        part = _split_part(rule)
        if part is None:
            continue
        index, parts = part
        chunk = rest[len(rest) * (index - 1) // parts: len(rest) * index // parts]
        registers[table_id].extend(chunk)
    for register in registers.values():
        register.sort(key=register_key)
    unassigned = len(voters) - sum(len(r) for r in registers.values())
    return registers, max(unassigned, 0)
