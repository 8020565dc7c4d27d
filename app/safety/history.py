"""A record's history read from its changes: what each one set, merged or decided.

Each change holds the whole record after it and the hashes of the versions it was built on
(its parents). An edit is compared with its one parent; a change with several parents joins
versions that did not see each other (a merge); one that lists `_decides` is a person's
resolution of a conflict. Pure: the service reads the changes, this module compares them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.safety.model import FieldChange

DECIDES = "_decides"
HIDDEN = frozenset({DECIDES, "id"})  # the id is the record itself


@dataclass(frozen=True)
class LoggedChange:
    hash: str
    parents: tuple[str, ...]
    op: str
    fields: Mapping[str, Any]
    hlc: str
    origin: str


def moment(hlc: str) -> datetime:
    """The wall time a hybrid clock reading carries (its milliseconds)."""
    ms = int(hlc.split("-")[0] or 0)
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


def kind_of(change: LoggedChange) -> str:
    if DECIDES in change.fields and (len(change.parents) > 1 or change.op == "update"):
        return "resolved" if change.op != "delete" else "deleted"
    if len(change.parents) > 1:
        return "merged"
    return {"insert": "created", "delete": "deleted"}.get(change.op, "edited")


def field_changes(change: LoggedChange, known: Mapping[str, Mapping[str, Any]]
                  ) -> tuple[FieldChange, ...]:
    """What `change` set, against the versions it was built on (`known`: hash -> fields)."""
    parents = [known[p] for p in change.parents if p in known]
    names = sorted(k for k in change.fields if k not in HIDDEN)
    if not parents:
        return tuple(FieldChange(k, None, change.fields[k]) for k in names
                     if change.fields[k] is not None)
    out = []
    for name in names:
        new = change.fields[name]
        before = [p.get(name) for p in parents]
        distinct = _distinct(before)
        if len(distinct) > 1:
            out.append(FieldChange(name, before[0], new, tuple(distinct)))
        elif before[0] != new:
            out.append(FieldChange(name, before[0], new))
    return tuple(out)


def _distinct(values: Iterable[Any]) -> list[Any]:
    seen: list[Any] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen
