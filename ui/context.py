"""What every page needs: the services, the task runner, and the "data changed" signal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from app.domain.changes import OpChanges
from app.domain.errors import DomainError
from app.domain.zone import zone_named
from app.safety.write_trouble import write_trouble

from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the window opens before the database layer is imported
    from app.container import WindowServices

    from ui.hub_sync import HubSync


class UiContext(QObject):
    # The OpChanges of every job the worker ran, after its callback: pages refresh what they
    # show when it touches the tables they watch.
    data_changed = Signal(OpChanges)

    def __init__(self, services: WindowServices, runner: TaskRunner) -> None:
        super().__init__()
        self.services = services
        self.runner = runner
        # Background sync with the hub (ui/hub_sync.py): set by the launcher when the window
        # opens; None in tests of single pages, whose status lines then read the service.
        self.hub_sync: HubSync | None = None
        self._zone: ZoneInfo | None = None
        # Set by the launcher: restore a backup and start the window again on it (None where
        # no launcher holds the database, as in most tests).
        self.restore_backup: Callable[[Path], None] | None = None
        runner.changed.connect(self.data_changed)

    def local(self, moment: datetime) -> datetime:
        """A stored (UTC) moment in the organization's time zone. Times in lists are in it,
        like the papers, never the laptop's: a laptop left on another zone must show the hour
        the notice printed. Read once, when the first time is shown (one small row)."""
        if self._zone is None:
            self._zone = zone_named(self.services.settings.get("time_zone"))
        return moment.astimezone(self._zone)

    def run(self, job: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            parent: QWidget | None = None) -> None:
        """Run `job` on the worker; report errors to the person. What the job changed is
        announced by `data_changed` after `on_done` (the runner records it)."""

        def alive() -> bool:
            # The page may have been closed while its job ran; then nobody wants the answer.
            return parent is None or shiboken6.isValid(parent)

        def done(result: Any) -> None:
            if on_done is not None and alive():
                on_done(result)

        def failed(exc: BaseException) -> None:
            if alive():
                show_error(parent, exc)

        self.runner.submit(job, done, failed)

    def write(self, triggers: Sequence[QWidget], job: Callable[[], Any],
              on_done: Callable[[Any], None] | None = None,
              parent: QWidget | None = None,
              on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run a job that writes, started from `triggers` (its button, the field whose Enter
        also starts it). Until the job is done a second click or Enter is ignored and the
        buttons are disabled, so a double click records one thing. Fields stay enabled:
        what is typed meanwhile is kept."""
        if any(w.property(_WRITING) for w in triggers):
            return
        buttons = [w for w in triggers if isinstance(w, QAbstractButton) and w.isEnabled()]
        for widget in triggers:
            widget.setProperty(_WRITING, True)
        for button in buttons:
            button.setEnabled(False)

        def release() -> None:
            for widget in triggers:
                if shiboken6.isValid(widget):
                    widget.setProperty(_WRITING, False)
            for button in buttons:
                if shiboken6.isValid(button):
                    button.setEnabled(True)

        def done(result: Any) -> None:
            release()
            if on_done is not None and (parent is None or shiboken6.isValid(parent)):
                on_done(result)

        def failed(exc: BaseException) -> None:
            release()
            if parent is not None and not shiboken6.isValid(parent):
                return
            if on_error is not None:
                on_error(exc)
            else:
                show_error(parent, exc)

        self.runner.submit(job, done, failed)


# A dynamic property on a widget whose writing job is running.
_WRITING = "asamblea_writing"


def error_text(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return str(exc)
    trouble = write_trouble(exc)  # a full disk or a read-only database: the way out, not a fault
    if trouble is not None:
        return str(trouble)
    return QCoreApplication.translate(
        "UiContext", "Ocurrió un error inesperado. Ningún dato guardado se perdió.") \
        + f"\n\n{type(exc).__name__}"


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    title = QCoreApplication.translate("UiContext", "No se pudo completar")
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote what a person typed
    box.exec()
