"""Merge two records of the same person: keep one, choosing each field from either record."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.census.model import MergeResult
from app.domain.census import Resident

from ui.census.choices import CensusChoices, sex_label
from ui.context import UiContext, error_text
from ui.widgets import ask_plain, big_button, rich_label, text_label


class MergeDialog(QDialog):
    merged = Signal(object)  # MergeResult

    def __init__(self, ui: UiContext, choices: CensusChoices, first: Resident,
                 second: Resident, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.records = (first, second)
        self.setWindowTitle(self.tr("Fusionar registros duplicados"))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        intro = text_label(self.tr(
            "Elija el registro que queda y, dato por dato, el valor correcto. El otro registro "
            "se archiva y apunta al que queda; su asistencia y sus votos cuentan para el que "
            "queda."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid = QGridLayout()
        grid.addWidget(rich_label(self.tr("<b>Registro que queda</b>"), self), 0, 0)
        self.keep = QButtonGroup(self)
        for col, record in enumerate(self.records, start=1):
            # The column below names the person; the question before merging names both.
            button = QRadioButton(self.tr("Este registro"), self)
            button.setToolTip(self._who(record))
            self.keep.addButton(button, col - 1)
            grid.addWidget(button, 0, col)
        self.keep.button(0).setChecked(True)

        def show(value: object) -> str:
            return "" if value is None else str(value)

        fields: list[tuple[str, str, object]] = [
            ("first_names", self.tr("Nombres"), lambda r: r.first_names),
            ("last_names", self.tr("Apellidos"), lambda r: r.last_names),
            ("national_id", self.tr("Cédula"), lambda r: r.national_id),
            ("birth_date", self.tr("Fecha de nacimiento"),
             lambda r: r.birth_date.strftime("%d/%m/%Y") if r.birth_date else None),
            ("sex", self.tr("Sexo"), lambda r: sex_label(r.sex) or None),
            ("council_id", self.tr("Consejo comunal"),
             lambda r: choices.council_name(r.council_id)),
            ("sector_id", self.tr("Sector"), lambda r: choices.sector_name(r.sector_id) or None),
            ("address", self.tr("Dirección"), lambda r: r.address),
            ("phone", self.tr("Teléfono"), lambda r: r.phone),
            ("household", self.tr("Hogar"), lambda r: r.household),
        ]
        self.choice_groups: dict[str, QButtonGroup] = {}
        for row, (key, label, getter) in enumerate(fields, start=1):
            values = [getter(r) for r in self.records]  # type: ignore[operator]
            grid.addWidget(text_label(label, self), row, 0)
            group = QButtonGroup(self)
            for col, value in enumerate(values):
                button = QRadioButton(show(value) or self.tr("(vacío)"), self)
                group.addButton(button, col)
                grid.addWidget(button, row, col + 1)
            # Prefer the kept record's value, unless only the other one has something.
            group.button(1 if values[0] in (None, "") and values[1] not in (None, "")
                         else 0).setChecked(True)
            if values[0] == values[1]:
                for same in group.buttons():
                    same.setEnabled(False)
            self.choice_groups[key] = group
        layout.addLayout(grid)

        self.error = text_label("", self)
        self.error.setObjectName("errorBanner")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.merge_button = big_button(self.tr("Fusionar"), self, primary=True)
        cancel = big_button(self.tr("Cancelar"), self)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.merge_button)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        self.merge_button.clicked.connect(self.merge)

    def plan(self) -> tuple[str, str, list[str]]:
        """(survivor id, other id, fields to take from the other) as chosen on screen."""
        kept = self.keep.checkedId()
        survivor, other = self.records[kept], self.records[1 - kept]
        take = [key for key, group in self.choice_groups.items()
                if group.checkedId() != kept and group.buttons()[0].isEnabled()]
        return survivor.id, other.id, take

    def _who(self, record: Resident) -> str:
        return f"{record.full_name} ({record.national_id or self.tr('sin cédula')})"

    def confirm(self) -> bool:
        """Merging cannot be undone from the window: the secretary sees both people by name
        and cédula, and which one stays, before it is done."""
        kept = self.keep.checkedId()
        return ask_plain(self, self.tr("Fusionar registros"), self.tr(
            "¿Fusionar estos dos registros en uno?\n\nQueda: {kept}\nSe une a él: {other}"
            "\n\nEl segundo registro se archiva y no se puede deshacer desde aquí.").format(
            kept=self._who(self.records[kept]), other=self._who(self.records[1 - kept])))

    def merge(self) -> None:
        if not self.confirm():
            return
        survivor, other, take = self.plan()
        residents = self.ui.services.residents
        self.ui.write((self.merge_button,), lambda: residents.merge(survivor, other, take),
                      self._done, self, self._failed)

    def _done(self, result: MergeResult) -> None:
        self.merged.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()
