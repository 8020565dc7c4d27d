"""What an operation changed: the records its committed units of work wrote, by table.

The change log notes every write in its session (app.persistence.tracking); when the unit of
work commits, the notes become an OpChanges published to whoever is recording on that thread.
The window's worker records around each job and announces the result, so views refresh from
what the services did, never from a list of tables written by hand (Anki's OpChanges).
Pure Python: the window imports this module.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple


class RecordChange(NamedTuple):  # a tuple: an import notes one per record, cheaply
    entity: str  # the table name, as in the change log
    entity_id: str
    op: str  # insert, update or delete


@dataclass(frozen=True)
class OpChanges:
    records: frozenset[RecordChange] = frozenset()
    # Tables written in bulk without naming records (conflicts found by an import).
    tables: frozenset[str] = frozenset()

    @property
    def entities(self) -> frozenset[str]:
        return self.tables | {r.entity for r in self.records}

    def touches(self, entities: Iterable[str]) -> bool:
        return not self.entities.isdisjoint(entities)

    def ids(self, entity: str) -> frozenset[str]:
        return frozenset(r.entity_id for r in self.records if r.entity == entity)

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(self.records | other.records, self.tables | other.tables)

    def __bool__(self) -> bool:
        return bool(self.records or self.tables)


class Recorder:
    """Collects what the units of work committed on this thread while it records."""

    def __init__(self) -> None:
        self._changes = OpChanges()

    def add(self, changes: OpChanges) -> None:
        self._changes = self._changes | changes

    @property
    def changes(self) -> OpChanges:
        return self._changes


_local = threading.local()


def _recorders() -> list[Recorder]:
    stack: list[Recorder] | None = getattr(_local, "recorders", None)
    if stack is None:
        stack = _local.recorders = []
    return stack


@contextmanager
def recording() -> Iterator[Recorder]:
    """Record what commits on this thread inside the block (a job of the window's worker)."""
    recorder = Recorder()
    stack = _recorders()
    stack.append(recorder)
    try:
        yield recorder
    finally:
        stack.remove(recorder)


def publish(changes: OpChanges) -> None:
    """Called when a unit of work commits; nobody recording means nobody is asking."""
    if changes:
        for recorder in _recorders():
            recorder.add(changes)
