"""Every page and every dialog at 1024×600 (a netbook) over the demo commune: nothing on top
of something else, nothing squashed to nothing or cut, nothing outside its window, and the
window itself fits the screen."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from app.container import Services
from app.domain.enums import AssemblyKind, ProjectStatus
from app.projects.model import Finding

from tests.ui.layout_check import SCREEN, problems
from ui.context import UiContext
from ui.main_window import PAGES, MainWindow
from ui.tasks import TaskRunner
from ui.theme import apply_theme

UI = Path(__file__).resolve().parents[2] / "ui"


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The program's own look: its style sheet makes fields taller than Qt's default."""
    apply_theme(qapp)
    yield
    qapp.setStyleSheet("")


@pytest.fixture
def window(qtbot, themed: None, demo_services: Services) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    win = MainWindow(UiContext(demo_services, runner))
    qtbot.addWidget(win)
    win.resize(*SCREEN)
    win.show()
    yield win
    runner.wait_idle()
    runner.shutdown()


def settle(window: MainWindow) -> None:
    """Let every load the page started finish and be laid out."""
    assert window.ui is not None
    for _ in range(4):
        window.ui.runner.wait_idle()
        QApplication.processEvents()


def every_tab(root: QWidget, window: MainWindow, where: str) -> list[str]:
    """The defects of `root` with each tab of each of its tab widgets shown in turn."""
    found = [f"{where}: {p}" for p in problems(window)]
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle(window)
            found += [f"{where} / {tabs.tabText(index)}: {p}" for p in problems(window)]
    return found


@pytest.mark.parametrize("key", [key for key, _m, _c in PAGES])
def test_every_page_fits_a_netbook(qtbot, window: MainWindow, key: str) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page(key)
    assert page is not None
    settle(window)
    found = every_tab(page, window, key)
    if key == "asambleas":  # and the assembly day, every tab of it
        page.open_selected()  # type: ignore[attr-defined]
        settle(window)
        found += every_tab(page.day, window, "día de la asamblea")  # type: ignore[attr-defined]
    if key == "proyectos":
        page.table.selectRow(0)  # type: ignore[attr-defined]
        page.open_selected()  # type: ignore[attr-defined]
        settle(window)
        found += every_tab(page.view, window, "proyecto")  # type: ignore[attr-defined]
    assert (window.width(), window.height()) == SCREEN
    assert not found, "\n".join(found)


# -- dialogs -------------------------------------------------------------------------------

def dialog_classes() -> set[str]:
    """Every dialog class in ui/: subclasses of QDialog, directly or through another one."""
    bases: dict[str, set[str]] = {}
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id if isinstance(b, ast.Name) else ast.unparse(b)
                                    for b in node.bases}
    dialogs = {"QDialog"}
    while True:
        more = {name for name, of in bases.items() if of & dialogs} - dialogs
        if not more:
            return dialogs - {"QDialog"}
        dialogs |= more


Make = Callable[[MainWindow, Services, Path], QDialog]


def _census(window: MainWindow, sv: Services):  # type: ignore[no-untyped-def]
    from ui.census.choices import load_choices

    return load_choices(sv)


def _about(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.about import AboutDialog

    return AboutDialog(sv.info.info(with_digest=False), w)


def _resident(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.census.resident_form import ResidentDialog

    assert w.ui is not None
    return ResidentDialog(w.ui, _census(w, sv), sv.residents.search("Acosta", limit=1)[0], w)


def _merge(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.census.merge_dialog import MergeDialog

    assert w.ui is not None
    first, second = sv.residents.search("Acosta", limit=2)
    return MergeDialog(w.ui, _census(w, sv), first, second, w)


def _import(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.census.import_dialog import ImportDialog

    assert w.ui is not None
    sheet = tmp / "censo.csv"
    sheet.write_text("cedula;apellidos;nombres;fecha_nacimiento\n"
                     "V-30111222;Pérez Rodríguez;María José;01/02/1990\n", encoding="utf-8")
    return ImportDialog(w.ui, _census(w, sv), str(sheet), parent=w)


def _new_assembly(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.assembly.new_dialog import NewAssemblyDialog

    return NewAssemblyDialog(sv.organizations.list_all(), w)


def _papers(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.assembly.papers_dialog import PapersDialog

    assert w.ui is not None
    base = [a for a in sv.assemblies.list_all() if a.kind is AssemblyKind.BASE][-1]
    result = sv.problems.current(base.id)
    assert result is not None
    return PapersDialog(w.ui, result.prioritization.id, {}, w)


def _preview(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.pdf_preview import PdfPreviewDialog

    assert w.ui is not None
    assembly_id = sv.assemblies.list_all()[0].id
    papers = sv.papers
    return PdfPreviewDialog(w.ui, "Convocatoria", lambda: papers.convocation(assembly_id), w)


def _consultation(sv: Services):  # type: ignore[no-untyped-def]
    return sv.consultations.list_all()[0]


def _rules(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.consultation.dialogs import RulesDialog

    return RulesDialog(_consultation(sv), w)


def _nominate(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.consultation.dialogs import NominateDialog

    return NominateDialog(sv.projects.list_all(), w)


def _member(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.consultation.dialogs import MemberDialog

    return MemberDialog(w)


def _ballots(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.consultation.dialogs import BallotsDialog

    return BallotsDialog("Centro Escuela Bolivariana El Guaire, mesa 1", 1, 460, None, w)


def _assign(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.consultation.dialogs import AssignDialog

    councils = [(o.id, o.name) for o in sv.organizations.list_all()]
    return AssignDialog("Centro Escuela Bolivariana El Guaire, mesa 1", councils,
                        [("s", "Sector La Ceiba de Arriba")], w)


def _new_consultation(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.consultation.dialogs import NewConsultationDialog

    return NewConsultationDialog([(o.id, o.name) for o in sv.organizations.list_all()], w)


def _budget_line(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.projects.dialogs import BudgetLineDialog

    return BudgetLineDialog(w)


def _disbursement(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.projects.dialogs import DisbursementDialog

    return DisbursementDialog(w)


def _expense(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.projects.dialogs import ExpenseDialog

    lines = [line for p in sv.projects.list_all() for line in sv.project_money.lines(p.id)]
    return ExpenseDialog(lines, w)


def _status(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.projects.dialogs import StatusDialog

    return StatusDialog(ProjectStatus.IN_PROGRESS, "Yelitza Acosta", w)


def _answer(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.projects.oversight_tabs import AnswerDialog

    finding = Finding("f", "i", "La tubería del sector El Carmen no tiene las uniones "
                      "selladas y el agua se pierde en la bajada hacia la quebrada.",
                      None, None, None)
    return AnswerDialog(finding, "Yelitza Acosta", w)


def _fund(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.projects.record_forms import FundDialog

    return FundDialog("Yelitza Acosta", w)


def _progress(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.projects.record_forms import ProgressDialog

    return ProgressDialog(55, w)


def _inspection(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.projects.record_forms import InspectionDialog

    assert w.ui is not None
    return InspectionDialog(w.ui, w)


def _people(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.projects.record_forms import PeopleDialog

    assert w.ui is not None
    return PeopleDialog(w.ui, w)
def _baja(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.census.baja_dialog import BajaDialog

    return BajaDialog(w.ui, sv.residents.search("Acosta", limit=1)[0], w)


def _edit_assembly(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from zoneinfo import ZoneInfo

    from ui.assembly.schedule_dialogs import EditAssemblyDialog

    return EditAssemblyDialog(sv.assemblies.list_all()[0], ZoneInfo("America/Caracas"), w)


def _cancel_assembly(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.assembly.schedule_dialogs import CancelAssemblyDialog

    return CancelAssemblyDialog(w)


def _problem_title(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.assembly.problem_dialogs import ProblemTitleDialog

    return ProblemTitleDialog(sv.problems.list_all()[0], w)


def _problem_project(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.assembly.problem_dialogs import ProjectFromProblemDialog

    return ProjectFromProblemDialog(sv.problems.list_all()[0], w)


def _history(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.safety.history_dialog import HistoryDialog

    assert w.ui is not None
    return HistoryDialog(w.ui, sv.residents.search("Acosta", limit=1)[0].id, w)


def _backups(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.safety.backups_panel import BackupsDialog

    assert w.ui is not None
    return BackupsDialog(w.ui, w)


def _operator(w: MainWindow, sv: Services, tmp: Path) -> QDialog:
    from ui.safety.operator import OperatorDialog

    return OperatorDialog("María José Pérez de la Santísima Trinidad " * 3, w)


# Each dialog of ui/, made as the window makes it. A base that is never shown maps to None.
DIALOGS: dict[str, Make | None] = {
    "FormDialog": None, "_Form": None, "_PaymentForm": None,
    "AboutDialog": _about, "ResidentDialog": _resident, "MergeDialog": _merge,
    "ImportDialog": _import, "NewAssemblyDialog": _new_assembly, "PapersDialog": _papers,
    "PdfPreviewDialog": _preview, "RulesDialog": _rules, "NominateDialog": _nominate,
    "MemberDialog": _member, "BallotsDialog": _ballots, "AssignDialog": _assign,
    "NewConsultationDialog": _new_consultation, "BudgetLineDialog": _budget_line,
    "DisbursementDialog": _disbursement, "ExpenseDialog": _expense, "StatusDialog": _status,
    "AnswerDialog": _answer, "FundDialog": _fund, "ProgressDialog": _progress,
    "InspectionDialog": _inspection, "PeopleDialog": _people, "BajaDialog": _baja,
    "EditAssemblyDialog": _edit_assembly, "HistoryDialog": _history, "BackupsDialog": _backups,
    "CancelAssemblyDialog": _cancel_assembly, "ProblemTitleDialog": _problem_title,
    "ProjectFromProblemDialog": _problem_project, "OperatorDialog": _operator,
}


def test_every_dialog_is_in_the_list() -> None:
    """A new dialog must be added to DIALOGS, so it is opened at 1024×600 too."""
    assert dialog_classes() == set(DIALOGS)


@pytest.mark.parametrize("name", sorted(n for n, make in DIALOGS.items() if make))
def test_every_dialog_fits_a_netbook(qtbot, window: MainWindow, demo_services: Services,  # type: ignore[no-untyped-def]
                                     tmp_path: Path, name: str,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # The screen the dialog measures itself against is a netbook's, less a 30 px panel.
    monkeypatch.setattr("ui.widgets.screen_area", lambda _w: QRect(0, 0, SCREEN[0], 570))
    make = DIALOGS[name]
    assert make is not None
    dialog = make(window, demo_services, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(window)
    found = problems(dialog)
    assert not found, "\n".join(found)
    dialog.reject()


def test_the_projects_status_is_in_view_not_cut_off(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Long titles give up room so the last column (the status) is seen without scrolling."""
    page = window.show_page("proyectos")
    assert page is not None
    table = page.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=10_000)
    settle(window)
    header = table.horizontalHeader()
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= \
        table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
