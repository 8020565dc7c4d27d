"""At which table each voter votes, and the order of the register (who may vote is read by
app.services.consultation_loading: residents of the territory of voting age on the day).

The register is ordered by last names, then first names, compared without accents or case
(as a person reads it: "Ávila" beside "Avila", not after "Zambrano").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.consultation.model import Voter
from app.domain.text import fold

RULES = ("council", "sector", "split")


def register_key(voter: Voter) -> tuple[str, str, str]:
    return fold(voter.last_names), fold(voter.first_names), voter.resident_id


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
