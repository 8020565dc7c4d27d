"""The ways papers write numbers, cédulas, votes, dates and percentages."""

from __future__ import annotations

from datetime import date

import pytest

from app.printing import formats


@pytest.mark.parametrize(("value", "text"), [
    (0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (1200, "1.200"),
    (50000, "50.000"), (12345678, "12.345.678"), (-1200, "-1.200")])
def test_number_groups_thousands_with_a_point(value: int, text: str) -> None:
    assert formats.number(value) == text


@pytest.mark.parametrize(("nationality", "value", "text"), [
    ("V", 12345678, "V-12.345.678"), ("E", "81234567", "E-81.234.567"),
    ("v", "12.345.678", "V-12.345.678"), ("V", "V-1234567", "V-1.234.567"),
    ("", 999, "V-999"), ("V", "sin cédula", "V-sin cédula")])
def test_cedula_is_written_with_its_letter_and_points(nationality: str, value: int | str,
                                                      text: str) -> None:
    assert formats.cedula(nationality, value) == text


@pytest.mark.parametrize(("value", "text"), [
    (0, "0 votos"), (1, "1 voto"), (2, "2 votos"), (1200, "1.200 votos")])
def test_votes_agree_in_number(value: int, text: str) -> None:
    assert formats.votes(value) == text


def test_day_is_dd_mm_yyyy() -> None:
    assert formats.day(date(2026, 9, 5)) == "05/09/2026"


def test_percent_uses_a_decimal_comma_and_a_non_breaking_space() -> None:
    assert formats.percent(0.205) == "20,5\u00a0%"
    assert formats.percent(12.345) == "1.234,5\u00a0%"
    assert " " not in formats.percent(0.2)


@pytest.mark.parametrize(("value", "words"), [
    (0, "cero"), (1, "uno"), (21, "veintiuno"), (101, "ciento uno"),
    (1200, "mil doscientos"), (5000, "cinco mil")])
def test_figures_in_spanish_words(value: int, words: str) -> None:
    assert formats.in_words(value) == words


def test_a_stored_cedula_is_written_for_paper() -> None:
    assert formats.national_id("V-12345678") == "V-12.345.678"
    assert formats.national_id("E-81234567") == "E-81.234.567"
    assert formats.national_id(None, "sin cédula") == "sin cédula"


def test_an_agreement_counts_one_vote_and_thousands_in_good_spanish() -> None:
    from app.assembly.minutes_content import MinutesVote
    from app.printing.minutes import vote_words
    vote = MinutesVote(text="", by_acclamation=False, votes_for=1200, votes_against=1,
                       abstentions=1, present_at_vote=1202, required_at_vote=1000,
                       quorum_met_at_vote=True, voted_at=None)
    words = vote_words(vote)
    assert "1.200 votos a favor" in words
    assert "1 en contra y 1 abstención" in words
    assert "1.202 personas" in words
    one = vote_words(MinutesVote(text="", by_acclamation=False, votes_for=1, votes_against=0,
                                 abstentions=2, present_at_vote=3, required_at_vote=2,
                                 quorum_met_at_vote=True, voted_at=None))
    assert "con 1 voto a favor" in one and "2 abstenciones" in one

