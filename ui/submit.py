"""Dialogs that keep what was typed: OK saves while the dialog stays open, and the dialog
closes only once the save succeeded. A refusal (a place left empty, a cédula that does not
read) is shown over the dialog, with every field still as it was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.domain.errors import DomainError

from ui.context import UiContext, show_error


def save_before_closing(dialog: QDialog, buttons: QDialogButtonBox, ui: UiContext,
                        make_job: Callable[[], Callable[[], Any]],
                        on_done: Callable[[Any], None] | None = None) -> None:
    """OK calls `make_job` (it reads the fields, and may refuse them with a DomainError),
    runs the job as a write, and accepts the dialog only when the job succeeds."""
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.disconnect()

    def attempt() -> None:
        try:
            job = make_job()
        except DomainError as exc:
            show_error(dialog, exc)
            return

        def saved(result: Any) -> None:
            dialog.accept()
            if on_done is not None:
                on_done(result)

        ui.write((ok,), job, saved, dialog)

    buttons.accepted.connect(attempt)
