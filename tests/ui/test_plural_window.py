"""The window's sentences with a count agree with it, as the papers do: «de 1 habitante»,
never «1 habitantes»; the results tab builds its counts the same way (labels.count)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.assembly.quorum import QuorumStatus

from ui.assembly.banner import QuorumBanner


def test_the_quorum_banner_counts_one_resident_in_the_singular(qtbot: QtBot) -> None:
    banner = QuorumBanner()
    qtbot.addWidget(banner)
    banner.show_status(QuorumStatus(present=1, under_age=0, base=1, percent=30, call=1,
                                    voting_age=15))
    assert "30 % de 1 habitante de 15 años o más" in banner.text()
    banner.show_status(QuorumStatus(present=1, under_age=0, base=229, percent=30, call=1,
                                    voting_age=15))
    assert "30 % de 229 habitantes de 15 años o más" in banner.text()
