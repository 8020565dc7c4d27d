"""Notes what a unit of work wrote, in its Session, and publishes it when the work commits.

The change log calls `note` for every record it logs (and the sync import for every record it
brings), so the description of an operation comes from the same place as the log. A rollback
discards the notes: what did not happen is not announced.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from app.domain.changes import OpChanges, RecordChange, publish

_KEY = "asamblea.changes"


@dataclass
class _Notes:
    records: list[RecordChange] = field(default_factory=list)
    tables: set[str] = field(default_factory=set)


def _notes(s: Session) -> _Notes:
    notes: _Notes | None = s.info.get(_KEY)
    if notes is None:
        notes = s.info[_KEY] = _Notes()
    return notes


def note(s: Session, entity: str, entity_id: str, op: str) -> None:
    _notes(s).records.append(RecordChange(entity, entity_id, op))


def note_many(s: Session, changes: Iterable[tuple[str, str, str]]) -> None:
    _notes(s).records.extend(map(RecordChange._make, changes))


def note_table(s: Session, entity: str) -> None:
    """A table changed in bulk, records unnamed (conflicts set or cleared by an import)."""
    _notes(s).tables.add(entity)


def _committed(s: Session) -> None:
    notes: _Notes | None = s.info.pop(_KEY, None)
    if notes is not None:
        publish(OpChanges(frozenset(notes.records), frozenset(notes.tables)))


def _rolled_back(s: Session, previous: SessionTransaction) -> None:
    # No savepoints are used; the outermost rollback undoes every write noted so far.
    if not previous.nested:
        s.info.pop(_KEY, None)


def track_changes(sessions: sessionmaker[Session]) -> None:
    """Publish what each committed unit of work of these sessions wrote."""
    event.listen(sessions, "after_commit", _committed)
    event.listen(sessions, "after_soft_rollback", _rolled_back)
