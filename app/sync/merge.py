"""Field-wise three-way merge of a record whose history has several heads.

Pure functions over the record's change graph: the result depends only on the set of changes,
never on the order they arrived, so every laptop holding the same changes shows the same
record and the same conflicts.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain.canonical import canonical_json

DELETED_AT = "deleted_at"
_MISSING = object()


@dataclass(frozen=True)
class Version:
    """One change of one record, as the merge needs it."""

    hash: str
    origin: str
    hlc: str
    op: str
    parents: tuple[str, ...]
    fields: Mapping[str, Any]

    @property
    def rank(self) -> tuple[str, str, str]:
        # The provisional winner of a conflict: highest clock, then device id (then hash, so
        # that even a device that repeats a clock reading gives one answer).
        return (self.hlc, self.origin, self.hash)


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


def _ancestors(start: str, by_hash: Mapping[str, Version]) -> set[str]:
    seen = {start}
    stack = [start]
    while stack:
        version = by_hash.get(stack.pop())
        if version is None:
            continue
        for parent in version.parents:
            if parent not in seen and parent in by_hash:
                seen.add(parent)
                stack.append(parent)
    return seen


def common_base(heads: list[str], by_hash: Mapping[str, Version]) -> Version | None:
    """The nearest common ancestor of all heads; among several equally near, the best ranked."""
    sets = [_ancestors(h, by_hash) for h in heads]
    common = set.intersection(*sets) if sets else set()
    if not common:
        return None
    # Keep the common ancestors that are not ancestors of another common ancestor.
    below: set[str] = set()
    for h in common:
        below |= _ancestors(h, by_hash) - {h}
    nearest = [by_hash[h] for h in common - below]
    return max(nearest, key=lambda v: v.rank)


def conflict_id(entity: str, entity_id: str, field: str, heads: list[str]) -> str:
    """The same conflict gets the same id on every laptop."""
    key = canonical_json([entity, entity_id, field, sorted(heads)])
    return str(uuid.UUID(bytes=hashlib.sha256(key.encode("utf-8")).digest()[:16]))


def _same(a: Any, b: Any) -> bool:
    return a is b or canonical_json(a) == canonical_json(b)


def merge_heads(entity: str, entity_id: str, versions: Mapping[str, Version]) -> Merged:
    """The record's fields from all its held versions, with the conflicts that remain."""
    heads = find_heads(versions.values())
    if len(heads) == 1:
        return Merged(dict(versions[heads[0]].fields), ())
    base = common_base(heads, versions)
    base_fields: Mapping[str, Any] = base.fields if base is not None else {}
    tips = sorted((versions[h] for h in heads), key=lambda v: v.rank, reverse=True)
    keys = sorted({k for v in tips for k in v.fields})
    merged: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for key in keys:
        if key == DELETED_AT:
            continue
        before = base_fields.get(key, _MISSING)
        changed = [v for v in tips if not _same(v.fields.get(key), before)]
        if not changed:
            merged[key] = before
            continue
        distinct: list[Any] = []
        for v in changed:
            value = v.fields.get(key)
            if not any(_same(value, d) for d in distinct):
                distinct.append(value)
        merged[key] = changed[0].fields.get(key)  # tips are best-first
        if len(distinct) > 1:
            conflicts.append(_conflict(entity, entity_id, key, heads, changed))
    merged[DELETED_AT], deletion = _merge_deletion(entity, entity_id, heads, tips, base)
    if deletion is not None:
        conflicts.append(deletion)
    return Merged(merged, tuple(conflicts))


def _conflict(
    entity: str, entity_id: str, key: str, heads: list[str], sides: list[Version]
) -> FieldConflict:
    candidates = tuple(Candidate(v.hash, v.origin, v.hlc, v.fields.get(key)) for v in sides)
    return FieldConflict(conflict_id(entity, entity_id, key, heads), key, candidates,
                         sides[0].hash)


def _merge_deletion(
    entity: str,
    entity_id: str,
    heads: list[str],
    tips: list[Version],
    base: Version | None,
) -> tuple[Any, FieldConflict | None]:
    """A deletion that meets an edit is a conflict, never a silent loss of the edit.

    Meanwhile the record stays visible (the deletion is a candidate a person can confirm):
    hiding it would hide the edit that was made to it.
    """
    deleted = [v for v in tips if v.fields.get(DELETED_AT) is not None]
    live = [v for v in tips if v.fields.get(DELETED_AT) is None]
    if not deleted:
        return None, None
    if not live:
        # Deleted on every side: the earliest deletion time, so the answer is order-free.
        return min(str(v.fields[DELETED_AT]) for v in deleted), None
    base_fields: Mapping[str, Any] = base.fields if base is not None else {}
    edited = [
        v for v in live
        if any(not _same(val, base_fields.get(k, _MISSING))
               for k, val in v.fields.items() if k != DELETED_AT)
    ]
    if not edited:
        # The live side changed nothing since the common version: the deletion stands.
        return min(str(v.fields[DELETED_AT]) for v in deleted), None
    sides = edited + deleted  # the live value first: it is the one shown meanwhile
    candidates = tuple(
        Candidate(v.hash, v.origin, v.hlc, v.fields.get(DELETED_AT)) for v in sides
    )
    conflict = FieldConflict(conflict_id(entity, entity_id, DELETED_AT, heads), DELETED_AT,
                             candidates, edited[0].hash)
    return None, conflict
