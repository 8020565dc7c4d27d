"""Issue 10, rule 4: the ballot dialog does not offer a style once the consultation has one;
it shows the consultation's."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.domain.enums import BallotStyle

from ui.consultation.dialogs import BallotsDialog


def test_the_style_is_shown_not_chosen_once_fixed(qtbot: QtBot) -> None:
    dialog = BallotsDialog("Escuela Uno · Mesa 1", 121, 40, BallotStyle.LIST)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ballot_style.isVisible()
    assert "toda la consulta" in dialog.style_shown.text()
    assert "casillas" in dialog.style_shown.text()
    assert dialog.values()[1] is BallotStyle.LIST


def test_the_first_run_chooses_the_style_for_the_whole_consultation(qtbot: QtBot) -> None:
    dialog = BallotsDialog("Escuela Uno · Mesa 1", 1, 40, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ballot_style.isVisible()
    assert "primer tiraje" in dialog.style_shown.text()
