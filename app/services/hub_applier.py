"""Applying uploads beside the answer: the hub answers a laptop within a time budget and the
apply goes on after it if it takes longer (fifty laptops at once need many CPU-seconds of
applies, and a laptop need not wait for the others' to be told its bundle arrived).

Two things keep this correct:
- one apply per upload at a time: a second request for an upload being applied (the laptop
  asking again, a retry after a cut) joins the running one; it never starts another;
- a refusal that comes after the answer is kept on disk beside the upload's bytes, so the
  laptop's next ask about that upload gets the very refusal it would have had at once.
An apply that died with the process (SIGKILL) leaves neither a result nor a refusal: the
upload's bytes are still there and the next ask applies them (the import is one transaction).

Requests go first. One hub process runs Python one thread at a time, in slices of a few
milliseconds: four applies under way would leave a request a fifth of the interpreter, and
fifty laptops sending at once would each wait behind applies nobody is waiting for. So an
apply whose commune's turn has come waits for a lull (`Requests.wait_quiet`): no request has
arrived for `QUIET` seconds and fewer than a crowd (`CROWD`) are being answered. Never longer
than `YIELD_AT_MOST`: a steady crowd delays applies but never starves them. A tally night
(2.8 sheets a second, seldom two requests at once) costs a sheet's apply about `QUIET`.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from app.domain.errors import DomainError

# Threads that apply. Each holds a database connection only once its commune's turn and a
# worker of the gate are its (app/services/hub_gate.py); the others wait there holding
# nothing, so a commune with many uploads queued does not keep other communes waiting.
APPLY_THREADS = 32
DEFAULT_ANSWER_WITHIN = 0.5  # seconds a laptop waits for its apply before "being applied"
CROWD = 2  # requests being answered at once from which applies wait
# Seconds without a new request, and with fewer than a crowd being answered, before an apply
# starts: a burst's count dips between its requests, and its connections' TLS handshakes (not
# counted: they come before a request is read) fall in those dips, so a lull must outlast
# such a gap; and the first requests of a burst are not yet a crowd, but keep arriving.
QUIET = 0.1
YIELD_AT_MOST = 2.0  # seconds an apply waits for such a pause at the most

T = TypeVar("T")


class Applier:
    """Runs applies on a bounded pool of threads, one at a time per key."""

    def __init__(self, threads: int = APPLY_THREADS) -> None:
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="hub-apply")
        self._lock = threading.Lock()
        self._running: dict[tuple[str, str], Future[object]] = {}

    def start(self, key: tuple[str, str], work: Callable[[], T]) -> Future[T]:
        """The running apply of `key`, or a new one running `work`."""
        with self._lock:
            running = self._running.get(key)
            if running is None:
                running = self._pool.submit(work)
                self._running[key] = running
                fresh = True
            else:
                fresh = False
        if fresh:  # outside the lock: the callback runs at once when the work is done already
            running.add_done_callback(lambda done: self._forget(key, done))
        return running  # type: ignore[return-value]

    def under_way(self) -> int:
        """Applies started and not yet ended (running, or waiting for their turn)."""
        with self._lock:
            return len(self._running)

    def _forget(self, key: tuple[str, str], done: Future[object]) -> None:
        with self._lock:
            if self._running.get(key) is done:
                del self._running[key]

    def close(self) -> None:
        """Let the applies under way finish (each is one transaction: waiting costs less
        than applying again), start no new one."""
        self._pool.shutdown(wait=True, cancel_futures=True)


class Requests:
    """The signed requests being answered by this process, so applies can let them go first.
    A request is counted from its arrival until its answer is ready, except the time an
    upload's own request spends waiting for its apply (it withdraws first: `Answering`)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, crowd: int = CROWD
                 ) -> None:
        self._clock = clock
        self._crowd = crowd
        self._changed = threading.Condition()
        self._busy = 0
        self._last_crowded = float("-inf")  # when the count last fell below a crowd
        self._last_begun = float("-inf")

    def begin(self) -> Answering:
        with self._changed:
            self._busy += 1
            self._last_begun = self._clock()
        return Answering(self)

    def _end(self, answered: bool) -> None:
        with self._changed:
            self._busy -= 1
            if self._busy == self._crowd - 1:
                # The crowd thinned out: the waiting applies look again. Only then: dozens of
                # them may be waiting, and waking them all at every request of a burst would
                # cost the very interpreter time they wait to leave to the requests.
                if answered:
                    self._last_crowded = self._clock()
                self._changed.notify_all()

    def busy(self) -> int:
        with self._changed:
            return self._busy

    def crowded(self) -> bool:
        """As many requests being answered as make an apply wait."""
        with self._changed:
            return self._busy >= self._crowd

    def wait_quiet(self, quiet: float = QUIET, at_most: float = YIELD_AT_MOST) -> float:
        """Wait until no request has begun for `quiet` seconds and they have been fewer
        than a crowd as long, or `at_most` passed; the seconds waited."""
        start = self._clock()
        with self._changed:
            while True:
                now = self._clock()
                left = start + at_most - now
                if left <= 0:
                    break
                if self._busy < self._crowd:
                    calm = now - max(self._last_crowded, self._last_begun)
                    if calm >= quiet:
                        break
                    self._changed.wait(min(left, quiet - calm))
                else:
                    self._changed.wait(left)
        return self._clock() - start


class Answering:
    """One request's place in `Requests`; ending it more than once counts once."""

    def __init__(self, requests: Requests) -> None:
        self._requests: Requests | None = requests

    def end(self) -> None:
        """Answered: if that thins a crowd out, a lull is counted from now."""
        self._leave(answered=True)

    def withdraw(self) -> None:
        """Not in an apply's way any more (an upload waiting for its own apply): no lull is
        counted from its end, so its apply need not wait for the crowd it leaves."""
        self._leave(answered=False)

    def _leave(self, answered: bool) -> None:
        requests, self._requests = self._requests, None
        if requests is not None:
            requests._end(answered)


def remember_refusal(path: Path, exc: DomainError) -> None:
    """Keep the refusal (its code and parameters) durably: written aside, then renamed."""
    params = {k: v if isinstance(v, (int, float, str, bool)) or v is None else str(v)
              for k, v in exc.params.items()}
    aside = path.with_name(path.name + ".new")
    with aside.open("w", encoding="utf-8") as fh:
        json.dump({"code": exc.code, "params": params}, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    aside.replace(path)


def stored_refusal(path: Path) -> DomainError | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError:  # not what remember_refusal writes (renamed whole): not a refusal
        return None
    if not isinstance(data, dict) or not isinstance(data.get("code"), str):
        return None
    params = data.get("params")
    return DomainError(data["code"], **(params if isinstance(params, dict) else {}))
