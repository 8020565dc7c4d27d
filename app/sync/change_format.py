"""One change as it is hashed, stored, written to a bundle and read back: the format in one place.

A change is the canonical JSON (`app.domain.canonical`) of its keys; its hash is the SHA-256 of
that JSON without the "hash" key. The log stores `fields` and `parents` as their canonical text,
so a bundle line is built by pasting stored text around the other values (no re-encoding per
change), and the reader checks each hash against the line's own bytes. The encoder, the line
writer and the parser must agree byte for byte: tests/sync/test_change_format.py holds them to
it with a round-trip property.
"""

from __future__ import annotations

import io
import json
from collections.abc import Container, Iterator, Mapping
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from app.domain.canonical import canonical_json, sha256_hex
from app.domain.errors import DomainError
from app.i18n import _
from app.sync import messages as _messages  # noqa: F401  (registers the sync sentences)

if TYPE_CHECKING:  # the log's row, for its type only: this module runs without SQL
    from app.persistence.rows import ChangeRow

# The keys a change's hash covers, in the order they are documented (the order does not
# matter for the hash: canonical JSON sorts keys).
CHANGE_KEYS = ("origin", "seq", "hlc", "entity", "entity_id", "op", "fields", "parents",
               "prev_hash")
LINE_KEYS = frozenset(CHANGE_KEYS) | {"hash"}
# What a change does to its record.
INSERT, UPDATE, DELETE = "insert", "update", "delete"
OPS = frozenset({INSERT, UPDATE, DELETE})

# A string as canonical JSON writes it; built once (json.dumps with arguments builds an
# encoder per call, which tripled the cost of writing a line).
_text = json.JSONEncoder(ensure_ascii=False).encode


def change_hash(body: Mapping[str, Any]) -> str:
    """sha256 of the canonical JSON of the change without its own hash."""
    return sha256_hex(canonical_json({k: body[k] for k in CHANGE_KEYS}))


def stored_change(body: Mapping[str, Any]) -> dict[str, Any]:
    """The change as the log stores it: `fields` and `parents` as canonical text, and its hash."""
    return {
        **body,
        "fields": canonical_json(body["fields"]),
        "parents": canonical_json(body["parents"]),
        "hash": change_hash(body),
    }


def change_body(row: ChangeRow) -> dict[str, Any]:
    """A stored change as the dict its hash covers (plus the hash)."""
    return {
        "origin": row.origin,
        "seq": row.seq,
        "hlc": row.hlc,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "op": row.op,
        "fields": json.loads(row.fields),
        "parents": json.loads(row.parents),
        "prev_hash": row.prev_hash,
        "hash": row.hash,
    }


def change_line(
    entity: str, entity_id: str, fields_text: str, hash_: str, hlc: str, op: str, origin: str,
    parents_text: str, prev_hash: str, seq: int,
) -> str:
    """The line of `changes.jsonl` for a stored change: its canonical JSON, hash included.

    Built by hand (keys in sorted order, the arguments too) because `fields_text` and
    `parents_text` are already canonical: decoding and re-encoding them would cost more than
    everything else an export does.
    """
    return (
        f'{{"entity":{_text(entity)},"entity_id":{_text(entity_id)},"fields":{fields_text},'
        f'"hash":{_text(hash_)},"hlc":{_text(hlc)},"op":{_text(op)},"origin":{_text(origin)},'
        f'"parents":{parents_text},"prev_hash":{_text(prev_hash)},"seq":{seq}}}\n'
    )


def read_lines(raw: IO[bytes]) -> Iterator[str]:
    """The lines of a `changes.jsonl` stream, without their newline.

    Only "\n" ends a line: canonical JSON escapes it inside text, but not U+2028 and the other
    characters `str.splitlines` would also split on.
    """
    for line in io.TextIOWrapper(raw, encoding="utf-8", newline="\n"):
        if line.strip():
            yield line.rstrip("\n")


@dataclass(slots=True)
class IncomingChange:
    """One change read from a bundle; `fields_text`/`parents_text` are its canonical JSON."""

    origin: str
    seq: int
    hash: str
    prev_hash: str
    hlc: str
    entity: str
    entity_id: str
    op: str
    fields: dict[str, Any]
    parents: list[str]
    fields_text: str
    parents_text: str


def parse_change_line(line: str, name: str, entities: Container[str]) -> IncomingChange:
    """A line of `changes.jsonl` (without its newline), its shape and its hash checked.

    `name` is the bundle's, for the error; `entities` are the tables a change may name.
    """
    try:
        data = json.loads(line)
    except ValueError as exc:
        raise DomainError("sync.damaged", name=name) from exc
    origin, seq = _shape(data, name, entities)
    hash_ = data["hash"]
    # The line is the canonical JSON of the change; the hash covers it without its "hash"
    # key, which canonical order puts right after "fields" (no user text follows it).
    marker = f',"hash":{_text(hash_)}'
    at = line.rfind(marker)
    if at < 0 or sha256_hex(line[:at] + line[at + len(marker):]) != hash_:
        raise DomainError("sync.bad_change", name=name, device=origin, seq=seq,
                          detail=_("su huella no corresponde a su contenido"))
    return _incoming(line, data, at)


def reparse_change_line(line: str) -> IncomingChange:
    """A line `parse_change_line` already accepted, read a second time from the same private
    copy of the bundle: decoded only, its shape and hash not checked again."""
    data = json.loads(line)
    return _incoming(line, data, line.rfind(f',"hash":{_text(data["hash"])}'))


def _incoming(line: str, data: dict[str, Any], at: int) -> IncomingChange:
    """The change of a line whose `"hash"` key starts at `at`."""
    origin, seq, hash_ = data["origin"], data["seq"], data["hash"]
    fields_start = line.index('"fields":') + len('"fields":')
    parents_start = line.rindex(',"parents":') + len(',"parents":')
    parents_end = line.rindex(',"prev_hash":')
    return IncomingChange(
        origin=origin,
        seq=seq,
        hash=hash_,
        prev_hash=data["prev_hash"],
        hlc=data["hlc"],
        entity=data["entity"],
        entity_id=data["entity_id"],
        op=data["op"],
        fields=data["fields"],
        parents=data["parents"],
        fields_text=line[fields_start:at],
        parents_text=line[parents_start:parents_end],
    )


def _shape(data: Any, name: str, entities: Container[str]) -> tuple[str, int]:
    if not isinstance(data, dict) or set(data) != LINE_KEYS:
        raise DomainError("sync.damaged", name=name)
    origin, seq = data["origin"], data["seq"]
    problem = None
    if not isinstance(origin, str) or not isinstance(seq, int) or isinstance(seq, bool):
        problem = _("origen o número inválidos")
    elif not isinstance(data["entity"], str) or data["entity"] not in entities:
        problem = _("tabla desconocida «{table}»").format(table=data["entity"])
    elif data["op"] not in OPS:
        problem = _("operación desconocida")
    elif not isinstance(data["fields"], dict) or data["fields"].get("id") != data["entity_id"]:
        problem = _("campos inválidos")
    elif not isinstance(data["parents"], list) or not all(
        isinstance(p, str) for p in data["parents"]
    ):
        problem = _("versiones previas inválidas")
    elif not all(isinstance(data[k], str) for k in ("hash", "prev_hash", "hlc", "entity_id")):
        problem = _("texto esperado")
    if problem is not None:
        raise DomainError("sync.bad_change", name=name, device=str(origin), seq=str(seq),
                          detail=problem)
    return origin, seq
