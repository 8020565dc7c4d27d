"""The project view's writes that open a form: funding by hand, a status change, a progress
report with photos, an inspection, the people responsible. Each form saves while it stays
open (ui/submit.py): its OK is disabled while the job runs, so a double click records once,
and a refusal leaves every field as typed."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from app.domain.enums import Currency
from app.domain.errors import DomainError
from app.projects.model import ProjectPerson, ProjectScreen
from app.projects.money import parse_amount

from ui import labels
from ui.context import UiContext
from ui.form_dialog import FormDialog
from ui.projects.dialogs import StatusDialog
from ui.projects.record_forms import FundDialog, InspectionDialog, PeopleDialog, ProgressDialog
from ui.submit import save_before_closing


def photos_of(paths: tuple[Path, ...]) -> list[tuple[str, bytes, str]]:
    """Read the chosen photos (on the worker): name, bytes, media type."""
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise DomainError("receipt.missing", path=str(missing[0]))
    return [(p.name, p.read_bytes(), mimetypes.guess_type(p.name)[0] or "") for p in paths]


class RecordActions(QWidget):
    """Mixed into ProjectView, which sets these."""

    ui: UiContext
    project_id: str | None
    shown: ProjectScreen | None
    people: list[ProjectPerson]
    form: QDialog | None
    note: QLabel

    def _after(self, message: str) -> None:
        self.note.setText(message)

    def _open_form(self, dialog: FormDialog, make_job: Callable[[], Callable[[], Any]]) -> None:
        """Open the form window-modal without blocking (a test fills `self.form` and clicks)."""
        save_before_closing(dialog, dialog.buttons, self.ui, make_job, self._after)
        self.form = dialog
        dialog.open()

    def fund(self) -> None:
        if self.project_id is None:
            return
        dialog = FundDialog(self.ui.services.settings.all().secretary_name, self)
        status, project_id = self.ui.services.project_status, self.project_id

        def make_job() -> Callable[[], str]:
            amount, by = parse_amount(dialog.amount.text()), dialog.by.text()
            currency = Currency(str(dialog.currency.currentData()))

            def job() -> str:
                project = status.fund(project_id, amount, currency, by)
                return self.tr("«{title}» financiado con {amount}.").format(
                    title=project.title, amount=labels.money(amount, currency.value))
            return job

        self._open_form(dialog, make_job)

    def change_status(self) -> None:
        if self.shown is None or self.project_id is None:
            return
        by = self.ui.services.settings.all().secretary_name
        dialog = StatusDialog(self.shown.ledger.project.status, by, self)
        service, project_id = self.ui.services.project_status, self.project_id

        def make_job() -> Callable[[], str]:
            status, who, note = dialog.values()

            def job() -> str:
                project = service.set_status(project_id, status, who, note)
                return self.tr("Estado: {status}.").format(
                    status=labels.project_status(project.status))
            return job

        self._open_form(dialog, make_job)

    def report_progress(self, last_percent: int = 0) -> None:
        if self.project_id is None:
            return
        dialog = ProgressDialog(last_percent, self)
        watch, project_id = self.ui.services.project_oversight, self.project_id

        def make_job() -> Callable[[], str]:
            typed = dialog.typed()

            def job() -> str:
                report = watch.report_progress(project_id, typed.day, typed.percent,
                                               typed.text, photos_of(typed.photos))
                return self.tr("Avance registrado: {percent} %.").format(
                    percent=report.percent)
            return job

        self._open_form(dialog, make_job)

    def inspect(self) -> None:
        if self.project_id is None:
            return
        dialog = InspectionDialog(self.ui, self)
        watch, project_id = self.ui.services.project_oversight, self.project_id

        def make_job() -> Callable[[], str]:
            day = dialog.day.date().toPython()
            inspectors, checked = dialog.inspectors.chosen(), dialog.checked.text()
            findings, notes = dialog.finding_lines(), dialog.observations.text()

            def job() -> str:
                made = watch.inspect(project_id, day, inspectors, checked,  # type: ignore[arg-type]
                                     findings, notes)
                return self.tr("Inspección registrada; hallazgos abiertos: {n}.").format(
                    n=len(made.findings))
            return job

        self._open_form(dialog, make_job)

    def name_people(self) -> None:
        if self.project_id is None:
            return
        dialog = PeopleDialog(self.ui, self)
        status, project_id = self.ui.services.project_status, self.project_id

        def make_job() -> Callable[[], str]:
            role, chosen = dialog.chosen_role(), dialog.people.chosen()

            def job() -> str:
                named = status.name_people(project_id, chosen, role)
                return self.tr("Responsables: {names}.").format(
                    names=", ".join(p.name for p in named))
            return job

        self._open_form(dialog, make_job)

