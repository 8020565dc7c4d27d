"""Who may change the list of laptops: checked on every received change, before anything is
written.

A laptop's record is written by that laptop (its key is bound once, by itself, and never
rebound); another laptop may only revoke it, changing nothing else; nothing un-revokes a
laptop (it enrolls again with a new key); a revocation names who revoked (the revoker itself)
and the last change it had accepted from the revoked laptop, and nobody changes those after.
Without these rules any trusted laptop could replace
another's key (forged bundles accepted, the real laptop refused as an impostor) or a revoked
laptop could trust itself again through a relay.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.domain.enums import DeviceTrust
from app.i18n import _
from app.sync.change_format import IncomingChange
from app.sync.merge import DECIDES

REVOKED = DeviceTrust.REVOKED.value
# What a revocation by another laptop may set; everything else stays as it was.
_REVOCATION_FIELDS = frozenset({"trust", "revoked_by", "revoked_seq", DECIDES})
_REVOCATION_FACTS = ("revoked_by", "revoked_seq")


def device_change_problem(
    change: IncomingChange, parents: Sequence[Mapping[str, Any]], bound_key: str | None
) -> str | None:
    """Why this change of the `device` table is refused, or None when it is allowed.

    `parents` are the fields of the versions it builds on that are known (held or in the same
    bundle); `bound_key` is the key this laptop already holds for that device.
    """
    fields = change.fields
    key = fields.get("public_key")
    if bound_key is not None and key != bound_key:
        return _("cambia la clave de un equipo, que no puede cambiar")
    if any(p.get("trust") == REVOKED for p in parents) and fields.get("trust") != REVOKED:
        return _("quita la revocación de un equipo: debe inscribirse de nuevo con otra clave")
    for name in _REVOCATION_FACTS:
        stated = [p[name] for p in parents if p.get(name) is not None]
        if stated and fields.get(name) not in stated:
            return _("cambia quién revocó un equipo o hasta qué cambio, que no puede cambiar")
    if change.origin == change.entity_id:
        return None
    if change.op == "insert" or not parents:
        return _("inscribe otro equipo: cada equipo se inscribe a sí mismo")
    if fields.get("trust") != REVOKED:
        return _("modifica la ficha de otro equipo sin revocarlo")
    if fields.get("revoked_by") not in (None, change.origin) and not any(
            p.get("revoked_by") == fields.get("revoked_by") for p in parents):
        return _("revoca un equipo en nombre de otro")
    for name, value in fields.items():
        if name not in _REVOCATION_FIELDS and not any(p.get(name) == value for p in parents):
            return _("modifica la ficha de otro equipo más allá de revocarlo")
    return None
