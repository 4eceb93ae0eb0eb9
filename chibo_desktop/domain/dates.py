"""Dates the Vietnamese way: dd/mm/yyyy on screen and paper, ISO in storage."""

from __future__ import annotations

import calendar
import re
from datetime import date

_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_date(text: str) -> date | None:
    """dd/mm/yyyy (also d/m/yyyy, with dots or dashes). Empty text is None.

    Raises ValueError for anything else, including days that do not exist (31/02/2020).
    """
    if not text.strip():
        return None
    match = _DMY.match(text)
    if not match:
        raise ValueError(text)
    day, month, year = (int(part) for part in match.groups())
    return date(year, month, day)


def age_on(birth: date, day: date) -> int:
    """Whole years between birth and day."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the month's last day when it has no such day (31/01 + 1
    month is 28/02 or 29/02)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
