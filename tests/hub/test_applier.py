"""The hub's applier: a second request for an upload being applied joins the first (the work
runs once); other uploads run beside it; a refusal kept on disk comes back as it was; an apply
lets the requests being answered go first, but never waits for them past its bound."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from app.domain.errors import DomainError
from app.services.hub_applier import Applier, Requests, remember_refusal, stored_refusal


def test_asking_again_for_an_upload_being_applied_joins_it() -> None:
    applier = Applier(threads=4)
    release, runs = threading.Event(), []

    def work() -> str:
        runs.append(1)
        release.wait(30)
        return "applied"

    try:
        first = applier.start(("laptop", "sha-a"), work)
        again = applier.start(("laptop", "sha-a"), work)
        other = applier.start(("laptop", "sha-b"), lambda: "other")
        assert again is first
        assert other.result(timeout=30) == "other"  # another upload did not wait for it
        release.set()
        assert first.result(timeout=30) == again.result(timeout=30) == "applied"
        assert runs == [1]
        # Once ended, a new ask starts a new run (the hub service finds it applied then).
        assert applier.start(("laptop", "sha-a"), work).result(timeout=30) == "applied"
        assert runs == [1, 1]
    finally:
        release.set()
        applier.close()


def test_a_refusal_kept_comes_back_with_its_code_and_parameters(tmp_path: Path) -> None:
    path = tmp_path / "upload.refused"
    assert stored_refusal(path) is None
    remember_refusal(path, DomainError("hub.relays_revoked", fingerprint="K3QX-7MNA-P2RD"))
    kept = stored_refusal(path)
    assert kept is not None and kept.code == "hub.relays_revoked"
    assert kept.params == {"fingerprint": "K3QX-7MNA-P2RD"}
    assert "K3QX-7MNA-P2RD" in str(kept)
    path.write_text("{not json", encoding="utf-8")
    assert stored_refusal(path) is None  # not a refusal: the upload is applied again


def test_applies_under_way_are_counted_until_they_end() -> None:
    """What the hub reads to answer at once when a new apply would wait for others."""
    applier = Applier(threads=2)
    release = threading.Event()
    try:
        assert applier.under_way() == 0
        started = [applier.start(("laptop", f"sha-{i}"), lambda: release.wait(30))
                   for i in range(3)]  # the third waits for a thread: under way all the same
        assert applier.under_way() == 3
        release.set()
        for one in started:
            one.result(timeout=30)
        # An apply is forgotten by its future's callback, which may run just after result()
        # returns: give it a moment.
        deadline = time.monotonic() + 30
        while applier.under_way() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert applier.under_way() == 0
    finally:
        release.set()
        applier.close()


def _waiting(requests: Requests, **bounds: float) -> tuple[threading.Thread, list[float]]:
    waited: list[float] = []
    thread = threading.Thread(target=lambda: waited.append(requests.wait_quiet(**bounds)))
    thread.start()
    return thread, waited


def _tick(requests: Requests, now: list[float], to: float) -> None:
    """Move the test's clock and let the waiting apply look again."""
    now[0] = to
    with requests._changed:
        requests._changed.notify_all()


def test_an_apply_waits_while_a_crowd_of_requests_is_answered() -> None:
    requests = Requests(crowd=2)
    assert requests.wait_quiet(quiet=0.0, at_most=60) < 1  # none: at once
    first = requests.begin()
    assert not requests.crowded()
    assert requests.wait_quiet(quiet=0.0, at_most=60) < 1  # one is no crowd
    second = requests.begin()
    assert requests.crowded()
    thread, waited = _waiting(requests, quiet=0.0, at_most=60)
    thread.join(0.3)
    assert thread.is_alive() and not waited  # two at once: it waits
    first.end()
    first.end()  # ending twice counts once
    thread.join(30)
    assert not thread.is_alive() and waited and requests.busy() == 1
    second.end()
    assert requests.busy() == 0


def test_an_apply_waits_for_a_lull_after_the_crowd() -> None:
    now = [100.0]
    requests = Requests(clock=lambda: now[0], crowd=1)
    requests.begin().end()  # the crowd thinned out at 100.0
    thread, waited = _waiting(requests, quiet=5.0, at_most=60)
    thread.join(0.3)
    assert thread.is_alive()  # the clock stands still: no lull yet
    _tick(requests, now, 106.0)
    thread.join(30)
    assert waited == [6.0]


def test_a_steady_crowd_delays_an_apply_but_never_starves_it() -> None:
    requests = Requests(crowd=1)
    requests.begin()  # never ends
    thread, waited = _waiting(requests, quiet=0.0, at_most=0.05)
    thread.join(30)
    assert not thread.is_alive() and waited and waited[0] >= 0.05


def test_a_lull_is_counted_from_the_last_request_that_began() -> None:
    """The first requests of a burst are no crowd yet, but keep arriving: an apply waits."""
    now = [100.0]
    requests = Requests(clock=lambda: now[0], crowd=3)
    first = requests.begin()  # begun at 100.0, still answered: one is no crowd
    thread, waited = _waiting(requests, quiet=5.0, at_most=60)
    thread.join(0.3)
    assert thread.is_alive()
    now[0] = 104.0
    requests.begin().end()  # another one arrives: the lull starts again
    _tick(requests, now, 108.0)
    thread.join(0.3)
    assert thread.is_alive()
    _tick(requests, now, 109.0)
    thread.join(30)
    assert waited == [9.0]
    first.end()


def test_an_upload_waiting_for_its_own_apply_does_not_keep_a_crowd() -> None:
    """Its request withdraws: the crowd it leaves is no reason to wait, while a request that
    ended its answer and thinned a crowd out makes the next apply wait for a lull."""
    now = [100.0]
    requests = Requests(clock=lambda: now[0], crowd=1)
    own = requests.begin()
    now[0] = 110.0
    own.withdraw()
    thread, waited = _waiting(requests, quiet=5.0, at_most=60)
    thread.join(10)
    assert not thread.is_alive() and waited == [0.0] and requests.busy() == 0
    other = requests.begin()
    now[0] = 120.0
    other.end()  # the crowd thinned out at 120.0
    thread, waited = _waiting(requests, quiet=5.0, at_most=60)
    thread.join(0.3)
    assert thread.is_alive()
    _tick(requests, now, 200.0)
    thread.join(30)
    assert waited == [80.0]
