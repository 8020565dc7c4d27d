"""The results screen: the same figures as the printed results, with the bar chart."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QRectF, QStandardPaths, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.consultation.model import Results, TableResult

from ui import labels
from ui.consultation.preview import show_preview
from ui.context import UiContext, show_error
from ui.flow_layout import FlowLayout
from ui.table_model import Column, RecordTableModel
from ui.widgets import big_button, fit_columns, record_table, rich_label

FUNDED = QColor(33, 115, 64)
OTHER = QColor(140, 158, 184)


class BarChart(QWidget):
    """Votes per project in ballot order; funded projects in green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int, bool]] = []
        self.setMinimumHeight(180)

    def set_results(self, results: Results) -> None:
        ordered = sorted(results.candidates, key=lambda c: c.number)
        self.bars = [(f"{c.number}. {c.title}", c.votes, c.funded) for c in ordered]
        self.setMinimumHeight(28 * max(len(self.bars), 1) + 16)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.bars:
            return
        label_w = min(320.0, self.width() * 0.45)
        top, row_h = 8.0, (self.height() - 16) / len(self.bars)
        most = max(max(v for _l, v, _f in self.bars), 1)
        chart_w = self.width() - label_w - 70
        metrics = painter.fontMetrics()
        for index, (label, votes, funded) in enumerate(self.bars):
            y = top + index * row_h
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 10))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(0, y, label_w - 8, row_h),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             text)
            width = chart_w * votes / most
            painter.fillRect(QRectF(label_w, y + row_h * 0.18, width, row_h * 0.64),
                             FUNDED if funded else OTHER)
            painter.drawText(QRectF(label_w + width + 6, y, 64, row_h),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             str(votes))
        painter.end()


class ResultsTab(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.results: Results | None = None
        self.numbers: list[int] = []
        self.summary = rich_label("", self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("resultsSummary")
        self.chart = BarChart(self)
        self.model = RecordTableModel([
            Column(self.tr("Puesto"), lambda c: c.rank, align_right=True),
            Column(self.tr("N.º"), lambda c: c.number, align_right=True),
            Column(self.tr("Votos"), lambda c: c.votes, align_right=True),
            Column(self.tr("%"), lambda c: labels.percent(c.share), align_right=True),
            Column(self.tr("Resultado"), self._mark),
            Column(self.tr("Proyecto"), lambda c: c.title),
        ], self)
        self.table = record_table(self)
        self.table.setModel(self.model)
        self.tables_model = self._tables_model([])
        self.tables_view = record_table(self)
        self.tables_view.setModel(self.tables_model)
        buttons = FlowLayout()
        self.print_button = big_button(self.tr("Imprimir resultados…"), self, primary=True)
        self.csv_button = big_button(self.tr("Exportar CSV…"), self)
        self.xlsx_button = big_button(self.tr("Exportar Excel…"), self)
        self.tie_button = big_button(self.tr("Registrar desempate…"), self)
        self.tie_button.setEnabled(False)
        for button in (self.print_button, self.csv_button, self.xlsx_button):
            buttons.addWidget(button)
        buttons.addWidget(self.tie_button)
        upper = QWidget(self)
        upper_layout = QHBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.chart, 1)
        upper_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(self.tables_view)
        split.setSizes([320, 160])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.preview)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.tie_button.clicked.connect(self.resolve_tie)

    def _tables_model(self, numbers: list[int]) -> RecordTableModel:
        """Per table: its votes for each project (one column per number), then the rest."""
        per_project = [Column(str(n), _votes_for(n), align_right=True) for n in numbers]
        return RecordTableModel([
            Column(self.tr("Mesa"), lambda t: t.label),
            Column(self.tr("Acta"), lambda t: self.tr("aceptada") if t.accepted
                   else self.tr("pendiente")),
            *per_project,
            Column(self.tr("Nulos"), lambda t: t.null_votes if t.accepted else "",
                   align_right=True),
            Column(self.tr("Blancos"), lambda t: t.blank_votes if t.accepted else "",
                   align_right=True),
            Column(self.tr("Urna"), lambda t: t.ballots_in_box if t.accepted else "",
                   align_right=True),
            Column(self.tr("Electores"), lambda t: t.eligible, align_right=True),
            Column(self.tr("Participación"),
                   lambda t: self._turnout(t) if t.accepted else "",
                   align_right=True),
        ], self)

    def _mark(self, candidate: object) -> str:
        if getattr(candidate, "funded", False):
            return self.tr("FINANCIADO")
        return self.tr("EMPATE") if getattr(candidate, "tied", False) else ""

    def _turnout(self, table: TableResult) -> str:
        """A table's participation, or ERROR where its box holds more ballots than its register
        has voters (276 % would hide a wrong figure), as on the results paper."""
        return self.tr("ERROR") if table.over_register else labels.percent(table.participation)

    def _over_register_details(self, results: Results) -> str:
        """«Escuela Uno · Mesa 1: 3 boletas, 2 electores»: where the box outnumbers the
        register (the whole consultation's figures when no one table does)."""
        parts = [(t.label, t.ballots_in_box, t.eligible) for t in results.tables_over_register]
        parts = parts or [(self.tr("total"), results.ballots_in_box, results.eligible)]
        return "; ".join(self.tr("{where}: {box}, {eligible}").format(
            where=where, box=labels.count(box, self.tr("{n} boleta"), self.tr("{n} boletas")),
            eligible=labels.count(eligible, self.tr("{n} elector"), self.tr("{n} electores")))
            for where, box, eligible in parts)

    def show_results(self, results: Results) -> None:
        self.results = results
        if results.over_register:
            # More ballots than voters is an error to find, not a turnout above 100 %.
            first = self.tr(
                "Mesas escrutadas: <b>{counted} de {total}</b>. <b style='color:#a00'>ERROR en "
                "la participación:</b> hay más boletas en la urna que electores en el cuaderno "
                "({details}). Revise los cuadernos y las actas de escrutinio antes de "
                "proclamar.")
        else:
            first = self.tr("Mesas escrutadas: <b>{counted} de {total}</b>. Participación: "
                            "{box} de {eligible} ({pct}).")
        lines = [first.format(
            counted=results.tables_counted, total=results.tables_total,
            box=labels.count(results.ballots_in_box, self.tr("<b>{n}</b> boleta"),
                             self.tr("<b>{n}</b> boletas")),
            eligible=labels.count(results.eligible, self.tr("<b>{n}</b> elector"),
                                  self.tr("<b>{n}</b> electores")),
            pct=labels.percent(results.participation),
            details=escape(self._over_register_details(results))),
            escape(results.funding_note)]
        if results.tie_note:
            lines.append(f"<b style='color:#a00'>{escape(results.tie_note)}</b>")
        self.summary.setText("<br/>".join(lines))
        self.tie_button.setEnabled(bool(results.pending_tie))
        self.chart.set_results(results)
        self.model.set_rows(list(results.candidates))
        numbers = sorted(c.number for c in results.candidates)
        if numbers != self.numbers:
            self.numbers = numbers
            self.tables_model = self._tables_model(numbers)
            self.tables_view.setModel(self.tables_model)
        self.tables_model.set_rows(list(results.tables))
        fit_columns(self.table)
        fit_columns(self.tables_view)

    def resolve_tie(self) -> None:
        """Record the second vote or the draw: the tied numbers from winner to last."""
        results = self.results
        if results is None or not results.pending_tie:
            return
        tied = ", ".join(str(n) for n in results.pending_tie)
        order, ok = QInputDialog.getText(
            self, self.tr("Registrar desempate"),
            self.tr("Orden final de los proyectos empatados ({numbers}), del ganador al "
                    "último:").format(numbers=tied), text=tied)
        if not ok:
            return
        note, ok = QInputDialog.getText(self, self.tr("Registrar desempate"), self.tr(
            "Cómo se decidió (acta de la segunda votación o testigos del sorteo):"))
        if not ok:
            return
        numbers = [int(n) for n in re.findall(r"\d+", order)]
        cid = results.consultation.id
        self.ui.run(lambda: self.ui.services.consultations.resolve_tie(cid, numbers, note),
                    None, self)

    def preview(self) -> None:
        results = self.results
        if results is None:
            return
        papers, consultation_id = self.ui.services.papers, results.consultation.id
        show_preview(self.ui, self.tr("Resultados"), lambda: papers.results(consultation_id),
                     self)

    def export(self, kind: str) -> None:
        results = self.results
        if results is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        filters = self.tr("CSV (*.csv)") if kind == "csv" else self.tr("Excel (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exportar resultados"),
                                              str(Path(folder) / f"resultados.{kind}"), filters)
        if not path:
            return
        target = Path(path if path.lower().endswith(f".{kind}") else f"{path}.{kind}")

        def job() -> Path:
            # The spreadsheet library is loaded here, on the worker, when a file is saved.
            from app.consultation.export import results_csv, results_xlsx

            if kind == "csv":
                target.write_text(results_csv(results), encoding="utf-8")
            else:
                target.write_bytes(results_xlsx(results))
            return target

        self.ui.runner.submit(job, lambda saved: self.summary.setText(
            self.summary.text() + "<br/>" + self.tr("Guardado en {path}").format(
                path=escape(str(saved)))), lambda exc: show_error(self, exc))


def _votes_for(number: int) -> Callable[[TableResult], object]:
    """The column of one project's votes: blank for a table whose acta is not accepted."""
    return lambda t: t.votes.get(number, 0) if t.accepted else ""
