"""Settings of this laptop: language, page size, and the organization it works for."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import DomainError
from app.domain.settings import Settings
from app.domain.zone import DEFAULT_TIME_ZONE, is_time_zone, zone_named
from app.i18n import N_, _
from app.persistence.rows import SettingRow

# key -> (default, allowed values or None for free text, hint for a bad value)
KNOWN: dict[str, tuple[str, tuple[str, ...] | None, str]] = {
    "language": ("es", ("es", "en"), N_("use es o en")),
    "page_size": ("letter", ("letter", "a4"), N_("use letter o a4")),
    "organization_id": ("", None, ""),
    "secretary_name": ("", None, ""),
    "max_candidates": ("7", None, N_("un número entero de 1 a 30")),
    # Papers show hours in the organization's zone, never the laptop's.
    "time_zone": (DEFAULT_TIME_ZONE, None, N_("un huso horario como America/Caracas")),
}


class SettingsService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def get(self, key: str) -> str:
        if key not in KNOWN:
            raise DomainError("setting.unknown", key=key)
        with self._sessions.begin() as s:
            row = s.get(SettingRow, key)
            return row.value if row is not None else KNOWN[key][0]

    def set(self, key: str, value: str) -> None:
        if key not in KNOWN:
            raise DomainError("setting.unknown", key=key)
        _default, allowed, hint = KNOWN[key]
        value = value.strip()
        if allowed is not None and value not in allowed:
            raise DomainError("setting.invalid", key=key, value=value, hint=_(hint))
        if key == "max_candidates" and not (value.isdigit() and 1 <= int(value) <= 30):
            raise DomainError("setting.invalid", key=key, value=value, hint=_(hint))
        if key == "time_zone" and not is_time_zone(value):
            raise DomainError("setting.invalid", key=key, value=value, hint=_(hint))
        with self._sessions.begin() as s:
            s.merge(SettingRow(key=key, value=value))

    def all(self) -> Settings:
        with self._sessions.begin() as s:
            stored = {r.key: r.value for r in s.scalars(select(SettingRow))}
        values = {k: stored.get(k, default) for k, (default, _a, _h) in KNOWN.items()}
        return Settings(
            language=values["language"],
            page_size=values["page_size"],
            organization_id=values["organization_id"],
            secretary_name=values["secretary_name"],
            max_candidates=int(values["max_candidates"]),
            time_zone=values["time_zone"],
        )


def time_zone(s: Session) -> ZoneInfo:
    """The organization's time zone, read inside a unit of work already open."""
    row = s.get(SettingRow, "time_zone")
    return zone_named(row.value if row is not None else None)
