"""Who may apply an upload now: one commune's uploads one after another, in the order they
asked, and different communes side by side, but never more at once than the hub has workers.

Imports of different communes share no records (a change's commune is its origin's, see
packaging/HUB.md), so they need not wait for one another; two of one commune could touch the
same records and merge them, so they keep their order. The worker bound keeps fifty laptops
arriving at once from opening fifty PostgreSQL connections: the rest wait their turn here,
holding no connection.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_WORKERS = 4
# Each worker holds one PostgreSQL connection while it imports; the engine's pool has 15 (5
# kept, 10 more on demand) and the other requests (signatures, chunks, pulls) need some too.
MAX_WORKERS = 10


class CommuneGate:
    def __init__(self, workers: int = DEFAULT_WORKERS) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self._slots = threading.BoundedSemaphore(workers)
        self._mutex = threading.Lock()
        # commune -> the turns waiting, first in line first; a commune with no one waiting
        # has no entry (3,668 communes would otherwise keep 3,668 queues forever).
        self._queues: dict[str, deque[threading.Event]] = {}

    @contextmanager
    def turn(self, commune: str) -> Iterator[None]:
        """Wait for this commune's earlier uploads, then for a free worker; run; let the
        next one of the commune go. The commune's turn is taken first so a waiting upload
        never holds a worker its commune cannot use."""
        mine = threading.Event()
        with self._mutex:
            queue = self._queues.setdefault(commune, deque())
            queue.append(mine)
            if len(queue) == 1:
                mine.set()
        try:
            mine.wait()
            with self._slots:
                yield
        finally:
            with self._mutex:
                queue = self._queues[commune]
                queue.remove(mine)
                if queue:
                    queue[0].set()
                else:
                    del self._queues[commune]
