"""Winner rules (most voted, top N, budget) and ties that are flagged, never settled silently."""

from __future__ import annotations

from app.consultation.funding import FundingRules, decide
from app.domain.enums import FundingRule, TieRule
from app.domain.money import money_text
from app.voting.consultation import add_up, rank

COSTS = {1: 900_000, 2: 500_000, 3: 400_000, 4: 300_000}


def rules(rule: FundingRule, n: int = 1, budget: int | None = None,
          order: tuple[int, ...] = ()) -> FundingRules:
    return FundingRules(rule, n, budget, TieRule.DRAW, order, "draw" if order else None)


def test_counting_adds_tables_and_flags_equal_votes() -> None:
    assert not any(r.tied for r in rank({1: 0, 2: 0, 3: 0}))
    totals = add_up([1, 2, 3, 4], [{1: 10, 2: 5}, {2: 5, 3: 7, 9: 99}])
    assert totals == {1: 10, 2: 10, 3: 7, 4: 0}  # a number not on the list counts nothing
    ranked = rank(totals)
    assert [(r.number, r.rank, r.tied) for r in ranked] == [
        (1, 1, True), (2, 1, True), (3, 3, False), (4, 4, False)]


def test_most_voted_and_top_n() -> None:
    ranked = rank({1: 40, 2: 30, 3: 20, 4: 10})
    assert decide(ranked, COSTS, rules(FundingRule.MOST_VOTED)).funded == (1,)
    outcome = decide(ranked, COSTS, rules(FundingRule.TOP_N, 3))
    assert outcome.funded == (1, 2, 3)
    assert outcome.tie_note is None


def test_budget_funds_in_vote_order_until_it_runs_out() -> None:
    ranked = rank({1: 40, 2: 30, 3: 20, 4: 10})
    outcome = decide(ranked, COSTS, rules(FundingRule.BUDGET, budget=1_500_000))
    assert outcome.funded == (1, 2)  # 3 would need 400,000 with 100,000 left
    assert "15.000,00 USD" in outcome.note
    assert "1.000,00 USD" in outcome.note
    assert money_text(123_456_78, "VES") == "123.456,78 VES"


def test_a_tie_for_the_last_place_waits_for_its_resolution() -> None:
    ranked = rank({1: 40, 2: 25, 3: 25, 4: 10})
    pending = decide(ranked, COSTS, rules(FundingRule.TOP_N, 2))
    assert pending.funded == (1,)
    assert pending.pending_tie == (2, 3)
    assert pending.tie_note
    assert "sorteo" in pending.tie_note
    settled = decide(ranked, COSTS, rules(FundingRule.TOP_N, 2, order=(3, 2)))
    assert settled.funded == (1, 3)
    assert settled.pending_tie == ()
    # A tie that decides nothing (both funded) is not a pending tie.
    both = decide(ranked, COSTS, rules(FundingRule.TOP_N, 3))
    assert both.funded == (1, 2, 3)
    assert both.tie_note is None


def test_no_votes_no_winner() -> None:
    outcome = decide(rank({1: 0, 2: 0}), COSTS, rules(FundingRule.MOST_VOTED))
    assert outcome.funded == ()
    assert "no hay proyecto ganador" in outcome.note


def test_budget_with_ties() -> None:
    ranked = rank({1: 40, 2: 25, 3: 25, 4: 10})
    # 1 (900,000) leaves 700,000: 2 (500,000) and 3 (400,000) cannot both be funded.
    pending = decide(ranked, COSTS, rules(FundingRule.BUDGET, budget=1_600_000))
    assert pending.funded == (1,)
    assert pending.pending_tie == (2, 3)
    settled = decide(ranked, COSTS, rules(FundingRule.BUDGET, budget=1_600_000, order=(3, 2)))
    assert settled.funded == (1, 3)
    # Enough for both tied projects and the next one: the tie decides nothing.
    plenty = decide(ranked, COSTS, rules(FundingRule.BUDGET, budget=2_100_000))
    assert plenty.funded == (1, 2, 3, 4)
    assert plenty.tie_note is None
    # Money for neither tied project: the budget has run out, there is no tie to settle.
    short = decide(ranked, COSTS, rules(FundingRule.BUDGET, budget=1_200_000))
    assert short.funded == (1,)
    assert short.pending_tie == ()
