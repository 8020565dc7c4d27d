"""What every service needs: one sessionmaker, the change log, a clock and an id maker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from app.domain.clock import Clock
from app.domain.errors import DomainError
from app.domain.ids import IdGenerator
from app.persistence.base import Base

if TYPE_CHECKING:
    from app.sync.changelog import ChangeLog

RowT = TypeVar("RowT", bound=Base)


@dataclass(frozen=True)
class ServiceContext:
    sessions: sessionmaker[Session]
    device_id: str  # this laptop, the origin of the changes it writes
    clock: Clock
    ids: IdGenerator

    @cached_property
    def log(self) -> ChangeLog:
        """The change log, made on the first write: a command that only reads (`list`,
        `info`) does not import it, nor the merge and conflict code it brings."""
        from app.sync.changelog import ChangeLog

        return ChangeLog(self.device_id, self.clock)

    def today(self) -> date:
        """The local date (Venezuela runs on local time; the database on UTC)."""
        return self.clock.now().astimezone().date()


def get_live(s: Session, cls: type[RowT], record_id: str, entity: str) -> RowT:
    """The row, or a DomainError a person can read (missing or deleted).

    `entity` is the table's code (a key of app.domain.labels.ENTITIES), named in the reader's
    language when the message is shown."""
    row = s.get(cls, record_id)
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise DomainError("not_found", entity=entity, id=record_id)
    return row
