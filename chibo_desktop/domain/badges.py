"""Party badges (Huy hiệu … năm tuổi Đảng): which one a member is due for next."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from chibo_desktop.domain.dates import add_months
from chibo_desktop.domain.validation import BADGE_YEARS


@dataclass(frozen=True, slots=True)
class BadgeDue:
    years: int
    reached_on: date  # the day the member reaches that Party seniority


def next_badge(admission: date | None, awarded: Iterable[int]) -> BadgeDue | None:
    """The first badge above every badge already awarded, and when it falls due.

    Party seniority counts from the admission decision date. A badge below the highest one
    awarded is not suggested: its record is missing, it is not due.
    """
    if admission is None:
        return None
    highest = max(awarded, default=0)
    for years in BADGE_YEARS:
        if years > highest:
            return BadgeDue(years, add_months(admission, 12 * years))
    return None
