"""Avance and Contraloría: how far the work is (reports with their percent), and the
oversight unit's inspections with each finding open until the people responsible answer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.projects.model import Finding, Inspection, Oversight

from ui import labels
from ui.table_model import Column, RecordTableModel
from ui.widgets import big_button, fit_columns, record_table, text_label


class ProgressTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.report_button = big_button(self.tr("Informar avance…"), self, primary=True)
        top.addWidget(self.bar, 1)
        top.addWidget(self.report_button)
        layout.addLayout(top)
        self.reports = RecordTableModel([
            Column(self.tr("Fecha"), lambda r: r.reported_on.strftime("%d/%m/%Y")),
            Column(self.tr("Avance"), lambda r: f"{r.percent} %", align_right=True),
            Column(self.tr("Fotos"), lambda r: len(r.photos), align_right=True),
            Column(self.tr("Cómo va la obra"), lambda r: r.text),
        ], self)
        self.table = record_table(self)
        self.table.setModel(self.reports)
        layout.addWidget(self.table, 1)

    def show_progress(self, oversight: Oversight) -> None:
        self.bar.setValue(oversight.percent or 0)
        self.bar.setFormat(self.tr("Sin informes de avance") if oversight.percent is None
                           else "%p %")
        self.reports.set_rows(list(oversight.progress))
        fit_columns(self.table)


@dataclass(frozen=True)
class FindingLine:
    inspection: Inspection
    finding: Finding

    @property
    def id(self) -> str:
        return self.finding.id


class AnswerDialog(QDialog):
    def __init__(self, finding: Finding, by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Responder el hallazgo"))
        form = QFormLayout(self)
        shown = text_label(finding.text, self)
        shown.setWordWrap(True)
        self.answer = QPlainTextEdit(self)
        self.by = QLineEdit(by, self)
        form.addRow(self.tr("Hallazgo"), shown)
        form.addRow(self.tr("Respuesta"), self.answer)
        form.addRow(self.tr("Responde"), self.by)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class OversightTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        self.summary = text_label("", self)
        self.summary.setWordWrap(True)
        self.answer_button = big_button(self.tr("Responder hallazgo"), self, primary=True)
        self.inspect_button = big_button(self.tr("Registrar inspección…"), self)
        top.addWidget(self.summary, 1)
        top.addWidget(self.inspect_button)
        top.addWidget(self.answer_button)
        layout.addLayout(top)
        self.findings = RecordTableModel([
            Column(self.tr("Inspección"), lambda f: f.inspection.inspected_on.strftime(
                "%d/%m/%Y")),
            Column(self.tr("Estado"), lambda f: self.tr("ABIERTO") if f.finding.open else
                   self.tr("Respondido {day}").format(
                       day=f"{f.finding.answered_on:%d/%m/%Y}")),
            Column(self.tr("Hallazgo"), lambda f: f.finding.text),
            Column(self.tr("Respuesta"), lambda f: f.finding.answer or ""),
            Column(self.tr("Contralores"), lambda f: ", ".join(f.inspection.inspectors)),
        ], self)
        self.table = record_table(self)
        self.table.setModel(self.findings)
        layout.addWidget(self.table, 1)

    def show_oversight(self, oversight: Oversight) -> None:
        lines = [FindingLine(i, f) for i in oversight.inspections for f in i.findings]
        self.findings.set_rows(lines)
        fit_columns(self.table)
        inspections = labels.count(len(oversight.inspections), self.tr("{n} inspección"),
                                   self.tr("{n} inspecciones"))
        self.summary.setText(self.tr("{inspections}; hallazgos abiertos: {open}.").format(
            inspections=inspections, open=labels.number(len(oversight.open_findings))))

    def current(self) -> FindingLine | None:
        row = self.table.currentIndex().row()
        return self.findings.row_at(row) if 0 <= row < self.findings.rowCount() else None
