"""Canonical JSON and the hash of a change: the same bytes on every laptop."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


# The fields a change's hash covers, in the order they are documented (the order does not
# matter for the hash: canonical JSON sorts keys).
CHANGE_KEYS = ("origin", "seq", "hlc", "entity", "entity_id", "op", "fields", "parents",
               "prev_hash")


def change_hash(body: dict[str, Any]) -> str:
    """sha256 of the canonical JSON of the change without its own hash."""
    return sha256_hex(canonical_json({k: body[k] for k in CHANGE_KEYS}))
