"""Which backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months.

The newest backup of a bucket (a day, an ISO week, a month) stands for it, as in restic and
other backup tools; the most recent buckets that hold a backup count, so a laptop left off for
a month still keeps 7 dailies. The three newest backups are always kept too: a backup made
before an import or a restore must not push out, the same day, the one the secretary was
about to choose.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Policy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    recent: int = 3


def _day(at: datetime) -> Hashable:
    return at.date()


def _week(at: datetime) -> Hashable:
    year, week, _ = at.isocalendar()
    return (year, week)


def _month(at: datetime) -> Hashable:
    return (at.year, at.month)


def to_keep(items: Sequence[tuple[T, datetime]], policy: Policy = Policy()) -> list[T]:
    """The items to keep, newest first; the others may be deleted. `at` is the local time
    the backup was made (days and weeks are the secretary's, not UTC's)."""
    ordered = sorted(items, key=lambda item: item[1], reverse=True)
    kept: set[int] = set(range(min(policy.recent, len(ordered))))
    rules: list[tuple[Callable[[datetime], Hashable], int]] = [
        (_day, policy.daily), (_week, policy.weekly), (_month, policy.monthly)]
    for bucket_of, count in rules:
        seen: set[Hashable] = set()
        for index, (_item, at) in enumerate(ordered):
            bucket = bucket_of(at)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(bucket)
            kept.add(index)
    return [ordered[i][0] for i in sorted(kept)]
