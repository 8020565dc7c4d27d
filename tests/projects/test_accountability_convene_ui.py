"""Convening a rendición de cuentas in the window: the project is chosen in the dialog (the
choice opens only for that kind), and the assembly is linked to it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.container import Services
from app.domain.enums import AssemblyKind

from ui.assembly.new_dialog import NewAssemblyDialog
from ui.context import UiContext
from ui.pages.assemblies import AssembliesPage
from ui.tasks import TaskRunner


@pytest.fixture
def page(qtbot: QtBot, demo_services: Services) -> Iterator[AssembliesPage]:
    ui = UiContext(demo_services, TaskRunner())
    widget = AssembliesPage(ui)
    widget.resize(1024, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0 and bool(widget.funded),
                    timeout=10_000)
    yield widget
    ui.runner.wait_idle()
    widget.close()
    widget.deleteLater()
    ui.runner.wait_idle()
    ui.runner.shutdown()


def test_a_rendicion_is_linked_to_the_project_chosen(qtbot: QtBot, page: AssembliesPage
                                                     ) -> None:
    sv = page.services
    [project] = page.funded
    dialog = NewAssemblyDialog(page.organizations, page, page.funded)
    qtbot.addWidget(dialog)
    assert not dialog.project.isEnabled()  # an ordinary assembly accounts for nothing
    dialog.kind.setCurrentIndex(dialog.kind.findData(AssemblyKind.ACCOUNTABILITY.value))
    assert dialog.project.isEnabled()
    dialog.project.setCurrentIndex(dialog.project.findData(project.id))
    dialog.organization.setCurrentIndex(
        dialog.organization.findData(project.organization_id))
    dialog.place.setText("Casa comunal")
    values = dialog.values()
    assert values["project_id"] == project.id
    page.create_assembly(values)
    qtbot.waitUntil(lambda: any(a.project_id for a in sv.assemblies.list_all()),
                    timeout=10_000)
    [linked] = [a for a in sv.assemblies.list_all() if a.project_id]
    assert (linked.kind, linked.project_id) == (AssemblyKind.ACCOUNTABILITY, project.id)
    agenda = sv.assemblies.agenda(linked.id)
    assert agenda[-1].title == "Preguntas de la comunidad"
    composed = sv.minutes.compose(linked.id).accountability
    assert composed is not None and composed.title == project.title

    # Back to another kind: the project chosen before is not sent.
    dialog.kind.setCurrentIndex(dialog.kind.findData(AssemblyKind.ORDINARY.value))
    assert not dialog.project.isEnabled() and dialog.values()["project_id"] is None
