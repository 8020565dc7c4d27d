"""The one way a file is kept with a record (a signed acta, a receipt, a photo): checked for
size and kind, its bytes stored once by SHA-256 (`attachment_file`), its record logged as an
insert-only fact that travels with sync; the bytes travel as a bundle member (app/sync/files).
Read the bytes only through `read`: None means the record arrived and the file not yet."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.domain.errors import DomainError
from app.persistence.rows import AttachmentRow
from app.services.context import ServiceContext
from app.sync import files

MAX_ATTACHMENT_MB = 15
ATTACHMENT_TYPES = ("image/jpeg", "image/png", "application/pdf")


def check_file(filename: str, data: bytes, media_type: str, fallback_name: str) -> str:
    """The name to keep, or a DomainError a person reads (empty, too big, not a photo/PDF)."""
    name = filename.strip() or fallback_name
    if not data:
        raise DomainError("attachment.empty", name=name)
    if len(data) > MAX_ATTACHMENT_MB * 1024 * 1024:
        raise DomainError("attachment.too_big", name=name, mb=MAX_ATTACHMENT_MB)
    if media_type not in ATTACHMENT_TYPES:
        raise DomainError("attachment.type", name=name)
    return name[:200]


def store(ctx: ServiceContext, s: Session, owner_entity: str, owner_id: str, name: str,
          data: bytes, media_type: str, description: str = "") -> AttachmentRow:
    now = ctx.clock.now()
    row = AttachmentRow(
        id=ctx.ids.new(), owner_entity=owner_entity, owner_id=owner_id, filename=name,
        media_type=media_type, size=len(data), sha256=files.hold(s, data, now),
        description=description.strip() or None, created_at=now)
    ctx.log.insert(s, row)
    return row


def read(ctx: ServiceContext, s: Session, attachment_id: str) -> bytes | None:
    """The attachment's bytes, or None while they are pending (the record came in a bundle
    that did not carry the file; the next bundle that has it brings it). A missing or
    unknown attachment is a DomainError."""
    del ctx  # the signature all readers share; the bytes need only the session
    row = s.get(AttachmentRow, attachment_id)
    if row is None:
        raise DomainError("not_found", entity="attachment", id=attachment_id)
    return files.read(s, row.sha256)


def read_or_explain(ctx: ServiceContext, s: Session, attachment_id: str) -> bytes:
    """For a window or command that shows the file: its bytes, or a sentence saying it is
    on its way."""
    data = read(ctx, s, attachment_id)
    if data is None:
        row = s.get_one(AttachmentRow, attachment_id)
        raise DomainError("attachment.pending", name=row.filename)
    return data

