"""The tests' clock: the system's, until a test moves it to the day it plays out on (an
assembly opens only on its own day, so a test that checks people in goes to that day first).
Time keeps running after a move, so the repeat guard and the order of facts behave as live."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.clock import SystemClock


class TravelClock:
    def __init__(self) -> None:
        self._offset = timedelta(0)

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset

    def travel_to(self, moment: datetime) -> None:
        """From now on the clock reads `moment` (timezone-aware), and runs on from there."""
        self._offset = moment - datetime.now(UTC)


def travel_command_line(monkeypatch: pytest.MonkeyPatch, moment: datetime) -> TravelClock:
    """The command line opens its services on the system clock: move that one (in this test
    process only) to `moment`."""
    clock = TravelClock()
    clock.travel_to(moment)
    monkeypatch.setattr(SystemClock, "now", lambda _self: clock.now())
    return clock
