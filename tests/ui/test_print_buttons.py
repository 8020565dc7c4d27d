"""Print buttons say they print (issue 11, point 10): every button named for printing, or
whose label speaks of printing, reads «Imprimir …», «Reimprimir …» or «Ver e imprimir …», and
ends with «…» because it opens the preview first, where the paper is printed or saved."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
SAYS_IT_PRINTS = ("Imprimir", "Reimprimir", "Ver e imprimir")


def _print_buttons() -> list[tuple[str, str, str]]:
    found = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
                continue
            call, target = node.value, node.targets[0]
            if not (isinstance(call.func, ast.Name) and call.func.id == "big_button"
                    and isinstance(target, ast.Attribute)):
                continue
            label = call.args[0] if call.args else None
            if not (isinstance(label, ast.Call) and label.args
                    and isinstance(label.args[0], ast.Constant)):
                continue
            text = str(label.args[0].value)
            if "print" in target.attr or "imprim" in text.lower():
                found.append((str(path.relative_to(UI)), target.attr, text))
    return found


def test_print_buttons_say_they_print_and_open_the_preview() -> None:
    buttons = _print_buttons()
    assert len(buttons) >= 12  # the walk finds the pages' buttons and the preview's own
    wrong = [f"{where} {name}: {text}" for where, name, text in buttons
             if not (text.startswith(SAYS_IT_PRINTS) and text.endswith("…"))]
    assert wrong == []
