"""What the secretary types for a ballot becomes the marks the counting functions expect."""

from __future__ import annotations

import pytest

from app.domain.enums import PrioritizationMethod
from app.domain.errors import DomainError

from ui.assembly.problems_panel import parse_ballot

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
