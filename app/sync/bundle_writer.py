"""Write a bundle: the changes a peer lacks, streamed from the log into a signed zip.

The changes go out exactly as stored (the log keeps each change's canonical `fields` and
`parents` text, see `change_format`), so writing costs one string join and one hash update
per change.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.canonical import canonical_json
from app.persistence.rows import (
    ChangeRow,
    DeviceHeadRow,
    PeerWatermarkRow,
    ThisDeviceRow,
)
from app.sync import files as attachment_files
from app.sync.bundle_format import (
    CHANGES,
    FORMAT_VERSION,
    HEADS,
    MANIFEST,
    SIGNATURE,
    Manifest,
    MemberInfo,
    OriginRange,
    Sender,
    file_member,
    head_text,
)
from app.sync.change_format import change_line
from app.sync.identity import DeviceIdentity

BATCH = 2000
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BundlePlan:
    """What a bundle will carry: for each origin, the seqs above what the peer holds."""

    origins: dict[str, OriginRange]
    holdings: dict[str, int]

    @property
    def changes(self) -> int:
        return sum(r.count for r in self.origins.values())


def holdings(s: Session, origins: frozenset[str] | None = None) -> dict[str, int]:
    """The highest seq held of each origin (held logs have no gaps); of `origins` only, when
    given (a hub: asking by origin uses the key, not an aggregate over the country's log)."""
    query = select(ChangeRow.origin, func.max(ChangeRow.seq)).group_by(ChangeRow.origin)
    if origins is None:
        return {origin: int(top) for origin, top in s.execute(query)}
    held: dict[str, int] = {}
    ordered = sorted(origins)
    for i in range(0, len(ordered), 500):
        rows = s.execute(query.where(ChangeRow.origin.in_(ordered[i : i + 500])))
        held.update((origin, int(top)) for origin, top in rows)
    return held


def peer_watermarks(s: Session, peer: str) -> dict[str, int]:
    rows = s.execute(
        select(PeerWatermarkRow.origin, PeerWatermarkRow.seq).where(PeerWatermarkRow.peer == peer)
    )
    return {origin: int(seq) for origin, seq in rows}


def plan_bundle(
    s: Session, peer: str | None, full: bool, only_origins: frozenset[str] | None = None
) -> BundlePlan:
    """Everything above the peer's watermark per origin (all of it for --full or no peer).

    `only_origins` makes a partial bundle (a hub relaying one origin, or a test): the changes
    of other origins are left out, so what refers to them waits as pending on arrival, and
    the bundle tells only what is held of those origins (a hub's download names no laptop of
    another commune).
    """
    held = holdings(s, only_origins)
    marks = peer_watermarks(s, peer) if peer is not None and not full else {}
    me = s.scalars(select(ThisDeviceRow.id)).first()
    signed = {o: int(q) for o, q in s.execute(select(DeviceHeadRow.origin, DeviceHeadRow.seq))}
    origins: dict[str, OriginRange] = {}
    for origin, top in sorted(held.items()):
        if only_origins is not None and origin not in only_origins:
            continue
        # A revoked laptop's log stops where its revocation cut it; the head signed beyond
        # that is not kept, so what is relayed ends at the last head held (nothing, when the
        # cut came with the first changes held: the laptops that hold its head relay them).
        if origin != me:
            top = min(top, signed.get(origin, 0))
        first = marks.get(origin, 0) + 1
        if first <= top:
            origins[origin] = OriginRange(first, top)
    return BundlePlan(origins, held)


def sign_own_head(s: Session, identity: DeviceIdentity) -> None:
    """Sign this laptop's current head so its log can be relayed by anyone."""
    me = s.get_one(ThisDeviceRow, identity.id)
    if me.last_seq == 0:
        return
    head = s.get(DeviceHeadRow, identity.id)
    if head is not None and head.seq == me.last_seq:
        return
    signature = identity.sign(head_text(identity.id, me.last_seq, me.last_hash))
    if head is None:
        s.add(DeviceHeadRow(origin=identity.id, seq=me.last_seq, hash=me.last_hash,
                            signature=signature))
    else:
        head.seq, head.hash, head.signature = me.last_seq, me.last_hash, signature


def _change_lines(s: Session, origin: str, rng: OriginRange) -> Iterator[str]:
    t = ChangeRow.__table__.c
    # The columns in change_line's order (the change's keys, sorted).
    query = (
        select(t.entity, t.entity_id, t.fields, t.hash, t.hlc, t.op, t.origin, t.parents,
               t.prev_hash, t.seq)
        .where(t.origin == origin, t.seq >= rng.first, t.seq <= rng.last)
        .order_by(t.seq)
        .execution_options(yield_per=BATCH)
    )
    for entity, entity_id, fields, hash_, hlc, op, origin_, parents, prev, seq in s.execute(query):
        yield change_line(entity, entity_id, fields, hash_, hlc, op, origin_, parents, prev, seq)


def write_bundle(
    s: Session,
    identity: DeviceIdentity,
    plan: BundlePlan,
    target: Path,
    *,
    bundle_id: str,
    created_at: datetime,
    recipient: str | None,
    full: bool,
    schema_revision: str,
    files: Sequence[str] = (),
    wants: Sequence[str] = (),
) -> Manifest:
    """Write the bundle file at `target` (a local temporary path) and return its manifest.

    `files` are the SHA-256 of the attachment files it carries (held here: see
    app/sync/files.plan_files); `wants` those this laptop lacks."""
    heads = {h.origin: h for h in s.scalars(select(DeviceHeadRow))}
    head_items = []
    for origin, rng in plan.origins.items():
        head = heads.get(origin)
        if head is None or head.seq != rng.last:
            raise RuntimeError(f"no signed head at {rng.last} for {origin}")
        head_items.append({"origin": origin, "seq": head.seq, "hash": head.hash,
                           "signature": head.signature})
    heads_bytes = canonical_json(head_items).encode("utf-8")
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        digest = hashlib.sha256()
        size = 0
        with zf.open(CHANGES, "w", force_zip64=True) as out:
            buffer: list[str] = []
            for origin, rng in plan.origins.items():
                for line in _change_lines(s, origin, rng):
                    buffer.append(line)
                    if len(buffer) >= BATCH:
                        size += _flush(out, digest, buffer)
            size += _flush(out, digest, buffer)
        zf.writestr(HEADS, heads_bytes)
        members = {
            CHANGES: MemberInfo(digest.hexdigest(), size),
            HEADS: MemberInfo(hashlib.sha256(heads_bytes).hexdigest(), len(heads_bytes)),
        }
        for sha in files:
            members[file_member(sha)] = _write_file(s, zf, sha)
        manifest = Manifest(
            format=FORMAT_VERSION,
            bundle_id=bundle_id,
            created_at=created_at.isoformat(),
            sender=Sender(identity.id, identity.name, identity.public_key_hex,
                          identity.fingerprint),
            recipient=recipient,
            full=full,
            schema_revision=schema_revision,
            origins=plan.origins,
            holdings=plan.holdings,
            changes=plan.changes,
            members=members,
            wants=tuple(sorted(wants)),
        )
        raw = manifest.to_bytes()
        zf.writestr(MANIFEST, raw)
        zf.writestr(SIGNATURE, identity.sign(raw))
    return manifest


def _write_file(s: Session, zf: zipfile.ZipFile, sha: str) -> MemberInfo:
    """One attachment file as a stored member (photos and PDFs do not deflate), its hash
    checked on the way out: a file rotten on disk is not sent as if it were the original."""
    data = attachment_files.read(s, sha)
    if data is None or hashlib.sha256(data).hexdigest() != sha:
        raise RuntimeError(f"attachment file {sha} is not held intact")
    info = zipfile.ZipInfo(file_member(sha), date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    with zf.open(info, "w", force_zip64=len(data) > 2**31) as out:
        for start in range(0, len(data), CHUNK):
            out.write(data[start:start + CHUNK])
    return MemberInfo(sha, len(data))


def _flush(out: IO[bytes], digest: hashlib._Hash, buffer: list[str]) -> int:
    if not buffer:
        return 0
    data = "".join(buffer).encode("utf-8")
    buffer.clear()
    digest.update(data)
    out.write(data)
    return len(data)
