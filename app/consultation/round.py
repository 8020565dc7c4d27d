"""A consultation round seen from above: every commune's tables, added up by state,
municipality, parish and commune, and the tables whose tally sheet has not arrived.

Pure: the hub's service reads the rows (app/services/hub_results.py); the results page, its
JSON and its CSV all show what `summarize` returns.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

LEVELS = ("state", "municipality", "parish", "commune")


@dataclass(frozen=True)
class TableReport:
    """One voting table; `counted` is None until its tally sheet is accepted."""

    state: str
    municipality: str
    parish: str
    commune: str
    commune_id: str  # two communes may share a name: each is its own row
    centre: str
    number: int
    counted: Counted | None


@dataclass(frozen=True)
class Counted:
    ballots_in_box: int
    null_votes: int
    blank_votes: int
    votes: dict[str, int]  # project title -> votes


@dataclass
class Area:
    level: str
    name: str  # "Miranda" or "Miranda / Sucre / Petare / Comuna El Guaire"
    tables: int = 0
    reported: int = 0
    ballots_in_box: int = 0
    null_votes: int = 0
    blank_votes: int = 0
    votes: Counter[str] = field(default_factory=Counter)

    @property
    def pending(self) -> int:
        return self.tables - self.reported

    @property
    def reported_pct(self) -> float:
        return round(100 * self.reported / self.tables, 1) if self.tables else 0.0

    def leaders(self, n: int = 3) -> list[tuple[str, int]]:
        return self.votes.most_common(n)


@dataclass(frozen=True)
class RoundResults:
    vote_date: str
    areas: dict[str, list[Area]]  # level -> areas, by name
    missing: list[TableReport]  # tables without an accepted tally sheet

    @property
    def total(self) -> Area:
        whole = Area("country", "")
        for area in self.areas.get("state", []):
            whole.tables += area.tables
            whole.reported += area.reported
            whole.ballots_in_box += area.ballots_in_box
        return whole


def _path(names: tuple[str, str, str, str], level: str) -> str:
    return " / ".join(p or "—" for p in names[: LEVELS.index(level) + 1])


def summarize(vote_date: str, tables: list[TableReport]) -> RoundResults:
    """Added up per commune first (its tables share its four names), then each commune into
    its parish, municipality and state: the names are joined once per commune, not once per
    table and level (a round has ~10,000 tables and a few thousand communes)."""
    communes: dict[tuple[str, str, str, str, str], Area] = {}
    missing_keys: list[tuple[str, str, int, TableReport]] = []
    for t in tables:
        key = (t.state, t.municipality, t.parish, t.commune, t.commune_id)
        area = communes.get(key)
        if area is None:
            area = communes[key] = Area("commune", _path(key[:4], "commune"))
        area.tables += 1
        if t.counted is None:
            missing_keys.append((area.name, t.centre, t.number, t))
            continue
        area.reported += 1
        area.ballots_in_box += t.counted.ballots_in_box
        area.null_votes += t.counted.null_votes
        area.blank_votes += t.counted.blank_votes
        area.votes.update(t.counted.votes)  # projects are a commune's own: added up only here
    areas: dict[str, dict[str, Area]] = {level: {} for level in LEVELS}
    for key, commune in communes.items():
        areas["commune"][f"{commune.name}\x00{key[4]}"] = commune
        for level in LEVELS[:-1]:
            name = _path(key[:4], level)
            area = areas[level].setdefault(name, Area(level, name))
            area.tables += commune.tables
            area.reported += commune.reported
            area.ballots_in_box += commune.ballots_in_box
            area.null_votes += commune.null_votes
            area.blank_votes += commune.blank_votes
    missing_keys.sort(key=lambda m: m[:3])
    return RoundResults(vote_date,
                        {lvl: sorted(a.values(), key=lambda a: a.name)
                         for lvl, a in areas.items()},
                        [m[3] for m in missing_keys])
