"""Laptops whose date is wrong, as seen from here: their changes arrive dated far ahead.

Such a laptop's readings are clamped where they arrive (app/sync/hlc.receive) and bounded in
the merge's ranking (app/sync/merge.History.rank); this says so to the secretary, who can set
that laptop's date right.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.persistence.rows import ChangeRow
from app.sync import hlc
from app.sync.names import device_labels


def clocks_ahead(s: Session, me: str) -> list[str]:
    """The laptops whose latest change was dated more than a day past its arrival here: their
    date is wrong (the Sincronizar page says so, as the import did)."""
    labels = device_labels(s)
    ahead = []
    rows = s.execute(
        select(ChangeRow.origin, func.max(ChangeRow.hlc), func.max(ChangeRow.received_at))
        .where(ChangeRow.origin != me).group_by(ChangeRow.origin))
    for origin, top, received in rows:
        if received is not None and hlc.is_valid(top) and top > hlc.skew_bound(
                int(received.timestamp() * 1000)):
            ahead.append(labels.get(origin, origin[-8:]))
    return sorted(ahead)
