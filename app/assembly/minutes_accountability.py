"""The rendición de cuentas block of a sealed acta: the project's financial statement, its
progress and the oversight findings, as plain data (cents, ISO dates, names).

It is frozen into the acta when the acta is sealed: an expense recorded afterwards changes
the project's accounts but not what the assembly was told, so the sealed acta keeps verifying.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class MinutesLine:
    name: str
    planned_cents: int
    spent_cents: int
    left_cents: int


@dataclass(frozen=True)
class MinutesProgress:
    reported_on: str  # ISO date
    percent: int
    text: str


@dataclass(frozen=True)
class MinutesFinding:
    inspected_on: str  # ISO date
    text: str
    answer: str  # "" while open
    answered_on: str | None  # ISO date
    answered_by: str


@dataclass(frozen=True)
class MinutesAccountability:
    project_id: str
    title: str
    currency: str  # Currency value: every amount below is in it
    funded_cents: int | None
    received_cents: int
    spent_cents: int
    balance_cents: int
    planned_cents: int
    expenses_count: int
    without_receipt: int
    lines: tuple[MinutesLine, ...]
    progress: tuple[MinutesProgress, ...]
    findings: tuple[MinutesFinding, ...]

    @property
    def percent(self) -> int | None:
        return self.progress[-1].percent if self.progress else None


def accountability_from(data: dict[str, Any] | None) -> MinutesAccountability | None:
    """The block read back from a sealed acta's JSON (None: not a rendición de cuentas)."""
    if data is None:
        return None
    return MinutesAccountability(
        **{k: v for k, v in data.items() if k not in {"lines", "progress", "findings"}},
        lines=tuple(MinutesLine(**line) for line in data["lines"]),
        progress=tuple(MinutesProgress(**p) for p in data["progress"]),
        findings=tuple(MinutesFinding(**f) for f in data["findings"]))
