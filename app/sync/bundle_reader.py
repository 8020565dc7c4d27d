"""Open a bundle safely and read it as a stream: structure, limits, signature, every hash.

Nothing here touches the database. `BundleReader.open()` checks the zip itself (member count,
names, sizes, compression ratio), the manifest and its signature, and the SHA-256 of every
member; `changes()` then yields each change with its own hash checked, one line at a time, so
a bundle of any size is read in constant memory.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath
from typing import IO

from app.domain.errors import DomainError
from app.i18n import _
from app.persistence.base import synced_tables
from app.sync.bundle_format import (
    ALLOWED_MEMBERS,
    CHANGES,
    HEADS,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_FLOOR_BYTES,
    SIGNATURE,
    Manifest,
    file_member,
    is_file_member,
    parse_manifest,
)
from app.sync.change_format import (
    IncomingChange,
    parse_change_line,
    read_lines,
    reparse_change_line,
)
from app.sync.identity import fingerprint, verify_signature

ZIP_END = b"PK\x05\x06"
CHUNK = 1024 * 1024
# A bundle of at most this many changes (an upload to a hub, a day's stick) is decoded once:
# the import's second pass takes the changes its first pass checked. A larger one is read
# again, so that what an import keeps stays small per change (tests/sync/test_import_memory).
KEEP_PARSED = 5000


@dataclass(frozen=True)
class SignedHead:
    origin: str
    seq: int
    hash: str
    signature: str


class BundleReader:
    def __init__(self, path: Path, display_name: str | None = None) -> None:
        self.path = path
        self.name = display_name or path.name
        self._zip: zipfile.ZipFile | None = None
        self.manifest: Manifest | None = None
        self.heads: dict[str, SignedHead] = {}
        # The changes `changes()` checked, when it went through all of them and they were few.
        self._parsed: list[IncomingChange] | None = None

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    # -- structure ---------------------------------------------------------------------------

    def open(self) -> Manifest:
        """Every check that needs no database. Raises DomainError with the reason."""
        zf = self._open_zip()
        infos = zf.infolist()
        names = [i.filename for i in infos]
        for member in names:
            if _unsafe(member):
                raise DomainError("sync.unsafe_path", name=self.name, member=member)
        if len(infos) > MAX_MEMBERS or len(set(names)) != len(names):
            raise DomainError("sync.unexpected_member", name=self.name,
                              member=_first_repeat(names) or str(len(infos)))
        for member in names:
            if member not in ALLOWED_MEMBERS and not is_file_member(member):
                raise DomainError("sync.unexpected_member", name=self.name, member=member)
        total = 0
        for info in infos:
            total += info.file_size
            ratio_ok = (info.file_size <= RATIO_FLOOR_BYTES
                        or info.file_size <= max(info.compress_size, 1) * MAX_RATIO)
            if not ratio_ok or total > MAX_TOTAL_BYTES:
                raise DomainError("sync.too_large", name=self.name)
        if MANIFEST not in names:
            raise DomainError("sync.no_manifest", name=self.name)
        if zf.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
            raise DomainError("sync.too_large", name=self.name)
        raw = self._read_small(MANIFEST, MAX_MANIFEST_BYTES)
        manifest = parse_manifest(raw, self.name)
        if SIGNATURE not in names:
            raise DomainError("sync.bad_signature", name=self.name)
        signature = self._read_small(SIGNATURE, 1024).decode("ascii", "replace").strip()
        key = manifest.sender.public_key
        if (
            not verify_signature(key, signature, raw)
            or fingerprint(bytes.fromhex(key)) != manifest.sender.fingerprint
        ):
            raise DomainError("sync.bad_signature", name=self.name)
        for member, described in manifest.members.items():
            if member not in names:
                raise DomainError("sync.member_mismatch", name=self.name, member=member)
            # Every member is hashed before the database is touched: a tampered file is
            # refused with the bundle, never stored as a receipt.
            self._check_member(member, described.sha256, described.size)
        for member in names:
            if is_file_member(member) and member not in manifest.members:
                raise DomainError("sync.unexpected_member", name=self.name, member=member)
        self.manifest = manifest
        self.heads = self._parse_heads(manifest)
        return manifest

    def own_manifest(self) -> Manifest:
        """The manifest alone, unchecked: only for a bundle this laptop wrote itself and keeps
        in its own folder (its hub outbox), never for one that came from elsewhere (`open`)."""
        zf = self._open_zip()
        try:
            zf.getinfo(MANIFEST)
        except KeyError as exc:
            raise DomainError("sync.no_manifest", name=self.name) from exc
        return parse_manifest(self._read_small(MANIFEST, MAX_MANIFEST_BYTES), self.name)

    def _open_zip(self) -> zipfile.ZipFile:
        try:
            with self.path.open("rb") as fh:
                start = fh.read(4)
        except FileNotFoundError as exc:
            raise DomainError("sync.not_found", path=str(self.path)) from exc
        try:
            self._zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            if start != b"PK\x03\x04":
                raise DomainError("sync.not_bundle", name=self.name) from exc
            if not self._has_zip_end():
                raise DomainError("sync.truncated", name=self.name) from exc
            raise DomainError("sync.damaged", name=self.name) from exc
        return self._zip

    def _has_zip_end(self) -> bool:
        size = self.path.stat().st_size
        with self.path.open("rb") as fh:
            fh.seek(max(0, size - 66_000))
            return ZIP_END in fh.read()

    def _member(self, member: str) -> IO[bytes]:
        assert self._zip is not None
        try:
            return self._zip.open(member)
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError) as exc:
            raise DomainError("sync.damaged", name=self.name) from exc

    def _read_small(self, member: str, limit: int) -> bytes:
        try:
            with self._member(member) as fh:
                data = fh.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise DomainError("sync.damaged", name=self.name) from exc
        if len(data) > limit:
            raise DomainError("sync.too_large", name=self.name)
        return data

    def _check_member(self, member: str, expected: str, size: int) -> None:
        """Stream the member through SHA-256; stop as soon as it outgrows its stated size."""
        digest = hashlib.sha256()
        read = 0
        try:
            with self._member(member) as fh:
                while chunk := fh.read(CHUNK):
                    read += len(chunk)
                    if read > size:
                        raise DomainError("sync.member_mismatch", name=self.name, member=member)
                    digest.update(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise DomainError("sync.damaged", name=self.name) from exc
        if read != size or digest.hexdigest() != expected:
            raise DomainError("sync.member_mismatch", name=self.name, member=member)

    def _parse_heads(self, manifest: Manifest) -> dict[str, SignedHead]:
        raw = self._read_small(HEADS, MAX_MANIFEST_BYTES)
        try:
            items = json.loads(raw.decode("utf-8"))
            heads = {
                h["origin"]: SignedHead(str(h["origin"]), int(h["seq"]), str(h["hash"]),
                                        str(h["signature"]))
                for h in items
            }
        except (ValueError, KeyError, TypeError) as exc:
            raise DomainError("sync.bad_manifest", name=self.name,
                              detail="heads.json") from exc
        for origin, rng in manifest.origins.items():
            head = heads.get(origin)
            if head is None or head.seq != rng.last:
                raise DomainError("sync.bad_manifest", name=self.name,
                                  detail=_("falta la cabeza firmada de {origin}").format(
                                      origin=origin))
        return heads

    def read_file(self, sha256: str) -> bytes:
        """An attachment file the manifest lists (its hash was checked by `open`)."""
        assert self.manifest is not None
        size = self.manifest.files[sha256].size
        data = self._read_small(file_member(sha256), size)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise DomainError("sync.member_mismatch", name=self.name, member=file_member(sha256))
        return data

    # -- the changes, streamed ---------------------------------------------------------------

    def lines(self) -> Iterator[str]:
        try:
            with self._member(CHANGES) as raw:
                yield from read_lines(raw)
        except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError) as exc:
            raise DomainError("sync.damaged", name=self.name) from exc

    def changes(self) -> Iterator[IncomingChange]:
        """Each change with its hash checked against its own canonical text."""
        kept: list[IncomingChange] | None = []
        self._parsed = None
        for line in self.lines():
            change = parse_change_line(line, self.name, _table_names())
            if kept is not None and len(kept) < KEEP_PARSED:
                kept.append(change)
            else:
                kept = None
            yield change
        self._parsed = kept

    @property
    def kept_parsed(self) -> bool:
        """Does `changes_again` give the very changes `changes` checked (a small bundle)?"""
        return self._parsed is not None

    def changes_again(self) -> Iterator[IncomingChange]:
        """The changes once more, after `changes()` went through them all: those it kept (a
        small bundle), or else the lines decoded again (the member was hashed by `open` and
        every line checked then, so they are not checked twice)."""
        if self._parsed is not None:
            yield from self._parsed
            return
        for line in self.lines():
            yield reparse_change_line(line)


@cache
def _table_names() -> frozenset[str]:
    return frozenset(synced_tables())


def _unsafe(member: str) -> bool:
    path = PurePosixPath(member.replace("\\", "/"))
    return (
        member.startswith(("/", "\\"))
        or ".." in path.parts
        or ":" in member
        or "\x00" in member
    )


def _first_repeat(names: list[str]) -> str | None:
    seen: set[str] = set()
    for n in names:
        if n in seen:
            return n
        seen.add(n)
    return None
