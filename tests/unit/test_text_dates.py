from datetime import date

import pytest

from app.domain.dates import age_on, birth_date_for_age, check_birth_date, parse_date
from app.domain.errors import DomainError
from app.domain.text import fold


def test_fold_ignores_accents_and_case() -> None:
    assert fold("José  ÁNGEL Muñoz") == "jose angel munoz"


@pytest.mark.parametrize("raw", ["25/12/1980", "1980-12-25", "25-12-1980", "25.12.1980"])
def test_parse_date_accepts_day_month_year_and_iso(raw: str) -> None:
    assert parse_date(raw) == date(1980, 12, 25)


def test_parse_date_rejects_nonsense() -> None:
    with pytest.raises(DomainError):
        parse_date("31/02/1980")


def test_age_turns_on_the_birthday() -> None:
    born = date(2011, 6, 10)
    assert age_on(born, date(2026, 6, 9)) == 14
    assert age_on(born, date(2026, 6, 10)) == 15
    assert birth_date_for_age(15, date(2026, 6, 10)) == born


def test_birth_date_in_the_future_is_refused() -> None:
    with pytest.raises(DomainError):
        check_birth_date(date(2030, 1, 1), date(2026, 1, 1))


def test_money_and_numbers_read_as_each_language_writes_them(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.labels import money, number

    monkeypatch.setenv("ASAMBLEA_LANG", "es")
    assert money(1_234_567, "USD") == "USD 12.345,67"
    assert number(50_000) == "50.000"
    monkeypatch.setenv("ASAMBLEA_LANG", "en")
    assert money(1_234_567, "USD") == "USD 12,345.67"
    assert number(50_000) == "50,000"
