"""Dates as secretaries write them, and ages computed (never stored) from a birth date."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.errors import DomainError

_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y")


def parse_date(raw: str, today: date | None = None) -> date:
    """Day/month/year first (the Venezuelan order), ISO second. A two-digit year is the
    latest one not after this year: "05/03/30" is 1930 (a birth date), not 2030 (Python's
    own pivot would make a 96-year-old a child not yet born)."""
    text = (raw or "").strip()
    for fmt in _FORMATS:
        try:
            found = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        this_year = (today or date.today()).year
        if fmt.endswith("%y") and found.year > this_year:
            found = _year_earlier(found, 100)
        return found
    raise DomainError("date.invalid", value=raw)


def _year_earlier(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February of a year that had none a century before
        return day.replace(year=day.year - years, day=28)


def age_on(birth_date: date, day: date) -> int:
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


def check_birth_date(birth_date: date, today: date) -> date:
    if birth_date > today:
        raise DomainError("date.future", value=birth_date.strftime("%d/%m/%Y"))
    if age_on(birth_date, today) > 120:
        raise DomainError("date.too_old", value=birth_date.strftime("%d/%m/%Y"))
    return birth_date


def birth_date_for_age(age: int, today: date) -> date:
    """The latest birth date of someone who is `age` today (for age filters in SQL)."""
    try:
        return today.replace(year=today.year - age)
    except ValueError:  # 29 February
        return today.replace(year=today.year - age, day=28)
