"""Apply a record's state, as carried by changes, to its table (used by replay and import)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.persistence.base import synced_tables
from app.persistence.codec import decode_fields


def apply_fields(s: Session, entity: str, entity_id: str, fields: dict[str, Any]) -> None:
    """Make the row for (entity, entity_id) hold exactly `fields` (insert or overwrite)."""
    cls = synced_tables()[entity]
    values = decode_fields(cls, fields)
    row = s.get(cls, entity_id)
    if row is None:
        s.add(cls(**values))
    else:
        for key, value in values.items():
            setattr(row, key, value)
