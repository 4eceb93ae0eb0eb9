"""Rule profiles: the profile in force on a date, local settings, and the stored form."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from uuid import UUID

import pytest

from chibo_desktop.domain.rules import (
    BUILTIN_PROFILES,
    ClassificationRules,
    Level,
    MeetingRules,
    NoProfileInForce,
    ProfileKind,
    RuleProfile,
    builtin_profile_id,
    classification_profile_for_year,
    profile_in_force,
    values_from_dict,
    values_to_dict,
)

LOCAL_SITE = UUID("11111111-2222-3333-4444-555555555555")
OTHER_SITE = UUID("99999999-2222-3333-4444-555555555555")


def builtin(code: str) -> RuleProfile:
    return next(p for p in BUILTIN_PROFILES if p.code == code)


def test_meeting_profile_changes_on_28_october_2025() -> None:
    before = profile_in_force(BUILTIN_PROFILES, ProfileKind.MEETING, date(2025, 10, 27))
    on_the_day = profile_in_force(BUILTIN_PROFILES, ProfileKind.MEETING, date(2025, 10, 28))
    assert before.code == "meeting-2018"
    assert on_the_day.code == "meeting-2025-hd42"
    assert before.values.thematic_min_minutes == 120  # type: ignore[union-attr]
    assert on_the_day.values.thematic_min_minutes == 90  # type: ignore[union-attr]


def test_classification_profile_is_the_one_in_force_on_31_december() -> None:
    assert classification_profile_for_year(BUILTIN_PROFILES, 2024).code == (
        "classification-2023-qd124"
    )
    # QĐ 366 took effect on 30/08/2025, so the whole 2025 review follows it
    assert classification_profile_for_year(BUILTIN_PROFILES, 2025).code == (
        "classification-2025-qd366"
    )
    assert classification_profile_for_year(BUILTIN_PROFILES, 2023).code == (
        "classification-2023-qd124"
    )


def test_kinds_do_not_mix() -> None:
    # On 2025-09-01 the newest profile of all is QĐ 366, but a meeting is judged by a meeting one
    assert profile_in_force(BUILTIN_PROFILES, ProfileKind.MEETING, date(2025, 9, 1)).code == (
        "meeting-2018"
    )


def test_no_profile_before_2018() -> None:
    with pytest.raises(NoProfileInForce) as raised:
        profile_in_force(BUILTIN_PROFILES, ProfileKind.MEETING, date(2017, 12, 31))
    assert raised.value.kind is ProfileKind.MEETING
    assert raised.value.on == date(2017, 12, 31)
    with pytest.raises(NoProfileInForce):
        classification_profile_for_year(BUILTIN_PROFILES, 2022)


def local_meeting_profile(effective_from: date, site: UUID = LOCAL_SITE) -> RuleProfile:
    hd42 = builtin("meeting-2025-hd42")
    values = dataclasses.replace(hd42.values, small_cell_min_minutes=60)  # type: ignore[type-var]
    return dataclasses.replace(
        hd42,
        id=UUID(int=7),
        code="meeting-local",
        effective_from=effective_from,
        values=values,
        origin_site=site,
        version=5,
    )


def test_local_profile_with_the_same_date_wins() -> None:
    # Given the commune's own setting for small cells, effective the same day as HD 42
    local = local_meeting_profile(date(2025, 10, 28))
    profiles = [local, *BUILTIN_PROFILES]

    # Then it wins for this site, whatever the order of the list …
    for ordering in (profiles, profiles[::-1]):
        chosen = profile_in_force(ordering, ProfileKind.MEETING, date(2025, 11, 3), LOCAL_SITE)
        assert chosen.code == "meeting-local"
        assert chosen.values.small_cell_min_minutes == 60  # type: ignore[union-attr]

    # … but not for another site, nor when no site is given: there the built-in one wins, in
    # whatever order the profiles were read (a tie must not depend on SQLite's row order)
    for site in (OTHER_SITE, None):
        for ordering in (profiles, profiles[::-1]):
            chosen = profile_in_force(ordering, ProfileKind.MEETING, date(2025, 11, 3), site)
            assert chosen.code == "meeting-2025-hd42"


def test_later_profile_wins_and_deleted_profile_is_ignored() -> None:
    local = local_meeting_profile(date(2026, 1, 1))
    profiles = [*BUILTIN_PROFILES, local]
    assert profile_in_force(profiles, ProfileKind.MEETING, date(2025, 12, 31)).code == (
        "meeting-2025-hd42"
    )
    assert profile_in_force(profiles, ProfileKind.MEETING, date(2026, 1, 1)).code == (
        "meeting-local"
    )
    deleted = [*BUILTIN_PROFILES, dataclasses.replace(local, deleted=True)]
    assert profile_in_force(deleted, ProfileKind.MEETING, date(2026, 1, 1)).code == (
        "meeting-2025-hd42"
    )


@pytest.mark.parametrize("profile", BUILTIN_PROFILES, ids=lambda p: p.code)
def test_values_round_trip_through_dict_and_json(profile: RuleProfile) -> None:
    as_dict = values_to_dict(profile.values)
    assert values_from_dict(profile.kind, as_dict) == profile.values
    # storage keeps them as JSON, where tuples become lists and levels plain strings
    through_json = values_from_dict(profile.kind, json.loads(json.dumps(as_dict)))
    assert through_json == profile.values
    assert type(through_json) is (
        MeetingRules if profile.kind is ProfileKind.MEETING else ClassificationRules
    )


def test_classification_bands_come_back_as_levels() -> None:
    qd366 = builtin("classification-2025-qd366")
    values = values_from_dict(qd366.kind, json.loads(json.dumps(values_to_dict(qd366.values))))
    assert isinstance(values, ClassificationRules)
    assert values.score_bands is not None
    assert [type(level) for level, _ in values.score_bands] == [Level] * 4
    assert values.score_bands[0] == (Level.EXCELLENT, 90)


def test_builtin_profile_ids_are_stable() -> None:
    # Every site must give a built-in profile the same id, or sites would duplicate them
    for profile in BUILTIN_PROFILES:
        assert profile.id == builtin_profile_id(profile.code)
    # …and the same id in every release: databases and packages already hold it
    assert builtin_profile_id("meeting-2018") == UUID("8fe39856-db13-5037-94b5-367972b52e62")
    assert len({p.id for p in BUILTIN_PROFILES}) == len(BUILTIN_PROFILES)


def test_meeting_quality_weights_add_up_to_100() -> None:
    for profile in BUILTIN_PROFILES:
        if isinstance(profile.values, MeetingRules):
            assert sum(points for _, points in profile.values.quality_weights) == 100
