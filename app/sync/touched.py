"""What an import brought, by record, and what it will write: the materializer's working data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


class RecordKey(NamedTuple):
    entity: str
    entity_id: str


@dataclass
class Touched:
    """What an import brought, by record: new editable versions and new facts."""

    # The new versions of each record: (hash, parents) pairs, or, for the common record with
    # one new version built on nothing, just its hash (a large import holds one per record).
    edits: dict[RecordKey, str | list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    facts: dict[RecordKey, str] = field(default_factory=dict)
    # Foreign key values of new changes (in fk_columns order), by change hash, so pending
    # checks need no re-read; tuples, as a large import holds one per change.
    fk_values: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    # Records with a new edit built on a version not held yet (from a partial bundle).
    incomplete: set[RecordKey] = field(default_factory=set)
    # (origin, seq) of each new change: read back by primary key, in log order, not by hash.
    where: dict[str, tuple[str, int]] = field(default_factory=dict)
    # The fields of each new change, by hash, when the bundle was small enough for its reader
    # to keep them (bundle_reader.KEEP_PARSED): its rows are written without reading the
    # fields back from the log. Empty for a large bundle (kept small per change).
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add_edit(self, key: RecordKey, change_hash: str, parents: tuple[str, ...]) -> None:
        held = self.edits.get(key)
        if held is None and not parents:
            self.edits[key] = change_hash
        elif isinstance(held, list):
            held.append((change_hash, parents))
        else:
            self.edits[key] = [*self.news(key), (change_hash, parents)]

    def news(self, key: RecordKey) -> list[tuple[str, tuple[str, ...]]]:
        """The record's new versions, as (hash, parents)."""
        held = self.edits.get(key)
        if held is None:
            return []
        return [(held, ())] if isinstance(held, str) else held

    def add_fact(self, key: RecordKey, change_hash: str) -> None:
        # Two facts with one id cannot both stand; the lowest hash does, wherever it arrives.
        current = self.facts.get(key)
        if current is None or change_hash < current:
            self.facts[key] = change_hash


@dataclass
class MaterializeResult:
    records_new: int = 0
    records_updated: int = 0
    facts_new: int = 0
    conflicts: int = 0
    pending: int = 0
    tables_written: set[str] = field(default_factory=set)  # synced tables whose rows changed


@dataclass(slots=True)
class PlannedRow:
    """One record to write: its heads, and where its fields come from."""

    entity_id: str
    snapshot: str | None = None  # the one head's hash, when there is one head
    merged: dict[str, Any] | None = None  # the merged fields, when there are several
    merged_heads: tuple[str, ...] = ()  # the heads those fields were merged from
    existed: bool = False
    is_fact: bool = False

    @property
    def head_hashes(self) -> tuple[str, ...]:
        return (self.snapshot,) if self.snapshot is not None else self.merged_heads
