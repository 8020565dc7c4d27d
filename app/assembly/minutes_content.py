"""The acta's content: everything the minutes state, as plain data with one stable hash.

The content is data (names, counts, ISO times), not sentences: the printed wording (and its
language) is made by app/printing/minutes.py, so printing in English or with a new layout
does not change the hash. Approval stores this content as canonical JSON with its sha256;
a photocopy carries the hash's short code and a QR, and `asamblea minutes verify` checks it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from app.assembly.minutes_accountability import MinutesAccountability, accountability_from
from app.domain.canonical import canonical_json, sha256_hex
from app.domain.errors import DomainError

QR_PREFIX = "ASAMBLEA-ACTA"
FORMAT = 1


@dataclass(frozen=True)
class MinutesText:
    """The secretary's free text, editable until approval."""

    opening: str = ""  # anything to say before the agenda (who presided, the reading...)
    closing: str = ""  # last words before the session is closed
    observations: str = ""


@dataclass(frozen=True)
class MinutesVote:
    text: str
    by_acclamation: bool
    votes_for: int
    votes_against: int
    abstentions: int
    present_at_vote: int
    required_at_vote: int
    quorum_met_at_vote: bool
    voted_at: str | None  # ISO, UTC


@dataclass(frozen=True)
class MinutesSpeaker:
    name: str
    summary: str


@dataclass(frozen=True)
class MinutesItem:
    position: int
    title: str
    notes: str
    speakers: tuple[MinutesSpeaker, ...] = ()
    agreements: tuple[MinutesVote, ...] = ()


@dataclass(frozen=True)
class MinutesProblem:
    title: str
    category: str  # ProblemCategory value
    families: int
    place: int | None  # None when not prioritized
    total: int | None
    tied: bool


@dataclass(frozen=True)
class MinutesSigner:
    name: str
    role: str


@dataclass(frozen=True)
class MinutesAttendance:
    present: int
    under_age: int
    base: int
    percent: int
    required: int
    met: bool
    voting_age: int


@dataclass(frozen=True)
class MinutesContent:
    assembly_id: str
    organization: str
    organization_kind: str  # OrgKind value
    registry_code: str
    state: str
    municipality: str
    parish: str
    kind: str  # AssemblyKind value
    call: int
    title: str
    scheduled_at: str  # ISO, UTC
    place: str
    called_by: str
    opened_at: str | None
    closed_at: str | None
    attendance: MinutesAttendance
    items: tuple[MinutesItem, ...]
    problems: tuple[MinutesProblem, ...]
    prioritization_method: str | None  # PrioritizationMethod value
    prioritization_ballots: int
    tie_break: str  # "second_vote" or "draw" when a tie was broken, else ""
    signers: tuple[MinutesSigner, ...]
    secretary: str
    text: MinutesText = field(default_factory=MinutesText)
    tie_break_note: str = ""  # how the second vote or the draw went, in the secretary's words
    # Who approved it and when are sealed too: the printed seal states them.
    approved_by: str = ""
    approved_at: str | None = None  # ISO, UTC
    format: int = FORMAT
    # Added after the first actas were sealed: left out of the JSON while they hold their
    # default, so an acta sealed before them still hashes (and verifies) as it did.
    constituted: bool = True  # False: recorded as not constituted for lack of quorum
    not_constituted_note: str = ""  # what the table recorded then (how long it waited...)
    time_zone: str = ""  # the zone its hours were printed in when sealed (IANA name)
    language: str = ""  # the language it was sealed in ("es", "en")
    # The sentences that state a date or an hour, exactly as printed when sealed (key, text):
    # a reprint uses them, so a new program version or zone setting cannot move its hours.
    printed: tuple[tuple[str, str], ...] = ()
    number: int = 0  # ACTA N.º: correlative per organization, assigned when sealed
    chair: str = ""  # who presided (the secretary is `secretary`)
    attendance_folios: int = 0  # pages of the attendance list annexed to it
    # A rendición de cuentas linked to a project: its statement as it stood when sealed.
    accountability: MinutesAccountability | None = None


LATER_FIELDS: dict[str, object] = {"constituted": True, "not_constituted_note": "",
                                   "time_zone": "", "language": "", "printed": (),
                                   "number": 0, "chair": "", "attendance_folios": 0,
                                   "accountability": None}


def to_json(content: MinutesContent) -> str:
    data = asdict(content)
    for key, default in LATER_FIELDS.items():
        if data[key] == default:
            del data[key]
    return canonical_json(data)


def from_json(raw: str) -> MinutesContent:
    data: dict[str, Any] = json.loads(raw)
    items = tuple(
        MinutesItem(
            position=i["position"], title=i["title"], notes=i["notes"],
            speakers=tuple(MinutesSpeaker(**sp) for sp in i["speakers"]),
            agreements=tuple(MinutesVote(**a) for a in i["agreements"]),
        )
        for i in data.pop("items")
    )
    return MinutesContent(
        **{k: v for k, v in data.items()
           if k not in {"attendance", "problems", "signers", "text", "printed",
                        "accountability"}},
        attendance=MinutesAttendance(**data["attendance"]),
        items=items,
        problems=tuple(MinutesProblem(**p) for p in data["problems"]),
        signers=tuple(MinutesSigner(**sg) for sg in data["signers"]),
        text=MinutesText(**data["text"]),
        printed=tuple((str(k), str(v)) for k, v in data.get("printed", ())),
        accountability=accountability_from(data.get("accountability")),
    )


def content_hash(content: MinutesContent) -> str:
    return sha256_hex(to_json(content))


def short_code(digest: str) -> str:
    """The first 12 hex digits in three groups, upper case: easy to read aloud and compare."""
    head = digest[:12].upper()
    return "-".join(head[i:i + 4] for i in range(0, 12, 4))


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch in "0123456789ABCDEF")


def qr_text(assembly_id: str, digest: str) -> str:
    return f"{QR_PREFIX}:{assembly_id}:{digest}"


def parse_qr(text: str) -> tuple[str, str] | None:
    parts = text.strip().split(":")
    if len(parts) != 3 or parts[0] != QR_PREFIX:
        return None
    return parts[1], parts[2]


def parse_text(body: str) -> MinutesText:
    """The draft's free text, stored as JSON; unknown keys are ignored."""
    if not body.strip():
        return MinutesText()
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise DomainError("minutes.text_invalid") from exc
    if not isinstance(data, dict):
        raise DomainError("minutes.text_invalid")
    return MinutesText(**{k: str(data.get(k) or "") for k in ("opening", "closing",
                                                             "observations")})


def text_body(text: MinutesText) -> str:
    return canonical_json({"opening": text.opening.strip(), "closing": text.closing.strip(),
                           "observations": text.observations.strip()})
