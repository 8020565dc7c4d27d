"""This laptop's settings as the settings service hands them out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    language: str
    page_size: str
    organization_id: str
    secretary_name: str
    max_candidates: int
    time_zone: str  # IANA name; papers show hours in it
