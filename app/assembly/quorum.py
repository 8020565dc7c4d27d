"""The quorum rule: a percentage of the residents of voting age, by first or second call."""

from __future__ import annotations

from dataclasses import dataclass


def required_for(base: int, percent: int) -> int:
    """People needed: the percentage of the base, rounded up (30 % of 101 is 31, not 30.3)."""
    if base <= 0:
        return 0
    return -(-base * percent // 100)


def percent_for_call(call: int, first_call_pct: int, second_call_pct: int) -> int:
    return first_call_pct if call == 1 else second_call_pct


@dataclass(frozen=True)
class QuorumStatus:
    """What the check-in banner and the acta state about attendance at one moment."""

    present: int  # people of voting age present (they count for quorum and may vote)
    under_age: int  # present but under the voting age: counted apart
    base: int  # residents of voting age of the territory (the census)
    percent: int
    call: int
    voting_age: int

    @property
    def required(self) -> int:
        return required_for(self.base, self.percent)

    @property
    def met(self) -> bool:
        return self.base > 0 and self.present >= self.required

    @property
    def missing(self) -> int:
        return max(0, self.required - self.present)

    @property
    def total_present(self) -> int:
        return self.present + self.under_age
