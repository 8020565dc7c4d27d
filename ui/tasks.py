"""The task runner: database and PDF work runs on ONE worker thread, never on the GUI thread.

Results come back through a queued signal to this QObject, which lives on the GUI thread, and
are handed to the callback there. Each job is recorded: what its units of work committed is
announced by `changed` after the callback (even when the job failed after committing some).
Long jobs get a Progress to report to and to check for a cancel request.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal, Slot

from app.domain.changes import OpChanges, recording

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Progress:
    """Handed to long jobs: report (done, total) and check whether the user cancelled."""

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._runner.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class TaskRunner(QObject):
    progressed = Signal(int, int)
    failed = Signal(object)  # an error no callback handled
    busy_changed = Signal(bool)
    changed = Signal(object)  # the OpChanges a job committed, after its callback ran
    # job number, result, error, OpChanges, quiet
    _finished = Signal(int, object, object, object, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="asamblea-db")
        self._pending = 0
        self._shown = 0  # jobs the window says it is working on (not quiet ones)
        self._closed = False
        # Each job's callbacks stay here, on the GUI thread, never in what the worker holds:
        # a callback may keep a widget (while_alive), and a widget whose last reference the
        # worker dropped would be destroyed on the worker's thread, which crashes Qt.
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._numbers = itertools.count()
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return self._pending

    def submit(self, job: Callable[[], Any], on_done: Done | None = None,
               on_error: Failed | None = None, quiet: bool = False) -> Future[None]:
        """Run `job` on the worker; `on_done` or `on_error` get its answer on the GUI
        thread. A `quiet` job (a preview page drawn while scrolling: a few ms each, one after
        another) does not make the window say «Trabajando…», which would flicker."""
        if self._closed:
            # The window is closing: a timer that fires now (a search typed a moment ago)
            # has nobody left to answer. Its job is dropped, not run on a closed database.
            dropped: Future[None] = Future()
            dropped.cancel()
            return dropped
        self._pending += 1
        if not quiet:
            self._shown += 1
            if self._shown == 1:
                self.busy_changed.emit(True)

        number = next(self._numbers)
        self._callbacks[number] = (on_done, on_error)
        held = [job]  # the worker lets go of the job (and what it captured) before answering

        def run() -> None:
            work = held.pop()
            with recording() as recorder:
                try:
                    result = work()
                except BaseException as exc:
                    del work
                    self._finished.emit(number, None, exc, recorder.changes, quiet)
                else:
                    del work
                    self._finished.emit(number, result, None, recorder.changes, quiet)

        return self._pool.submit(run)

    def submit_long(self, job: Callable[[Progress], Any], on_done: Done | None = None,
                    on_error: Failed | None = None) -> Progress:
        progress = Progress(self)
        self.submit(lambda: job(progress), on_done, on_error)
        return progress

    @Slot(int, object, object, object, bool)
    def _deliver(self, number: int, result: Any, error: Any, changes: OpChanges,
                 quiet: bool) -> None:
        on_done, on_error = self._callbacks.pop(number)
        callback = on_error if error is not None else on_done
        self._pending -= 1
        if not quiet:
            self._shown -= 1
        try:
            if error is not None:
                if callback is not None:
                    callback(error)
                else:
                    self.failed.emit(error)
            elif callback is not None:
                callback(result)
        finally:
            if changes:
                self.changed.emit(changes)
            if not quiet and self._shown == 0:
                self.busy_changed.emit(False)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every submitted job has been delivered (tests, screenshots)."""
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(lambda: loop.quit() if self._pending == 0 else None)
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        timer.start()
        deadline.start(timeout_ms)
        if self._pending:
            loop.exec()
        timer.stop()
        QCoreApplication.processEvents()
        return self._pending == 0

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True)
