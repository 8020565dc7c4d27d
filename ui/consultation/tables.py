"""Voting centres and tables: members, voters per table, and the papers of each table."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QInputDialog, QVBoxLayout, QWidget

from app.consultation.model import ConsultationOverview, TableTally
from app.consultation.serials import describe_all, next_serial, parse_serial_range
from app.domain.consultation import Consultation
from app.domain.enums import TableRole

from ui.consultation.dialogs import AssignDialog, BallotsDialog, MemberDialog
from ui.consultation.preview import file_name, preview_ballots, show_preview
from ui.context import UiContext
from ui.flow_layout import FlowLayout
from ui.submit import save_before_closing
from ui.table_model import Column, RecordTableModel
from ui.widgets import ask_plain, big_button, fit_columns, record_table, text_label

if TYPE_CHECKING:
    from app.printing.paper import Paper


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
        # Taking back what was added by mistake (the service says when it no longer can).
        self.remove_member_button = big_button(self.tr("Quitar miembro…"), self)
        self.remove_table_button = big_button(self.tr("Quitar mesa…"), self)
        setup.addWidget(self.remove_member_button)
        setup.addWidget(self.remove_table_button)
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
        self.remove_member_button.clicked.connect(self.remove_member)
        self.remove_table_button.clicked.connect(self.remove_table)
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
                              free=overview.unassigned)
            + ("  " + self.tr("Reimprima el cuaderno de votación de las mesas {tables}: el "
                              "impreso ya no corresponde a sus electores.").format(
                tables=", ".join(str(n) for n in overview.stale_registers))
               if overview.stale_registers else ""))

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

    def choose_member(self, names: list[str]) -> int | None:
        """Which member goes (the tests answer for the person)."""
        name, ok = QInputDialog.getItem(self, self.tr("Quitar miembro"),
                                        self.tr("Miembro o testigo:"), names, 0, False)
        return names.index(name) if ok else None

    def confirm(self, text: str) -> bool:
        return ask_plain(self, self.tr("Quitar mesa"), text)

    def remove_member(self) -> None:
        selected = self._selected()
        if selected is None or not selected.table.members:
            return
        members = list(selected.table.members)
        chosen = self.choose_member([m.full_name for m in members])
        if chosen is not None:
            member_id, tables = members[chosen].id, self.ui.services.voting_tables
            self.ui.write((self.remove_member_button,),
                          lambda: tables.remove_member(member_id), None, self)

    def remove_table(self) -> None:
        selected = self._selected()
        if selected is None or not self.confirm(self.tr(
                "¿Quitar {table}? Sus electores pasan a las otras mesas según sus reglas."
                ).format(table=selected.table.label)):
            return
        table_id, tables = selected.table.id, self.ui.services.voting_tables
        self.ui.write((self.remove_table_button,), lambda: tables.remove_table(table_id),
                      None, self)

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

        show_preview(self.ui, self.tr("Boletas: REIMPRESIÓN"), make, self)

    def preview_register(self) -> None:
        selected, consultation = self._selected(), self.consultation
        if selected is None or consultation is None:
            return
        papers, table_id = self.ui.services.papers, selected.table.id
        # Printing or saving records the register (a stale one is named for reprinting).
        show_preview(self.ui, self.tr("Cuaderno de votación"),
                     lambda: papers.voter_register(consultation.id, table_id), self,
                     make_final=lambda: papers.voter_register(consultation.id, table_id,
                                                              printed=True),
                     final_name=file_name("cuaderno-mesa", selected.table.number))

    def preview_sheet(self) -> None:
        selected, consultation = self._selected(), self.consultation
        if selected is None or consultation is None:
            return
        papers, table_id = self.ui.services.papers, selected.table.id
        show_preview(self.ui, self.tr("Acta de escrutinio"),
                     lambda: papers.tally_sheet(consultation.id, table_id), self)

    def print_ballots(self) -> None:
        selected, consultation = self._selected(), self.consultation
        if selected is None or consultation is None:
            return
        table = selected.table
        dialog = BallotsDialog(table.label, next_serial(table.ranges), table.ballots_missing,
                               self.ui.services.ballots.style_of(consultation.id), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        count, style, specimen = dialog.values()
        papers = self.ui.services.papers

        def preview() -> Paper:
            # A look at the ballots: MUESTRA, no serials taken, nothing recorded.
            return papers.ballot_specimen(consultation.id, table.id,
                                          min(count, preview_ballots()), style)

        def make() -> Paper:
            return papers.ballots(consultation.id, table.id, count, style)[1]

        if specimen:
            show_preview(self.ui, self.tr("Boletas de muestra"),
                         lambda: papers.ballot_specimen(consultation.id, table.id, count,
                                                        style), self)
            return
        show_preview(self.ui, self.tr("Boletas"), preview, self, make_final=make,
                     final_name=file_name("boletas-mesa", table.number))
