"""Where a revoked laptop's log stops: the last change its revoker had accepted from it.

A revocation (a change of `device` by another laptop, checked by app/sync/device_rules) names
who revoked and that last change; every import refuses the revoked laptop's changes beyond it,
whoever relays them, so work done on a stolen laptop after its revocation reaches nobody.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import DeviceTrust
from app.persistence.rows import DeviceRow


def revocation_limits(s: Session, in_bundle: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Revoked laptop -> the last change its revoker had accepted from it (the lowest, if
    several laptops revoked it), from what is held and from the bundle's own revocations
    (checked by device_rules before this)."""
    limits: dict[str, int] = {}
    revoked = select(DeviceRow.id, DeviceRow.trust, DeviceRow.revoked_seq).where(
        DeviceRow.trust == DeviceTrust.REVOKED.value)  # not every laptop a hub knows
    revocations: list[tuple[str, Any, Any]] = [(i, t, q) for i, t, q in s.execute(revoked)]
    revocations += [(str(f.get("id")), f.get("trust"), f.get("revoked_seq"))
                    for f in in_bundle.values()]
    for device, trust, seq in revocations:
        if trust == DeviceTrust.REVOKED.value and isinstance(seq, int):
            limits[device] = min(seq, limits.get(device, seq))
    return limits


def wholly_beyond(s: Session, firsts: dict[str, int]) -> set[str]:
    """The origins (of `firsts`: origin -> first seq a bundle carries) whose every change lies
    beyond their revocation's limit held here. Those are refused whole and not checked against
    the log: a relay that took them may offer them from past what this laptop once held and
    then withdrew (app/sync/withdraw.py), which is no gap."""
    limits = revocation_limits(s, {})
    return {o for o, first in firsts.items() if o in limits and first > limits[o] + 1}
