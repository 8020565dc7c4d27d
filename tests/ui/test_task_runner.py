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
