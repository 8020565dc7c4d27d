"""A record's history: every change from the change log, with when, which laptop, and what."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

import app.safety.messages  # noqa: F401  (registers the history sentences)
from app.domain.errors import DomainError
from app.persistence.rows import ChangeRow, DeviceRow
from app.safety.history import LoggedChange, field_changes, kind_of, moment
from app.safety.model import HistoryEntry, RecordHistory
from app.services.operators import all_shifts
from app.sync.names import record_label


class HistoryService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def history(self, record_id: str) -> RecordHistory:
        """Every change of the record `record_id` (any kind of record), oldest first."""
        wanted = str(record_id).strip()
        with self._sessions.begin() as s:
            rows = s.scalars(select(ChangeRow).where(ChangeRow.entity_id == wanted)
                             .order_by(ChangeRow.hlc, ChangeRow.origin, ChangeRow.seq)).all()
            if not rows:
                raise DomainError("history.none", id=wanted)
            devices = {d.id: d for d in s.scalars(select(DeviceRow))}
            shifts = all_shifts(s)
            entity = rows[0].entity
            known: dict[str, dict[str, object]] = {}
            entries = []
            for row in rows:
                change = LoggedChange(row.hash, tuple(json.loads(row.parents or "[]")), row.op,
                                      json.loads(row.fields), row.hlc, row.origin)
                device = devices.get(row.origin)
                entries.append(HistoryEntry(
                    at=moment(row.hlc),
                    kind=kind_of(change),
                    device_id=row.origin,
                    device_name=device.name if device else row.origin[:8],
                    device_fingerprint=device.fingerprint if device else "",
                    fields=field_changes(change, known),
                    change_hash=row.hash,
                    secretary=shifts.in_charge(row.origin, row.seq),
                    seq=row.seq,
                ))
                known[row.hash] = dict(change.fields)
            return RecordHistory(entity, wanted, record_label(s, entity, wanted),
                                 tuple(entries))
