"""What the laptop knows of its hub, and what one sync with it did (frozen, SQL-free)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class HubStatus:
    url: str  # "" when no hub is set
    fingerprint: str
    last_sync: datetime | None
    last_error: str  # the last attempt's refusal or failure, "" after a success
    outbox_bundles: int  # bundles built for the hub and not yet acknowledged
    outbox_changes: int  # changes the hub has not acknowledged (in those bundles or not yet)

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
