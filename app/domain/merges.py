"""Merged duplicates: a record's `merged_into` link points at the one that was kept."""

from __future__ import annotations

from collections.abc import Mapping


def survivor(resident_id: str, merged_into: Mapping[str, str | None]) -> str:
    """Follow merged_into links to the record that was kept (a loop stops where it closes:
    two laptops may merge A into B and B into A before they sync)."""
    seen = {resident_id}
    current = resident_id
    while (nxt := merged_into.get(current)) and nxt not in seen:
        seen.add(nxt)
        current = nxt
    return current
