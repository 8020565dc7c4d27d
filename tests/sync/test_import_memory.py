"""Importing a bundle keeps little per change: well under a kilobyte of Python memory each.

The import streams the bundle and writes rows in batches; what it keeps for the whole bundle
(which records it touched, each new change's place in the log and foreign keys) is a few
compact tuples per change. Python's allocations are measured with tracemalloc (the database's
own cache is bounded by SQLite), so the test is exact and fast at small sizes: the extra peak of
importing 4N changes over N, per extra change, must stay under `BYTES_PER_CHANGE`: about 880
bytes now, 1,720 before the importer was made compact (dicts per row, every head and the whole
plan held while rows were written).
"""

from __future__ import annotations

import gc
import itertools
import tracemalloc
from pathlib import Path

import pytest

from app.container import Services
from app.domain.census import NewResident
from app.sync import bundle_reader

from tests.sync.conftest import Laptop
from tests.sync.helpers import add_council, export

N = 1500
BYTES_PER_CHANGE = 1_100
# Names repeat in a census (the folding cache is bounded and keyed by name parts).
FIRST = ("María", "José", "Carmen", "Luis", "Ana", "Pedro", "Rosa", "Jesús")
LAST = ("Pérez", "González", "Rodríguez", "Hernández", "García", "Martínez", "López")


def _fill(services: Services, residents: int) -> None:
    council = add_council(services)
    names = itertools.cycle(itertools.product(FIRST, LAST))
    services.residents.add_many(
        NewResident(council, first, last, f"V-{20_000_000 + i}", address=f"Casa {i}")
        for i, (first, last) in zip(range(residents), names, strict=False)
    )


def _import_peak(laptop: Laptop, stick: Path, residents: int, run: str = "") -> int:
    source, target = laptop(f"a{residents}{run}"), laptop(f"b{residents}{run}")
    _fill(source, residents)
    bundle = export(source, stick).path
    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        summary = target.sync.import_file(bundle, trust_fingerprint=source.device.fingerprint)
        peak = tracemalloc.get_traced_memory()[1] - start
    finally:
        tracemalloc.stop()
    assert summary.records_new > residents  # with the council and the laptop
    return peak


def test_import_memory_per_change_stays_small(
    laptop: Laptop, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Both sizes past what a reader keeps decoded (a bounded amount, for small bundles): the
    # growth measured is the streaming import's, per change.
    monkeypatch.setattr(bundle_reader, "KEEP_PARSED", N // 10)
    _import_peak(laptop, stick, 50)  # warm: statements compiled, modules imported
    # The least of two runs each: inside the whole suite a run's peak may also hold garbage of
    # earlier tests that the collector happens to keep (once 1,100.8 bytes a change against
    # 890 alone), which is not the importer's.
    small = min(_import_peak(laptop, stick, N, run) for run in "xy")
    large = min(_import_peak(laptop, stick, 4 * N, run) for run in "xy")
    per_change = (large - small) / (3 * N)
    assert per_change < BYTES_PER_CHANGE, (small, large, per_change)
