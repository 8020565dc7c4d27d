"""Canonical JSON and SHA-256: the same bytes for the same value on every laptop.

Pure: used by the change log (the hash of every change), by the minutes (the hash of an
approved text) and by anything else whose bytes must not depend on key order or platform.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_json(value: Any) -> str:
    """Keys sorted, no spaces, text as UTF-8 (not \\u escapes)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()
