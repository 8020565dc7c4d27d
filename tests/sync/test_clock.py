"""The hybrid logical clock never goes backwards, whatever it is fed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.clock import SteppingClock
from app.domain.ids import IdGenerator
from app.persistence.rows import ChangeRow, OrganizationRow, ThisDeviceRow
from app.sync import hlc
from app.sync.merge import History, Version
from app.sync.names import device_label

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, edit, org_name, send

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


def test_a_laptop_ten_years_ahead_does_not_win_the_default_and_is_announced(
    laptop: Laptop, stick: Path
) -> None:
    a, b = laptop("a"), laptop("b")
    council = add_council(a)
    send(a, b, stick, full=True)
    send(b, a, stick, full=True)
    now = datetime.now(UTC)
    # Each laptop edits the name both ways round (so neither id wins by chance): one edit
    # with a date ten years ahead, one with the right date; the right one has one more edit.
    for first, second in ((a, b), (b, a)):
        wrong_clock = SteppingClock(now + timedelta(days=3650), timedelta(seconds=1))
        wrong = first.with_clock(wrong_clock, IdGenerator(wrong_clock))
        edit(wrong, OrganizationRow, council, name=f"Año equivocado {first.device.name}")
        edit(second, OrganizationRow, council, name="Consejo Comunal La Ceiba Norte")
        edit(second, OrganizationRow, council, name=f"Bien fechado {second.device.name}")
        summary = send(first, second, stick)
        send(second, first, stick)
        label = device_label(first.device.name, first.device.fingerprint)
        assert label in summary.clock_ahead
        assert label in second.sync.status().clock_ahead
        for side in (a, b):
            [conflict] = side.sync.conflicts()  # both values kept for a person to decide
            assert len(conflict.choices) == 2
            assert org_name(side, council) == f"Bien fechado {second.device.name}"
        second.sync.resolve(conflict.id, f"Bien fechado {second.device.name}")
        send(second, first, stick)
        assert a.sync.conflicts() == b.sync.conflicts() == []


def test_no_clock_reading_ranks_concurrent_edits() -> None:
    base = Version("h0", "a", hlc.format_hlc(1_000_000, 0), "insert", (), {"name": "x"})
    wrong = Version("ff", "w", hlc.format_hlc(10**12, 0), "update", ("h0",), {"name": "w"})
    honest = Version("11", "b", hlc.format_hlc(1_000_500, 0), "update", ("h0",), {"name": "b"})
    again = Version("12", "b", hlc.format_hlc(1_000_600, 0), "update", ("11",), {"name": "b2"})
    history = History({v.hash: v for v in (base, wrong, honest, again)})
    assert history.rank(again) > history.rank(wrong)
    later = Version("13", "w", hlc.format_hlc(1, 0), "update", ("h0",), {"name": "w"})
    # Same line length: the clock does not decide, the hash does (the same on every laptop).
    assert (history.rank(wrong) > history.rank(honest)) == ("ff" > "11")
    assert History({v.hash: v for v in (base, later, honest)}).rank(later)[0] == 2
