"""Hybrid logical clock: wall time in ms plus a counter, as a string that sorts correctly.

It orders changes across laptops whose clocks disagree: a clock never goes backwards and always
moves past any time it has seen in a received change, within a bound: a laptop whose date is
years ahead must not drag every other laptop's clock there.
"""

from __future__ import annotations

import re

WIDTH_MS, WIDTH_COUNTER = 13, 5
MAX_COUNTER = 10**WIDTH_COUNTER - 1
# How far ahead of our own wall clock a received time may pull our clock (one day).
MAX_SKEW_MS = 24 * 3600 * 1000
_FORMAT = re.compile(rf"\d{{{WIDTH_MS}}}-\d{{{WIDTH_COUNTER}}}")


def format_hlc(ms: int, counter: int) -> str:
    return f"{ms:0{WIDTH_MS}d}-{counter:0{WIDTH_COUNTER}d}"


def is_valid(value: str) -> bool:
    return isinstance(value, str) and _FORMAT.fullmatch(value) is not None


def parse_hlc(value: str) -> tuple[int, int]:
    if not value:
        return 0, 0
    if not is_valid(value):
        raise ValueError(f"not a clock reading: {value!r}")
    ms, counter = value.split("-")
    return int(ms), int(counter)


def tick(last: str, now_ms: int) -> str:
    """The clock for a local event: after `last`, and after the wall clock if it moved on.

    A full counter carries into the milliseconds, so 100,000 ticks within one millisecond
    (a big import while another laptop's clock is ahead) still sort forwards.
    """
    last_ms, last_counter = parse_hlc(last)
    if now_ms > last_ms:
        return format_hlc(now_ms, 0)
    if last_counter >= MAX_COUNTER:
        return format_hlc(last_ms + 1, 0)
    return format_hlc(last_ms, last_counter + 1)


def skew_bound(now_ms: int) -> str:
    """The latest reading taken as it is from another laptop; a later one is clamped (and its
    laptop's date announced as wrong)."""
    return format_hlc(now_ms + MAX_SKEW_MS, MAX_COUNTER)


def receive(last: str, remote: str, now_ms: int) -> str:
    """After seeing a remote time: never behind it, but never more than MAX_SKEW_MS ahead of
    our own wall clock (a remote reading beyond that is clamped)."""
    if not is_valid(remote):
        return last
    return max(last, min(remote, format_hlc(now_ms + MAX_SKEW_MS, 0)))
