"""Which projects are funded, by the consultation's rule; a tie that decides is never settled
silently: it waits for a recorded second vote or draw."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.consultation.messages import text
from app.domain.enums import FundingRule, TieRule
from app.domain.labels import label_in_sentence
from app.domain.money import money_text
from app.voting.consultation import Ranked, tie_groups


@dataclass(frozen=True)
class FundingOutcome:
    funded: tuple[int, ...]
    pending_tie: tuple[int, ...]  # candidates whose tie must be settled before funding
    note: str
    tie_note: str | None


@dataclass(frozen=True)
class FundingRules:
    rule: FundingRule
    funded_count: int
    budget_cents: int | None
    tie_rule: TieRule
    resolved_order: tuple[int, ...] = ()  # candidate numbers, as a recorded tie-break put them
    resolved_kind: str | None = None


def _numbers(numbers: Sequence[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def _order_group(group: list[Ranked], order: Sequence[int]) -> tuple[list[int], bool]:
    """The group in its recorded tie-break order, and whether one was recorded for all."""
    numbers = [r.number for r in group]
    if len(numbers) == 1:
        return numbers, True
    if not set(numbers) <= set(order):
        return numbers, False
    return sorted(numbers, key=order.index), True


def _tie_note(group: list[Ranked], rules: FundingRules, resolved: list[int] | None) -> str:
    numbers = _numbers([r.number for r in group])
    if resolved is not None:
        kind = label_in_sentence(TieRule, rules.resolved_kind or rules.tie_rule.value)
        return text("tie.resolved", numbers=numbers, kind=kind, order=_numbers(resolved))
    return text(f"tie.pending_{rules.tie_rule.value}", numbers=numbers, votes=group[0].votes)


def decide(ranked: Sequence[Ranked], costs: Mapping[int, int], rules: FundingRules,
           currency: str = "USD") -> FundingOutcome:
    """Fund in vote order: the most voted, the top N, or while the budget lasts."""
    if not ranked or sum(r.votes for r in ranked) == 0:
        return FundingOutcome((), (), text("funding.none_yet"), None)
    slots = {FundingRule.MOST_VOTED: 1, FundingRule.TOP_N: rules.funded_count}.get(rules.rule)
    remaining = rules.budget_cents or 0
    funded: list[int] = []
    pending: tuple[int, ...] = ()
    tie_note: str | None = None
    for group in tie_groups(ranked):
        if group[0].votes == 0:
            break
        ordered, resolved = _order_group(group, rules.resolved_order)
        cost = sum(costs.get(n, 0) for n in ordered)
        if slots is not None:
            fits_whole, fits_any = len(funded) + len(group) <= slots, len(funded) < slots
        else:
            fits_whole = cost <= remaining
            fits_any = any(costs.get(n, 0) <= remaining for n in ordered)
        if fits_whole:  # the whole group is funded: their order does not matter
            funded += ordered
            remaining -= cost if slots is None else 0
            continue
        if not fits_any:
            break  # no slot or no money left
        # Only part of the group can be funded: the order inside it decides.
        if not resolved:
            pending = tuple(ordered)
            tie_note = _tie_note(group, rules, None)
            break
        if len(group) > 1:
            tie_note = _tie_note(group, rules, ordered)
        for number in ordered:
            if slots is not None and len(funded) >= slots:
                break
            if slots is None and costs.get(number, 0) > remaining:
                break  # in vote order: the budget runs out at the first that does not fit
            remaining -= costs.get(number, 0) if slots is None else 0
            funded.append(number)
        break
    if rules.rule is FundingRule.MOST_VOTED:
        note = text("funding.most_voted")
    elif rules.rule is FundingRule.TOP_N:
        note = text("funding.top_n", n=rules.funded_count)
    else:
        note = text("funding.budget", budget=money_text(rules.budget_cents or 0, currency),
                    left=money_text(remaining, currency))
    return FundingOutcome(tuple(funded), pending, note, tie_note)
