"""Domain errors carry a code; the UI and the command line turn codes into sentences."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule of the domain was broken. `code` is stable; `params` fill the message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        from app.domain.messages import message_for

        return message_for(self.code, self.params)
