"""Sentences the command line and the window both show about data safety."""

from __future__ import annotations

from app.i18n import _
from app.safety.model import NewIncarnation


def incarnation_sentence(event: NewIncarnation) -> str:
    return _(
        "Esta base de datos funcionaba como el equipo «{old}», pero su llave no está junto a "
        "ella (se copió de otro equipo o se restauró un respaldo). Sigue como un equipo nuevo "
        "(huella {fingerprint}); los cambios de «{old}» se conservan como los de otro equipo. "
        "Los demás equipos deben confiar en esta huella la próxima vez que sincronicen."
    ).format(old=event.old_device_name, fingerprint=event.new_fingerprint)
