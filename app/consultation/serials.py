"""Ballot serials: each table's numbering is contiguous, continued by each new run.

Also the texts of the codes printed on stubs, ballots and tally sheets. Stub codes carry the
table and serial; ballot codes carry only the consultation and style, so nothing on the part
the voter drops in the box can tie it to a serial, a stub or a register line.
"""

from __future__ import annotations

import base64
import hashlib
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from app.consultation.model import SerialRange
from app.domain.errors import DomainError
from app.domain.messages import message_for

STUB_PREFIX = "AS1T"
BALLOT_PREFIX = "AS1B"
SHEET_PREFIX = "AS1A"
MAX_RUN = 50_000


def next_serial(ranges: Sequence[SerialRange]) -> int:
    """Right after the highest serial printed for the table (reprints repeat, never extend)."""
    return max((r.last for r in ranges if not r.is_reprint), default=0) + 1


def next_range(ranges: Sequence[SerialRange], count: int) -> tuple[int, int]:
    """The serials of a new run of `count` ballots."""
    if not 1 <= count <= MAX_RUN:
        raise DomainError("ballots.count_invalid", max=MAX_RUN)
    first = next_serial(ranges)
    return first, first + count - 1


_RANGE = re.compile(r"\s*(\d+)\s*[-–]\s*(\d+)\s*")


def parse_serial_range(text: str) -> tuple[int, int] | None:
    """"120-125" (or "120–125") as (120, 125); None when the text is not a range."""
    match = _RANGE.fullmatch(text)
    return (int(match.group(1)), int(match.group(2))) if match else None


def reprint_source(ranges: Sequence[SerialRange], first: int, last: int) -> SerialRange:
    """The original run a reprint repeats; a reprint must lie inside one printed run."""
    originals = [r for r in ranges if not r.is_reprint]
    for run in originals:
        if run.first <= first <= last <= run.last:
            return run
    raise DomainError("ballots.reprint_outside", printed=describe(ranges) or "ninguno")


def describe(ranges: Sequence[SerialRange]) -> str:
    """"1–300, 301–350" (original runs only, in order)."""
    runs = sorted((r for r in ranges if not r.is_reprint), key=lambda r: r.first)
    return ", ".join(f"{r.first}–{r.last}" for r in runs)


def describe_all(ranges: Sequence[SerialRange]) -> str:
    """The original runs, then the reprinted ranges: "1–300, 301–350 (reimpresos: 5–8)"."""
    text = describe(ranges)
    reprints = ", ".join(f"{r.first}–{r.last}" for r in ranges if r.is_reprint)
    if reprints:
        text += " (" + message_for("ballots.reprinted", {"ranges": reprints}) + ")"
    return text


def is_contiguous(ranges: Sequence[SerialRange]) -> bool:
    """True when the original runs cover 1..N with no gap and no overlap."""
    expected = 1
    for run in sorted((r for r in ranges if not r.is_reprint), key=lambda r: r.first):
        if run.first != expected or run.last < run.first:
            return False
        expected = run.last + 1
    return True


def compact_id(record_id: str) -> str:
    """A UUID as 26 base32 letters: QR alphanumeric mode packs it in fewer modules."""
    return base64.b32encode(uuid.UUID(record_id).bytes).decode("ascii").rstrip("=")


def expand_id(text: str) -> str:
    padded = text + "=" * (-len(text) % 8)
    return str(uuid.UUID(bytes=base64.b32decode(padded)))


def consultation_code(consultation_id: str, style: str = "") -> str:
    """A short code for a consultation (and ballot style): "K3QF-7ZPA"."""
    digest = hashlib.sha256(f"asamblea|{consultation_id}|{style}".encode()).digest()
    letters = base64.b32encode(digest).decode("ascii")[:8]
    return f"{letters[:4]}-{letters[4:]}"


def stub_prefix(consultation_id: str, table_id: str) -> str:
    """Everything in a stub's code but the serial (the same for a whole run)."""
    code = consultation_code(consultation_id).replace("-", "")
    return f"{STUB_PREFIX}:{code}:{compact_id(table_id)}:"


def stub_payload(consultation_id: str, table_id: str, serial: int) -> str:
    return f"{stub_prefix(consultation_id, table_id)}{serial}"


def ballot_payload(consultation_id: str, style: str) -> str:
    code = consultation_code(consultation_id, style).replace("-", "")
    return f"{BALLOT_PREFIX}:{code}:{style[0].upper()}"


def sheet_payload(consultation_id: str, table_id: str) -> str:
    code = consultation_code(consultation_id).replace("-", "")
    return f"{SHEET_PREFIX}:{code}:{compact_id(table_id)}"


@dataclass(frozen=True)
class StubCode:
    consultation_code: str
    table_id: str
    serial: int


def parse_stub(text: str) -> StubCode:
    prefix, code, table, serial = text.split(":")
    if prefix != STUB_PREFIX:
        raise ValueError(f"not a stub code: {text}")
    return StubCode(f"{code[:4]}-{code[4:]}", expand_id(table), int(serial))


def parse_sheet(text: str) -> str:
    """The table id in a tally sheet's code."""
    prefix, _code, table = text.split(":")
    if prefix != SHEET_PREFIX:
        raise ValueError(f"not a tally sheet code: {text}")
    return expand_id(table)
