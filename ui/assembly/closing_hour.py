"""The closing hour, asked only when "now" can no longer stand for it: the assembly's day
and its night are over (the rule is the assembly service's, app/assembly/day_rule.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

if TYPE_CHECKING:
    from app.services.assemblies import AssemblyService


def ask_closing_hour(parent: QWidget, assemblies: AssemblyService,
                     assembly_id: str) -> tuple[bool, str | None]:
    """(go on, the hour typed or None for "now"). The hour typed is checked by the service
    (HH:MM, on the assembly's day, after the opening, not in the future); a wrong one comes
    back as its sentence."""
    if not assemblies.closing_hour_needed(assembly_id):
        return True, None
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("ClosingHour", "Hora de cierre"),
        QCoreApplication.translate(
            "ClosingHour", "La asamblea fue otro día: el acta no puede llevar la hora de "
                           "ahora.\nEscriba la hora en que se cerró (HH:MM, por ejemplo 18:30):"))
    return (True, text) if ok else (False, None)
