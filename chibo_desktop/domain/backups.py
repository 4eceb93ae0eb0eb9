"""Backups as the office sees them: what a copy holds, and which copies are kept."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True, slots=True)
class BackupContents:
    """What a database file holds, for choosing the one to restore."""

    schema: int
    site_name: str  # "" before the office was set up
    epoch: int
    members: int  # member records, deleted ones left out
    meetings: int
    newest_change: datetime | None  # when the newest record was written (local time)


RETENTION_LIMIT = 999


@dataclass(frozen=True, slots=True)
class Retention:
    """How many older backups are kept besides every one of today and yesterday: the newest of
    each of the last ``daily`` days, ``weekly`` weeks and ``monthly`` months that have one."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def backups_to_keep(taken: Sequence[datetime], today: date, retention: Retention) -> set[int]:
    """The positions in ``taken`` of the backups to keep.

    Every backup of today and yesterday; of the older ones, the newest of each day, week and
    month, for as many days, weeks and months (that have a backup) as ``retention`` says. One
    backup can be the one kept for its day, its week and its month alike."""
    yesterday = today - timedelta(days=1)
    keep = {i for i, when in enumerate(taken) if when.date() >= yesterday}
    older = sorted(
        (i for i, when in enumerate(taken) if when.date() < yesterday),
        key=lambda i: taken[i],
        reverse=True,
    )
    periods: tuple[tuple[int, Callable[[datetime], Hashable]], ...] = (
        (retention.daily, lambda when: when.date()),
        (retention.weekly, lambda when: when.isocalendar()[:2]),
        (retention.monthly, lambda when: (when.year, when.month)),
    )
    for count, period in periods:
        seen: set[Hashable] = set()
        for i in older:  # newest first: the first of a period met is its newest
            if len(seen) == count:
                break
            if period(taken[i]) not in seen:
                seen.add(period(taken[i]))
                keep.add(i)
    return keep
