"""Which backups are kept: every one of today and yesterday, then the newest of each day, week
and month, as many as the office chose."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from chibo_desktop.domain.backups import Retention, backups_to_keep

TODAY = date(2026, 11, 21)  # a Saturday


def twice_a_day(first: date, last: date) -> list[datetime]:
    """A backup on opening (09:00) and one on closing (17:00), every day."""
    taken = []
    day = first
    while day <= last:
        taken += [
            datetime(day.year, day.month, day.day, 9),
            datetime(day.year, day.month, day.day, 17),
        ]
        day += timedelta(days=1)
    return taken


def test_a_year_of_backups_thins_to_recent_days_weeks_and_months() -> None:
    taken = twice_a_day(date(2025, 6, 1), TODAY)
    kept = backups_to_keep(taken, TODAY, Retention(daily=7, weekly=4, monthly=12))

    def evening(year: int, month: int, day: int) -> datetime:
        return datetime(year, month, day, 17)

    # every backup of today and yesterday
    recent = {t for t in taken if t.date() >= date(2026, 11, 20)}
    # the newest of each of the 7 days before: 13/11 to 19/11
    days = {evening(2026, 11, d) for d in range(13, 20)}
    # the newest of each of 4 weeks (Monday to Sunday): 16-22/11 and 9-15/11 (the 19th and the
    # 15th, among the days already), 2-8/11 and 26/10-1/11
    weeks = {
        evening(2026, 11, 19),
        evening(2026, 11, 15),
        evening(2026, 11, 8),
        evening(2026, 11, 1),
    }
    # the newest of each of 12 months: November (the 19th) back to December 2025
    months = {evening(2026, 11, 19), evening(2025, 12, 31)}
    months |= {datetime(2026, m + 1, 1, 17) - timedelta(days=1) for m in range(1, 11)}
    assert {taken[i] for i in kept} == recent | days | weeks | months
    assert len(kept) == 4 + 7 + 2 + 11


def test_nothing_older_than_yesterday_is_kept_when_every_count_is_zero() -> None:
    taken = twice_a_day(date(2026, 10, 1), TODAY)
    kept = backups_to_keep(taken, TODAY, Retention(0, 0, 0))
    assert {taken[i] for i in kept} == {t for t in taken if t.date() >= date(2026, 11, 20)}


def test_two_backups_of_the_same_second_are_told_apart() -> None:
    same = datetime(2026, 11, 1, 9)
    kept = backups_to_keep([same, same], TODAY, Retention(daily=1, weekly=0, monthly=0))
    assert len(kept) == 1


@given(
    st.lists(
        st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2026, 11, 21, 23, 59)),
        max_size=60,
    ),
    st.integers(0, 10),
    st.integers(0, 6),
    st.integers(0, 14),
)
def test_the_newest_backup_always_stays_and_the_counts_bound_the_rest(
    taken: list[datetime], daily: int, weekly: int, monthly: int
) -> None:
    kept = backups_to_keep(taken, TODAY, Retention(daily, weekly, monthly))
    recent = {i for i, t in enumerate(taken) if t.date() >= date(2026, 11, 20)}
    assert recent <= kept
    assert len(kept - recent) <= daily + weekly + monthly
    if taken and (daily or weekly or monthly or recent):
        assert max(taken) in {taken[i] for i in kept}
