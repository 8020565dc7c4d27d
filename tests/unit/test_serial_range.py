"""The reprint range a secretary types, read the same way by the window and the command line."""

from __future__ import annotations

import pytest

from app.consultation.serials import parse_serial_range


@pytest.mark.parametrize(("text", "expected"), [
    ("120-125", (120, 125)),
    (" 120 – 125 ", (120, 125)),
    ("7-7", (7, 7)),
    ("125-120", (125, 120)),  # the ballot service puts them in order
    ("120", None),
    ("120-", None),
    ("a-b", None),
    ("1-2-3", None),
    ("", None),
])
def test_parse_serial_range(text: str, expected: tuple[int, int] | None) -> None:
    assert parse_serial_range(text) == expected
