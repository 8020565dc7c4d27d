"""Ingresos y gastos: the money received, the money spent, and the receipt of the selected
expense shown beside it (a photo scaled to fit, or the name of a PDF)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.projects.model import Disbursement, Expense

from ui import labels
from ui.context import UiContext
from ui.paged_model import PagedTableModel
from ui.safety.history_dialog import history_button
from ui.table_model import Column, RecordTableModel
from ui.widgets import big_button, fit_columns, record_table, section_title, text_label

EXPENSE_PAGE = 200


def _rate(rate_e4: int | None) -> str:
    """Bolívares per dollar to the hundredth, written as the program's language writes."""
    return "" if rate_e4 is None else labels.amount((rate_e4 + 50) // 100)


class MoneyTab(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.currency = "USD"
        self.line_names: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        top.addWidget(section_title(self.tr("Dinero recibido"), self))
        top.addStretch(1)
        self.receive_button = big_button(self.tr("Registrar ingreso"), self)
        top.addWidget(self.receive_button)
        layout.addLayout(top)
        self.received = RecordTableModel([
            Column(self.tr("Fecha"), lambda d: d.received_on.strftime("%d/%m/%Y")),
            Column(self.tr("Monto"), lambda d: labels.money(d.amount_cents, d.currency.value),
                   align_right=True),
            Column(self.tr("Tasa"), lambda d: _rate(d.rate_e4), align_right=True),
            Column(self.tr("Valor"), lambda d: labels.money(d.value_cents, self.currency),
                   align_right=True),
            Column(self.tr("Origen"), lambda d: d.source),
            Column(self.tr("Referencia"), lambda d: d.reference or ""),
        ], self)
        self.received_table = record_table(self)
        self.received_table.setModel(self.received)
        self.received_table.setMaximumHeight(110)
        layout.addWidget(self.received_table)

        mid = QHBoxLayout()
        mid.addWidget(section_title(self.tr("Gastos"), self))
        mid.addStretch(1)
        self.attach_button = big_button(self.tr("Adjuntar comprobante"), self)
        self.spend_button = big_button(self.tr("Registrar gasto"), self, primary=True)
        mid.addWidget(history_button(ui, self, lambda: getattr(self.current_expense(), "id",
                                                               None)))
        mid.addWidget(self.attach_button)
        mid.addWidget(self.spend_button)
        layout.addLayout(mid)
        # A page at a time as the list scrolls: a project may hold thousands of expenses.
        self.project_id: str | None = None
        self.spent = PagedTableModel([
            Column(self.tr("Fecha"), lambda e: e.spent_on.strftime("%d/%m/%Y")),
            Column(self.tr("Proveedor"), lambda e: e.supplier),
            Column(self.tr("Valor"), lambda e: labels.money(e.value_cents, self.currency),
                   align_right=True),
            Column(self.tr("Comprobante"), lambda e: "✓" if e.receipt else self.tr("FALTA")),
            Column(self.tr("Factura"), lambda e: e.invoice or ""),
            Column(self.tr("Partida"), lambda e: self.line_names.get(e.budget_line_id or "",
                                                                     "")),
            Column(self.tr("Monto"), lambda e: labels.money(e.amount_cents, e.currency.value),
                   align_right=True),
            Column(self.tr("Descripción"), lambda e: e.description),
        ], ui.runner, EXPENSE_PAGE, self)
        self.spent_table = record_table(self)
        self.spent_table.setModel(self.spent)
        self.spent.page_loaded.connect(self._page_loaded)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.spent_table)
        panel = QWidget(split)
        side = QVBoxLayout(panel)
        side.setContentsMargins(6, 0, 0, 0)
        self.receipt_name = text_label(self.tr("Seleccione un gasto para ver su comprobante."),
                                       panel)
        self.receipt_name.setWordWrap(True)
        self.receipt_image = QLabel(panel)
        self.receipt_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.receipt_image.setMinimumSize(160, 120)
        side.addWidget(self.receipt_name)
        side.addWidget(self.receipt_image, 1)
        split.addWidget(panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.spent_table.selectionModel().currentRowChanged.connect(self._show_receipt)

    def show_money(self, currency: str, line_names: dict[str, str],
                   received: Sequence[Disbursement], project_id: str) -> None:
        """The money received by `project_id`, and its expenses."""
        self.currency, self.line_names = currency, line_names
        self.received.set_rows(received)
        fit_columns(self.received_table)
        self.show_expenses(project_id)

    def show_expenses(self, project_id: str) -> None:
        """The expenses of `project_id` from the first page, or loaded again in place when
        they are already shown (the selection stays)."""
        if project_id == self.project_id:
            if not self.spent.loading:
                self.spent.refresh()
            return
        self.project_id = project_id
        money = self.ui.services.project_money
        self.spent.set_loader(lambda offset, limit: money.expenses_page(project_id, offset,
                                                                        limit))

    def _page_loaded(self, held: int) -> None:
        if held <= EXPENSE_PAGE:  # the first page: fit the columns to it once
            fit_columns(self.spent_table)
        self._show_receipt()

    def current_expense(self) -> Expense | None:
        row = self.spent_table.currentIndex().row()
        return self.spent.row_at(row) if 0 <= row < self.spent.rowCount() else None

    def _show_receipt(self) -> None:
        expense = self.current_expense()
        self.receipt_image.clear()
        if expense is None:
            self.receipt_name.setText(self.tr("Seleccione un gasto para ver su comprobante."))
            return
        receipt = expense.receipt
        if receipt is None:
            self.receipt_name.setText(self.tr("Este gasto no tiene comprobante: adjúntelo."))
            return
        self.receipt_name.setText(receipt.filename)
        if receipt.media_type == "application/pdf":
            self.receipt_image.setText(self.tr("Documento PDF"))
            return
        money = self.ui.services.project_money
        attachment_id, expense_id = receipt.attachment_id, expense.id

        def job() -> bytes | None:
            return money.receipt_data(attachment_id)

        def show(data: bytes | None) -> None:
            current = self.current_expense()
            if current is None or current.id != expense_id:
                return  # another expense was chosen while the photo loaded
            if data is None:
                self.receipt_image.setText(self.tr("El archivo todavía no ha llegado."))
                return
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                self.receipt_image.setPixmap(pixmap.scaled(
                    self.receipt_image.size(), Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))

        self.ui.run(job, show, self)
