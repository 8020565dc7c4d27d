"""The hybrid logical clock never goes backwards, whatever it is fed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.clock import SteppingClock
from app.domain.ids import IdGenerator
from app.persistence.rows import ChangeRow, ThisDeviceRow
from app.sync import hlc

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, send

remote = st.one_of(
    st.builds(hlc.format_hlc, st.integers(0, 10**13 - 1), st.integers(0, hlc.MAX_COUNTER)),
    st.sampled_from(["9999999999999-99999", "zz", "", "1-2", "0000000000001-1000000"]),
    st.text(max_size=20),
)
event = st.one_of(st.tuples(st.just("tick"), st.integers(0, 5)),
                  st.tuples(st.just("receive"), remote),
                  st.tuples(st.just("full"), st.just(0)))


@settings(max_examples=300, deadline=None)
@given(st.integers(1_700_000_000_000, 1_900_000_000_000), st.lists(event, max_size=60))
def test_the_clock_is_strictly_increasing(start: int, events: list[tuple[str, object]]) -> None:
    now, last, stamps = start, "", []
    for kind, arg in events:
        if kind == "receive":
            last = hlc.receive(last, str(arg), now)
            assert hlc.is_valid(last) or last == ""
            continue
        if kind == "full" and last:
            # As after 100,000 ticks within one millisecond (what the old clock sorted wrong).
            last = hlc.format_hlc(hlc.parse_hlc(last)[0], hlc.MAX_COUNTER)
        if kind == "tick":
            now += int(str(arg))  # the wall clock may stand still
        last = hlc.tick(last, now)
        stamps.append(last)
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert all(hlc.parse_hlc(s)[0] <= now + hlc.MAX_SKEW_MS + len(stamps) for s in stamps)


def test_a_full_counter_carries_into_the_milliseconds() -> None:
    assert hlc.tick("0000000000005-99999", 5) == "0000000000006-00000"


def test_a_laptop_ten_years_ahead_does_not_drag_the_others(
    laptop: Laptop, stick: Path
) -> None:
    a, b = laptop("a"), laptop("b")
    ahead = datetime.now(UTC) + timedelta(days=3650)
    clock = SteppingClock(ahead, timedelta(seconds=1))
    wrong = a.with_clock(clock, IdGenerator(clock))
    add_council(wrong)
    with a.sessions.begin() as s:
        stamp = s.query(ChangeRow.hlc).order_by(ChangeRow.seq.desc()).first()[0]
    assert hlc.parse_hlc(stamp)[0] >= int(ahead.timestamp() * 1000)  # the injected date
    send(a, b, stick, full=True)
    with b.sessions.begin() as s:
        last = s.query(ThisDeviceRow).one().last_hlc
    bound = int((datetime.now(UTC) + timedelta(days=2)).timestamp() * 1000)
    assert hlc.parse_hlc(last)[0] < bound
    add_council(b, "Consejo Comunal Después")  # every local write still works
