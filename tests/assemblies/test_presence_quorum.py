"""Quorum arithmetic and presence from insert-only facts, merged duplicates joined."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.assembly.presence import Fact, present_people, survivor
from app.assembly.quorum import QuorumStatus, required_for

T0 = datetime(2026, 9, 12, 13, 0, tzinfo=UTC)


def fact(n: int, who: str, action: str = "check_in", minutes: int = 0) -> Fact:
    return Fact(f"{n:04d}", who, action, T0 + timedelta(minutes=minutes))


def test_required_rounds_up() -> None:
    assert required_for(101, 30) == 31
    assert required_for(100, 30) == 30
    assert required_for(229, 20) == 46
    assert required_for(0, 30) == 0


def test_quorum_status_met_and_missing() -> None:
    status = QuorumStatus(present=45, under_age=3, base=229, percent=20, call=2, voting_age=15)
    assert (status.required, status.met, status.missing, status.total_present) == (
        46, False, 1, 48)
    assert QuorumStatus(46, 0, 229, 20, 2, 15).met
    assert not QuorumStatus(0, 0, 0, 30, 1, 15).met  # an empty census never has quorum


def test_latest_action_wins() -> None:
    facts = [fact(1, "a"), fact(2, "b"), fact(3, "a", "withdraw", 5), fact(4, "b", minutes=9)]
    assert present_people(facts, {}) == {"b"}
    assert present_people([*facts, fact(5, "a", minutes=10)], {}) == {"a", "b"}


def test_merged_duplicate_counts_once_and_follows_chain() -> None:
    links = {"old": "mid", "mid": "kept", "kept": None}
    assert survivor("old", links) == "kept"
    facts = [fact(1, "old"), fact(2, "kept", minutes=1)]
    assert present_people(facts, links) == {"kept"}
    # The withdrawal recorded on the duplicate's record applies to the same person.
    assert present_people([*facts, fact(3, "mid", "withdraw", 2)], links) == set()


def test_merge_loop_does_not_hang() -> None:
    assert survivor("a", {"a": "b", "b": "a"}) in {"a", "b"}


actions = st.lists(st.tuples(st.sampled_from(["a", "b", "c", "dup"]),
                             st.sampled_from(["check_in", "withdraw"])), max_size=30)


@given(actions, st.randoms())
def test_presence_depends_on_the_facts_not_their_arrival_order(steps, rnd) -> None:
    """Facts from two laptops arrive in any order; presence is the same set."""
    facts = [fact(n, who, action, n) for n, (who, action) in enumerate(steps)]
    links = {"dup": "a"}  # "dup" was merged into "a"
    shuffled = list(facts)
    rnd.shuffle(shuffled)
    expected = present_people(facts, links)
    assert present_people(shuffled, links) == expected
    assert "dup" not in expected
    last: dict[str, str] = {}
    for who, action in steps:
        last["a" if who == "dup" else who] = action
    assert expected == {p for p, action in last.items() if action == "check_in"}
