"""The results page computed once per change of the data, not once per poll.

A poll reads the data's version (one row, app/services/hub_results.py). The last reading of
each asked date is kept with the version it was read at, and its HTML, JSON and CSV are
rendered from that one reading, once each. When the version moved, one poll reads again while
the others wait for it (no herd of identical computations); what it reads is at least as new
as the version every waiting poll saw at its start, so an apply acknowledged before a poll
began is always on the page that poll gets.

Several hub processes each keep their own copy: each recomputes once per change, never serves
a version older than the database's.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from app.services.hub_results import ResultsSnapshot, RoundResultsService

KEPT = 8  # dates kept (a round's page is asked by its date; odd dates must not pile up)

# (snapshot, state or None for the whole round) -> the body, or None: no such state.
Renderer = Callable[[ResultsSnapshot, str | None], bytes | None]


@dataclass
class _Entry:
    snapshot: ResultsSnapshot
    # (kind, state): a state's page is rendered once per change too. Only states the round
    # has are kept (an unknown name renders None), so these stay a few dozen.
    rendered: dict[tuple[str, str | None], bytes] = field(default_factory=dict)


class ResultsCache:
    def __init__(self, reader: RoundResultsService, renderers: dict[str, Renderer]) -> None:
        self._reader = reader
        self._renderers = renderers
        self._lock = threading.Lock()
        self._entries: OrderedDict[date | None, _Entry] = OrderedDict()
        self.computations = 0  # readings of the round: what a test counts per poll

    def get(
        self, wanted: date | None, kind: str, state: str | None = None
    ) -> tuple[ResultsSnapshot, bytes | None]:
        """The snapshot for `wanted` (None: the latest round) and its rendering as `kind`, of
        one `state` of it if given (None when the round has no such state)."""
        seen = self._reader.version()
        with self._lock:
            entry = self._entries.get(wanted)
            if entry is None or entry.snapshot.version < seen:
                entry = _Entry(self._reader.snapshot(wanted))
                self.computations += 1
                self._entries[wanted] = entry
            self._entries.move_to_end(wanted)
            while len(self._entries) > KEPT:
                self._entries.popitem(last=False)
            body = entry.rendered.get((kind, state))
            if body is None:
                body = self._renderers[kind](entry.snapshot, state)
                if body is not None:
                    entry.rendered[(kind, state)] = body
            return entry.snapshot, body
