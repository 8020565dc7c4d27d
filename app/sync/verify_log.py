"""Check the change log held: each device's chain is complete, in order and unaltered.

One streaming pass of column tuples in (origin, seq) order. The log stores `fields` and
`parents` as canonical text, so a change's hashed body is pasted from stored text (as a bundle
line is) and hashed once; only a change whose pasted body does not give its hash is decoded
and re-encoded (stored text that is not canonical but means the same is not an alteration).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.canonical import sha256_hex
from app.persistence.rows import ChangeRow
from app.sync.change_format import change_hash

BATCH = 5000
_text = json.JSONEncoder(ensure_ascii=False).encode
_COLUMNS = (ChangeRow.origin, ChangeRow.seq, ChangeRow.prev_hash, ChangeRow.hash, ChangeRow.hlc,
            ChangeRow.entity, ChangeRow.entity_id, ChangeRow.op, ChangeRow.fields,
            ChangeRow.parents)


def _pasted_body(hlc: str, entity: str, entity_id: str, op: str, fields: str, parents: str,
                 origin: str, prev_hash: str, seq: int) -> str:
    """The canonical JSON a change's hash covers, keys in sorted order, stored text pasted."""
    return (f'{{"entity":{_text(entity)},"entity_id":{_text(entity_id)},"fields":{fields},'
            f'"hlc":{_text(hlc)},"op":{_text(op)},"origin":{_text(origin)},'
            f'"parents":{parents},"prev_hash":{_text(prev_hash)},"seq":{seq}}}')


def _unaltered(row: Any) -> bool:
    origin, seq, prev_hash, hash_, hlc, entity, entity_id, op, fields, parents = row
    if sha256_hex(_pasted_body(hlc, entity, entity_id, op, fields, parents, origin, prev_hash,
                               seq)) == hash_:
        return True
    body = {"origin": origin, "seq": seq, "hlc": hlc, "entity": entity,
            "entity_id": entity_id, "op": op, "fields": json.loads(fields),
            "parents": json.loads(parents), "prev_hash": prev_hash}
    return bool(change_hash(body) == hash_)


def chain_problems(s: Session, limit: int = 20) -> list[str]:
    """Gaps, broken links and altered changes, per origin (at most `limit` reported)."""
    problems: list[str] = []
    origin, expected_seq, prev = None, 0, ""
    query = select(*_COLUMNS).order_by(ChangeRow.origin, ChangeRow.seq)
    result = s.connection().execute(query)
    while batch := result.fetchmany(BATCH):
        for row in batch:
            if row[0] != origin:
                origin, expected_seq, prev = row[0], 1, ""
            seq, prev_hash, hash_ = row[1], row[2], row[3]
            if seq != expected_seq:
                problems.append(f"{origin}: falta el cambio {expected_seq} (sigue {seq})")
            elif prev_hash != prev:
                problems.append(f"{origin}: el cambio {seq} no enlaza con el anterior")
            elif not _unaltered(row):
                problems.append(f"{origin}: el cambio {seq} fue alterado")
            expected_seq, prev = seq + 1, hash_
            if len(problems) >= limit:
                return problems
    return problems
