"""Money and numbers follow the program's language, not the system locale (issue 11, point
10): a Spanish window on an English (or German) system writes «10.000,50», an English window
on a Spanish or German one «10,000.50», in the Proyectos list, the amounts offered to type and
the spin boxes (which Qt formats with the default locale)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDoubleSpinBox
from pytestqt.qtbot import QtBot

from app.container import Services
from app.domain.enums import ProblemCategory
from app.projects.money import parse_amount

from tests.conftest import Place
from ui.context import UiContext
from ui.launcher import install_translators
from ui.pages.projects import ProjectsPage
from ui.projects.record_forms import FundDialog
from ui.tasks import TaskRunner


@pytest.fixture
def restore_locale(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(("system", "lang", "cost", "typed", "spin"), [
    ("en_US", "es", "USD 10.000,50", "10.000,00", "10000,50"),
    ("de_DE", "en", "USD 10,000.50", "10,000.00", "10000.50"),
])
def test_money_follows_the_program_language(
        qtbot: QtBot, qapp: QApplication, services: Services, place: Place,
        monkeypatch: pytest.MonkeyPatch, restore_locale: None,
        system: str, lang: str, cost: str, typed: str, spin: str) -> None:
    for variable in ("LC_ALL", "LANG"):  # the system's locale, as a secretary's laptop has it
        monkeypatch.setenv(variable, f"{system}.UTF-8")
    QLocale.setDefault(QLocale(system))  # what Qt took from LANG when it started
    monkeypatch.setenv("ASAMBLEA_LANG", lang)
    translators = install_translators(qapp, lang)
    services.projects.create(place.council_id, "Tanque elevado", ProblemCategory.WATER,
                             1_000_050)
    ui = UiContext(services, TaskRunner())
    try:
        page = ProjectsPage(ui)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        assert page.model.index(0, 2).data() == cost  # the «Costo» column

        fund = FundDialog("Carmen Rivas")
        qtbot.addWidget(fund)
        assert fund.amount.text() == typed  # offered as the window writes it, and read back
        assert parse_amount(fund.amount.text()) == 1_000_000

        box = QDoubleSpinBox()
        qtbot.addWidget(box)
        box.setRange(0, 1e12)
        box.setDecimals(2)
        box.setValue(10_000.5)
        assert box.text() == spin
    finally:
        ui.runner.wait_idle()
        ui.runner.shutdown()
        for translator in translators:
            qapp.removeTranslator(translator)

