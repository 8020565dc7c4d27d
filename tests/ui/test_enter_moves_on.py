"""Enter walks a form's fields and, from the last, presses its button: once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSpinBox, QVBoxLayout, QWidget

from ui.enter_moves_on import EnterMovesOn


def test_enter_goes_to_the_next_field_then_presses_the_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    spins = [QSpinBox(form) for _ in range(3)]
    hidden = QSpinBox(form)
    button = QPushButton("Guardar", form)
    for w in (spins[0], hidden, *spins[1:], button):
        layout.addWidget(w)
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    EnterMovesOn([spins[0], hidden, spins[1], spins[2]], button)
    form.show()
    hidden.hide()
    spins[0].setFocus(Qt.FocusReason.TabFocusReason)
    spins[0].selectAll()
    for spin, typed in zip(spins, ("12", "3", "45"), strict=True):
        qtbot.waitUntil(spin.hasFocus)
        qtbot.keyClicks(spin, typed)
        assert pressed == []
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert [s.value() for s in spins] == [12, 3, 45]
    assert pressed == [True]  # the last Enter saved, once
