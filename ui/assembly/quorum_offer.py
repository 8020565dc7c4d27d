"""When the quorum of the first call is not reached, the way forward the quorum rule defines:
pass to the second call (at its time), or record that the assembly was not constituted.

The rule and its refusals (too early for the second call, an assembly already under way) are
the assembly service's (issue 10): the window offers both and shows the refusal if any.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QWidget

from app.assembly.day_rule import closing_hour
from app.assembly.quorum import QuorumStatus

from ui.assembly.closing_hour import ask_closing_hour
from ui.context import UiContext
from ui.flow_layout import FlowLayout
from ui.widgets import ask_plain, big_button, text_label


class QuorumOffer(QWidget):
    def __init__(self, ui: UiContext, changed: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.assembly_id = ""
        self.locked = False
        self._changed = changed
        row = FlowLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.note = text_label(self.tr("Sin quórum en primera convocatoria:"), self)
        self.second_button = big_button(self.tr("Pasar a segunda convocatoria"), self)
        self.not_constituted_button = big_button(
            self.tr("Registrar que no se constituyó…"), self)
        row.addWidget(self.note)
        row.addWidget(self.second_button)
        row.addWidget(self.not_constituted_button)
        self.second_button.clicked.connect(self.pass_to_second_call)
        self.not_constituted_button.clicked.connect(self.record_not_constituted)
        self.hide()

    def load(self, assembly_id: str, locked: bool) -> None:
        self.assembly_id, self.locked = assembly_id, locked
        self.hide()

    def show_for(self, status: QuorumStatus) -> None:
        """Offered while the first call lacks quorum; gone once it is met or the second call
        is reached."""
        self.setVisible(not self.locked and status.call == 1 and not status.met)

    def pass_to_second_call(self) -> None:
        if not ask_plain(self, self.tr("Segunda convocatoria"), self.tr(
                "¿Pasar a la segunda convocatoria? El quórum se cuenta con el porcentaje de "
                "la segunda convocatoria y queda anotado en el acta.")):
            return
        ways, assembly_id = self.ui.services.assemblies, self.assembly_id
        self.ui.write((self.second_button,), lambda: ways.pass_to_second_call(assembly_id),
                      lambda _a: self._changed(), self)

    def record_not_constituted(self) -> None:
        ways, assembly_id = self.ui.services.assemblies, self.assembly_id
        go, typed = ask_closing_hour(self, ways, assembly_id)
        if not go:
            return
        note, ok = QInputDialog.getText(
            self, self.tr("La asamblea no se constituyó"),
            self.tr("Observación para el registro (opcional):"))
        if not ok:
            return
        self.ui.write((self.not_constituted_button,),
                      lambda: ways.record_not_constituted(assembly_id, note,
                                                          closing_hour(typed)),
                      lambda _a: self._changed(), self)
