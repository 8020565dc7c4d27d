"""The Recibir tab's sentences: what an import did, and what each file found on a stick is.

Translated in the page's own context ("SyncPage"), with the rest of the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from app.sync.model import FoundBundle, ImportSummary


def summary_text(s: ImportSummary) -> str:
    if s.already_imported:
        return QCoreApplication.translate(
            "SyncPage", "Ese paquete ya se había importado; no se cambió nada.")
    return (QCoreApplication.translate(
        "SyncPage", "Importado de %1: %2 registros nuevos, %3 actualizados, %4 hechos "
        "nuevos, %5 cambios ya tenidos, %6 conflictos, %7 en espera.")
            .replace("%1", s.sender_name).replace("%2", str(s.records_new))
            .replace("%3", str(s.records_updated)).replace("%4", str(s.facts_new))
            .replace("%5", str(s.already_held)).replace("%6", str(s.conflicts))
            .replace("%7", str(s.pending)))


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
