"""What the laptop knows of its hub, and what one sync with it did (frozen, SQL-free)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from app.domain.errors import DomainError


@dataclass(frozen=True)
class HubStatus:
    url: str  # "" when no hub is set
    fingerprint: str
    last_sync: datetime | None
    outbox_bundles: int  # bundles built for the hub and not yet acknowledged
    outbox_changes: int  # changes the hub has not acknowledged (in those bundles or not yet)
    # The last attempt's refusal or failure, as its code and parameters ("" after a success):
    # stored so, it is worded when read, in the reader's language, not the writer's.
    last_error_code: str = ""
    last_error_params: Mapping[str, object] = field(default_factory=dict)
    # Bundles the hub received whole and was still applying when it answered: not counted in
    # outbox_changes; the next sync asks the hub about them (their bytes are not sent again).
    delivered_bundles: int = 0

    @property
    def last_error(self) -> str:
        if not self.last_error_code:
            return ""
        return str(DomainError(self.last_error_code, **self.last_error_params))

    @property
    def configured(self) -> bool:
        return self.url != ""


@dataclass(frozen=True)
class HubSyncResult:
    sent_bundles: int
    sent_changes: int  # new to the hub
    received_changes: int  # new to this laptop
    conflicts: int
    pending: int
    at: datetime
    # Bundles the hub received and was still applying when it answered (0: all confirmed).
    delivered_bundles: int = 0
