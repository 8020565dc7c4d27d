"""Who is in charge of this laptop: asked once when the window starts (prefilled with the last
name given), shown in the sidebar with «Cambiar». The name goes to the change log as a shift
(app/services/operators.py), so the Historial names the person behind each later change."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.safety.operators import NAME_MAX

from ui.context import UiContext, error_text
from ui.widgets import text_label

SIDEBAR_LINE = 150  # px of text on one line of the 200 px sidebar, less its padding


class OperatorDialog(QDialog):
    """«¿Quién está a cargo de esta laptop?» with the last name already typed: Enter keeps it.
    It closes only once the name is recorded (`submitted`: the box records it)."""

    submitted = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Persona a cargo"))
        layout = QVBoxLayout(self)
        question = text_label(self.tr("¿Quién está a cargo de esta laptop?"), self)
        question.setObjectName("sectionTitle")
        layout.addWidget(question)
        why = text_label(self.tr(
            "Su nombre queda en el historial de cada cambio que se haga desde ahora en este "
            "equipo, también en los otros equipos después de sincronizar. Si otra persona "
            "toma el equipo, use «Cambiar»."), self)
        why.setWordWrap(True)
        layout.addWidget(why)
        self.name = QLineEdit(name, self)
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("Nombre y apellido"))
        self.name.selectAll()
        layout.addWidget(self.name)
        # A refused name (empty, too long) is said here and the question stays open.
        self.problem = text_label("", self)
        self.problem.setObjectName("errorBanner")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continuar"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Ahora no"))
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.submitted.emit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        # Wrapped sentences take the height they need at that width (a fixed height cut them).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def refused(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.name.setFocus()
        self.adjustSize()


class OperatorBox(QWidget):
    """The sidebar's «A cargo: NAME» and its «Cambiar» button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui: UiContext | None = None
        self.dialog: OperatorDialog | None = None
        self.current: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(0)
        self.label = text_label("", self)
        self.label.setObjectName("appTagline")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.change = QPushButton(self.tr("Cambiar"), self)
        self.change.setObjectName("nav_operator")
        self.change.setCursor(Qt.CursorShape.PointingHandCursor)
        self.change.setToolTip(self.tr("Otra persona toma este equipo"))
        self.change.clicked.connect(self._change_clicked)
        layout.addWidget(self.change)
        self.hide()  # until the database is open

    def attach(self, ui: UiContext, ask_now: bool, given: str | None = None) -> None:
        """The database is open: show who is in charge, and ask at the window's start.
        `given` (`asamblea gui --as NAME`): that person takes charge without being asked."""
        self.ui = ui
        self.show()
        if given:
            ui.write([self.change], lambda: ui.services.operators.take(given),
                     lambda _written: self.show_name(" ".join(given.split())), self)
            return
        ui.run(lambda: (ui.services.operators.in_charge(), ui.services.operators.saved()),
               lambda found: self._read(found, ask_now), self)

    def _read(self, found: tuple[str | None, str], ask_now: bool) -> None:
        in_charge, saved = found
        self.show_name(in_charge)
        if ask_now:
            self.ask(saved or in_charge or "")

    def show_name(self, name: str | None) -> None:
        self.current = name
        text = self.tr("A cargo: {name}").format(name=name) if name else \
            self.tr("A cargo: nadie todavía")
        # A long name wraps on at most two lines of the sidebar; the whole of it is in the
        # tooltip.
        self.label.setText(QFontMetrics(self.label.font()).elidedText(
            text, Qt.TextElideMode.ElideRight, 2 * SIDEBAR_LINE))
        self.label.setToolTip(text)

    def _change_clicked(self) -> None:
        self.ask(self.current or "")

    def ask(self, name: str) -> None:
        ui = self.ui
        if ui is None:
            return
        dialog = self.dialog = OperatorDialog(name, self.window())
        dialog.submitted.connect(lambda: self._take(ui, dialog))
        dialog.open()

    def _take(self, ui: UiContext, dialog: OperatorDialog) -> None:
        name = dialog.name.text()

        def taken(_written: object) -> None:
            self.show_name(" ".join(name.split()))
            dialog.accept()

        def refused(exc: BaseException) -> None:
            dialog.refused(error_text(exc))

        ui.write([dialog.ok, dialog.name], lambda: ui.services.operators.take(name), taken,
                 dialog, refused)
