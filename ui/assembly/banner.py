"""The live quorum banner: present / required, and whether the quorum holds."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.assembly.quorum import QuorumStatus

from ui import labels

MET_STYLE = ("background: #dff3e4; border: 2px solid #1f6f43; color: #124a2c; "
             "border-radius: 8px; padding: 10px; font-size: 22px; font-weight: bold;")
MISSING_STYLE = ("background: #fff4cc; border: 2px solid #c99a06; color: #5a4500; "
                 "border-radius: 8px; padding: 10px; font-size: 22px; font-weight: bold;")


class QuorumBanner(QLabel):
    status_shown = Signal(object)  # the QuorumStatus just shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quorumBanner")
        self.setTextFormat(Qt.TextFormat.RichText)  # figures only: no user text in it
        self.setWordWrap(True)
        self.status: QuorumStatus | None = None
        self.setText(self.tr("Cargando la asistencia…"))
        self.setStyleSheet(MISSING_STYLE)

    def show_status(self, status: QuorumStatus) -> None:
        self.status = status
        head = self.tr("Presentes: {present} / requeridos para el quórum: {required}").format(
            present=status.present, required=status.required)
        if status.met:
            state = self.tr("HAY QUÓRUM")
        else:
            state = labels.count(
                status.missing, self.tr("falta {n} persona"),
                self.tr("faltan {n} personas"))
        under = self.tr("Menores de {age} años (aparte): {n}").format(
            age=status.voting_age, n=status.under_age)
        rule = self.tr("{pct} % de {base} de {age} años o más").format(
            pct=status.percent, age=status.voting_age, base=labels.count(
                status.base, self.tr("{n} habitante"), self.tr("{n} habitantes")))
        self.setText(f"{head} — {state}<br/><span style='font-size:13px; font-weight:normal'>"
                     f"{rule} · {under}</span>")
        self.setStyleSheet(MET_STYLE if status.met else MISSING_STYLE)
        self.status_shown.emit(status)
