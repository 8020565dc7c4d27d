"""Who may apply an upload now: one commune's uploads one after another, in the order they
asked, and different communes side by side, but never more at once than the hub has workers.

Imports of different communes share no records (a change's commune is its origin's, see
packaging/HUB.md), so they need not wait for one another; two of one commune could touch the
same records and merge them, so they keep their order.

Two levels. Inside one process, a queue per commune orders its uploads and a semaphore bounds
the workers: fifty laptops arriving at once do not open fifty PostgreSQL connections, the rest
wait here holding none. Across the processes of one hub (`hub serve --processes N`), the
commune's turn is also a PostgreSQL advisory lock on a stable 64-bit key of its id, taken on a
connection of the gate's own small pool (one per worker, so taking it never waits for the
pool): another process's upload of the same commune waits for it, in the order PostgreSQL
queues lock requests; a process that dies loses its lock with its connection.
"""

from __future__ import annotations

import hashlib
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, func, select

DEFAULT_WORKERS = 4
# Each worker holds one PostgreSQL connection while it imports; the engine's pool has 15 (5
# kept, 10 more on demand) and the other requests (signatures, chunks, pulls) need some too.
MAX_WORKERS = 10
LOCK_SPACE = b"asamblea-hub-commune\x00"  # keeps these keys apart from any other lock's


def commune_key(commune: str) -> int:
    """The commune's advisory lock key: the first 8 bytes of a SHA-256, as PostgreSQL's
    signed bigint. Stable across processes, versions and machines (never Python's hash)."""
    digest = hashlib.sha256(LOCK_SPACE + commune.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class CommuneGate:
    def __init__(self, workers: int = DEFAULT_WORKERS, database: Engine | None = None) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self._slots = threading.BoundedSemaphore(workers)
        self._mutex = threading.Lock()
        # commune -> the turns waiting, first in line first; a commune with no one waiting
        # has no entry (3,668 communes would otherwise keep 3,668 queues forever).
        self._queues: dict[str, deque[threading.Event]] = {}
        # The locks' own connections, one per worker (None: a single process, no lock).
        self._locks: Engine | None = None
        if database is not None and database.dialect.name == "postgresql":
            self._locks = create_engine(database.url, pool_size=workers, max_overflow=0,
                                        pool_pre_ping=True,
                                        isolation_level="AUTOCOMMIT")

    def close(self) -> None:
        if self._locks is not None:
            self._locks.dispose()

    @contextmanager
    def turn(self, commune: str, first: Callable[[], object] | None = None) -> Iterator[None]:
        """Wait for this commune's earlier uploads, then for `first` (if given), then for a
        free worker, then for the commune's lock across processes; run; let the next one of
        the commune go. The commune's turn is taken first so a waiting upload never holds a
        worker its commune cannot use, and `first` runs before a worker is taken, so what
        it waits for (requests to be answered) keeps no other commune waiting."""
        mine = threading.Event()
        with self._mutex:
            queue = self._queues.setdefault(commune, deque())
            queue.append(mine)
            if len(queue) == 1:
                mine.set()
        try:
            mine.wait()
            if first is not None:
                first()
            with self._slots, self._across_processes(commune):
                yield
        finally:
            with self._mutex:
                queue = self._queues[commune]
                queue.remove(mine)
                if queue:
                    queue[0].set()
                else:
                    del self._queues[commune]

    @contextmanager
    def _across_processes(self, commune: str) -> Iterator[None]:
        if self._locks is None:
            yield
            return
        key = commune_key(commune)
        # A session lock, not pg_advisory_xact_lock: an apply is several transactions (its
        # checks, the import, the acknowledgement) and the turn covers them all. Autocommit:
        # the lock's connection holds no snapshot open while it waits or while the apply runs.
        with self._locks.connect() as conn:
            conn.execute(select(func.pg_advisory_lock(key)))
            try:
                yield
            finally:
                conn.execute(select(func.pg_advisory_unlock(key)))
