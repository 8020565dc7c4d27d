"""The acta as the minutes service hands it out: for printing, for checking, its attachments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.assembly.minutes_content import MinutesContent, short_code


@dataclass(frozen=True)
class Addendum:
    id: str
    text: str
    content_hash: str
    approved_at: datetime | None
    approved_by: str


@dataclass(frozen=True)
class MinutesPaper:
    """What the printed acta shows: the content, and if approved its seal and addenda."""

    content: MinutesContent
    approved: bool
    content_hash: str | None
    approved_at: datetime | None
    approved_by: str
    addenda: tuple[Addendum, ...] = ()

    @property
    def code(self) -> str:
        return short_code(self.content_hash) if self.content_hash else ""


@dataclass(frozen=True)
class MinutesCheck:
    """The answer of `asamblea minutes verify`."""

    assembly_id: str
    minutes_id: str
    content_hash: str
    code: str
    stored_intact: bool  # the stored acta still hashes to its seal
    record_matches: bool  # the assembly's record today gives the same acta
    code_matches: bool | None  # the code read off a paper (None when none was given)
    addenda: int
    addenda_intact: bool

    @property
    def ok(self) -> bool:
        return (self.stored_intact and self.record_matches and self.addenda_intact
                and self.code_matches is not False)


@dataclass(frozen=True)
class Attachment:
    id: str
    owner_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    description: str
    created_at: datetime
