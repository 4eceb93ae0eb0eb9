"""Working days: weekends, fixed holidays and Tết do not count."""

from __future__ import annotations

from datetime import date

from chibo_desktop.domain.working_days import WorkingCalendar


def test_weekends_do_not_count() -> None:
    calendar = WorkingCalendar()
    # Friday 20/11/2026 + 1 working day is Monday 23/11
    assert calendar.add_working_days(date(2026, 11, 20), 1) == date(2026, 11, 23)
    assert calendar.working_days_between(date(2026, 11, 20), date(2026, 11, 27)) == 5


def test_tet_and_fixed_holidays_do_not_count() -> None:
    calendar = WorkingCalendar()
    # Tết 2026: eve Mon 16/02 to Fri 20/02 are all off
    assert calendar.add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 23)
    # 30/04 and 01/05/2026 (Thursday, Friday)
    assert calendar.add_working_days(date(2026, 4, 29), 1) == date(2026, 5, 4)
    # 02/09/2026 is a Wednesday
    assert not calendar.is_working_day(date(2026, 9, 2))


def test_thirty_working_days_span_about_six_weeks() -> None:
    calendar = WorkingCalendar()
    start = date(2026, 6, 1)  # no holiday in June–July
    assert calendar.add_working_days(start, 30) == date(2026, 7, 13)
    assert calendar.working_days_between(start, date(2026, 7, 13)) == 30


def test_an_announced_extra_day_off_counts_as_holiday() -> None:
    calendar = WorkingCalendar(extra_holidays=[date(2026, 9, 1)])
    assert calendar.add_working_days(date(2026, 8, 31), 1) == date(2026, 9, 3)
