"""Bring the records touched by an import to the state their held changes give.

For each editable record: its heads become (old heads + new changes) minus every version a new
change builds on. One head: the row is that head's snapshot. Several: the field-wise merge of
`merge.py`, with its conflicts stored. Insert-only facts are unioned. A record whose state
refers (by foreign key) to a record not held yet is not written: its head changes wait in
`pending_change` and are retried by the import that brings what they wait for (`pending.py`).
Tables are written parents first (`fk_order.py`) by the row writer the rebuild from the log
also uses (`row_writer.py`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from app.persistence.rows import ResidentRow
from app.persistence.search_index import has_search_index, indexed_in_bulk
from app.sync.conflict_rows import conflict_rows
from app.sync.fk_order import apply_order, is_editable, ready_order
from app.sync.heads import conflicted_among, load_heads, update_conflicts, update_heads
from app.sync.held_changes import chunks, fetch_fields, load_versions
from app.sync.merge import Version, find_heads, merge_heads
from app.sync.pending import retry_facts, take_pending, wait_for_history, write_waiting
from app.sync.row_writer import RowWriter
from app.sync.touched import MaterializeResult, PlannedRow, RecordKey, Touched

APPLY_CHUNK = 1000
# Records whose heads are rewritten at a time: what the loop holds stays this size.
HEADS_CHUNK = 1000


def materialize(s: Session, touched: Touched, now: datetime) -> MaterializeResult:
    """Plan every touched record, then write the rows table by table.

    Consumes `touched.edits` and `touched.facts`: once the plan is made they are emptied, so a
    large import does not hold them while its rows are written.
    """
    result = MaterializeResult()
    plan = _plan(s, touched, now, result)
    touched.edits.clear()
    touched.facts.clear()
    for entity in apply_order():
        rows = plan.pop(entity, None)
        if rows:
            _apply_table(s, entity, rows, touched, result)
    return result


def _plan(
    s: Session, touched: Touched, now: datetime, result: MaterializeResult
) -> dict[str, list[PlannedRow]]:
    """Each touched record's heads and where its row comes from; heads and conflicts are
    stored here."""
    retry = take_pending(s, set(touched.edits) | set(touched.facts))
    editable_keys = set(touched.edits) | {k for k in retry if is_editable(k.entity)}
    old_heads = load_heads(s, editable_keys)
    conflicted = conflicted_among(s, editable_keys)
    plan: dict[str, list[PlannedRow]] = {}
    stale_heads: list[dict[str, str]] = []
    new_heads: list[dict[str, str]] = []
    clear_conflicts: list[dict[str, str]] = []
    conflicts: list[dict[str, Any]] = []
    waiting_on_history: list[tuple[RecordKey, str]] = []
    for key in sorted(editable_keys):
        old = old_heads.get(key, [])
        news = touched.news(key)
        versions: dict[str, Version] | None = None
        if key in retry or key in touched.incomplete:
            # Some version was missing: recompute from every held version, not incrementally.
            versions = load_versions(s, key)
            heads = find_heads(versions.values())
        else:
            built_on = {p for _h, parents in news for p in parents}
            heads = sorted((set(old) | {h for h, _p in news}) - built_on)
        if news:
            if old:
                stale_heads.append({"e": key.entity, "i": key.entity_id})
            new_heads += [{"entity": key.entity, "entity_id": key.entity_id, "change_hash": h}
                          for h in heads]
            if len(new_heads) >= HEADS_CHUNK:  # each record comes once: its heads are final
                update_heads(s, stale_heads, new_heads)
                stale_heads, new_heads = [], []
        # A conflict outlives a version built on several heads that did not decide its field:
        # such a record is merged from its whole history even when one head is left.
        merging = (len(heads) > 1 or key in conflicted
                   or any(len(parents) > 1 for _h, parents in news))
        if len(old) > 1 or merging:
            clear_conflicts.append({"e": key.entity, "i": key.entity_id})
        if not heads:
            continue
        if versions is not None and any(
            p not in versions for v in versions.values() for p in v.parents
        ):
            waiting_on_history += [(key, h) for h in heads]  # once its history is here
            continue
        existed = bool(old) and bool(news)
        if len(heads) == 1 and not merging:
            item = PlannedRow(key.entity_id, snapshot=heads[0], existed=existed)
        else:
            merged = merge_heads(key.entity, key.entity_id, versions or load_versions(s, key))
            item = PlannedRow(key.entity_id, merged=merged.fields, merged_heads=tuple(heads),
                              existed=existed)
            conflicts += conflict_rows(key, merged, now)
        plan.setdefault(key.entity, []).append(item)
    for key, change_hash in touched.facts.items():
        plan.setdefault(key.entity, []).append(
            PlannedRow(key.entity_id, snapshot=change_hash, is_fact=True))
    retry_facts(s, retry, editable_keys, touched, plan)
    wait_for_history(s, waiting_on_history, result)
    update_heads(s, stale_heads, new_heads)
    update_conflicts(s, clear_conflicts, conflicts)
    result.conflicts = len(conflicts)
    return plan


def _apply_table(
    s: Session, entity: str, rows: list[PlannedRow], touched: Touched,
    result: MaterializeResult,
) -> None:
    order, waiting = ready_order(s, entity, rows, touched)
    by_id = {r.entity_id: r for r in rows}
    write_waiting(s, entity, waiting, by_id)
    result.pending += len(waiting)
    _write_rows(s, entity, [by_id[i] for i in order], touched, result)


def _write_rows(
    s: Session, entity: str, rows: list[PlannedRow], touched: Touched,
    result: MaterializeResult,
) -> None:
    """Where an import writes synced rows: every table it changes passes here."""
    if not rows:
        return
    result.tables_written.add(entity)
    writer = RowWriter.for_table(entity, s.get_bind().dialect)
    conn = s.connection()
    # New residents are indexed for search in one statement, not one trigger call each; the
    # rows are written once here and nothing else touches them before the index is made.
    bulk = entity == ResidentRow.__tablename__ and has_search_index(s)
    with indexed_in_bulk(s, bulk):
        _write_chunks(s, writer, conn, rows, touched, result)


def _write_chunks(
    s: Session, writer: RowWriter, conn: Connection, rows: list[PlannedRow], touched: Touched,
    result: MaterializeResult,
) -> None:
    at_hand = touched.fields
    for chunk in chunks(rows, APPLY_CHUNK):
        fetched = fetch_fields(s, [r.snapshot for r in chunk
                                   if r.snapshot is not None and r.snapshot not in at_hand],
                               touched.where)
        facts: list[dict[str, Any]] = []
        records: list[dict[str, Any]] = []
        for row in chunk:
            fields = (row.merged if row.merged is not None
                      else at_hand.get(row.snapshot or "") or fetched[row.snapshot or ""][2])
            if row.is_fact:
                facts.append(fields)
                result.facts_new += 1
            else:
                records.append(fields)
                if row.existed:
                    result.records_updated += 1
                else:
                    result.records_new += 1
        writer.write(conn, records, facts)
