"""What a resident's record must satisfy, checked the same way for the form and the service:
a name, a well-formed cédula if any, a birth date that is neither future nor over 120 years
ago (on the service's clock)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from app.census.model import DraftCheck, ResidentDraft
from app.domain.census import NewResident
from app.domain.dates import check_birth_date, parse_date
from app.domain.errors import DomainError
from app.domain.national_id import optional_national_id
from app.domain.text import clean_name

T = TypeVar("T")


def checked_names(first_names: str, last_names: str) -> tuple[str, str]:
    first, last = clean_name(first_names), clean_name(last_names)
    if not first and not last:
        raise DomainError("name.empty")
    return first, last


_PHONE_CHARS = frozenset("0123456789 +-().")
PHONE_MAX = 20  # "+58 (412) 123-45-67" fits; a sentence typed in the wrong field does not


def checked_phone(raw: str | None) -> str | None:
    """A telephone as people write it (0412-1234567, +58 412 1234567), or nothing: between 7
    and 15 digits, no letters, at most PHONE_MAX characters."""
    phone = (raw or "").strip()
    if not phone:
        return None
    digits = sum(ch.isdigit() for ch in phone)
    if len(phone) > PHONE_MAX or not set(phone) <= _PHONE_CHARS or not 7 <= digits <= 15:
        raise DomainError("resident.phone_invalid", value=phone)
    return phone


def checked_birth_date(born: date | None, today: date) -> date | None:
    return None if born is None else check_birth_date(born, today)


def check_draft(draft: ResidentDraft, today: date) -> DraftCheck:
    """Every problem of the draft at once, each beside its field."""
    errors: dict[str, str] = {}

    def attempt(key: str, check: Callable[[], T]) -> T | None:
        try:
            return check()
        except DomainError as exc:
            errors[key] = str(exc)
            return None

    names = attempt("first_names", lambda: checked_names(draft.first_names, draft.last_names))
    national_id = attempt("national_id", lambda: optional_national_id(draft.national_id))
    phone = attempt("phone", lambda: checked_phone(draft.phone))
    born = attempt("birth_date", lambda: checked_birth_date(
        parse_date(draft.birth_date) if draft.birth_date.strip() else None, today))
    if errors or names is None:
        return DraftCheck(None, errors)
    return DraftCheck(NewResident(
        council_id=draft.council_id, first_names=names[0], last_names=names[1],
        national_id=national_id, birth_date=born, sex=draft.sex, sector_id=draft.sector_id,
        address=draft.address.strip() or None, phone=phone,
        household=draft.household.strip() or None))
