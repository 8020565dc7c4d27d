"""A record's history: every change from the change log, with when, which laptop, who was in
charge of it, and what, each value as a person reads it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, select
from sqlalchemy.orm import Session, sessionmaker

import app.safety.messages  # noqa: F401  (registers the history sentences)
from app.domain.errors import DomainError
from app.i18n import _
from app.persistence.base import UtcDateTime, synced_tables
from app.persistence.rows import ChangeRow, DeviceRow, ProjectRow
from app.safety.history import LoggedChange, field_changes, kind_of, moment
from app.safety.history_values import ENUM_FIELDS, Context, FieldKind, record_name, shown
from app.safety.model import FieldChange, HistoryEntry, RecordHistory
from app.services.operators import all_shifts
from app.services.settings import time_zone
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
            kinds = field_kinds(entity)
            names = RecordNames(s)
            zone = time_zone(s)
            known: dict[str, dict[str, object]] = {}
            entries = []
            for row in rows:
                change = LoggedChange(row.hash, tuple(json.loads(row.parents or "[]")), row.op,
                                      json.loads(row.fields), row.hlc, row.origin)
                device = devices.get(row.origin)
                raw = field_changes(change, known)
                ctx = Context(names.for_values(kinds, raw), zone,
                              _currencies(s, change.fields))
                entries.append(HistoryEntry(
                    at=moment(row.hlc),
                    kind=kind_of(change),
                    device_id=row.origin,
                    device_name=device.name if device else row.origin[:8],
                    device_fingerprint=device.fingerprint if device else "",
                    fields=tuple(_with_shown(f, kinds.get(f.field, FieldKind()), ctx)
                                 for f in raw),
                    change_hash=row.hash,
                    secretary=shifts.in_charge(row.origin, row.seq),
                    seq=row.seq,
                ))
                known[row.hash] = dict(change.fields)
            return RecordHistory(entity, wanted, record_label(s, entity, wanted),
                                 tuple(entries))


@cache
def field_kinds(entity: str) -> Mapping[str, FieldKind]:
    """How each column of a synced table is read, from its type and its foreign keys."""
    cls = synced_tables().get(entity)
    if cls is None:  # a newer program's record: values as stored
        return {}
    found: dict[str, FieldKind] = {}
    for column in cls.__table__.columns:
        name = column.name
        targets = [fk.column.table.name for fk in column.foreign_keys]
        if targets:
            found[name] = FieldKind("ref", target=targets[0])
        elif (entity, name) in ENUM_FIELDS:
            found[name] = FieldKind("enum", enum=ENUM_FIELDS[(entity, name)])
        elif name.endswith("_cents"):
            currency = {"funded_cents": "funded_currency", "value_cents": "project"}.get(
                name, "currency")
            found[name] = FieldKind("money", currency_field=currency)
        elif name == "rate_e4":
            found[name] = FieldKind("rate")
        elif isinstance(column.type, Boolean):
            found[name] = FieldKind("bool")
        elif isinstance(column.type, UtcDateTime):
            found[name] = FieldKind("datetime")
        elif isinstance(column.type, Date):
            found[name] = FieldKind("date")
    # Ids kept without a foreign key: named for their table ("budget_line_id"), or one of these.
    tables = synced_tables()
    extra = {"merged_into_id": "resident", "device_id": "device", "revoked_by": "device",
             "table_id": "voting_table", "centre_id": "voting_centre"}
    for column in cls.__table__.columns:
        target = extra.get(column.name) or (
            column.name[:-3] if column.name.endswith("_id") else "")
        if column.name not in found and target in tables:
            found[column.name] = FieldKind("ref", target=target)
    return found


class RecordNames:
    """The name of each record a history refers to, looked up once: the record as held now;
    a record no longer held, by its last version in the change log; else «(registro
    eliminado)»."""

    def __init__(self, s: Session) -> None:
        self._s = s
        self._found: dict[tuple[str, str], str] = {}

    def for_values(self, kinds: Mapping[str, FieldKind], changes: Iterable[FieldChange]
                   ) -> Mapping[str, str]:
        names: dict[str, str] = {}
        for change in changes:
            kind = kinds.get(change.field)
            if kind is None or kind.kind != "ref":
                continue
            for value in (change.old, change.new, *change.candidates):
                if isinstance(value, str) and value:
                    names[value] = self.name(kind.target, value)
        return names

    def name(self, entity: str, record_id: str) -> str:
        key = (entity, record_id)
        if key not in self._found:
            self._found[key] = self._look_up(entity, record_id)
        return self._found[key]

    def _look_up(self, entity: str, record_id: str) -> str:
        if entity == "device":
            device = self._s.get(DeviceRow, record_id)
            if device is not None:
                return device.name
        cls = synced_tables().get(entity)
        if cls is not None and self._s.get(cls, record_id) is not None:
            return record_label(self._s, entity, record_id)
        fields = self._s.scalar(select(ChangeRow.fields).where(
            ChangeRow.entity == entity, ChangeRow.entity_id == record_id)
            .order_by(ChangeRow.hlc.desc()).limit(1))
        if fields is None:
            return _("(registro eliminado)")
        return record_name(json.loads(fields), record_id)


def _currencies(s: Session, fields: Mapping[str, Any]) -> Mapping[str, str]:
    """The currencies a change's money is in: its own fields', and its project's."""
    found = {k: str(v) for k in ("currency", "funded_currency")
             if isinstance(v := fields.get(k), str) and v}
    project_id = fields.get("project_id")
    if isinstance(project_id, str):
        project = s.get(ProjectRow, project_id)
        if project is not None:
            found["project"] = project.currency
    return found


def _with_shown(change: FieldChange, kind: FieldKind, ctx: Context) -> FieldChange:
    return replace(change, old_shown=shown(kind, change.old, ctx),
                   new_shown=shown(kind, change.new, ctx),
                   candidates_shown=tuple(shown(kind, v, ctx) for v in change.candidates))
