"""The laptop's outbox for the hub: bundles built for it, and which of them were delivered but
not yet confirmed ("being applied": the hub received the whole bundle and answered before its
apply ended).

A delivered bundle stays in the outbox, with a small mark beside it naming the top change of
each origin it carries, until the hub confirms it at a later sync; then both go. The mark lets
the status say "1 paquete entregado, por confirmar" instead of counting those changes as still
to send, and lets the next sync ask the hub about the bundle instead of sending its bytes again.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.domain.errors import DomainError
from app.sync.bundle_format import EXTENSION
from app.sync.bundle_reader import BundleReader

DELIVERED = ".delivered"


def bundles(outbox: Path) -> list[Path]:
    """The outbox's bundles, oldest first (their names sort by when they were made)."""
    return sorted(outbox.glob(f"*{EXTENSION}")) if outbox.is_dir() else []


def mark_of(bundle: Path) -> Path:
    return bundle.with_name(bundle.name + DELIVERED)


def is_delivered(bundle: Path) -> bool:
    return mark_of(bundle).exists()


def mark_delivered(bundle: Path) -> None:
    """Remember that the hub holds the whole bundle and is applying it.

    Written aside and renamed, so a mark is never read half-written; not forced to the disk
    (it is on the path of every sync that waits): a mark lost to a power cut only makes the
    next sync send the bundle again, and the hub answers that with the offset it holds."""
    try:
        with BundleReader(bundle) as reader:
            # The laptop's own bundle, in its own folder: its manifest is enough here.
            tops = {origin: r.last for origin, r in reader.own_manifest().origins.items()}
    except DomainError:
        tops = {}  # unreadable here: its changes are still counted as to send (never fewer)
    mark = mark_of(bundle)
    aside = mark.with_name(mark.name + ".new")
    aside.write_text(json.dumps({"origins": tops}), encoding="utf-8")
    aside.replace(mark)


def forget(bundle: Path) -> None:
    """The bundle is confirmed (gone with it) or refused (to be sent again in full)."""
    mark_of(bundle).unlink(missing_ok=True)


def delivered(outbox: Path) -> tuple[int, dict[str, int]]:
    """How many bundles are delivered but not confirmed, and the top change of each origin
    they carry."""
    count, tops = 0, dict[str, int]()
    for bundle in bundles(outbox):
        try:
            data = json.loads(mark_of(bundle).read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            continue
        count += 1
        origins = data.get("origins") if isinstance(data, dict) else None
        for origin, top in (origins or {}).items():
            if isinstance(origin, str) and isinstance(top, int):
                tops[origin] = max(top, tops.get(origin, 0))
    return count, tops
