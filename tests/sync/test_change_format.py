"""Round trip of the change format: what the log stores, the bundle line, the parser, the hash.

The line writer pastes the stored canonical text of `fields` and `parents` between values it
encodes itself; the reader checks each hash on the line's own bytes. If the writer ever drifts
from canonical JSON, every bundle it writes is refused as altered: these properties catch that
on this machine instead of at a council's laptop.
"""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Callable
from datetime import UTC
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from app.domain.canonical import canonical_json
from app.domain.errors import DomainError
from app.persistence.base import synced_tables
from app.persistence.codec import encode_datetime
from app.sync.change_format import (
    CHANGE_KEYS,
    OPS,
    change_body,
    change_hash,
    change_line,
    parse_change_line,
    read_lines,
    stored_change,
)

TABLES = frozenset(synced_tables())
Writer = Callable[[str, str, str, str, str, str, str, str, str, int], str]

hex64 = st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)
# Values as the codec stores them: text (any Unicode), None, integers, booleans, dates and
# times as ISO text, bytes as base64, and JSON columns (nested lists and objects).
scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.text(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.datetimes(timezones=st.just(UTC)).map(encode_datetime),
    st.dates().map(lambda d: d.isoformat()),
    st.binary(max_size=32).map(lambda b: base64.b64encode(b).decode("ascii")),
)
value = st.recursive(
    scalar,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def changes(draw: st.DrawFn) -> dict[str, Any]:
    entity_id = draw(st.text(min_size=1))
    fields = draw(st.dictionaries(st.text(), value, max_size=6))
    fields["id"] = entity_id
    return {
        "origin": draw(st.text(min_size=1)),
        "seq": draw(st.integers(min_value=1, max_value=2**53)),
        "hlc": draw(st.text()),
        "entity": draw(st.sampled_from(sorted(TABLES))),
        "entity_id": entity_id,
        "op": draw(st.sampled_from(sorted(OPS))),
        "fields": fields,
        "parents": draw(st.lists(hex64, max_size=3)),
        "prev_hash": draw(st.just("") | hex64),
    }


def _line(write: Writer, stored: dict[str, Any]) -> str:
    return write(stored["entity"], stored["entity_id"], stored["fields"], stored["hash"],
                 stored["hlc"], stored["op"], stored["origin"], stored["parents"],
                 stored["prev_hash"], stored["seq"])


def round_trip(write: Writer, bodies: list[dict[str, Any]]) -> None:
    """Store, write as the bundle does, read back: the same changes, the same hashes."""
    stored = [stored_change(b) for b in bodies]
    lines = [_line(write, s) for s in stored]
    for body, s, line in zip(bodies, stored, lines, strict=True):
        assert line == canonical_json({**body, "hash": s["hash"]}) + "\n", (
            "the bundle line is not the canonical JSON of the change")
    raw = io.BytesIO("".join(lines).encode("utf-8"))  # as the writer flushes a batch
    parsed = [parse_change_line(line, "prueba.asamblea", TABLES) for line in read_lines(raw)]
    assert len(parsed) == len(bodies)
    for body, s, change in zip(bodies, stored, parsed, strict=True):
        assert change.hash == s["hash"]
        assert change.fields_text == s["fields"] and change.parents_text == s["parents"]
        read_back = {k: getattr(change, k) for k in CHANGE_KEYS}
        assert read_back == body
        assert change_hash(read_back) == s["hash"]


@settings(max_examples=300, deadline=None)
@given(st.lists(changes(), min_size=1, max_size=4))
def test_write_parse_and_hash_agree(bodies: list[dict[str, Any]]) -> None:
    round_trip(change_line, bodies)


class _Row:
    """A stored change as the log's row holds it."""

    def __init__(self, stored: dict[str, Any]) -> None:
        self.__dict__.update(stored)


@settings(max_examples=100, deadline=None)
@given(changes())
def test_a_stored_change_hashes_to_its_hash(body: dict[str, Any]) -> None:
    """What the chain check recomputes from the log's text is the hash the change was given."""
    stored = stored_change(body)
    again = change_body(_Row(stored))  # type: ignore[arg-type]
    assert again == {**body, "hash": stored["hash"]}
    assert change_hash(again) == stored["hash"]


# -- the property can fail: writers that drift from canonical JSON ---------------------------


def _escaping_writer(entity: str, entity_id: str, fields_text: str, hash_: str, hlc: str,
                     op: str, origin: str, parents_text: str, prev_hash: str, seq: int) -> str:
    """The clock escaped to ASCII (json.dumps' default), as the writer once did."""
    line = change_line(entity, entity_id, fields_text, hash_, "", op, origin, parents_text,
                       prev_hash, seq)
    return line.replace('"hlc":""', f'"hlc":{json.dumps(hlc)}', 1)


def _reencoding_writer(entity: str, entity_id: str, fields_text: str, hash_: str, hlc: str,
                       op: str, origin: str, parents_text: str, prev_hash: str,
                       seq: int) -> str:
    """The fields decoded and encoded again with json's defaults instead of pasted."""
    again = json.dumps(json.loads(fields_text), sort_keys=True, ensure_ascii=False)
    return change_line(entity, entity_id, again, hash_, hlc, op, origin, parents_text,
                       prev_hash, seq)


@pytest.mark.parametrize("writer", [_escaping_writer, _reencoding_writer])
def test_a_writer_that_drifts_is_caught(writer: Writer) -> None:
    @settings(max_examples=200, deadline=None, phases=[Phase.generate], database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(changes(), min_size=1, max_size=4))
    def prop(bodies: list[dict[str, Any]]) -> None:
        round_trip(writer, bodies)

    with pytest.raises(AssertionError, match="not the canonical JSON"):
        prop()


def test_the_parser_refuses_a_line_that_is_not_canonical() -> None:
    """Even without the writer's help: the same change with its text escaped to ASCII (valid
    JSON, same values) does not hash to its hash."""
    body = {"origin": "o", "seq": 1, "hlc": "1", "entity": "sector", "entity_id": "x",
            "op": "insert", "fields": {"id": "x", "name": "Sector Ñ"}, "parents": [],
            "prev_hash": ""}
    stored = stored_change(body)
    line = json.dumps({**body, "hash": stored["hash"]}, sort_keys=True, separators=(",", ":"))
    with pytest.raises(DomainError) as caught:
        parse_change_line(line, "prueba.asamblea", TABLES)
    assert caught.value.code == "sync.bad_change"
