"""The organization's time zone: papers and the assembly's day are in it, never the laptop's
(the same notice printed on two laptops must say the same hour)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TIME_ZONE = "America/Caracas"


def is_time_zone(name: str) -> bool:
    if not name or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def zone_named(name: str | None) -> ZoneInfo:
    """The zone by its IANA name; the default when the name is empty or unknown here."""
    return ZoneInfo(name if name and is_time_zone(name) else DEFAULT_TIME_ZONE)


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()
