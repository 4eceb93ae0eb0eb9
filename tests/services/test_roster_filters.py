"""Roster filters: status, membership, gender, ethnicity, theory, age and seniority bands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from chibo_desktop.domain.entities import Member
from chibo_desktop.domain.enums import Gender, Membership, MemberStatus, TheoryLevel
from chibo_desktop.domain.queries import MINORITIES, UNTRAINED, Band, MemberQuery
from chibo_desktop.services.workspace import Workspace

AS_OF = date(2026, 11, 21)


@pytest.fixture
def roster(add_member: Callable[..., Member]) -> None:
    add_member(
        "Lý Văn Một",
        birth_date=date(1996, 11, 21),
        admission_date=date(2016, 11, 21),
        official_date=date(2017, 12, 1),
    )
    add_member(
        "Lò Thị Hai",
        gender=Gender.FEMALE,
        ethnicity="Thái",
        birth_date=date(1996, 11, 22),
        admission_date=date(2020, 5, 6),
        official_date=None,
    )
    add_member(
        "Hà Văn Ba",
        ethnicity="Tày",
        theory_level=TheoryLevel.INTERMEDIATE,
        birth_date=date(1950, 1, 1),
        admission_date=date(1976, 11, 21),
        official_date=date(1977, 12, 1),
    )
    add_member(
        "Đinh Văn Bốn",
        birth_date=date(1945, 1, 1),
        admission_date=date(1970, 1, 1),
        official_date=date(1971, 1, 1),
        status=MemberStatus.EXEMPT,
        status_date=date(2020, 1, 1),
    )
    add_member(
        "Mai Văn Năm",
        birth_date=date(1950, 1, 1),
        admission_date=date(1975, 1, 1),
        official_date=date(1976, 1, 1),
        status=MemberStatus.DIED,
        status_date=date(2025, 1, 1),
    )


def names(workspace: Workspace, **filters: object) -> list[str]:
    query = MemberQuery(as_of=AS_OF, **filters)  # type: ignore[arg-type]
    found = workspace.members.page(query, 0, 100)
    assert workspace.members.count(query) == len(found)
    return sorted(m.full_name for m in found)


@pytest.mark.usefixtures("roster")
def test_each_filter_narrows_the_roster(workspace: Workspace) -> None:
    assert names(workspace, gender=Gender.FEMALE) == ["Lò Thị Hai"]
    assert names(workspace, membership=Membership.PROBATIONARY) == ["Lò Thị Hai"]
    assert names(workspace, ethnicity=MINORITIES) == ["Hà Văn Ba", "Lò Thị Hai"]
    assert names(workspace, ethnicity="Tày") == ["Hà Văn Ba"]
    assert names(workspace, theory=TheoryLevel.INTERMEDIATE.value) == ["Hà Văn Ba"]
    assert "Hà Văn Ba" not in names(workspace, theory=UNTRAINED)
    assert names(workspace, status=MemberStatus.EXEMPT) == ["Đinh Văn Bốn"]
    # A status filter for members who left shows them even though they are off the roll
    assert names(workspace, status=MemberStatus.DIED, on_roll_only=False) == ["Mai Văn Năm"]


@pytest.mark.usefixtures("roster")
def test_age_and_seniority_bands_count_whole_years_on_the_date(workspace: Workspace) -> None:
    # Lý Văn Một turns 30 on 21/11/2026 (AS_OF); Lò Thị Hai is still 29
    assert names(workspace, age=Band(None, 29)) == ["Lò Thị Hai"]
    assert names(workspace, age=Band(30, 40)) == ["Lý Văn Một"]
    assert names(workspace, age=Band(71, None)) == ["Hà Văn Ba", "Đinh Văn Bốn"]
    # Hà Văn Ba reaches 50 years in the Party on AS_OF
    assert names(workspace, seniority=Band(50, None)) == ["Hà Văn Ba", "Đinh Văn Bốn"]
    assert names(workspace, seniority=Band(10, 19)) == ["Lý Văn Một"]
    assert names(workspace, seniority=Band(None, 9)) == ["Lò Thị Hai"]


@pytest.mark.usefixtures("roster")
def test_filters_combine_with_search(workspace: Workspace) -> None:
    assert names(workspace, text="van", ethnicity=MINORITIES) == ["Hà Văn Ba"]
