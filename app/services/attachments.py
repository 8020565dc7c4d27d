"""The one way a file is kept with a record (a signed acta, a receipt, a photo): checked for
size and kind, stored once in `attachment` with its SHA-256, logged as an insert-only fact so
it travels with sync."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.domain.canonical import sha256_hex
from app.domain.errors import DomainError
from app.persistence.rows import AttachmentRow
from app.services.context import ServiceContext

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
    row = AttachmentRow(
        id=ctx.ids.new(), owner_entity=owner_entity, owner_id=owner_id, filename=name,
        media_type=media_type, size=len(data), sha256=sha256_hex(data), data=data,
        description=description.strip() or None, created_at=ctx.clock.now())
    ctx.log.insert(s, row)
    return row



def read(ctx: ServiceContext, s: Session, attachment_id: str) -> bytes | None:
    """The file's bytes; None while they have not arrived (a receipt whose record came by
    sync before its file). Every reader of an attachment's bytes goes through here."""
    del ctx  # part of the agreed signature: where the bytes live may depend on the context
    row = s.get(AttachmentRow, attachment_id)
    if row is None:
        raise DomainError("not_found", entity="attachment", id=attachment_id)
    return bytes(row.data) if row.data is not None else None
