"""Attachment files in sync: kept once by SHA-256, sent once to each peer, pending until held.

A change of `attachment` carries the file's SHA-256 and metadata only; the bytes go in the
bundle as a `files/<sha256>` member. Which files a bundle carries: those its changes refer to
that the peer is not known to hold, and those the peer said it lacks (its manifest's `wants`),
as far as this laptop holds them. A laptop that has the record but not the file shows it as
pending and names it in the `wants` of every bundle it writes, so the next bundle that has
it brings it. Changes written before files travelled keep their bytes inline (a `data` field
in base64, signed into their hash): an import takes the bytes from there.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.domain.canonical import sha256_hex
from app.persistence.rows import AttachmentFileRow, AttachmentRow, ChangeRow, PeerFileRow
from app.sync.bundle_format import Manifest, OriginRange
from app.sync.bundle_reader import BundleReader
from app.sync.held_changes import lookups, one_of

ENTITY = AttachmentRow.__tablename__


def read(s: Session, sha256: str) -> bytes | None:
    data = s.scalar(select(AttachmentFileRow.data).where(AttachmentFileRow.sha256 == sha256))
    return None if data is None else bytes(data)


def held(s: Session, wanted: Iterable[str]) -> set[str]:
    """Which of `wanted` this laptop holds the bytes of."""
    out: set[str] = set()
    for chunk in lookups(s, sorted(set(wanted))):
        out.update(s.scalars(select(AttachmentFileRow.sha256).where(
            one_of(s, AttachmentFileRow.sha256, chunk))))
    return out


def hold(s: Session, data: bytes, now: datetime) -> str:
    """Keep `data` (once); returns its SHA-256."""
    digest = sha256_hex(data)
    if s.get(AttachmentFileRow, digest) is None:
        s.add(AttachmentFileRow(sha256=digest, size=len(data), data=data, received_at=now))
        s.flush()
    return digest


def missing(s: Session) -> list[str]:
    """The files of attachments held as records whose bytes have not arrived: pending.

    Over every attachment held: what a laptop shows and asks for (its commune's). An import
    asks `lacking` of the files it deals with instead (on a hub, this would be every receipt
    photo of the country at every upload)."""
    query = (select(AttachmentRow.sha256).distinct()
             .outerjoin(AttachmentFileRow, AttachmentFileRow.sha256 == AttachmentRow.sha256)
             .where(AttachmentFileRow.sha256.is_(None))
             .order_by(AttachmentRow.sha256))
    return list(s.scalars(query))


def count_missing(s: Session) -> int:
    return len(missing(s))


def lacking(s: Session, wanted: Iterable[str]) -> set[str]:
    """Which of `wanted` an attachment held here refers to and whose bytes are not held: read
    by the files named (the index on `attachment.sha256`, 0017_pending), not over every
    attachment, so an import costs what it brings, not what the database already holds."""
    items = sorted(set(wanted))
    referred: set[str] = set()
    for chunk in lookups(s, items):
        referred.update(s.scalars(select(AttachmentRow.sha256).distinct().where(
            one_of(s, AttachmentRow.sha256, chunk))))
    return referred - held(s, referred)


def wants(s: Session, peer: str | None, part: bool) -> list[str]:
    """What a bundle asks its recipient for, sorted: every file missing here; or, for a relay's
    `part` of what it holds (the hub's download for one commune), only those the recipient is
    known to hold (`asked_of`)."""
    return asked_of(s, peer) if part and peer is not None else missing(s)


def asked_of(s: Session, peer: str) -> list[str]:
    """The files `peer` is known to hold (seen in its bundles or sent to it) that an attachment
    here refers to and whose bytes this one lacks, sorted: what a relay's bundle to it asks
    for. Read by the peer's own files (its commune's, on a hub), not over every attachment
    held (on a hub, every receipt photo of the country at every download)."""
    p = PeerFileRow
    lacks = (select(p.sha256).where(p.peer == peer, p.wanted.is_(False))
             .where(exists().where(AttachmentRow.sha256 == p.sha256))
             .where(~exists().where(AttachmentFileRow.sha256 == p.sha256))
             .order_by(p.sha256))
    return list(s.scalars(lacks))


def inline_bytes(fields: Mapping[str, Any]) -> bytes | None:
    """The bytes an old change carried inline, if they match its SHA-256."""
    raw, digest = fields.get("data"), fields.get("sha256")
    if not isinstance(raw, str) or not isinstance(digest, str):
        return None
    try:
        data = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if sha256_hex(data) == digest else None


def referenced(s: Session, origins: Mapping[str, OriginRange]) -> set[str]:
    """The files referred to by the attachment changes within `origins`' ranges."""
    out: set[str] = set()
    for origin, rng in origins.items():
        rows = s.scalars(select(ChangeRow.fields).where(
            ChangeRow.origin == origin, ChangeRow.seq >= rng.first, ChangeRow.seq <= rng.last,
            ChangeRow.entity == ENTITY))
        for text in rows:
            digest = json.loads(text).get("sha256")
            if isinstance(digest, str):
                out.add(digest)
    return out


def plan_files(s: Session, peer: str | None, origins: Mapping[str, OriginRange]) -> list[str]:
    """The files a bundle for `peer` carries (see the module's rule), sorted."""
    wanted = referenced(s, origins)
    if peer is not None:
        known = {digest: bool(want) for digest, want in s.execute(
            select(PeerFileRow.sha256, PeerFileRow.wanted).where(PeerFileRow.peer == peer))}
        wanted = {h for h in wanted if known.get(h, True)} | {h for h, w in known.items() if w}
    return sorted(held(s, wanted))


def note_peer(s: Session, peer: str, has: Iterable[str], wants: Iterable[str]) -> None:
    """Record what `peer` holds (`has`) and lacks (`wants`; a want wins over a has)."""
    state = dict.fromkeys(has, False)
    state.update(dict.fromkeys(wants, True))
    if not state:
        return
    rows = {r.sha256: r for r in s.scalars(select(PeerFileRow).where(
        PeerFileRow.peer == peer, PeerFileRow.sha256.in_(sorted(state))))}
    for digest, want in state.items():
        row = rows.get(digest)
        if row is None:
            s.add(PeerFileRow(peer=peer, sha256=digest, wanted=want))
        else:
            row.wanted = want
    s.flush()


def take_from_change(s: Session, fields: Mapping[str, Any], refs: set[str], now: datetime) -> None:
    """Note the file an incoming attachment change refers to; keep the bytes an old change
    carried inline (written before files travelled as members)."""
    digest = fields.get("sha256")
    if isinstance(digest, str):
        refs.add(digest)
    if "data" in fields:
        data = inline_bytes(fields)
        if data is not None:
            hold(s, data, now)


def store_from_bundle(
    s: Session, reader: BundleReader, manifest: Manifest, refs: set[str], now: datetime
) -> int:
    """Keep the files the bundle carries that an attachment held here lacks (each once), and
    note what the sender holds and wants. Returns how many files are new here."""
    carried = manifest.files
    new = 0
    if carried:
        for digest in sorted(lacking(s, carried)):
            hold(s, reader.read_file(digest), now)
            new += 1
    note_peer(s, manifest.sender.id, (set(carried) | refs) - set(manifest.wants),
              manifest.wants)
    return new
