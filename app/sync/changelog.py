"""The change log: every write to synced data appends its change in the same transaction.

Each change carries the whole record after the write (its `fields`), the versions it started
from (`parents`), this device's next `seq` (no gaps), a hybrid logical clock, and a hash that
chains it to this device's previous change. Services never write synced rows any other way.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from app.domain.clock import Clock
from app.persistence.base import Base, SyncKind
from app.persistence.codec import mapping_fields, row_fields
from app.persistence.rows import ChangeRow, ConflictRow, RecordHeadRow, ThisDeviceRow
from app.persistence.tracking import note, note_table
from app.sync import hlc
from app.sync.change_format import DELETE, INSERT, UPDATE, stored_change
from app.sync.conflict_rows import has_conflicts, refresh_conflicts
from app.sync.derived import without_derived
from app.sync.merge import DECIDES, DELETED_AT
from app.sync.touched import RecordKey


class ChangeLog:
    def __init__(self, device_id: str, clock: Clock) -> None:
        self.device_id = device_id
        self._clock = clock

    # -- editable records ------------------------------------------------------------------

    def insert(self, s: Session, row: Base) -> None:
        """Add a new record (editable or fact) and log it."""
        s.add(row)
        s.flush()  # column defaults are filled in, so the change holds the whole record
        self._log_row(s, row, INSERT)

    def update(self, s: Session, row: Base, **values: Any) -> bool:
        """Set fields on an editable record; logs a change only if something differs."""
        self._require_editable(row)
        changed = []
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
                changed.append(key)
        if changed:
            s.flush()
            self._log_row(s, row, UPDATE, decides=changed)
        return bool(changed)

    def delete(self, s: Session, row: Base) -> None:
        """Tombstone: synced data is never physically deleted."""
        self._require_editable(row)
        if getattr(row, "deleted_at", None) is not None:
            return
        row.deleted_at = self._clock.now()  # type: ignore[attr-defined]
        s.flush()
        self._log_row(s, row, DELETE, decides=[DELETED_AT])

    def resolve(self, s: Session, row: Base, **values: Any) -> None:
        """Log the record as it stands (with `values` set), built on all its heads.

        Resolving a conflict writes a change even when the chosen value is the one already
        shown: the new change joins the heads and says it decides the field, and that is what
        ends that field's conflict everywhere (and no other field's).
        """
        self._require_editable(row)
        for key, value in values.items():
            setattr(row, key, value)
        s.flush()
        self._log_row(s, row, UPDATE, decides=list(values), resolving=True)

    def insert_many(self, s: Session, cls: type[Base], records: Iterable[dict[str, Any]]) -> int:
        """Bulk insert of new records with their changes (imports, the demo): no ORM objects."""
        kind = self._sync_kind(cls)
        table = cls.__tablename__
        rows: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        heads: list[dict[str, Any]] = []
        me = self._me(s)
        for values in records:
            fields = without_derived(table, mapping_fields(cls, values))
            change = self._next_change(me, table, values["id"], INSERT, fields, [])
            rows.append(values)
            changes.append(change)
            note(s, table, values["id"], INSERT)
            if kind is SyncKind.EDITABLE:
                heads.append({"entity": table, "entity_id": values["id"],
                              "change_hash": change["hash"]})
        if rows:
            # Core inserts on the session's connection: NULLs are written as NULLs, so every
            # row has the same columns and goes in one batch (the ORM's bulk insert leaves
            # None out and splits the rows into a statement per run of alike ones), and the
            # row holds exactly what its change says.
            conn = s.connection()
            conn.execute(insert(_table(cls)), rows)
            conn.execute(insert(_table(ChangeRow)), changes)
            if heads:
                conn.execute(insert(_table(RecordHeadRow)), heads)
        return len(rows)

    # -- internals -------------------------------------------------------------------------

    def _log_row(
        self, s: Session, row: Base, op: str, decides: list[str] | None = None,
        resolving: bool = False,
    ) -> None:
        cls = type(row)
        kind = self._sync_kind(cls)
        table = cls.__tablename__
        entity_id = row.id  # type: ignore[attr-defined]
        parents: list[str] = []
        if kind is SyncKind.EDITABLE and op != INSERT:
            parents = sorted(
                s.scalars(
                    select(RecordHeadRow.change_hash).where(
                        RecordHeadRow.entity == table, RecordHeadRow.entity_id == entity_id
                    )
                )
            )
        fields = without_derived(table, row_fields(row))
        key = RecordKey(table, entity_id)
        conflicted = kind is SyncKind.EDITABLE and op != INSERT and has_conflicts(s, key)
        if decides and (resolving or len(parents) > 1 or conflicted):
            # The record shows the provisional value of every conflicted field: only the
            # fields set here are decided, even when set to the value shown (app.sync.merge).
            fields[DECIDES] = sorted(decides)
        me = self._me(s)
        change = self._next_change(me, table, entity_id, op, fields, parents)
        # Core, on the session's connection: the ORM's bulk insert of one row costs as much
        # again in bookkeeping, for a table no ORM object of this session holds.
        conn = s.connection()
        conn.execute(insert(_table(ChangeRow)), [change])
        note(s, table, entity_id, op)
        if kind is SyncKind.EDITABLE:
            if op != INSERT:  # a new record has no heads yet (as insert_many assumes)
                s.execute(
                    delete(RecordHeadRow).where(
                        RecordHeadRow.entity == table, RecordHeadRow.entity_id == entity_id
                    )
                )
            conn.execute(
                insert(_table(RecordHeadRow)),
                [{"entity": table, "entity_id": entity_id, "change_hash": change["hash"]}],
            )
            if len(parents) > 1 or conflicted:
                # The conflicts of the fields decided here are over; the others stay open,
                # as every laptop that receives this change will find them.
                note_table(s, ConflictRow.__tablename__)
                refresh_conflicts(s, key, self._clock.now())

    def _me(self, s: Session) -> ThisDeviceRow:
        """This device's row, locked. The first change of a transaction reads it FOR UPDATE
        (SQLite's BEGIN IMMEDIATE already holds the write lock); the lock lasts to the end of
        the transaction, so its later changes take the row from the session, not the disk."""
        transaction = s.get_transaction()
        held: tuple[object, ThisDeviceRow] | None = s.info.get(_LOCKED_ME)
        if held is not None and held[0] is transaction:
            return held[1]
        # populate_existing: the row may still sit in this session from an earlier
        # transaction, with the numbers it had then; another writer has moved them since.
        me = s.get(ThisDeviceRow, self.device_id, with_for_update=True, populate_existing=True)
        if me is None:
            raise RuntimeError("this device has no identity row")
        s.info[_LOCKED_ME] = (transaction, me)
        return me

    def _next_change(
        self,
        me: ThisDeviceRow,
        entity: str,
        entity_id: str,
        op: str,
        fields: dict[str, Any],
        parents: list[str],
    ) -> dict[str, Any]:
        seq = me.last_seq + 1
        now = self._clock.now()  # the injected clock: tests set a laptop's date wrong
        stamp = hlc.tick(me.last_hlc, int(now.timestamp() * 1000))
        body: dict[str, Any] = {
            "origin": me.id,
            "seq": seq,
            "hlc": stamp,
            "entity": entity,
            "entity_id": entity_id,
            "op": op,
            "fields": fields,
            "parents": parents,
            "prev_hash": me.last_hash,
        }
        stored = stored_change(body)
        me.last_seq, me.last_hash, me.last_hlc = seq, stored["hash"], stamp
        stored["received_at"] = now  # local bookkeeping, not domain time
        return stored

    @staticmethod
    def _sync_kind(cls: type[Base]) -> SyncKind:
        kind = getattr(cls, "__sync__", None)
        if kind is None:
            raise TypeError(f"{cls.__name__} is local data; it has no change log")
        return SyncKind(kind)

    def _require_editable(self, row: Base) -> None:
        if self._sync_kind(type(row)) is not SyncKind.EDITABLE:
            raise TypeError(f"{type(row).__name__} is insert-only")


# Session.info key: the transaction that locked this device's row, and the row.
_LOCKED_ME = "asamblea_locked_device"


def _table(cls: type[Base]) -> Table:
    table = cls.__table__
    assert isinstance(table, Table)
    return table
