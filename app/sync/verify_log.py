"""Check the change log held: each device's chain is complete, in order and unaltered.

One streaming pass of column tuples in (origin, seq) order. The log stores `fields` and
`parents` as canonical text, so a change's hashed body is pasted from stored text (as a bundle
line is) and hashed once; only a change whose pasted body does not give its hash is decoded
and re-encoded (stored text that is not canonical but means the same is not an alteration).
"""

from __future__ import annotations

import json
from hashlib import sha256
from typing import Any

from sqlalchemy.orm import Session

from app.sync.change_format import change_hash
from app.sync.driver_rows import driver_batches

# A string as canonical JSON writes it (ensure_ascii=False), the C function itself.
_text = json.encoder.encode_basestring
_QUERY = ("SELECT origin, seq, prev_hash, hash, hlc, entity, entity_id, op, fields, parents "
          "FROM change ORDER BY origin, seq")


def _decoded_unaltered(row: Any) -> bool:
    """The change's hash from its decoded and re-encoded body (stored text that is not
    canonical but means the same is no alteration)."""
    origin, seq, prev_hash, hash_, hlc, entity, entity_id, op, fields, parents = row
    body = {"origin": origin, "seq": seq, "hlc": hlc, "entity": entity,
            "entity_id": entity_id, "op": op, "fields": json.loads(fields),
            "parents": json.loads(parents), "prev_hash": prev_hash}
    return bool(change_hash(body) == hash_)


def chain_problems(s: Session, limit: int = 20) -> list[str]:
    """Gaps, broken links and altered changes, per origin (at most `limit` reported)."""
    problems: list[str] = []
    origin, expected_seq, prev = None, 0, ""
    for batch in driver_batches(s.connection(), _QUERY):
        for row in batch:
            if row[0] != origin:
                origin, expected_seq, prev = row[0], 1, ""
            seq, prev_hash, hash_ = row[1], row[2], row[3]
            if seq != expected_seq:
                problems.append(f"{origin}: falta el cambio {expected_seq} (sigue {seq})")
            elif prev_hash != prev:
                problems.append(f"{origin}: el cambio {seq} no enlaza con el anterior")
            else:
                o, _s, _p, _h, hlc, entity, entity_id, op, fields, parents = row
                # The canonical JSON the hash covers, keys sorted, stored text pasted.
                body = (f'{{"entity":{_text(entity)},"entity_id":{_text(entity_id)},'
                        f'"fields":{fields},"hlc":{_text(hlc)},"op":{_text(op)},'
                        f'"origin":{_text(o)},"parents":{parents},'
                        f'"prev_hash":{_text(prev_hash)},"seq":{seq}}}')
                if sha256(body.encode("utf-8")).hexdigest() != hash_ \
                        and not _decoded_unaltered(row):
                    problems.append(f"{origin}: el cambio {seq} fue alterado")
            expected_seq, prev = seq + 1, hash_
            if len(problems) >= limit:
                return problems
    return problems
