"""What every page needs: the services, the task runner, and the "data changed" signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import DomainError

from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the window opens before the database layer is imported
    from app.container import Services


class UiContext(QObject):
    # Entity names (table names) a finished operation changed; pages refresh what they show.
    data_changed = Signal(object)

    def __init__(self, services: Services, runner: TaskRunner) -> None:
        super().__init__()
        self.services = services
        self.runner = runner

    def run(self, job: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            parent: QWidget | None = None, changes: set[str] | None = None) -> None:
        """Run `job` on the worker; report errors to the person; announce what changed."""

        def alive() -> bool:
            # The page may have been closed while its job ran; then nobody wants the answer.
            return parent is None or shiboken6.isValid(parent)

        def done(result: Any) -> None:
            if on_done is not None and alive():
                on_done(result)
            if changes:
                self.data_changed.emit(set(changes))

        def failed(exc: BaseException) -> None:
            if alive():
                show_error(parent, exc)

        self.runner.submit(job, done, failed)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return str(exc)
    return QCoreApplication.translate(
        "UiContext", "Ocurrió un error inesperado. Ningún dato guardado se perdió.") \
        + f"\n\n{type(exc).__name__}"


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    title = QCoreApplication.translate("UiContext", "No se pudo completar")
    QMessageBox.warning(parent, title, error_text(exc))
