"""Laptops and records as a secretary knows them: by name, never by id."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.persistence.base import synced_tables
from app.persistence.rows import DeviceRow

NAME_MAX = 60


def device_label(name: str, fingerprint: str) -> str:
    """"Secretaría Comuna (K3QX)": the chosen name and the fingerprint's first group, which
    tells apart cloned laptops that all came named after one hostname."""
    code = fingerprint.split("-")[0]
    return f"{name} ({code})" if code else name


def device_labels(s: Session) -> dict[str, str]:
    return {d.id: device_label(d.name, d.fingerprint) for d in s.scalars(select(DeviceRow))}


def record_label(s: Session, entity: str, entity_id: str) -> str:
    """A record by the words a person would use: a resident's name and cédula, an
    organization's name; any other record by its title or name, if it has one."""
    cls = synced_tables().get(entity)
    row = s.get(cls, entity_id) if cls is not None else None
    if row is None:
        return entity_id[-8:]
    first, last = getattr(row, "first_names", None), getattr(row, "last_names", None)
    if first is not None or last is not None:
        person = " ".join(p for p in (first, last) if p)
        national_id = getattr(row, "national_id", None)
        return f"{person}, {national_id}" if national_id else person
    for attribute in ("name", "title", "full_name", "filename", "description"):
        value = getattr(row, attribute, None)
        if isinstance(value, str) and value:
            return value
    return entity_id[-8:]
