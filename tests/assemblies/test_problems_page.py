"""The problems page lists problems across assemblies with their place, filtered in SQL."""

from __future__ import annotations

from app.container import Services
from app.demo.commune import DemoSummary

from ui.context import UiContext
from ui.pages.problems import ProblemsPage
from ui.tasks import TaskRunner


def test_problems_page_filters_and_shows_rank(qtbot, qtmodeltester, demo_services: Services,
                                              demo: DemoSummary) -> None:
    ui = UiContext(demo_services, TaskRunner())
    page = ProblemsPage(ui)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 8)
    qtmodeltester.check(page.model)
    ranked = [page.model.row_at(i) for i in range(page.model.rowCount())
              if page.model.row_at(i).place is not None]
    assert sorted(o.place for o in ranked) == [1, 2, 3, 4, 5]  # the demo's Borda count
    page.organization.setCurrentIndex(page.organization.findData(demo.council_ids[1]))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.category.setCurrentIndex(page.category.findData("roads"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "1 problema" in page.count_label.text()
    ui.runner.wait_idle()
