"""Counting functions: hand-worked examples, tie rules, and properties that always hold."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import DomainError
from app.voting import TieBreak, approval, borda, break_ties, plurality, score
from app.voting.methods import borda_points

C = ["agua", "luz", "muro", "salud"]


def totals(ranking) -> dict[str, int]:
    return {e.candidate: e.total for e in ranking.entries}


def test_borda_hand_worked() -> None:
    # 4 candidates: 3, 2, 1, 0 points by rank.
    r = borda(C, [["luz", "agua", "muro", "salud"],
                  ["agua", "luz", "salud", "muro"],
                  ["luz", "salud", "agua", "muro"]])
    assert totals(r) == {"luz": 3 + 2 + 3, "agua": 2 + 3 + 1, "muro": 1 + 0 + 0,
                         "salud": 0 + 1 + 2}
    assert [(e.candidate, e.place, e.tied) for e in r.entries] == [
        ("luz", 1, False), ("agua", 2, False), ("salud", 3, False), ("muro", 4, False)]


def test_borda_partial_ranking_gives_unranked_nothing() -> None:
    r = borda(C, [["salud"]])
    assert totals(r) == {"agua": 0, "luz": 0, "muro": 0, "salud": 3}


def test_plurality_sums_counted_hands() -> None:
    r = plurality(C, [{"agua": 25, "luz": 40}, {"agua": 10, "muro": 5}])
    assert totals(r) == {"agua": 35, "luz": 40, "muro": 5, "salud": 0}
    assert r.entries[0].candidate == "luz"


def test_approval_counts_each_mark_once() -> None:
    r = approval(C, [["agua", "luz"], ["agua"], []])
    assert totals(r) == {"agua": 2, "luz": 1, "muro": 0, "salud": 0}


def test_score_refuses_more_points_than_allowed() -> None:
    assert totals(score(C, [{"agua": 6, "luz": 4}], 10))["agua"] == 6
    with pytest.raises(DomainError) as err:
        score(C, [{"agua": 6}, {"agua": 7, "luz": 4}], 10)
    assert err.value.code == "ballot.too_many_points"
    assert err.value.params["number"] == 2


@pytest.mark.parametrize(("ballot", "code"), [
    (["agua", "agua"], "ballot.repeated"),
    (["pan"], "ballot.unknown_candidate"),
    ({"agua": 1}, "ballot.shape"),
])
def test_bad_ranked_ballots_are_refused(ballot: object, code: str) -> None:
    with pytest.raises(DomainError) as err:
        borda(C, [ballot])
    assert err.value.code == code


def test_negative_hands_refused() -> None:
    with pytest.raises(DomainError) as err:
        plurality(C, [{"agua": -1}])
    assert err.value.code == "ballot.negative"


def test_tie_is_shown_not_broken_by_entry_order() -> None:
    r = approval(C, [["muro", "agua"], ["agua", "muro"]])
    assert r.has_ties
    places = {e.candidate: (e.place, e.tied) for e in r.entries}
    assert places["agua"] == places["muro"] == (1, True)
    assert places["luz"] == places["salud"] == (3, True)
    assert r.tie_groups() == [("agua", "muro"), ("luz", "salud")]


def test_tie_broken_by_recorded_order_only() -> None:
    r = approval(C, [["muro", "agua"]])
    broken = break_ties(r, TieBreak("draw", ("muro", "agua", "salud", "luz")))
    assert [(e.candidate, e.place) for e in broken.entries] == [
        ("muro", 1), ("agua", 2), ("salud", 3), ("luz", 4)]
    assert not broken.has_ties
    assert totals(broken) == totals(r)  # totals are what was counted
    with pytest.raises(DomainError):
        break_ties(r, TieBreak("draw", ("muro", "agua")))  # leaves luz/salud tied
    with pytest.raises(DomainError):
        break_ties(r, TieBreak("coin", ("muro", "agua", "salud", "luz")))


ranked_ballots = st.lists(st.permutations(C).flatmap(
    lambda order: st.integers(0, len(C)).map(lambda k: list(order[:k]))), max_size=40)


@given(ranked_ballots)
def test_borda_total_equals_points_handed_out(ballots: list[list[str]]) -> None:
    handed = sum(borda_points(rank, len(C)) for b in ballots for rank in range(len(b)))
    assert sum(totals(borda(C, ballots)).values()) == handed


@given(st.lists(st.lists(st.sampled_from(C), unique=True), max_size=60))
def test_approval_never_exceeds_voters(ballots: list[list[str]]) -> None:
    r = approval(C, ballots)
    assert all(0 <= e.total <= len(ballots) for e in r.entries)
    assert sum(e.total for e in r.entries) == sum(len(b) for b in ballots)


@given(st.lists(st.dictionaries(st.sampled_from(C), st.integers(0, 50)), max_size=30))
def test_ranking_places_follow_totals_and_ties_share_places(ballots: list[dict[str, int]]
                                                            ) -> None:
    r = plurality(C, ballots)
    entries = list(r.entries)
    for a, b in itertools.pairwise(entries):
        assert a.total >= b.total
        assert (a.place == b.place) == (a.total == b.total)
    for e in entries:
        same = [x for x in entries if x.total == e.total]
        assert e.tied == (len(same) > 1)
        assert e.place == 1 + sum(1 for x in entries if x.total > e.total)


@given(st.lists(st.dictionaries(st.sampled_from(C), st.integers(0, 5)), max_size=20),
       st.randoms())
def test_ranking_ignores_ballot_order(ballots: list[dict[str, int]], rnd) -> None:
    shuffled = list(ballots)
    rnd.shuffle(shuffled)
    assert score(C, ballots, 100).entries == score(C, shuffled, 100).entries
