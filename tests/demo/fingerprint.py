"""What a demo database holds, as two hashes that do not depend on the laptop that built it:
the state digest of its records, and its change log in order (each change's number, clock,
record, operation and fields), without what comes from this device's own key and start."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select

from app.container import Services
from app.persistence.engine import reading
from app.persistence.rows import ChangeRow
from app.sync.digest import state_digest


def fingerprint(services: Services) -> tuple[str, str, int]:
    """(state digest, change log digest, changes): the log's hashes, origin and parents'
    hashes carry the device's id, and its clock readings start from the device's first
    change (the demo's clock is set back in time): both are left out."""
    with services.sessions.begin() as s:
        reading(s)
        state = state_digest(s)
        changes = s.execute(select(
            ChangeRow.seq, ChangeRow.hlc, ChangeRow.entity, ChangeRow.entity_id,
            ChangeRow.op, ChangeRow.fields, ChangeRow.parents).order_by(ChangeRow.seq)).all()
    start = next(hlc for _seq, hlc, entity, *_rest in changes if entity == "device")
    wall = start.split("-")[0]
    log = hashlib.sha256()
    count = 0
    for seq, hlc, entity, entity_id, op, fields, parents in changes:
        if entity == "device":
            continue
        line = [seq, hlc.replace(wall, "D", 1), entity, entity_id, op, fields,
                len(json.loads(parents))]
        log.update(json.dumps(line).encode())
        count += 1
    return state, log.hexdigest(), count
