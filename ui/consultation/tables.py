"""Voting centres and tables: members, voters per table, and the papers of each table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QInputDialog, QVBoxLayout, QWidget

from app.consultation.model import ConsultationOverview, TableTally
from app.consultation.serials import describe_all, next_serial, parse_serial_range
from app.domain.consultation import Consultation
from app.domain.enums import TableRole
from app.printing.paper import Paper, safe_file_name

from ui.consultation.dialogs import AssignDialog, BallotsDialog, MemberDialog
from ui.context import UiContext
from ui.flow_layout import FlowLayout
from ui.pdf_preview import PREVIEW_PAGES, PdfPreviewDialog
from ui.submit import save_before_closing
from ui.table_model import Column, RecordTableModel
from ui.widgets import big_button, fit_columns, record_table, text_label

# The preview shows its first pages; ballots are six to a page.
PREVIEW_BALLOTS = 6 * PREVIEW_PAGES


def _members(state: TableTally) -> str:
    roles = {TableRole.PRESIDENT: "P", TableRole.SECRETARY: "S", TableRole.MEMBER: "M",
             TableRole.WITNESS: "T"}
    return ", ".join(f"{m.full_name} ({roles[m.role]})" for m in state.table.members)


class TablesTab(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.consultation: Consultation | None = None
        self.overview: ConsultationOverview | None = None
        self.model = RecordTableModel([
            Column(self.tr("Centro de votación"), lambda s: s.table.centre_name),
            Column(self.tr("Mesa"), lambda s: s.table.number, align_right=True),
            Column(self.tr("Electores"), lambda s: s.table.voters, align_right=True),
            Column(self.tr("Seriales impresos"),
                   lambda s: describe_all(s.table.ranges) or "—"),
            Column(self.tr("Miembros y testigos"), _members),
        ], self)
        self.table = record_table(self)
        self.table.setModel(self.model)
        self.summary = text_label("", self)
        self.summary.setWordWrap(True)
        setup = FlowLayout()
        self.centre_button = big_button(self.tr("Nuevo centro…"), self)
        self.table_button = big_button(self.tr("Nueva mesa en el centro"), self)
        self.member_button = big_button(self.tr("Agregar miembro…"), self)
        self.assign_button = big_button(self.tr("Electores de la mesa…"), self)
        self.split_button = big_button(self.tr("Repartir electores por igual"), self)
        for button in (self.centre_button, self.table_button, self.member_button,
                       self.assign_button, self.split_button):
            setup.addWidget(button)
        papers = FlowLayout()
        self.register_button = big_button(self.tr("Imprimir cuaderno de votación…"), self,
                                          primary=True)
        self.ballots_button = big_button(self.tr("Imprimir boletas…"), self, primary=True)
        self.reprint_button = big_button(self.tr("Reimprimir boletas…"), self)
        self.sheet_button = big_button(self.tr("Imprimir acta de escrutinio…"), self,
                                       primary=True)
        for button in (self.register_button, self.ballots_button, self.reprint_button,
                       self.sheet_button):
            papers.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(setup)
        layout.addLayout(papers)
        self.centre_button.clicked.connect(self.add_centre)
        self.table_button.clicked.connect(self.add_table)
        self.member_button.clicked.connect(self.add_member)
        self.split_button.clicked.connect(self.split)
        self.assign_button.clicked.connect(self.assign)
        self.reprint_button.clicked.connect(self.reprint)
        self.register_button.clicked.connect(self.preview_register)
        self.ballots_button.clicked.connect(self.print_ballots)
        self.sheet_button.clicked.connect(self.preview_sheet)

    def show_overview(self, overview: ConsultationOverview) -> None:
        self.overview = overview
        self.consultation = overview.consultation
        current = self._selected()
        self.model.set_rows(list(overview.tables))
        fit_columns(self.table)
        rows = [s.table.id for s in overview.tables]
        if rows:
            self.table.selectRow(rows.index(current.table.id) if current and
                                 current.table.id in rows else 0)
        self.summary.setText(self.tr(
            "Electores de {age} años o más el día de la votación: {n}. Sin mesa asignada: "
            "{free}.").format(age=overview.voting_age, n=overview.eligible,
                              free=overview.unassigned))

    def _selected(self) -> TableTally | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _run(self, job: Callable[[], object]) -> None:
        # Every action here writes: its buttons wait for the job, so nothing is added twice.
        self.ui.write((self.centre_button, self.table_button, self.member_button,
                       self.split_button, self.assign_button), job, None, self)

    def add_centre(self) -> None:
        consultation = self.consultation
        if consultation is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Nuevo centro de votación"),
                                        self.tr("Nombre del centro (escuela, casa comunal…)"))
        if not ok:
            return
        services = self.ui.services

        def job() -> object:
            centre = services.voting_tables.add_centre(consultation.id, name)
            return services.voting_tables.add_table(centre.id)

        self._run(job)

    def add_table(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        centre_id = selected.table.centre_id
        self._run(lambda: self.ui.services.voting_tables.add_table(centre_id))

    def add_member(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        dialog = MemberDialog(self)
        tables, table_id = self.ui.services.voting_tables, selected.table.id

        def job() -> Callable[[], object]:
            name, national_id, role = dialog.values()
            return lambda: tables.add_member(table_id, name, role, national_id)

        save_before_closing(dialog, dialog.buttons, self.ui, job)
        dialog.exec()

    def split(self) -> None:
        if self.consultation is not None:
            cid = self.consultation.id
            self._run(lambda: self.ui.services.voting_tables.split_evenly(cid))

    def assign(self) -> None:
        selected, consultation = self._selected(), self.consultation
        if selected is None or consultation is None:
            return
        services, table = self.ui.services, selected.table

        def places() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
            councils = services.organizations.councils_of(consultation.organization_id)
            sectors = [(s.id, f"{c.name} · {s.name}") for c in councils
                       for s in services.organizations.sectors(c.id)]
            return [(c.id, c.name) for c in councils], sectors

        def choose(found: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
            dialog = AssignDialog(table.label, found[0], found[1], self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            by, ids = dialog.values()
            self._run(lambda: services.voting_tables.set_rule(table.id, by, ids))

        self.ui.run(places, choose, self)

    def reprint(self) -> None:
        selected, consultation = self._selected(), self.consultation
        if selected is None or consultation is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Reimprimir boletas dañadas"),
            self.tr("Seriales a reimprimir (ya impresos: {ranges}), por ejemplo 120-125:")
            .format(ranges=describe_all(selected.table.ranges) or "—"))
        wanted = parse_serial_range(text)
        if not ok or wanted is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Reimprimir boletas dañadas"),
            self.tr("¿Por qué se reimprimen? (las boletas dañadas quedan anuladas)"))
        if not ok:
            return
        first, last = wanted
        papers, table = self.ui.services.papers, selected.table

        def make() -> Paper:
            return papers.ballot_reprint(consultation.id, table.id, first, last,
                                         reason=reason)[1]

        PdfPreviewDialog(self.ui, self.tr("Boletas: REIMPRESIÓN"), make, self).exec()

    def preview_register(self) -> None:
        selected, consultation = self._selected(), self.consultation
        if selected is None or consultation is None:
            return
        papers, table_id = self.ui.services.papers, selected.table.id
        PdfPreviewDialog(self.ui, self.tr("Cuaderno de votación"),
                         lambda: papers.voter_register(consultation.id, table_id), self).exec()

    def preview_sheet(self) -> None:
        selected, consultation = self._selected(), self.consultation
        if selected is None or consultation is None:
            return
        papers, table_id = self.ui.services.papers, selected.table.id
        PdfPreviewDialog(self.ui, self.tr("Acta de escrutinio"),
                         lambda: papers.tally_sheet(consultation.id, table_id), self).exec()

    def print_ballots(self) -> None:
        selected, consultation = self._selected(), self.consultation
        if selected is None or consultation is None:
            return
        table = selected.table
        dialog = BallotsDialog(table.label, next_serial(table.ranges), table.ballots_missing,
                               self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        count, style, specimen = dialog.values()
        papers = self.ui.services.papers

        def preview() -> Paper:
            # A look at the ballots: MUESTRA, no serials taken, nothing recorded.
            return papers.ballot_specimen(consultation.id, table.id,
                                          min(count, PREVIEW_BALLOTS), style)

        def make() -> Paper:
            return papers.ballots(consultation.id, table.id, count, style)[1]

        if specimen:
            PdfPreviewDialog(self.ui, self.tr("Boletas de muestra"),
                             lambda: papers.ballot_specimen(consultation.id, table.id, count,
                                                            style), self).exec()
            return
        PdfPreviewDialog(self.ui, self.tr("Boletas"), preview, self, make_final=make,
                         final_name=safe_file_name("boletas-mesa", table.number)).exec()
