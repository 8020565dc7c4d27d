"""The service's half of "nothing counted twice": an identical insert a moment after the first
(a double click, a second Enter while the first was being saved) is refused.

The window disables a button while its job runs, but a key pressed twice, a second window or
the command line in a loop can still send the same thing twice. The change log already holds
what this device inserted and when it received it, so the check needs no column of its own.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import DomainError
from app.persistence.base import Base
from app.persistence.codec import mapping_fields
from app.persistence.rows import ChangeRow
from app.sync.change_format import INSERT

if TYPE_CHECKING:  # the log is made on the first write; a reading service does not load it
    from app.sync.changelog import ChangeLog

# Long enough for a double click, a bouncing key or a slow laptop's second Enter; shorter
# than any person needs to type the next ballot, agreement or agenda item by hand.
REPEAT_WINDOW = timedelta(seconds=3)


def refuse_repeat(s: Session, log: ChangeLog, cls: type[Base], same: Mapping[str, Any]) -> None:
    """Raise `repeat.just_recorded` if this device inserted, in the last moment, a record of
    table `cls` whose fields named in `same` had these values (call it before inserting)."""
    table = cls.__tablename__
    encoded = mapping_fields(cls, dict(same))
    wanted = {key: encoded[key] for key in same}
    since = datetime.now(UTC) - REPEAT_WINDOW  # received_at is wall time, as the log writes it
    recent = s.scalars(
        select(ChangeRow.fields).where(
            ChangeRow.origin == log.device_id, ChangeRow.entity == table,
            ChangeRow.op == INSERT, ChangeRow.received_at >= since))
    for raw in recent:
        earlier = json.loads(raw)
        if all(earlier.get(key) == value for key, value in wanted.items()):
            raise DomainError("repeat.just_recorded", entity=table)
