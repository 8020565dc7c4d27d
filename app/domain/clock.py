"""Clocks: the system one, and a fixed one that makes demo data and tests repeatable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class SteppingClock:
    """Starts at `start` and moves `step` forward on every call (deterministic demo data)."""

    def __init__(self, start: datetime, step: timedelta = timedelta(seconds=1)) -> None:
        self._next = start.astimezone(UTC)
        self._step = step

    def now(self) -> datetime:
        current = self._next
        self._next = current + self._step
        return current

    def set(self, moment: datetime) -> None:
        self._next = moment.astimezone(UTC)
