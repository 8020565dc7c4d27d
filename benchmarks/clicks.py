"""Benchmark: the clicks and keystrokes of the assembly day and of one tally typing, done in
the real window by simulated mouse and keyboard, counted as a secretary would make them.

Assembly day: convene (with a two-item agenda), open, check in 20 people by cédula, go to the
agenda, record 2 agreements with their votes, close the assembly (confirming), approve the
acta (approver's name, confirming). Tally: open the tab, pick the table, type the 7
candidates' votes and the 7 figures of the sheet, the transcriber's name, save.

Where a form lets Enter move to the next field and save (ui/enter_moves_on.py), the
secretary uses it; otherwise she clicks each box. Run under the same script on main and on a
branch to compare:

    QT_QPA_PLATFORM=offscreen python benchmarks/clicks.py [--root /path/to/other/checkout]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

# --root: the checkout whose window is measured (main, to compare); read before importing it.
sys.path.insert(0, next((sys.argv[i + 1] for i, arg in enumerate(sys.argv[:-1])
                         if arg == "--root"), str(Path(__file__).resolve().parents[1])))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ASAMBLEA_LANG"] = "es"

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)

from app.census.model import ResidentQuery
from app.container import open_services
from app.demo.commune import build_demo
from app.domain.enums import MinutesStatus

from ui.context import UiContext
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


class Count:
    def __init__(self) -> None:
        self.clicks = self.keys = 0
        self.rows: list[tuple[str, int, int]] = []
        self._mark = (0, 0)

    def step(self, name: str) -> None:
        self.rows.append((name, self.clicks - self._mark[0], self.keys - self._mark[1]))
        self._mark = (self.clicks, self.keys)


app = QApplication.instance() or QApplication(sys.argv[:1])
count = Count()
runner = TaskRunner()


def settle() -> None:
    for _ in range(3):
        runner.wait_idle()
        QApplication.processEvents()


def wait_for(test: Callable[[], bool], what: str) -> None:
    for _ in range(400):
        if test():
            return
        settle()
        QTest.qWait(10)
    raise SystemExit(f"no llegó: {what}")


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    count.clicks += 1
    settle()


def type_in(widget: QWidget, text: str) -> None:
    QTest.keyClicks(widget, text)
    count.keys += len(text)


def press(widget: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(widget, key)
    count.keys += 1
    settle()


def choose(combo, index: int) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(index)  # open the list, pick the line: two clicks
    count.clicks += 2


def answer_yes_when_asked() -> None:
    """The next question box is answered Yes (one click)."""
    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            count.clicks += 1
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(20, look)
    QTimer.singleShot(20, look)


def enter_walks(widget: QWidget) -> bool:
    return bool(widget.property("enterMovesOn"))


def fill_votes(spins: list[QWidget], values: list[str], button: QAbstractButton,
               first_by_tab: QWidget | None = None) -> None:
    """Votes typed box after box: with Enter if the form takes it, else a click on each."""
    if enter_walks(spins[0]):
        if first_by_tab is not None:
            press(first_by_tab, Qt.Key.Key_Tab)
        else:
            click(spins[0])
        for spin, value in zip(spins, values, strict=True):
            spin.selectAll()
            type_in(spin, value)
            press(spin, Qt.Key.Key_Return)
        return
    for spin, value in zip(spins, values, strict=True):
        click(spin)
        spin.selectAll()  # type: ignore[attr-defined]
        type_in(spin, value)
    click(button)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--root", help="checkout whose window is measured (default: this one)")
    parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="clicks-"))
    try:
        services = open_services(folder / "clicks.db")
        demo = build_demo(services)
        council = demo.council_ids[0]
        # Set-up, not counted: a quorum twenty people reach, and who comes.
        services.organizations.update_rules(council, 5, 5, 15)
        services.settings.set("secretary_name", "Yelitza Acosta")  # Configuración, once
        people = [r for r in services.residents.page(
            ResidentQuery(council_ids=(council,), min_age=18), 0, 200) if r.national_id][:20]
        window = MainWindow(UiContext(services, runner))
        window.resize(1366, 768)
        window.show()
        page = window.show_page("asambleas")
        settle()

        def convene() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, convene)
                return
            combo = dialog.organization  # type: ignore[attr-defined]
            index = combo.findData(council)
            if index != combo.currentIndex():
                choose(combo, index)
            click(dialog.place)  # type: ignore[attr-defined]
            type_in(dialog.place, "Casa comunal")  # type: ignore[attr-defined]
            click(dialog.agenda)  # type: ignore[attr-defined]
            type_in(dialog.agenda, "Informe de la voceria")  # type: ignore[attr-defined]
            press(dialog.agenda, Qt.Key.Key_Return)  # type: ignore[attr-defined]
            type_in(dialog.agenda, "Agua potable")  # type: ignore[attr-defined]
            buttons = dialog.buttons  # type: ignore[attr-defined]
            click(buttons.button(QDialogButtonBox.StandardButton.Ok))

        QTimer.singleShot(20, convene)
        click(page.new_button)  # type: ignore[attr-defined]
        day = page.day  # type: ignore[attr-defined]
        wait_for(lambda: day.isVisible() and day.check_in.banner.status is not None, "el día")
        count.step("Convocar (con 2 puntos)")
        if page.stack.currentWidget() is not day:  # type: ignore[attr-defined]
            click(page.open_button)  # type: ignore[attr-defined]
        count.step("Abrir el día")

        check_in = day.check_in
        if not check_in.search.hasFocus():
            click(check_in.search)
        for n, person in enumerate(people, start=1):
            type_in(check_in.search, person.national_id.split("-")[1])
            press(check_in.search, Qt.Key.Key_Return)
            wait_for(lambda n=n: check_in.banner.status.present == n, f"llegada {n}")
        count.step("Registrar 20 llegadas")

        tab_bar = day.tabs.tabBar()
        QTest.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(1).center())
        count.clicks += 1
        settle()
        agenda = day.agenda
        wait_for(lambda: agenda.items_model.rowCount() == 2, "el orden del día")
        count.step("Ir al orden del día")

        for row, (text, votes) in enumerate((("Aprobado el informe", ["18", "1", "1"]),
                                              ("Pedir cisterna a Hidrocapital", ["20", "0", "0"]))):
            if agenda.items.currentIndex().row() != row:
                rect = agenda.items.visualRect(agenda.items_model.index(row, 1))
                QTest.mouseClick(agenda.items.viewport(), Qt.MouseButton.LeftButton,
                                 pos=rect.center())
                count.clicks += 1
                settle()
            click(agenda.agreement_text)
            type_in(agenda.agreement_text, text)
            fill_votes([agenda.votes_for, agenda.votes_against, agenda.abstentions], votes,
                       agenda.add_agreement_button, first_by_tab=agenda.agreement_text)
            wait_for(lambda row=row: agenda.agreements_model.rowCount() >= 1
                     and agenda.agreement_text.toPlainText() == "", f"acuerdo {row + 1}")
        count.step("2 acuerdos con sus votos")

        QTest.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(3).center())
        count.clicks += 1
        settle()
        minutes = day.minutes
        answer_yes_when_asked()
        click(minutes.close_button)
        wait_for(lambda: minutes.approve_button.isVisible(), "la asamblea cerrada")
        count.step("Cerrar la asamblea")

        if not minutes.approver.text():  # a branch may fill in the secretary's name
            click(minutes.approver)
            type_in(minutes.approver, "Yelitza Acosta")
        answer_yes_when_asked()
        click(minutes.approve_button)
        def approved() -> bool:
            sealed = services.minutes.get(day.assembly_id)
            return sealed is not None and sealed.status is MinutesStatus.APPROVED

        wait_for(approved, "el acta aprobada")
        count.step("Aprobar el acta")
        day_total = (count.clicks, count.keys)

        consultation = window.show_page("consulta")
        count.clicks += 1  # the sidebar
        settle()
        bar = consultation.tabs.tabBar()  # type: ignore[attr-defined]
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
        count.clicks += 1
        settle()
        tally = consultation.tally  # type: ignore[attr-defined]
        wait_for(lambda: tally.model.rowCount() > 0 and bool(tally.votes), "las mesas")
        rect = tally.table.visualRect(tally.model.index(0, 0))
        QTest.mouseClick(tally.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        count.clicks += 1
        settle()
        spins = [*tally.votes.values(), tally.null_votes, tally.blank_votes, tally.in_box,
                 tally.signatures, tally.received, tally.spoiled, tally.unused]
        values = ["31", "24", "18", "12", "9", "6", "3", "2", "1", "106", "106", "460", "0",
                  "354"]
        if enter_walks(spins[0]):
            click(spins[0])
            for spin, value in zip(spins, values, strict=True):
                spin.selectAll()
                type_in(spin, value)
                press(spin, Qt.Key.Key_Return)
            type_in(tally.entered_by, "Luis Mata")
            press(tally.entered_by, Qt.Key.Key_Return)
        else:
            for spin, value in zip(spins, values, strict=True):
                click(spin)
                spin.selectAll()
                type_in(spin, value)
            click(tally.entered_by)
            type_in(tally.entered_by, "Luis Mata")
            click(tally.save_button)
        wait_for(lambda: "Luis Mata" in tally.status.toPlainText()
                 or tally.entered_by.text() == "", "la carga guardada")
        count.step("Una carga de acta de escrutinio")

        width = max(len(name) for name, _c, _k in count.rows)
        print(f"{'Paso':<{width}}  clics  teclas")
        for name, clicks, keys in count.rows:
            print(f"{name:<{width}}  {clicks:>5}  {keys:>6}")
        print(f"{'Día de la asamblea':<{width}}  {day_total[0]:>5}  {day_total[1]:>6}")
        runner.shutdown()
        services.close()
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
