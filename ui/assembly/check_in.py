"""Check-in at the door: one search field, Enter checks in the single match, undo, new person.

Every database call runs on the worker; the banner is updated from the quorum the check-in
call returns, so the secretary sees the count move as each neighbour is registered.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.assembly.model import Attendee, CheckInMatch, attendee_order
from app.assembly.quorum import QuorumStatus
from app.domain.census import NewResident
from app.domain.changes import OpChanges
from app.domain.dates import parse_date
from app.domain.errors import DomainError
from app.domain.organizations import Organization

from ui.assembly.alive import while_alive
from ui.assembly.banner import QuorumBanner
from ui.assembly.quorum_offer import QuorumOffer
from ui.context import UiContext, error_text
from ui.table_model import Column, RecordTableModel
from ui.widgets import big_button, fit_columns, record_table, section_title, text_label

# What a check-in hands back to the window: who, the quorum after it, and their present row.
Arrival = tuple[CheckInMatch, QuorumStatus, Attendee | None]


class CheckInPanel(QWidget):
    checked_in = Signal(object)  # QuorumStatus after each check-in or withdrawal

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.services = ui.services
        self.assembly_id = ""
        self.councils: list[Organization] = []
        self.last_checked_in: CheckInMatch | None = None
        self.locked = False
        layout = QVBoxLayout(self)
        self.banner = QuorumBanner(self)
        layout.addWidget(self.banner)
        self.quorum_offer = QuorumOffer(ui, self.refresh, self)
        self.banner.status_shown.connect(self.quorum_offer.show_for)
        layout.addWidget(self.quorum_offer)

        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("checkInSearch")
        self.search.setPlaceholderText(self.tr(
            "Cédula o nombre, y Enter para registrar la llegada"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(44)
        self.search.setStyleSheet("font-size: 20px;")
        row.addWidget(self.search, 1)
        self.check_button = big_button(self.tr("Registrar llegada"), self, primary=True)
        self.undo_button = big_button(self.tr("Deshacer última llegada"), self)
        self.undo_button.setEnabled(False)
        self.new_button = big_button(self.tr("Habitante nuevo…"), self)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        # The field keeps the width a cédula needs on a netbook: the other two go below.
        more = QHBoxLayout()
        more.addWidget(self.undo_button)
        more.addWidget(self.new_button)
        more.addStretch(1)
        layout.addLayout(more)
        self.message = text_label("", self)
        self.message.setObjectName("checkInMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.new_form = self._build_new_form()
        self.new_form.hide()
        layout.addWidget(self.new_form)

        lists = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(section_title(self.tr("Coincidencias en el censo"), self))
        self.matches_model = RecordTableModel([
            Column(self.tr("Cédula"), lambda m: m.national_id or self.tr("sin cédula")),
            Column(self.tr("Edad"), lambda m: "" if m.age is None else m.age, align_right=True),
            Column(self.tr("Estado"), lambda m: self.tr("presente") if m.present else ""),
            Column(self.tr("Nombre"), lambda m: m.name),
        ], self, key=lambda m: m.resident_id)
        self.matches = record_table(self)
        self.matches.setModel(self.matches_model)
        self.matches.setStyleSheet("font-size: 16px;")
        self.matches.doubleClicked.connect(lambda _i: self.check_in_selected())
        left.addWidget(self.matches, 1)
        right = QVBoxLayout()
        self.present_title = section_title(self.tr("Presentes"), self)
        right.addWidget(self.present_title)
        self.present_model = RecordTableModel([
            Column(self.tr("Llegada"), lambda a: self.ui.local(a.checked_in_at).strftime("%H:%M")),
            Column(self.tr("Cédula"), lambda a: a.national_id or ""),
            Column(self.tr("Nombre"), lambda a: a.name + (self.tr(" (menor)") if a.under_age
                                                          else "")),
        ], self, key=lambda a: a.resident_id)
        self.present = record_table(self)
        self.present.setModel(self.present_model)
        right.addWidget(self.present, 1)
        self.withdraw_button = big_button(self.tr("Registrar salida de la persona elegida"), self)
        right.addWidget(self.withdraw_button)
        lists.addLayout(left, 3)
        lists.addLayout(right, 2)
        layout.addLayout(lists, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.check_in_text)
        # The big button does what Enter does: an ambiguous surname is refused, never the
        # first match; choosing one person in the list is a double click on that row.
        self.check_button.clicked.connect(self.check_in_text)
        self.undo_button.clicked.connect(self.undo)
        self.new_button.clicked.connect(self._toggle_new_form)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        ui.data_changed.connect(self._data_changed)

    def _data_changed(self, changes: OpChanges) -> None:
        # The quorum base is the census: count it again when residents change.
        if "resident" in changes.entities and self.assembly_id:
            self.refresh()

    @property
    def quorum_base(self) -> int | None:
        """The census count taken when the screen loaded (None until then)."""
        return self.banner.status.base if self.banner.status is not None else None

    def _build_new_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Habitante nuevo (queda en el censo y registra su llegada)"),
                        self)
        form = QFormLayout(box)
        self.new_first = QLineEdit(box)
        self.new_last = QLineEdit(box)
        self.new_id = QLineEdit(box)
        self.new_id.setPlaceholderText("V-12345678")
        self.new_birth = QLineEdit(box)
        self.new_birth.setPlaceholderText(self.tr("día/mes/año"))
        self.new_council = QComboBox(box)
        form.addRow(self.tr("Nombres"), self.new_first)
        form.addRow(self.tr("Apellidos"), self.new_last)
        form.addRow(self.tr("Cédula"), self.new_id)
        form.addRow(self.tr("Fecha de nacimiento"), self.new_birth)
        form.addRow(self.tr("Consejo comunal"), self.new_council)
        self.new_save = big_button(self.tr("Guardar y registrar llegada"), box, primary=True)
        form.addRow("", self.new_save)
        self.new_save.clicked.connect(self.register_new)
        return box

    # -- loading -----------------------------------------------------------------------

    def load(self, assembly_id: str, councils: list[Organization], locked: bool) -> None:
        self.assembly_id = assembly_id
        self.councils = councils
        self.locked = locked
        self.quorum_offer.load(assembly_id, locked)
        self.last_checked_in = None
        self.undo_button.setEnabled(False)
        self.new_council.clear()
        for council in councils:
            self.new_council.addItem(council.name, council.id)
        for widget in (self.search, self.check_button, self.new_button, self.withdraw_button):
            widget.setEnabled(not locked)
        self.message.setText(self.tr("El acta está aprobada: la asistencia ya no cambia.")
                             if locked else "")
        self._fit_message()
        self.refresh()

    def refresh(self) -> None:
        assemblies, assembly_id = self.services.assemblies, self.assembly_id

        def job() -> tuple[QuorumStatus, list[Attendee]]:
            return assemblies.quorum(assembly_id), assemblies.attendees(assembly_id)

        self.ui.run(job, while_alive(self, self._show_presence), self)

    def _show_presence(self, data: tuple[QuorumStatus, list[Attendee]]) -> None:
        status, attendees = data
        self.banner.show_status(status)
        self._show_attendees(attendees)

    def _search(self) -> None:
        text, assembly_id = self.search.text(), self.assembly_id
        if not assembly_id:
            return
        assemblies = self.services.assemblies
        self.ui.run(lambda: assemblies.matches(assembly_id, text),
                    while_alive(self, self._show_matches), self)

    def _show_matches(self, matches: list[CheckInMatch]) -> None:
        self.matches_model.set_rows(matches)
        fit_columns(self.matches)
        if matches:
            self.matches.selectRow(0)

    # -- actions -------------------------------------------------------------------------

    def check_in_text(self) -> None:
        """Enter: the service finds the single match and checks them in, or says why not.

        The field is emptied at once, so the next person in the queue can be typed while this
        check-in runs on the worker; a refused text comes back to the field to be fixed."""
        text = self.search.text().strip()
        if not text or self.locked:
            return
        self.search.clear()
        assemblies, assembly_id, base = (self.services.assemblies, self.assembly_id,
                                         self.quorum_base)
        def job() -> Arrival:
            match, status = assemblies.check_in_text(assembly_id, text, base)
            return match, status, assemblies.attendee(assembly_id, match.resident_id)

        self.ui.runner.submit(job, self._checked_in, lambda exc: self._refused(exc, text))

    def check_in_selected(self) -> None:
        index = self.matches.currentIndex()
        if not index.isValid() or self.locked:
            return
        match: CheckInMatch = self.matches_model.row_at(index.row())
        assemblies, assembly_id, base = (self.services.assemblies, self.assembly_id,
                                         self.quorum_base)
        def job() -> Arrival:
            status = assemblies.check_in(assembly_id, match.resident_id, quorum_base=base)
            return match, status, assemblies.attendee(assembly_id, match.resident_id)

        self.ui.runner.submit(job, self._checked_in, self._refused)

    def _checked_in(self, result: Arrival) -> None:
        match, status, attendee = result
        self.banner.show_status(status)
        self.last_checked_in = match
        self.undo_button.setEnabled(True)
        self.message.setText(self.tr("Llegada registrada: {name}").format(name=match.name))
        self.message.setStyleSheet("color: #1f6f43; font-weight: bold;")
        self._fit_message()
        self.search.setFocus()
        self.checked_in.emit(status)
        if attendee is not None:
            # One row in: at 4,000 present a reload and refit took longer than the check-in.
            self.present_model.insert_sorted(attendee, attendee_order)
            self._count_present()
        else:
            self._reload_present()

    def _reload_present(self) -> None:
        assemblies, assembly_id = self.services.assemblies, self.assembly_id
        self.ui.run(lambda: assemblies.attendees(assembly_id),
                    while_alive(self, self._show_attendees), self)

    def _show_attendees(self, attendees: list[Attendee]) -> None:
        self.present_model.set_rows(attendees)
        self._count_present()
        fit_columns(self.present)

    def _count_present(self) -> None:
        self.present_title.setText(self.tr("Presentes (%n)", "", self.present_model.rowCount()))

    def _fit_message(self) -> None:
        """A refusal of three lines (the assembly's day, another council) is read whole: the
        panel's layout does not give a wrapped label its height by itself."""
        self.message.ensurePolished()  # measured in the bold of its style sheet
        self.message.setMinimumHeight(
            self.message.heightForWidth(max(self.message.width(), 300)) if self.message.text()
            else 0)

    def _refused(self, exc: BaseException, text: str = "") -> None:
        """Shown beside the field, not in a window: the queue at the door keeps moving.
        The refused text returns to the field only if nothing new was typed there."""
        self.message.setText(error_text(exc))
        self.message.setStyleSheet("color: #a12622; font-weight: bold;")
        self._fit_message()
        if text and not self.search.text():
            self.search.setText(text)
        self.search.selectAll()
        self.search.setFocus()

    def undo(self) -> None:
        match = self.last_checked_in
        if match is None:
            return
        assemblies, assembly_id, base = (self.services.assemblies, self.assembly_id,
                                         self.quorum_base)
        self.ui.runner.submit(lambda: assemblies.withdraw(assembly_id, match.resident_id, base),
                              lambda status: self._undone(match, status), self._refused)

    def _undone(self, match: CheckInMatch, status: QuorumStatus) -> None:
        self.banner.show_status(status)
        self.last_checked_in = None
        self.undo_button.setEnabled(False)
        self.message.setText(self.tr("Se deshizo la llegada de {name}").format(name=match.name))
        self.message.setStyleSheet("color: #5a4500; font-weight: bold;")
        self._fit_message()
        self._reload_present()

    def withdraw_selected(self) -> None:
        index = self.present.currentIndex()
        if not index.isValid() or self.locked:
            return
        person: Attendee = self.present_model.row_at(index.row())
        assemblies, assembly_id = self.services.assemblies, self.assembly_id

        def done(status: QuorumStatus) -> None:
            self.banner.show_status(status)
            self.message.setText(self.tr("Salida registrada: {name}").format(name=person.name))
            self._fit_message()
            self._reload_present()

        base = self.quorum_base
        self.ui.runner.submit(lambda: assemblies.withdraw(assembly_id, person.resident_id, base),
                              done, self._refused)

    def _toggle_new_form(self) -> None:
        self.new_form.setVisible(not self.new_form.isVisible())
        if self.new_form.isVisible():
            typed = self.search.text().strip()
            if typed and any(ch.isdigit() for ch in typed):
                self.new_id.setText(typed)
            self.new_first.setFocus()

    def register_new(self) -> None:
        try:
            birth: date | None = parse_date(self.new_birth.text()) \
                if self.new_birth.text().strip() else None
        except DomainError as exc:
            self._refused(exc)
            return
        new = NewResident(
            council_id=str(self.new_council.currentData() or ""),
            first_names=self.new_first.text(), last_names=self.new_last.text(),
            national_id=self.new_id.text() or None, birth_date=birth,
        )
        services, assembly_id = self.services, self.assembly_id

        def job() -> Arrival:
            resident = services.residents.add(new)
            status = services.assemblies.check_in(assembly_id, resident.id)
            return (CheckInMatch(resident.id, resident.full_name, resident.national_id,
                                 resident.council_id, None, True), status,
                    services.assemblies.attendee(assembly_id, resident.id))

        def done(result: Arrival) -> None:
            for field in (self.new_first, self.new_last, self.new_id, self.new_birth):
                field.clear()
            self.new_form.hide()
            self._checked_in(result)

        self.ui.write((self.new_save,), job, done, self, self._refused)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
