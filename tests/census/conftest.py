"""Fixtures for the census tests; `place` (a commune with two councils) is tests/conftest.py's."""

from __future__ import annotations

import pytest

from app.container import Services


@pytest.fixture
def make_ui(qapp: object):  # type: ignore[no-untyped-def]
    """A UiContext over some services, with its worker shut down after the test."""
    from ui.context import UiContext
    from ui.tasks import TaskRunner

    made: list[UiContext] = []

    def make(services: Services) -> UiContext:
        ui = UiContext(services, TaskRunner())
        made.append(ui)
        return ui

    yield make
    for ui in made:
        ui.runner.wait_idle()
        ui.runner.shutdown()
