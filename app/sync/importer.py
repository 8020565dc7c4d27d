"""Import a verified-by-structure bundle: check it against the database, then apply it.

Runs inside the caller's transaction. First a full read checks the things that need the
database (trust, chains joined to what is held, reused seqs, signatures of heads, missing
parents) and raises before anything is written; then a second read stores the new changes and
brings every touched record to the state its held changes give (see `materialize`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from sys import intern
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain.enums import DeviceTrust
from app.domain.errors import DomainError
from app.i18n import _
from app.persistence.base import SyncKind, synced_tables
from app.persistence.migrate import known_revisions
from app.persistence.rows import (
    BundleRecordRow,
    ChangeRow,
    ConflictRow,
    DeviceHeadRow,
    DeviceRow,
    PeerWatermarkRow,
    ThisDeviceRow,
)
from app.persistence.tracking import note_many, note_table
from app.sync import files as attachment_files
from app.sync import hlc as hlc_clock
from app.sync.bundle_format import Manifest, head_text
from app.sync.bundle_reader import BundleReader
from app.sync.bundle_writer import holdings
from app.sync.change_format import INSERT, UPDATE, IncomingChange
from app.sync.change_writer import ChangeWriter
from app.sync.device_rules import device_change_problem
from app.sync.fk_order import fk_columns
from app.sync.held_changes import fetch_fields, lookups, one_of
from app.sync.identity import verify_signature
from app.sync.materialize import materialize
from app.sync.model import ImportSummary
from app.sync.names import device_labels
from app.sync.revocations import revocation_limits, wholly_beyond
from app.sync.touched import RecordKey, Touched
from app.sync.withdraw import withdraw_revoked


def normalize_fingerprint(value: str) -> str:
    return value.strip().upper().replace(" ", "").replace("-", "")


def check_sender(s: Session, manifest: Manifest, name: str, accept: str | None) -> bool:
    """Is the signer trusted? Returns True when it is newly accepted by its fingerprint."""
    sender = manifest.sender
    row = s.get(DeviceRow, sender.id)
    if row is not None:
        if row.public_key != sender.public_key:
            raise DomainError("sync.key_mismatch", name=name, device=sender.name)
        if row.trust == DeviceTrust.REVOKED.value:
            raise DomainError("sync.revoked_sender", name=name, device=row.name)
        return False
    if accept is None:
        raise DomainError("sync.unknown_sender", name=name, device=sender.name,
                          fingerprint=sender.fingerprint)
    if normalize_fingerprint(accept) != normalize_fingerprint(sender.fingerprint):
        raise DomainError("sync.wrong_fingerprint", name=name, given=accept,
                          fingerprint=sender.fingerprint)
    return True


@dataclass
class _Verified:
    held: dict[str, int]
    max_hlc: str
    device_keys: dict[str, str]
    missing_parents: set[str]
    # origin -> its last change accepted before its revocation, for the origins whose
    # changes in this bundle go beyond it: those are refused (not stored), whoever relays them.
    cut: dict[str, int]
    # Origins with a change dated more than MAX_SKEW_MS past this laptop's clock: announced.
    ahead: set[str]


def _held_hashes(s: Session, origin: str, first: int, last: int) -> dict[int, str]:
    rows = s.execute(
        select(ChangeRow.seq, ChangeRow.hash).where(
            ChangeRow.origin == origin, ChangeRow.seq >= first, ChangeRow.seq <= last
        )
    )
    return {int(seq): h for seq, h in rows}


def verify_against_db(
    s: Session, reader: BundleReader, manifest: Manifest, now: datetime
) -> _Verified:
    name = reader.name
    now_ms = int(now.timestamp() * 1000)
    # Of the bundle's origins only: on a hub, the whole log's would be an aggregate over the
    # country's changes at every import.
    held = holdings(s, frozenset(manifest.origins))
    expected: dict[str, int] = {}
    prev: dict[str, str] = {}
    overlap: dict[str, dict[int, str]] = {}
    refused_whole = wholly_beyond(s, {o: r.first for o, r in manifest.origins.items()})
    for origin, rng in manifest.origins.items():
        expected[origin] = rng.first
        top = held.get(origin, 0)
        if origin in refused_whole:
            continue
        if rng.first > top + 1:
            raise DomainError("sync.gap", name=name, device=origin, held=top, first=rng.first)
        before = _held_hashes(s, origin, rng.first - 1, min(rng.last, top))
        prev[origin] = before.get(rng.first - 1, "") if rng.first > 1 else ""
        overlap[origin] = before
    seen: set[str] = set()
    needed_parents: set[str] = set()
    device_keys: dict[str, str] = {}
    device_changes: list[IncomingChange] = []
    bundle_devices: dict[str, dict[str, Any]] = {}
    max_hlc = ""
    ahead: set[str] = set()
    bound = hlc_clock.skew_bound(now_ms)
    for change in reader.changes():
        if not hlc_clock.is_valid(change.hlc):
            raise DomainError("sync.bad_change", name=name, device=change.origin,
                              seq=change.seq, detail=_("su reloj no tiene el formato esperado"))
        origin, seq = change.origin, change.seq
        if origin not in expected:
            raise DomainError("sync.bad_change", name=name, device=origin, seq=seq,
                              detail=_("su equipo no figura en el índice"))
        if origin in refused_whole:
            continue
        if seq != expected[origin]:
            raise DomainError("sync.broken_chain", name=name, device=origin, seq=seq)
        if change.prev_hash != prev[origin]:
            raise DomainError("sync.broken_chain", name=name, device=origin, seq=seq)
        held_hash = overlap[origin].get(seq)
        if held_hash is not None and held_hash != change.hash:
            raise DomainError("sync.change_reused", name=name, device=origin, seq=seq)
        expected[origin] = seq + 1
        prev[origin] = change.hash
        seen.add(change.hash)
        if held_hash is None:
            needed_parents.update(change.parents)
        if change.entity == "device":
            key = change.fields.get("public_key")
            if isinstance(key, str):
                device_keys.setdefault(change.entity_id, key)
            if held_hash is None:
                device_changes.append(change)
            bundle_devices[change.hash] = change.fields
        max_hlc = max(max_hlc, change.hlc)
        if change.hlc > bound:
            ahead.add(origin)
    for origin, rng in manifest.origins.items():
        if origin in refused_whole:
            continue
        if expected[origin] != rng.last + 1:
            raise DomainError("sync.bad_manifest", name=name,
                              detail=_("faltan cambios de {origin}").format(origin=origin))
        head = reader.heads[origin]
        if head.hash != prev[origin]:
            raise DomainError("sync.broken_chain", name=name, device=origin, seq=rng.last)
    _check_head_signatures(s, reader, manifest, device_keys)
    _check_device_changes(s, name, device_changes, bundle_devices)
    cut = {o: limit for o, limit in revocation_limits(s, bundle_devices).items()
           if o in manifest.origins and manifest.origins[o].last > limit}
    if cut:  # what builds on a refused change waits, as on any version not held
        seen -= {c.hash for c in reader.changes() if c.seq > cut.get(c.origin, c.seq)}
    return _Verified(held, max_hlc, device_keys, _not_held(s, needed_parents - seen), cut,
                     ahead)


def _check_device_changes(
    s: Session, name: str, changes: list[IncomingChange],
    in_bundle: dict[str, dict[str, Any]],
) -> None:
    """Refuse the whole bundle if one of its changes edits the list of laptops without the
    right to (see device_rules)."""
    if not changes:
        return
    wanted = sorted({p for c in changes for p in c.parents} - set(in_bundle))
    held = {h: f for h, (_o, _q, f) in fetch_fields(s, wanted).items()}
    keys = device_keys(s, {c.entity_id for c in changes})
    for change in changes:
        parents = [in_bundle.get(p) or held[p] for p in change.parents
                   if p in in_bundle or p in held]
        problem = device_change_problem(change, parents, keys.get(change.entity_id))
        if problem is not None:
            raise DomainError("sync.bad_change", name=name, device=change.origin,
                              seq=change.seq, detail=problem)


def device_keys(s: Session, devices: set[str]) -> dict[str, str]:
    """The public keys held of `devices` (a hub knows every laptop of the country)."""
    keys: dict[str, str] = {}
    for chunk in lookups(s, sorted(devices)):
        rows = s.execute(select(DeviceRow.id, DeviceRow.public_key).where(
            one_of(s, DeviceRow.id, chunk)))
        keys.update((device, key) for device, key in rows)
    return keys


def _not_held(s: Session, hashes: set[str]) -> set[str]:
    """The versions edits build on that neither the bundle nor this laptop holds (a partial
    bundle): those edits are kept and wait until the versions arrive."""
    missing: set[str] = set()
    for chunk in lookups(s, sorted(hashes)):
        found = set(s.scalars(select(ChangeRow.hash).where(one_of(s, ChangeRow.hash, chunk))))
        missing.update(h for h in chunk if h not in found)
    return missing


def _check_head_signatures(
    s: Session, reader: BundleReader, manifest: Manifest, bundle_keys: dict[str, str]
) -> None:
    name = reader.name
    sender = manifest.sender
    if sender.id in bundle_keys and bundle_keys[sender.id] != sender.public_key:
        raise DomainError("sync.key_mismatch", name=name, device=sender.name)
    known = device_keys(s, set(manifest.origins))
    for origin in manifest.origins:
        key = known.get(origin) or bundle_keys.get(origin)
        if origin == sender.id:
            key = sender.public_key
        if key is None:
            raise DomainError("sync.unknown_origin", name=name, device=origin)
        head = reader.heads[origin]
        if not verify_signature(key, head.signature, head_text(origin, head.seq, head.hash)):
            raise DomainError("sync.bad_signature", name=name)


def apply_bundle(
    s: Session, reader: BundleReader, manifest: Manifest, verified: _Verified, now: datetime,
    file_name: str,
) -> ImportSummary:
    """Store the changes not held yet and bring every record they touch up to date."""
    kinds = {name: SyncKind(str(cls.__sync__)) for name, cls in synced_tables().items()}
    held = verified.held
    touched = Touched()
    writer = ChangeWriter(s, now)
    received = already_held = 0
    origins: dict[str, int] = {}
    carried_refs: set[str] = set()  # files the bundle's attachment changes refer to
    refused = 0
    keep_fields = reader.kept_parsed  # a small bundle: its decoded changes are at hand
    for change in reader.changes_again():  # verify_against_db checked each one
        received += 1
        is_held = change.seq <= held.get(change.origin, 0)
        if not is_held and change.seq > verified.cut.get(change.origin, change.seq):
            refused += 1  # a revoked laptop's work after its revocation
            continue
        if change.entity == attachment_files.ENTITY:
            attachment_files.take_from_change(s, change.fields, carried_refs, now)
        if is_held:
            already_held += 1
            continue
        origins[change.origin] = origins.get(change.origin, 0) + 1
        writer.add(change)
        # What is kept per change until the rows are written holds one copy of each repeated
        # text (table, laptop, the council many residents belong to), not one per line.
        entity = intern(change.entity)
        key = RecordKey(entity, change.entity_id)
        touched.where[change.hash] = (intern(change.origin), change.seq)
        if keep_fields:
            touched.fields[change.hash] = change.fields
        refs = fk_columns(entity)
        if refs:
            touched.fk_values[change.hash] = tuple(
                _shared(change.fields.get(c)) for c, _t in refs)
        if kinds[change.entity] is SyncKind.EDITABLE:
            touched.add_edit(key, change.hash, tuple(change.parents))
            if verified.missing_parents.intersection(change.parents):
                touched.incomplete.add(key)
        else:
            touched.add_fact(key, change.hash)
    writer.flush()
    # An editable record from elsewhere is new or edited here: either way its row is rewritten.
    note_many(s, [(k.entity, k.entity_id, UPDATE) for k in touched.edits]
              + [(k.entity, k.entity_id, INSERT) for k in touched.facts])
    if touched.edits:  # merging new versions may set or clear conflicts
        note_table(s, ConflictRow.__tablename__)
    brought = {k.entity for k in touched.edits} | {k.entity for k in touched.facts}
    result = materialize(s, touched, now)
    # A revocation that arrived now (or earlier) takes back the revoked laptop's later work
    # that came here before it did: this laptop then agrees with those that refused it.
    withdrawn = withdraw_revoked(s, now)
    files_new = attachment_files.store_from_bundle(s, reader, manifest, carried_refs, now)
    _record_heads_and_marks(s, reader, manifest, held, verified)
    for table in result.tables_written - brought:
        note_table(s, table)  # records that waited for what this bundle brought
    _advance_clock(s, verified.max_hlc, now)
    sender = manifest.sender
    return ImportSummary(
        bundle_id=manifest.bundle_id,
        file_name=file_name,
        sender_id=sender.id,
        sender_name=sender.name,
        sender_fingerprint=sender.fingerprint,
        changes_received=received,
        changes_new=received - already_held - refused,
        already_held=already_held,
        records_new=result.records_new,
        records_updated=result.records_updated,
        facts_new=result.facts_new,
        conflicts=result.conflicts,
        pending=result.pending,
        origins=origins,
        entities=sorted(brought | result.tables_written),
        files_new=files_new,
        refused_revoked=refused,
        withdrawn_revoked={_label(s, o): n for o, n in sorted(withdrawn.items())},
        clock_ahead=sorted(_label(s, origin) for origin in verified.ahead),
    )


def _shared(value: Any) -> Any:
    return intern(value) if isinstance(value, str) else value


def _label(s: Session, device: str) -> str:
    return device_labels(s).get(device, device[-8:])


def _record_heads_and_marks(
    s: Session, reader: BundleReader, manifest: Manifest, held: dict[str, int],
    verified: _Verified,
) -> None:
    for origin, rng in manifest.origins.items():
        if rng.last <= held.get(origin, 0) or origin in verified.cut:
            continue  # a revoked laptop's head beyond its limit vouches for refused changes
        signed = reader.heads[origin]
        head = s.get(DeviceHeadRow, origin)
        if head is None:
            s.add(DeviceHeadRow(origin=origin, seq=signed.seq, hash=signed.hash,
                                signature=signed.signature))
        else:
            head.seq, head.hash, head.signature = signed.seq, signed.hash, signed.signature
    peer = manifest.sender.id
    marks = {m.origin: m for m in s.scalars(
        select(PeerWatermarkRow).where(PeerWatermarkRow.peer == peer))}
    for origin, seq in manifest.holdings.items():
        mark = marks.get(origin)
        if mark is None:
            s.add(PeerWatermarkRow(peer=peer, origin=origin, seq=seq))
        elif seq > mark.seq:
            mark.seq = seq
    s.flush()


def _advance_clock(s: Session, max_hlc: str, now: datetime) -> None:
    """Our next change must sort after everything we have now seen (within the skew bound:
    a laptop with its date years ahead does not pull ours there).

    One conditional UPDATE, the import's last write: `hlc.receive` (the greater of the two
    readings) done by the database, on the row's latest committed value. On a hub, imports of
    different communes run at once and all meet on this one row: reading it, then writing back
    a value computed from that read, could set the clock back when another import raised it in
    between (a lost update), and the row stayed locked from the heads' flush to the commit.
    Now it is locked only from this last statement to the commit, and only when this bundle
    moves the clock. The clock stays right: the bump commits with the changes it covers (never
    one without the other), a concurrent import's bump can only raise it, and any later local
    change ticks from the committed value. The readings are fixed-width digits with the dash
    in one place, so the text comparison orders them as `receive` does, whatever the
    database's collation.
    """
    seen = hlc_clock.receive("", max_hlc, int(now.timestamp() * 1000))
    if seen:
        s.execute(update(ThisDeviceRow).where(ThisDeviceRow.last_hlc < seen)
                  .values(last_hlc=seen))


def already_imported(s: Session, bundle_id: str) -> bool:
    return s.get(BundleRecordRow, (bundle_id, "import")) is not None


def known_schema(revision: str) -> bool:
    return revision in _revisions()


@cache
def _revisions() -> frozenset[str]:
    """The migrations this program ships: fixed while it runs. Walking Alembic's scripts cost
    about 50 ms, at every import on the hub and at every pull on a laptop."""
    return frozenset(known_revisions())


def note_bundle(
    s: Session, bundle_id: str, direction: str, peer: str | None, file_name: str,
    at: datetime, summary: dict[str, object],
) -> None:
    s.add(BundleRecordRow(bundle_id=bundle_id, direction=direction, peer=peer,
                          file_name=file_name[-255:], at=at, summary=summary))
