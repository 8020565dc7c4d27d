"""The worker thread behind every page: what happens to a job asked for while the window closes."""

from __future__ import annotations

from ui.tasks import TaskRunner


def test_a_job_asked_for_after_shutdown_is_dropped_not_raised(qtbot) -> None:
    runner = TaskRunner()
    ran: list[str] = []
    runner.submit(lambda: ran.append("before"))
    assert runner.wait_idle()
    runner.shutdown()
    # A search timer firing as the window closes must not raise inside the event loop.
    future = runner.submit(lambda: ran.append("after"), lambda _r: ran.append("delivered"))
    assert future.cancelled()
    assert runner.pending == 0
    assert ran == ["before"]


def test_quiet_jobs_do_not_make_the_window_say_it_is_working(qtbot) -> None:
    """A preview draws a page per job while the person scrolls: «Trabajando…» must not
    flicker for each, nor go away while a job the person asked for still runs."""
    import threading

    runner = TaskRunner()
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    runner.submit(lambda: None, quiet=True)
    assert runner.wait_idle()
    assert busy == []
    release = threading.Event()
    runner.submit(lambda: release.wait(10))  # the person's save, still running
    runner.submit(lambda: None, quiet=True)
    assert busy == [True]
    release.set()
    assert runner.wait_idle()
    assert busy == [True, False]
    runner.shutdown()


def test_the_worker_holds_no_callback_so_never_destroys_a_widget(qtbot) -> None:
    """A callback may keep a widget (while_alive keeps the dialog that asked). Were the
    worker to hold it, the worker could drop the widget's last reference after the window
    dropped its own, and Qt would destroy the widget on the worker's thread: a crash (seen
    once, closing a preview whose PDF was broken). While a job runs, its callbacks are
    held by the runner on the window's side only: by no closure the worker runs."""
    import gc
    import threading
    import types

    from PySide6.QtWidgets import QWidget

    from ui.assembly.alive import while_alive

    runner = TaskRunner()
    widget = QWidget()
    answered: list[object] = []
    on_done = while_alive(widget, answered.append)
    on_error = while_alive(widget, answered.append)
    release = threading.Event()
    runner.submit(lambda: release.wait(10), on_done, on_error)

    held_by_closures = [r for callback in (on_done, on_error)
                        for r in gc.get_referrers(callback) if isinstance(r, types.CellType)]
    release.set()
    assert runner.wait_idle()
    assert held_by_closures == []
    assert answered == [True]
    runner.shutdown()
