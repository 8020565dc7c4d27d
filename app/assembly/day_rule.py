"""Opening and closing on the assembly's day: the acta states the moments they were recorded,
so a laptop's "now" on another day is never written as the assembly's opening or closing.

Pure rules (no SQL): the services pass the assembly's day, the organization's zone and now.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.domain.errors import DomainError
from app.domain.zone import local_day

# An assembly that runs late may close past midnight without anyone typing the hour. Councils
# meet in the afternoon or evening; by 06:00 of the next day none is still sitting, so a close
# recorded later is a secretary catching up, and the laptop's "now" would not be the moment it
# closed: from then on the closing hour must be given.
LATE_CLOSING_UNTIL = time(6, 0)


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _hour(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")


def require_opening_day(day: date, now: datetime, zone: ZoneInfo) -> None:
    """The assembly opens (its first check-in) only on the day it is convened for."""
    today = local_day(now, zone)
    if today != day:
        raise DomainError("assembly.opens_other_day", day=_day(day), today=_day(today))


def closes_now(day: date, now: datetime, zone: ZoneInfo) -> bool:
    """Whether "now" may stand as the closing moment: on the assembly's day, or past midnight
    before LATE_CLOSING_UNTIL for an assembly that ran late."""
    local = now.astimezone(zone)
    return local.date() == day or (local.date() == day + timedelta(days=1)
                                   and local.time() < LATE_CLOSING_UNTIL)


def closing_moment(day: date, opened: datetime | None, now: datetime, zone: ZoneInfo,
                   hour: time | None) -> datetime:
    """The moment the acta states as the closing.

    Without `hour`: now, if it may stand (closes_now), else the hour must be given. With
    `hour`: that hour of the assembly's day (an hour before LATE_CLOSING_UNTIL and before the
    opening is the night after it), after the opening and not in the future."""
    if hour is None:
        if opened is not None and now < opened:
            raise DomainError("assembly.closes_before_opening")  # a clock set back
        if not closes_now(day, now, zone):
            raise DomainError("assembly.closing_hour_needed", day=_day(day),
                              today=_day(local_day(now, zone)))
        return now
    moment = datetime.combine(day, hour, tzinfo=zone)
    if (opened is not None and moment < opened and hour < LATE_CLOSING_UNTIL):
        moment += timedelta(days=1)  # the night after: an assembly that ran past midnight
    if opened is not None and moment < opened:
        raise DomainError("assembly.closing_hour_before_opening", hour=hour.strftime("%H:%M"),
                          opened=_hour(opened, zone))
    if moment > now:
        raise DomainError("assembly.closing_hour_future", hour=hour.strftime("%H:%M"),
                          day=_day(moment.astimezone(zone).date()))
    return moment


def closing_hour(text: str | None) -> time | None:
    """"HH:MM" (24 hours) as typed on the command line; None when not given."""
    if text is None:
        return None
    try:
        parsed = datetime.strptime(text.strip(), "%H:%M")
    except ValueError:
        raise DomainError("assembly.closing_hour_invalid", value=text) from None
    return parsed.time()
