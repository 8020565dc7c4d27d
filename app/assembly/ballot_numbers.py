"""Prioritization ballots name problems by number (1 = the first recorded): easier to type
and to read aloud than ids. One reading for the window's typed ballots, the command line's
ballot files and the order that breaks a tie."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.domain.enums import PrioritizationMethod
from app.domain.errors import DomainError

Marks = list[str] | dict[str, int]


def number_to_id(ref: object, ids: Sequence[str]) -> str | None:
    """The id of problem number `ref` (an int or digits), or None when it names none."""
    if isinstance(ref, bool):
        return None
    if isinstance(ref, str) and ref.strip().isdigit():
        ref = int(ref.strip())
    if isinstance(ref, int) and 1 <= ref <= len(ids):
        return ids[ref - 1]
    return None


def problem_id(ref: object, ids: Sequence[str]) -> str:
    found = number_to_id(ref, ids)
    if found is None:
        raise DomainError("ballot.number_unknown", ref=str(ref).strip(), count=len(ids))
    return found


def _parts(text: str) -> list[str]:
    return [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]


def parse_ballot(text: str, method: PrioritizationMethod, ids: Sequence[str]) -> Marks:
    """"2,1,3" (order or approvals) or "1:12, 2:30" (hands or points) -> stored marks."""
    parts = _parts(text)
    if method in (PrioritizationMethod.PLURALITY, PrioritizationMethod.SCORE):
        marks: dict[str, int] = {}
        for part in parts:
            ref, _sep, amount = part.partition(":")
            if not amount.strip().isdigit():
                raise DomainError("ballot.pair_needed")
            marks[problem_id(ref, ids)] = int(amount)
        return marks
    return [problem_id(p, ids) for p in parts]


def parse_order(text: str, ids: Sequence[str]) -> list[str]:
    """The order that breaks a tie, "2,1": problem numbers, best first."""
    return [problem_id(p, ids) for p in _parts(text)]


def ballot_from_file(marks: object, ids: Sequence[str]) -> object:
    """A ballot read from JSON: numbers become ids; anything else (an id already, or a
    mistake) is left for the prioritization service to accept or refuse with its message."""
    def one(ref: object) -> object:
        return number_to_id(ref, ids) or ref
    if isinstance(marks, list):
        return [one(m) for m in marks]
    if isinstance(marks, dict):
        return {one(k): v for k, v in marks.items()}
    return marks


def marks_by_number(marks: object, numbers: Mapping[str, int]) -> str:
    """A stored paper's marks written back with the problems' numbers, as they were typed
    (2,1,4 or 1:25, 2:40); a problem removed since shows as "?"."""
    def number(problem_id: object) -> str:
        return str(numbers.get(str(problem_id), "?"))
    if isinstance(marks, dict):
        return ", ".join(f"{number(k)}:{v}" for k, v in marks.items())
    if isinstance(marks, list):
        return ",".join(number(m) for m in marks)
    return str(marks)
