"""Working days, for the deadlines the regulations count in them (transfers, admissions).

Saturdays and Sundays are off, and so are the public holidays: the fixed solar ones, and Tết by
the lunar calendar (New Year's Eve and the first four days, the usual span). The lunar dates are
data (the table below); a year missing from it counts its Tết days as working days, which makes a
deadline earlier, never later, and the office can add the days the government announces.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

# Mùng 1 Tết (lunar New Year's day).
LUNAR_NEW_YEAR = {
    2018: date(2018, 2, 16), 2019: date(2019, 2, 5), 2020: date(2020, 1, 25),
    2021: date(2021, 2, 12), 2022: date(2022, 2, 1), 2023: date(2023, 1, 22),
    2024: date(2024, 2, 10), 2025: date(2025, 1, 29), 2026: date(2026, 2, 17),
    2027: date(2027, 2, 6), 2028: date(2028, 1, 26), 2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
}  # fmt: skip
_FIXED = ((1, 1), (4, 30), (5, 1), (9, 2))  # New Year, Reunification, Labour, National Day


class WorkingCalendar:
    def __init__(self, extra_holidays: Iterable[date] = ()) -> None:
        self._extra = frozenset(extra_holidays)
        self._years: dict[int, frozenset[date]] = {}

    def holidays(self, year: int) -> frozenset[date]:
        if year not in self._years:
            days = {date(year, month, day) for month, day in _FIXED}
            new_year = LUNAR_NEW_YEAR.get(year)
            if new_year is not None:
                days |= {new_year + timedelta(days=offset) for offset in range(-1, 4)}
            self._years[year] = frozenset(days)
        return self._years[year]

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays(day.year) and day not in self._extra

    def add_working_days(self, start: date, days: int) -> date:
        """The ``days``-th working day after ``start`` (``start`` itself does not count)."""
        current = start
        remaining = days
        while remaining > 0:
            current += timedelta(days=1)
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``."""
        count, current = 0, start
        while current < end:
            current += timedelta(days=1)
            if self.is_working_day(current):
                count += 1
        return count
