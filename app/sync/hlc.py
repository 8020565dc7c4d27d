"""Hybrid logical clock: wall time in ms plus a counter, as a string that sorts correctly.

It orders changes across laptops whose clocks disagree: a clock never goes backwards and always
moves past any time it has seen in a received change.
"""

from __future__ import annotations

WIDTH_MS, WIDTH_COUNTER = 13, 5


def format_hlc(ms: int, counter: int) -> str:
    return f"{ms:0{WIDTH_MS}d}-{counter:0{WIDTH_COUNTER}d}"


def parse_hlc(value: str) -> tuple[int, int]:
    if not value:
        return 0, 0
    ms, counter = value.split("-")
    return int(ms), int(counter)


def tick(last: str, now_ms: int) -> str:
    """The clock for a local event."""
    last_ms, last_counter = parse_hlc(last)
    if now_ms > last_ms:
        return format_hlc(now_ms, 0)
    return format_hlc(last_ms, last_counter + 1)


def receive(last: str, remote: str) -> str:
    """After seeing a remote time: never behind it (the next tick moves past it)."""
    return max(last, remote)
