"""The form to add or edit a resident, with the reasons a value is refused shown inline."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.census.model import ResidentDraft
from app.census.resident_rules import PHONE_MAX
from app.domain.census import NewResident, Resident
from app.domain.dates import age_on, parse_date
from app.domain.enums import Sex
from app.domain.errors import DomainError

from ui import labels
from ui.census.choices import CensusChoices, sex_label
from ui.context import UiContext, error_text
from ui.widgets import big_button, text_label


@dataclass(frozen=True)
class _Checked:
    new: NewResident


class ResidentDialog(QDialog):
    """Add (resident=None) or edit a resident. Emits `saved` with the stored Resident."""

    saved = Signal(object)

    def __init__(self, ui: UiContext, choices: CensusChoices, resident: Resident | None = None,
                 council_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.choices = choices
        self.resident = resident
        self._confirmed_duplicates = False
        self.setWindowTitle(self.tr("Editar habitante") if resident else
                            self.tr("Agregar habitante"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}

        self.first_names = QLineEdit(self)
        self.last_names = QLineEdit(self)
        self.national_id = QLineEdit(self)
        self.national_id.setPlaceholderText(self.tr("V-12345678 (vacío si no tiene)"))
        self.birth_date = QLineEdit(self)
        self.birth_date.setPlaceholderText(self.tr("dd/mm/aaaa"))
        self.age_label = text_label("", self)
        self.age_label.setObjectName("muted")
        self.age_label.hide()
        self.sex = QComboBox(self)
        self.sex.addItem(self.tr("Sin indicar"), None)
        for sex in (Sex.FEMALE, Sex.MALE):
            self.sex.addItem(sex_label(sex), sex)
        self.council = QComboBox(self)
        for council in choices.councils:
            self.council.addItem(council.name, council.id)
        self.sector = QComboBox(self)
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(PHONE_MAX)
        self.phone.setPlaceholderText("0412-1234567")
        self.household = QLineEdit(self)
        self.household.setPlaceholderText(self.tr("código de la familia o vivienda"))

        rows: list[tuple[str, str, QWidget]] = [
            ("first_names", self.tr("Nombres:"), self.first_names),
            ("last_names", self.tr("Apellidos:"), self.last_names),
            ("national_id", self.tr("Cédula:"), self.national_id),
            ("birth_date", self.tr("Fecha de nacimiento:"), self.birth_date),
            ("sex", self.tr("Sexo:"), self.sex),
            ("council_id", self.tr("Consejo comunal:"), self.council),
            ("sector_id", self.tr("Sector:"), self.sector),
            ("address", self.tr("Dirección:"), self.address),
            ("phone", self.tr("Teléfono:"), self.phone),
            ("household", self.tr("Hogar:"), self.household),
        ]
        for key, label, widget in rows:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            if key == "birth_date":
                box.addWidget(self.age_label)
            error = text_label("", self)
            error.setObjectName("fieldError")
            error.setStyleSheet("color: #b3261e;")
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.errors[key] = error
            form.addRow(label, box)
        layout.addLayout(form)

        self.warning = text_label("", self)
        self.warning.setObjectName("banner")
        self.warning.setWordWrap(True)
        self.warning.hide()
        layout.addWidget(self.warning)
        buttons = QHBoxLayout()
        self.save_button = big_button(self.tr("Guardar"), self, primary=True)
        cancel = big_button(self.tr("Cancelar"), self)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.council.currentIndexChanged.connect(lambda _i: self._fill_sectors(None))
        self.birth_date.textChanged.connect(self._show_age)
        for edit in (self.national_id, self.first_names, self.last_names, self.birth_date):
            edit.textChanged.connect(self._forget_confirmation)
        self._load(resident, council_id)

    def _load(self, resident: Resident | None, council_id: str | None) -> None:
        wanted = resident.council_id if resident else (council_id or
                                                       self.choices.default_council_id)
        index = self.council.findData(wanted)
        self.council.setCurrentIndex(max(index, 0))
        self._fill_sectors(resident.sector_id if resident else None)
        if resident is None:
            return
        self.first_names.setText(resident.first_names)
        self.last_names.setText(resident.last_names)
        self.national_id.setText(resident.national_id or "")
        if resident.birth_date:
            self.birth_date.setText(resident.birth_date.strftime("%d/%m/%Y"))
        self.sex.setCurrentIndex(max(self.sex.findData(resident.sex), 0))
        self.address.setText(resident.address or "")
        self.phone.setText(resident.phone or "")
        self.household.setText(resident.household or "")

    def _fill_sectors(self, selected: str | None) -> None:
        self.sector.clear()
        self.sector.addItem(self.tr("Sin sector"), None)
        for sector in self.choices.sectors_of(self.council.currentData()):
            self.sector.addItem(sector.name, sector.id)
        self.sector.setCurrentIndex(max(self.sector.findData(selected), 0))

    def _show_age(self, text: str) -> None:
        try:
            born = parse_date(text)
        except DomainError:
            self.age_label.setText("")
            self.age_label.hide()
            return
        today = self.ui.services.residents.today()
        self.age_label.setText(labels.count(
            age_on(born, today), self.tr("{n} año"),
            self.tr("{n} años")))
        self.age_label.show()

    def _grow_to_fit(self) -> None:
        """Make room for messages that just appeared (wrapped labels do not ask for it)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.sizeHint().height()
        if height > self.height():
            self.resize(self.width(), height)

    def _forget_confirmation(self) -> None:
        self._confirmed_duplicates = False
        self.warning.hide()
        self.save_button.setText(self.tr("Guardar"))

    # -- validation and saving -------------------------------------------------------------

    def _sex(self) -> Sex | None:
        data = self.sex.currentData()
        return Sex(data) if data else None  # Qt hands enums back as plain str

    def _set_error(self, key: str, text: str) -> None:
        label = self.errors[key]
        label.setText(text)
        label.setVisible(bool(text))

    def checked(self) -> NewResident | None:
        """The form as a NewResident, or None after showing every problem beside its field.
        The residents service checks it: the same rules and clock as when it stores it."""
        for key in self.errors:
            self._set_error(key, "")
        council = self.council.currentData()
        check = self.ui.services.residents.check_draft(ResidentDraft(
            council_id=council or "", first_names=self.first_names.text(),
            last_names=self.last_names.text(), national_id=self.national_id.text(),
            birth_date=self.birth_date.text(), sex=self._sex(),
            sector_id=self.sector.currentData(), address=self.address.text(),
            phone=self.phone.text(), household=self.household.text()))
        for key, text in check.errors.items():
            self._set_error(key, text)
        if council is None:
            self._set_error("council_id", self.tr("Registre primero un consejo comunal "
                                                  "en la pestaña Organización."))
        if check.resident is None or council is None:
            self._grow_to_fit()
            return None
        if check.resident.national_id:
            self.national_id.setText(check.resident.national_id)  # show the normalized form
        return check.resident

    def save(self) -> None:
        new = self.checked()
        if new is None:
            return
        residents = self.ui.services.residents
        editing = self.resident
        confirmed = self._confirmed_duplicates

        def job() -> tuple[str, object]:
            if not confirmed:
                duplicates = residents.possible_duplicates(
                    new, exclude_id=editing.id if editing else None)
                if duplicates:
                    return "duplicates", duplicates
            if editing is None:
                return "saved", residents.add(new)
            return "saved", residents.update(
                editing.id, first_names=new.first_names, last_names=new.last_names,
                national_id=new.national_id, birth_date=new.birth_date, sex=new.sex,
                council_id=new.council_id, sector_id=new.sector_id, address=new.address,
                phone=new.phone, household=new.household)

        self.save_button.setEnabled(False)
        self.ui.runner.submit(job, self._after_save, self._failed)

    def _after_save(self, result: tuple[str, object]) -> None:
        self.save_button.setEnabled(True)
        kind, value = result
        if kind == "duplicates":
            people = "; ".join(
                f"{r.full_name} ({r.national_id or self.tr('sin cédula')}"
                + (f", {r.birth_date.strftime('%d/%m/%Y')}" if r.birth_date else "") + ")"
                for r in value  # type: ignore[attr-defined]
            )
            self.warning.setText(self.tr("Posible duplicado: ya está registrado {people}. "
                                         "Revise antes de guardar.").format(people=people))
            self.warning.show()
            self._confirmed_duplicates = True
            self.save_button.setText(self.tr("Guardar de todos modos"))
            return
        self.saved.emit(value)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.warning.setText(error_text(exc))
        self.warning.show()
