"""Agenda and agreements: notes per item, the speakers' list, and agreements with their vote.

Each agreement is checked by the service against the people present at that moment; the
form shows that number so the secretary sees what the vote cannot exceed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.assembly.model import Intervention
from app.assembly.quorum import QuorumStatus
from app.domain.assemblies import AgendaItem, Agreement

from ui.assembly.alive import while_alive
from ui.context import UiContext
from ui.enter_moves_on import EnterMovesOn
from ui.table_model import Column, RecordTableModel
from ui.widgets import (
    ask_plain,
    big_button,
    fit_columns,
    record_table,
    scrolled,
    section_title,
    text_label,
)


@dataclass(frozen=True)
class AgendaData:
    items: list[AgendaItem]
    agreements: list[Agreement]
    interventions: list[Intervention]
    quorum: QuorumStatus


class AgendaPanel(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.services = ui.services
        self.assembly_id = ""
        self.locked = False
        self.data: AgendaData | None = None
        layout = QHBoxLayout(self)

        left = QVBoxLayout()
        left.addWidget(section_title(self.tr("Orden del día"), self))
        self.items_model = RecordTableModel([
            Column(self.tr("N.º"), lambda i: i.position, align_right=True),
            Column(self.tr("Punto"), lambda i: i.title),
        ], self)
        self.items = record_table(self)
        self.items.setModel(self.items_model)
        left.addWidget(self.items, 1)
        add_row = QHBoxLayout()
        self.new_item = QLineEdit(self)
        self.new_item.setPlaceholderText(self.tr("Punto nuevo del orden del día"))
        self.add_item_button = big_button(self.tr("Agregar punto"), self)
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(self.add_item_button)
        left.addLayout(add_row)
        self.remove_item_button = big_button(self.tr("Quitar el punto elegido"), self)
        left.addWidget(self.remove_item_button)
        layout.addLayout(left, 2)

        # The item's notes, speakers and the agreement form scroll on their own: on a netbook
        # they would otherwise make the whole assembly day taller than the screen.
        column = QWidget(self)
        right = QVBoxLayout(column)
        right.setContentsMargins(0, 0, 0, 0)
        self.item_title = section_title("", self)
        self.item_title.setWordWrap(True)  # a long item title wraps instead of widening
        right.addWidget(self.item_title)
        right.addWidget(text_label(self.tr("Lo tratado en este punto:"), self))
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(90)
        right.addWidget(self.notes)
        self.save_notes_button = big_button(self.tr("Guardar lo tratado"), self)
        right.addWidget(self.save_notes_button)

        speakers = QGroupBox(self.tr("Intervenciones"), self)
        sp = QVBoxLayout(speakers)
        self.speakers_label = text_label("", speakers)
        self.speakers_label.setWordWrap(True)
        sp.addWidget(self.speakers_label)
        sp_row = QHBoxLayout()
        self.speaker = QLineEdit(speakers)
        self.speaker.setPlaceholderText(self.tr("Quién habló"))
        self.speaker_summary = QLineEdit(speakers)
        self.speaker_summary.setPlaceholderText(self.tr("Resumen (opcional)"))
        self.add_speaker_button = big_button(self.tr("Anotar"), speakers)
        sp_row.addWidget(self.speaker, 1)
        sp_row.addWidget(self.speaker_summary, 2)
        sp_row.addWidget(self.add_speaker_button)
        sp.addLayout(sp_row)
        right.addWidget(speakers)

        vote = QGroupBox(self.tr("Acuerdo y votación"), self)
        self.vote_box = vote
        form = QFormLayout(vote)
        self.agreement_text = QPlainTextEdit(vote)
        self.agreement_text.setMaximumHeight(70)
        self.votes_for = QSpinBox(vote)
        self.votes_against = QSpinBox(vote)
        self.abstentions = QSpinBox(vote)
        for box in (self.votes_for, self.votes_against, self.abstentions):
            box.setRange(0, 100_000)
        self.acclamation = QCheckBox(self.tr("Aprobado por aclamación"), vote)
        self.present_label = text_label("", vote)
        self.present_label.setObjectName("muted")
        self.present_label.setWordWrap(True)  # a long count sentence must not widen the day
        self.add_agreement_button = big_button(self.tr("Registrar acuerdo"), vote, primary=True)
        form.addRow(self.tr("Acuerdo"), self.agreement_text)
        form.addRow(self.tr("A favor"), self.votes_for)
        form.addRow(self.tr("En contra"), self.votes_against)
        form.addRow(self.tr("Abstenciones"), self.abstentions)
        form.addRow("", self.acclamation)
        form.addRow("", self.present_label)
        form.addRow("", self.add_agreement_button)
        right.addWidget(vote)

        self.agreements_model = RecordTableModel([
            Column(self.tr("Acuerdo"), lambda a: a.text),
            Column(self.tr("Votación"), self._vote_text),
            Column(self.tr("Presentes"), lambda a: a.present_at_vote, align_right=True),
            Column(self.tr("Quórum"), lambda a: self.tr("sí") if a.quorum_met_at_vote
                   else self.tr("no")),
        ], self)
        self.agreements = record_table(self)
        self.agreements.setModel(self.agreements_model)
        right.addWidget(self.agreements, 1)
        self.remove_agreement_button = big_button(self.tr("Quitar el acuerdo elegido"), self)
        right.addWidget(self.remove_agreement_button)
        self.agreements.setMinimumHeight(120)
        layout.addWidget(scrolled(column, self), 3)

        # Tab leaves the agreement's text; Enter goes from vote to vote, then records it.
        self.agreement_text.setTabChangesFocus(True)
        self.enter = EnterMovesOn([self.votes_for, self.votes_against, self.abstentions],
                                  self.add_agreement_button, self)
        self.items.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_item())
        self.add_item_button.clicked.connect(self.add_item)
        self.new_item.returnPressed.connect(self.add_item)
        self.save_notes_button.clicked.connect(self.save_notes)
        self.add_speaker_button.clicked.connect(self.add_speaker)
        self.add_agreement_button.clicked.connect(self.add_agreement)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.remove_agreement_button.clicked.connect(self.remove_agreement)
        self.acclamation.toggled.connect(self._acclamation_toggled)
        # The notes shown are those of item `_notes_for`, as last saved: `_notes_saved`.
        self._notes_for: str | None = None
        self._notes_saved = ""
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(2000)
        self._notes_timer.timeout.connect(self.keep_notes)
        self.notes.textChanged.connect(self._notes_typed)

    def _vote_text(self, a: Agreement) -> str:
        if a.by_acclamation:
            return self.tr("por aclamación")
        return self.tr("{f} a favor, {c} en contra, {ab} abstenciones").format(
            f=a.votes_for, c=a.votes_against, ab=a.abstentions)

    def _acclamation_toggled(self, on: bool) -> None:
        for box in (self.votes_for, self.votes_against, self.abstentions):
            box.setEnabled(not on)
            if on:
                box.setValue(0)

    def load(self, assembly_id: str, locked: bool) -> None:
        self.keep_notes()  # the assembly shown before may have notes being typed
        self._notes_for = None
        self.assembly_id = assembly_id
        self.locked = locked
        for widget in (self.new_item, self.add_item_button, self.notes, self.save_notes_button,
                       self.speaker, self.speaker_summary, self.add_speaker_button,
                       self.agreement_text, self.add_agreement_button, self.acclamation,
                       self.votes_for, self.votes_against, self.abstentions):
            widget.setEnabled(not locked)
        # An approved acta freezes the record: hide the forms instead of greying them.
        hidden: tuple[QWidget, ...] = (self.vote_box, self.new_item, self.add_item_button,
                                       self.save_notes_button, self.speaker,
                                       self.speaker_summary, self.add_speaker_button,
                                       self.remove_item_button, self.remove_agreement_button)
        for shown in hidden:
            shown.setVisible(not locked)
        self.notes.setReadOnly(locked)
        self.refresh()

    def refresh(self) -> None:
        sv, assembly_id = self.services, self.assembly_id

        def job() -> AgendaData:
            return AgendaData(sv.assemblies.agenda(assembly_id),
                              sv.assemblies.agreements(assembly_id),
                              sv.assemblies.interventions(assembly_id),
                              sv.assemblies.quorum(assembly_id))

        self.ui.run(job, while_alive(self, self._show), self)

    def _show(self, data: AgendaData) -> None:
        current = self.current_item()
        self.data = data
        self.items_model.set_rows(data.items)
        fit_columns(self.items)
        row = 0
        if current is not None:
            row = next((i for i, item in enumerate(data.items) if item.id == current.id), 0)
        if data.items:
            self.items.selectRow(row)
        self.present_label.setText(self.tr(
            "Presentes ahora con derecho a voto: {n} (la votación no puede sumar más)").format(
            n=data.quorum.present))
        self._show_item()

    def current_item(self) -> AgendaItem | None:
        index = self.items.currentIndex()
        return self.items_model.row_at(index.row()) if index.isValid() else None

    def _show_item(self) -> None:
        item = self.current_item()
        if item is None or self.data is None:
            return
        self.item_title.setText(self.tr("Punto {n}: {title}").format(n=item.position,
                                                                     title=item.title))
        if item.id == self._notes_for and self.notes.toPlainText() != self._notes_saved:
            pass  # still being typed on this item: a refresh does not overwrite it
        else:
            self.keep_notes()  # what was typed on the item left behind is saved first
            self._notes_for, self._notes_saved = item.id, item.notes or ""
            self.notes.setPlainText(self._notes_saved)
        said = [f"{i.speaker_name}" + (f" ({i.summary})" if i.summary else "")
                for i in self.data.interventions if i.agenda_item_id == item.id]
        self.speakers_label.setText("; ".join(said) if said else self.tr("Nadie anotado."))
        self.agreements_model.set_rows([a for a in self.data.agreements
                                        if a.agenda_item_id == item.id])
        fit_columns(self.agreements)

    def add_item(self) -> None:
        title, assembly_id = self.new_item.text(), self.assembly_id
        assemblies = self.services.assemblies
        def done(_item: object) -> None:
            self.new_item.clear()
            self.refresh()

        self.ui.write((self.add_item_button, self.new_item),
                      lambda: assemblies.add_agenda_item(assembly_id, title), done, self)

    def save_notes(self) -> None:
        self.keep_notes()

    def keep_notes(self) -> None:
        """Save the notes on the item they were typed for, if they changed: called as the
        secretary types (after a pause), changes item, leaves the tab or closes the window."""
        self._notes_timer.stop()
        item_id, text = self._notes_for, self.notes.toPlainText()
        if self.locked or item_id is None or text == self._notes_saved:
            return
        self._notes_saved = text
        assemblies = self.services.assemblies
        self.ui.run(lambda: assemblies.set_item_notes(item_id, text),
                    while_alive(self, lambda _i: self.refresh()), self)

    def _notes_typed(self) -> None:
        if self.notes.toPlainText() != self._notes_saved:
            self._notes_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.keep_notes()
        super().hideEvent(event)

    def add_speaker(self) -> None:
        item = self.current_item()
        if item is None:
            return
        name, summary = self.speaker.text(), self.speaker_summary.text()
        assemblies = self.services.assemblies

        def done(_i: object) -> None:
            self.speaker.clear()
            self.speaker_summary.clear()
            self.refresh()

        self.ui.write((self.add_speaker_button,),
                      lambda: assemblies.add_intervention(item.id, name, summary), done, self)

    def add_agreement(self) -> None:
        item = self.current_item()
        if item is None:
            return
        text = self.agreement_text.toPlainText()
        votes = (self.votes_for.value(), self.votes_against.value(), self.abstentions.value())
        acclamation = self.acclamation.isChecked()
        assemblies = self.services.assemblies

        def done(_a: object) -> None:
            self.agreement_text.clear()
            for box in (self.votes_for, self.votes_against, self.abstentions):
                box.setValue(0)
            self.acclamation.setChecked(False)
            self.refresh()

        self.ui.write((self.add_agreement_button,),
                      lambda: assemblies.add_agreement(item.id, text, *votes,
                                                       by_acclamation=acclamation),
                      done, self)

    def remove_agreement(self) -> None:
        """An agreement recorded twice or on the wrong item goes, after a question naming it;
        the removal is in the change log like any other write."""
        index = self.agreements.currentIndex()
        if not index.isValid() or self.locked:
            return
        agreement: Agreement = self.agreements_model.row_at(index.row())
        if not ask_plain(self, self.tr("Quitar acuerdo"), self.tr(
                "¿Quitar el acuerdo «{text}» ({votes})? Desaparece del acta.").format(
                text=agreement.text, votes=self._vote_text(agreement))):
            return
        assemblies = self.services.assemblies
        self.ui.write((self.remove_agreement_button,),
                      lambda: assemblies.remove_agreement(agreement.id),
                      lambda _r: self.refresh(), self)

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None or self.locked:
            return
        if not ask_plain(self, self.tr("Quitar punto"), self.tr(
                "¿Quitar el punto {n}: «{title}» del orden del día?").format(
                n=item.position, title=item.title)):
            return
        assemblies = self.services.assemblies
        self.ui.write((self.remove_item_button,),
                      lambda: assemblies.remove_agenda_item(item.id),
                      lambda _r: self.refresh(), self)
