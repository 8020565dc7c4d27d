"""The Recibir tab's sentences: what an import did, and what each file found on a stick is.

Translated in the page's own context ("SyncPage"), with the rest of the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from app.sync.model import FoundBundle, ImportSummary


def summary_text(s: ImportSummary, files_pending: int) -> str:
    if s.already_imported:
        return QCoreApplication.translate(
            "SyncPage", "Ese paquete ya se había importado; no se cambió nada.")
    return (QCoreApplication.translate(
        "SyncPage", "Importado de %1: %2 registros nuevos, %3 actualizados, %4 hechos "
        "nuevos, %5 cambios ya tenidos, %6 conflictos, %7 en espera.")
            .replace("%1", s.sender_name).replace("%2", str(s.records_new))
            .replace("%3", str(s.records_updated)).replace("%4", str(s.facts_new))
            .replace("%5", str(s.already_held)).replace("%6", str(s.conflicts))
            .replace("%7", str(s.pending))) + "".join(
                " " + line for line in notes(s.files_new, files_pending, s.refused_revoked,
                                             s.clock_ahead)) + "".join(
                " " + QCoreApplication.translate(
                    "SyncPage", "Cambios retirados de «%1», hechos después de su revocación y "
                    "llegados antes que ella: %2.").replace("%1", device).replace("%2", str(n))
                for device, n in s.withdrawn_revoked.items())


def notes(files_new: int, files_pending: int, refused: int, ahead: list[str]) -> list[str]:
    """Sentences added when they are not nothing (the command line says the same)."""
    lines = []
    if files_new:
        lines.append(QCoreApplication.translate(
            "SyncPage", "Archivos adjuntos recibidos: %1.").replace("%1", str(files_new)))
    if files_pending:
        lines.append(QCoreApplication.translate(
            "SyncPage", "Archivos adjuntos que aún no han llegado: %1 (vendrán con el próximo "
            "paquete que los tenga).").replace("%1", str(files_pending)))
    if refused:
        lines.append(QCoreApplication.translate(
            "SyncPage", "Cambios rechazados de equipos revocados, hechos después de su "
            "revocación: %1.").replace("%1", str(refused)))
    if ahead:
        lines.append(QCoreApplication.translate(
            "SyncPage", "La fecha de %1 está adelantada más de un día: este equipo no adelantó "
            "su reloj y esos cambios no ganan por su fecha. Corrija la fecha de ese equipo.")
            .replace("%1", ", ".join(f"«{d}»" for d in ahead)))
    return lines


def bundle_state(bundle: FoundBundle) -> str:
    if bundle.info is None:
        return QCoreApplication.translate("SyncPage", "dañado: %1").replace("%1", bundle.problem)
    if bundle.info.from_this_device:
        return QCoreApplication.translate("SyncPage", "escrito por este equipo")
    if bundle.info.already_imported:
        return QCoreApplication.translate("SyncPage", "ya importado")
    if bundle.info.sender_revoked:
        return QCoreApplication.translate("SyncPage", "equipo revocado")
    if not bundle.info.sender_known:
        return QCoreApplication.translate("SyncPage", "equipo desconocido")
    return QCoreApplication.translate("SyncPage", "nuevo")


def shown_value(value: object) -> str:
    """A conflict's value as a choice shows it; fields that change together (a payment's
    amount, currency and rate) are offered whole."""
    if value is None:
        return "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {shown_value(v)}" for k, v in value.items())
    return str(value)
