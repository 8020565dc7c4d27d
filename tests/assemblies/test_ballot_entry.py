"""What the secretary types for a ballot becomes the marks the counting functions expect."""

from __future__ import annotations

import pytest

from app.assembly.ballot_numbers import ballot_from_file, parse_ballot, parse_order
from app.domain.enums import PrioritizationMethod
from app.domain.errors import DomainError

IDS = ["p1", "p2", "p3"]


def test_ranked_and_approval_ballots_are_numbers_in_order() -> None:
    assert parse_ballot("2, 1,3", PrioritizationMethod.BORDA, IDS) == ["p2", "p1", "p3"]
    assert parse_ballot("3;1", PrioritizationMethod.APPROVAL, IDS) == ["p3", "p1"]


def test_hands_and_points_are_pairs() -> None:
    assert parse_ballot("1:25, 3:4", PrioritizationMethod.PLURALITY, IDS) == {"p1": 25,
                                                                             "p3": 4}
    with pytest.raises(DomainError) as err:
        parse_ballot("1, 2", PrioritizationMethod.SCORE, IDS)
    assert err.value.code == "ballot.pair_needed"


def test_a_number_off_the_list_is_refused() -> None:
    with pytest.raises(DomainError) as err:
        parse_ballot("1,4", PrioritizationMethod.BORDA, IDS)
    assert err.value.code == "ballot.number_unknown"
    assert "del 1 al 3" in str(err.value)


def test_the_tie_order_is_numbers_and_zero_names_no_problem() -> None:
    assert parse_order("2, 1", IDS) == ["p2", "p1"]
    for bad in ("0,1", "1,x", "-1"):
        with pytest.raises(DomainError) as err:
            parse_order(bad, IDS)
        assert err.value.code == "ballot.number_unknown"


def test_a_ballot_file_names_problems_by_number_and_leaves_ids_alone() -> None:
    assert ballot_from_file([2, "3", "p1"], IDS) == ["p2", "p3", "p1"]
    assert ballot_from_file({"1": 4, 3: 2}, IDS) == {"p1": 4, "p3": 2}
    assert ballot_from_file([True, 9], IDS) == [True, 9]  # refused later, by the service
