"""Field-wise merge of a record whose history has several heads.

Pure functions over the record's change graph: the result depends only on the set of changes,
never on the order they arrived, so every laptop holding the same changes shows the same
record and the same conflicts.

The rule, field by field: a version *writes* a field when it is the record's first version,
when its value differs from every version it was built on, or when it says it decides the
field (`DECIDES`: a person resolved a conflict, or set the field while it was in conflict).
The field's value is that of its last writes, those no later write was built on. One value
(or several that agree): take it. Several that differ: a conflict, every value kept, the best
ranked shown meanwhile (`History.rank`: no clock reading counts, so a wrong date wins nothing).
So an edit of another field (built on every head, showing the
provisional value) decides nothing about a conflicted field, and a version from an older
schema, which lacks a column, never writes it. Fields declared to change together
(app/sync/together.py) are one unit: one value, one conflict.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.canonical import canonical_json
from app.sync.derived import derived_columns
from app.sync.together import merge_units

DELETED_AT = "deleted_at"
# The fields a version decides although its value equals one it was built on. A key of the
# change's fields that is no column (row writers and decoders ignore it); only versions built
# on several heads carry it.
DECIDES = "_decides"


# (versions on the longest line of edits leading to it, its hash): no clock reading.
Rank = tuple[int, str]


@dataclass(frozen=True)
class Version:
    """One change of one record, as the merge needs it."""

    hash: str
    origin: str
    hlc: str
    op: str
    parents: tuple[str, ...]
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class Candidate:
    change: str
    device: str
    hlc: str
    value: Any

    def to_json(self) -> dict[str, object]:
        return {"change": self.change, "device": self.device, "hlc": self.hlc,
                "value": self.value}


@dataclass(frozen=True)
class FieldConflict:
    id: str
    field: str
    candidates: tuple[Candidate, ...]  # best rank first
    provisional: str  # hash of the change whose value is shown meanwhile


@dataclass(frozen=True)
class Merged:
    fields: dict[str, Any]
    conflicts: tuple[FieldConflict, ...]


def find_heads(versions: Iterable[Version]) -> list[str]:
    """The versions no other held version builds on, sorted."""
    items = list(versions)
    referenced = {p for v in items for p in v.parents}
    return sorted(v.hash for v in items if v.hash not in referenced)


def conflict_id(entity: str, entity_id: str, field: str, heads: list[str]) -> str:
    """The same conflict gets the same id on every laptop."""
    key = canonical_json([entity, entity_id, field, sorted(heads)])
    return str(uuid.UUID(bytes=hashlib.sha256(key.encode("utf-8")).digest()[:16]))


def _same(a: Any, b: Any) -> bool:
    return a is b or canonical_json(a) == canonical_json(b)


class History:
    """The record's versions with, for each, every version it was built on (itself apart)."""

    def __init__(self, versions: Mapping[str, Version]) -> None:
        self.versions = versions
        self._below: dict[str, frozenset[str]] = {}
        self._depths: dict[str, int] = {}

    def rank(self, version: Version) -> Rank:
        """The provisional winner of a conflict (shown until a person decides): the side with
        the longer history of edits, then the hash (one answer on every laptop).

        No clock reading counts: the versions in a conflict are concurrent (neither saw the
        other), so "the latest" means only "the one whose laptop's date is furthest ahead",
        and a laptop ten years ahead would win every default choice.
        """
        return (self._depth(version.hash), version.hash)

    def _depth(self, start: str) -> int:
        stack = [start]
        while stack:  # iterative, parents first, like `below`
            top = stack[-1]
            parents = [p for p in self.versions[top].parents if p in self.versions]
            todo = [p for p in parents if p not in self._depths]
            if todo:
                stack.extend(todo)
                continue
            stack.pop()
            self._depths[top] = 1 + max((self._depths[p] for p in parents), default=0)
        return self._depths[start]

    def below(self, start: str) -> frozenset[str]:
        known = self._below.get(start)
        if known is not None:
            return known
        # Iterative (a long history must not exhaust the stack): parents first.
        stack = [start]
        while stack:
            top = stack[-1]
            parents = [p for p in self.versions[top].parents if p in self.versions]
            todo = [p for p in parents if p not in self._below]
            if todo:
                stack.extend(todo)
                continue
            stack.pop()
            acc: set[str] = set(parents)
            for p in parents:
                acc |= self._below[p]
            self._below[top] = frozenset(acc)
        return self._below[start]

    def writes(self, version: Version, key: str) -> bool:
        if key not in version.fields:
            return False  # an older schema's version knows nothing of this column
        value = version.fields[key]
        parents = [self.versions[p] for p in version.parents if p in self.versions]
        if not parents:
            return True
        decided = version.fields.get(DECIDES)
        if isinstance(decided, list) and key in decided:
            return True
        return all(key not in p.fields or not _same(value, p.fields[key]) for p in parents)

    def last_writes(self, within: set[str], key: str | tuple[str, ...]) -> list[Version]:
        """The versions in `within` that write `key` (any field of a unit of fields that
        change together) and that no later write builds on, best ranked first."""
        unit = (key,) if isinstance(key, str) else key
        writers = [h for h in within
                   if any(self.writes(self.versions[h], k) for k in unit)]
        covered: set[str] = set()
        for h in writers:
            covered |= self.below(h)
        last = [self.versions[h] for h in writers if h not in covered]
        return sorted(last, key=self.rank, reverse=True)


def merge_heads(entity: str, entity_id: str, versions: Mapping[str, Version]) -> Merged:
    """The record's fields from all its held versions, with the conflicts that remain."""
    heads = find_heads(versions.values())
    if len(heads) == 1 and all(len(v.parents) < 2 for v in versions.values()):
        # A line of edits: the last one holds the record (a conflict needs two sides, and
        # only a version built on several heads can carry one forward).
        only = {k: v for k, v in versions[heads[0]].fields.items()
                if k != DECIDES and k not in derived_columns(entity)}
        return Merged(only, ())
    history = History(versions)
    within: set[str] = set(heads)
    for h in heads:
        within |= history.below(h)
    # Derived columns (older changes carry them) are each laptop's own business: not merged.
    skip = {DECIDES, DELETED_AT} | derived_columns(entity)
    keys = sorted({k for h in within for k in versions[h].fields} - skip)
    merged: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    edits: set[str] = set()  # the last writes of some field: what a deletion must have seen
    for unit in merge_units(entity, keys):
        last = history.last_writes(within, unit)
        if not last:
            continue
        edits.update(v.hash for v in last)
        for key in unit:
            if key in last[0].fields:
                merged[key] = last[0].fields[key]
        distinct: list[Any] = []
        for v in last:
            if not any(_same(_value(v, unit), d) for d in distinct):
                distinct.append(_value(v, unit))
        if len(distinct) > 1:
            conflicts.append(_conflict(entity, entity_id, unit, heads, last))
    merged[DELETED_AT], deletion = _merge_deletion(entity, entity_id, heads, history, within,
                                                   edits)
    if deletion is not None:
        conflicts.append(deletion)
    return Merged(merged, tuple(conflicts))


def _value(version: Version, unit: tuple[str, ...]) -> Any:
    """A field's value, or a unit's values by field name (a group is one value)."""
    if len(unit) == 1:
        return version.fields.get(unit[0])
    return {k: version.fields.get(k) for k in unit}


def _conflict(
    entity: str, entity_id: str, unit: tuple[str, ...], heads: list[str], sides: list[Version]
) -> FieldConflict:
    candidates = tuple(Candidate(v.hash, v.origin, v.hlc, _value(v, unit)) for v in sides)
    return FieldConflict(conflict_id(entity, entity_id, unit[0], heads), unit[0], candidates,
                         sides[0].hash)


def _merge_deletion(
    entity: str, entity_id: str, heads: list[str], history: History, within: set[str],
    edits: set[str],
) -> tuple[Any, FieldConflict | None]:
    """A deletion that meets an edit it never saw is a conflict, never a silent loss.

    Meanwhile the record stays visible (the deletion is a candidate a person can confirm):
    hiding it would hide the edit that was made to it.
    """
    last = history.last_writes(within, DELETED_AT)
    deleted = [v for v in last if v.fields[DELETED_AT] is not None]
    live = [v for v in last if v.fields[DELETED_AT] is None]
    if not deleted:
        return None, None
    if not live:
        seen: set[str] = set()
        for v in deleted:
            seen |= history.below(v.hash) | {v.hash}
        unseen = sorted((history.versions[h] for h in edits - seen),
                        key=history.rank, reverse=True)
        if not unseen:
            # Deleted on every side, after every edit: the earliest deletion time, so the
            # answer is order-free.
            return min(str(v.fields[DELETED_AT]) for v in deleted), None
        live = unseen
    sides = live + deleted  # the live value first: it is the one shown meanwhile
    candidates = tuple(
        Candidate(v.hash, v.origin, v.hlc, v.fields.get(DELETED_AT)) for v in sides
    )
    conflict = FieldConflict(conflict_id(entity, entity_id, DELETED_AT, heads), DELETED_AT,
                             candidates, live[0].hash)
    return None, conflict
