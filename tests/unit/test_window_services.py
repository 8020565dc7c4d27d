"""The services are built on first use, once, even when the window's workers ask together."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, cast

from app.services.window_services import WindowServices, built_once


class Counted(WindowServices):
    made = 0

    @built_once
    def slow(self) -> object:
        Counted.made += 1
        time.sleep(0.05)  # long enough for every thread below to be asking at once
        return object()


def test_a_service_is_built_once_for_threads_asking_together() -> None:
    services = Counted(cast(Any, None), cast(Any, None), None, lambda: None, Path("."))
    got: list[object] = []
    start = threading.Barrier(4)

    def ask() -> None:
        start.wait()
        got.append(services.slow)

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Counted.made == 1
    assert len(got) == 4 and all(g is got[0] for g in got)
    assert services.slow is got[0]  # kept: read again without building
