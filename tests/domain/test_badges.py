"""Which Party badge a member is due for next."""

from __future__ import annotations

from datetime import date

from chibo_desktop.domain.badges import BadgeDue, next_badge


def test_the_first_badge_is_thirty_years_after_the_admission_decision() -> None:
    assert next_badge(date(1995, 5, 19), []) == BadgeDue(30, date(2025, 5, 19))


def test_after_forty_comes_forty_five_then_every_five_years() -> None:
    assert next_badge(date(1960, 2, 3), [30, 40]) == BadgeDue(45, date(2005, 2, 3))
    assert next_badge(date(1940, 2, 29), [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85]) == (
        BadgeDue(90, date(2030, 2, 28))
    )


def test_nothing_after_ninety_years_or_without_an_admission_date() -> None:
    assert next_badge(date(1930, 1, 1), [90]) is None
    assert next_badge(None, []) is None
