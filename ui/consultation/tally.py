"""Results entry: the figures of a table's signed tally sheet, typed twice by two people.

The form says at once where the table stands: waiting for the second typing, the figures on
which two typings differ, the checks that fail, or accepted.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.consultation.model import ConsultationOverview, TableTally, TallyFigures, TallyState
from app.consultation.serials import parse_sheet

from ui.context import UiContext
from ui.enter_moves_on import EnterMovesOn
from ui.table_model import Column, RecordTableModel
from ui.widgets import big_button, fit_columns, literal_tooltip, record_table, text_label

MAX_FIGURE = 100_000


def _spin(parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, MAX_FIGURE)
    spin.setMinimumWidth(90)
    return spin


class TallyTab(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.overview: ConsultationOverview | None = None
        self.numbers: list[int] = []
        self.model = RecordTableModel([
            Column(self.tr("Mesa"), lambda s: s.table.label),
            Column(self.tr("Estado"), lambda s: self.state_text(s.state)),
        ], self)
        self.table = record_table(self)
        self.table.setModel(self.model)

        form_box = QGroupBox(self.tr("Cifras del acta de escrutinio"), self)
        box_layout = QVBoxLayout(form_box)
        columns = QHBoxLayout()
        self.votes: dict[int, QSpinBox] = {}
        self.votes_box = QGroupBox(self.tr("Votos por proyecto"), form_box)
        self.votes_form = QFormLayout(self.votes_box)
        figures_box = QGroupBox(self.tr("Nulos, blancos y boletas"), form_box)
        figures = QFormLayout(figures_box)
        # On a netbook each label goes above its figure instead of being cut off beside it.
        for form in (self.votes_form, figures):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        columns.addWidget(self.votes_box, 3)
        columns.addWidget(figures_box, 2)
        box_layout.addLayout(columns)
        self.null_votes = _spin(form_box)
        self.blank_votes = _spin(form_box)
        self.in_box = _spin(form_box)
        self.signatures = _spin(form_box)
        self.received = QSpinBox(form_box)
        self.received.setRange(-1, MAX_FIGURE)
        self.received.setValue(-1)
        # -1 shows as "the printed ones": the sheet's figure is checked against the serials.
        self.received.setSpecialValueText(self.tr("(impresas)"))
        self.spoiled = _spin(form_box)
        self.unused = _spin(form_box)
        for label, widget in ((self.tr("Votos nulos"), self.null_votes),
                              (self.tr("Votos en blanco"), self.blank_votes),
                              (self.tr("Boletas en la urna"), self.in_box),
                              (self.tr("Electores que firmaron"), self.signatures),
                              (self.tr("Boletas recibidas"), self.received),
                              (self.tr("Boletas dañadas"), self.spoiled),
                              (self.tr("Boletas sobrantes"), self.unused)):
            figures.addRow(label, widget)
        self.entered_by = QLineEdit(form_box)
        self.entered_by.setPlaceholderText(self.tr("Nombre de quien transcribe"))
        self.observation = QPlainTextEdit(form_box)
        self.observation.setPlaceholderText(self.tr("Observación anotada en el acta (si la hay)"))
        self.observation.setMaximumHeight(52)
        who = QFormLayout()
        who.addRow(self.tr("Transcribe"), self.entered_by)
        who.addRow(self.tr("Observación"), self.observation)
        box_layout.addLayout(who)
        buttons = QHBoxLayout()
        self.save_button = big_button(self.tr("Guardar carga"), form_box, primary=True)
        self.accept_button = big_button(self.tr("Aceptar con observación"), form_box)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        self.status = QTextBrowser(self)
        self.status.setObjectName("tallyStatus")

        # A barcode reader types the tally sheet's QR text and presses Enter: that picks the table.
        self.sheet_code = QLineEdit(self)
        self.sheet_code.setPlaceholderText(self.tr("Código QR del acta (lector o a mano)"))
        self.sheet_code.returnPressed.connect(self.pick_by_code)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.sheet_code)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.status, 2)
        left.setMinimumWidth(140)
        # A box layout, not a splitter: a splitter ignores height-for-width, so the figures'
        # labels, wrapped above them on a netbook, would be drawn over the fields.
        layout = QHBoxLayout(self)
        layout.addWidget(left, 2)
        layout.addWidget(form_box, 3)
        # Enter goes from figure to figure, to the name of who transcribes, then saves.
        self.enter = EnterMovesOn([*self._figure_fields(), self.entered_by], self.save_button,
                                  self)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selected())
        self.save_button.clicked.connect(self.save)
        self.accept_button.clicked.connect(self.accept_with_observation)

    def state_text(self, state: str) -> str:
        return {
            TallyState.EMPTY: self.tr("Sin cargar"),
            TallyState.WAITING: self.tr("Falta la segunda carga"),
            TallyState.MISMATCH: self.tr("Las cargas no coinciden"),
            TallyState.NEEDS_OBSERVATION: self.tr("No cuadra: falta observación"),
            TallyState.ACCEPTED: self.tr("Aceptada"),
        }.get(state, state)

    def show_overview(self, overview: ConsultationOverview) -> None:
        current = self.current()
        self.overview = overview
        numbers = [n.number for n in overview.candidates]
        if numbers != self.numbers:
            self._build_vote_fields(overview)
        self.model.set_rows(list(overview.tables))
        fit_columns(self.table)
        ids = [s.table.id for s in overview.tables]
        if ids:
            self.table.selectRow(ids.index(current.table.id) if current and
                                 current.table.id in ids else 0)
        self._selected()

    def _build_vote_fields(self, overview: ConsultationOverview) -> None:
        while self.votes_form.rowCount():
            self.votes_form.removeRow(0)
        self.votes = {}
        for nomination in overview.candidates:
            spin = _spin(self.votes_box)
            spin.setObjectName(f"votes_{nomination.number}")
            self.votes[nomination.number] = spin
            title = nomination.title if len(nomination.title) <= 20 else \
                nomination.title[:19] + "…"
            label = text_label(f"{nomination.number}. {title}", self.votes_box)
            label.setToolTip(literal_tooltip(nomination.title))
            self.votes_form.addRow(label, spin)
        self.numbers = [n.number for n in overview.candidates]
        self.enter.set_fields([*self.votes.values(), *self._figure_fields(), self.entered_by])

    def _figure_fields(self) -> list[QWidget]:
        return [self.null_votes, self.blank_votes, self.in_box, self.signatures, self.received,
                self.spoiled, self.unused]

    def pick_by_code(self) -> None:
        """Select the table named by a tally sheet's code (AS1A:...)."""
        try:
            table_id = parse_sheet(self.sheet_code.text().strip())
        except ValueError:
            self.status.setHtml(escape(self.tr("Ese código no es el de un acta de escrutinio.")))
            return
        ids = [self.model.row_at(i).table.id for i in range(self.model.rowCount())]
        if table_id not in ids:
            self.status.setHtml(escape(self.tr("El acta es de una mesa de otra consulta.")))
            return
        self.table.selectRow(ids.index(table_id))
        self.sheet_code.clear()
        first = next(iter(self.votes.values()), None)
        if first is not None:
            first.setFocus()
            first.selectAll()  # the first figure typed replaces the 0

    def current(self) -> TableTally | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def figures(self) -> TallyFigures:
        received = self.received.value()
        return TallyFigures(
            votes={n: spin.value() for n, spin in self.votes.items()},
            null_votes=self.null_votes.value(), blank_votes=self.blank_votes.value(),
            ballots_in_box=self.in_box.value(), signatures=self.signatures.value(),
            spoiled=self.spoiled.value(), unused=self.unused.value(),
            ballots_received=None if received < 0 else received)

    def clear_form(self) -> None:
        for spin in [*self.votes.values(), self.null_votes, self.blank_votes, self.in_box,
                     self.signatures, self.spoiled, self.unused]:
            spin.setValue(0)
        self.received.setValue(-1)
        self.observation.clear()

    def _selected(self) -> None:
        state = self.current()
        self.accept_button.setEnabled(bool(state and
                                           state.state == TallyState.NEEDS_OBSERVATION))
        self.save_button.setEnabled(bool(state and state.state != TallyState.ACCEPTED))
        self.status.setHtml(self.describe(state) if state else "")

    def describe(self, state: TableTally) -> str:
        """The state of a table's entry, its differences and its checks, as rich text."""
        parts = [f"<b>{escape(state.table.label)}: {escape(self.state_text(state.state))}</b>"]
        if state.entries:
            people = ", ".join(sorted({e.entered_by for e in state.entries}))
            parts.append(self.tr("Cargado por: {people}").format(people=escape(people)))
        if state.state == TallyState.WAITING and state.entries:
            parts.append(self.tr("Otra persona debe transcribir de nuevo la misma acta."))
        if state.differences:
            rows = "".join(f"<li>{escape(d.label)}: <b>{d.first}</b> ≠ <b>{d.second}</b></li>"
                           for d in state.differences)
            parts.append(self.tr("Diferencias entre las dos cargas (revise el acta en papel):")
                         + f"<ul>{rows}</ul>")
        if state.checks:
            rows = "".join(
                f"<li>{'✔' if c.passed else '✘'} {escape(c.message)}</li>" for c in state.checks)
            title = (self.tr("Verificaciones de la última carga:")
                     if state.state == TallyState.MISMATCH else self.tr("Verificaciones:"))
            parts.append(title + f"<ul>{rows}</ul>")
        if state.accepted_observation:
            parts.append(self.tr("Observación: {text}").format(
                text=escape(state.accepted_observation)))
        return "<br/>".join(parts)

    def save(self) -> None:
        state, overview = self.current(), self.overview
        if state is None or overview is None:
            return
        cid, table_id = overview.consultation.id, state.table.id
        figures, who = self.figures(), self.entered_by.text()
        note = self.observation.toPlainText()
        services = self.ui.services

        def done(result: TableTally) -> None:
            self.clear_form()
            self.status.setHtml(self.describe(result))

        self.ui.write((self.save_button,),
                      lambda: services.tallies.enter(cid, table_id, figures, who, note), done,
                      self)

    def accept_with_observation(self) -> None:
        state, overview = self.current(), self.overview
        if state is None or overview is None:
            return
        cid, table_id = overview.consultation.id, state.table.id
        note, who = self.observation.toPlainText(), self.entered_by.text()
        services = self.ui.services
        self.ui.write((self.accept_button,),
                      lambda: services.tallies.accept(cid, table_id, note, who),
                      lambda result: self.status.setHtml(self.describe(result)), self)
