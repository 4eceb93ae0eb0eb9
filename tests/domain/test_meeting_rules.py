"""The meeting rules of both profiles: duration, attendance, votes, tasks, the third month."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest

from chibo_desktop.domain.entities import new_id
from chibo_desktop.domain.findings import Severity
from chibo_desktop.domain.meeting_rules import (
    MonthStatus,
    can_finalise,
    cell_year,
    check_minutes,
)
from chibo_desktop.domain.meetings import (
    Attendance,
    FeeStatus,
    Meeting,
    MeetingKind,
    MeetingState,
    MeetingTask,
    Minutes,
    MinutesRecord,
    Person,
    Presence,
    QualityMark,
    Standing,
    Vote,
    VoteKind,
    summarise,
    vote_outcome,
)
from chibo_desktop.domain.rules import BUILTIN_PROFILES, MeetingRules

OLD = next(p for p in BUILTIN_PROFILES if p.code == "meeting-2018").values
NEW = next(p for p in BUILTIN_PROFILES if p.code == "meeting-2025-hd42").values
assert isinstance(OLD, MeetingRules) and isinstance(NEW, MeetingRules)
CELL = new_id()


def roll(n: int, presence: Presence = Presence.PRESENT) -> list[Attendance]:
    return [
        Attendance(new_id(), new_id(), new_id(), f"Đảng viên {i}", True, presence=presence)
        for i in range(n)
    ]


def record(
    minutes_long: int = 95,
    kind: MeetingKind = MeetingKind.REGULAR,
    attendance: list[Attendance] | None = None,
    votes: tuple[Vote, ...] = (),
    tasks: tuple[MeetingTask, ...] = (),
    on: date = date(2026, 3, 3),
) -> MinutesRecord:
    end = 8 * 60 + minutes_long
    minutes = Minutes(
        starts_at=time(8, 0),
        ends_at=time(end // 60, end % 60),
        place="Nhà văn hóa thôn",
        chair=Person("Nguyễn Văn Bình"),
        secretary=Person("Trần Thị Lan"),
        votes=votes,
        quality=(QualityMark("attendance", 5),),
    )
    meeting = Meeting(
        new_id(), CELL, kind, on, state=MeetingState.DRAFT, held_on=on, minutes=minutes
    )
    return MinutesRecord(meeting, tuple(attendance if attendance is not None else roll(12)), tasks)


def codes(found: list, severity: Severity | None = None) -> list[str]:
    return [f.code for f in found if severity is None or f.severity is severity]


def test_a_70_minute_meeting_of_a_7_member_cell_passes_the_2018_profile_only() -> None:
    small = record(70, attendance=roll(7))
    assert "too_short" not in codes(check_minutes(small, OLD))
    [finding] = [f for f in check_minutes(small, NEW) if f.code == "too_short"]
    assert finding.severity is Severity.WARNING
    assert finding.params == {"minutes": 70, "minimum": 90, "members": 7}


def test_a_commune_minimum_for_small_cells_lets_the_short_meeting_pass() -> None:
    commune_rules = dataclasses.replace(NEW, small_cell_min_minutes=60)
    assert "too_short" not in codes(check_minutes(record(70, attendance=roll(7)), commune_rules))
    # … but not a cell of nine or more
    assert "too_short" in codes(check_minutes(record(70, attendance=roll(9)), commune_rules))


@pytest.mark.parametrize(
    ("kind", "rules", "minimum"),
    [
        (MeetingKind.REGULAR, OLD, 90),
        (MeetingKind.THEMATIC, OLD, 120),
        (MeetingKind.COMBINED, OLD, 120),
        (MeetingKind.REGULAR, NEW, 90),
        (MeetingKind.THEMATIC, NEW, 90),
        (MeetingKind.COMBINED, NEW, 120),
    ],
)
def test_the_minimum_duration_of_each_kind_under_each_profile(
    kind: MeetingKind, rules: MeetingRules, minimum: int
) -> None:
    assert "too_short" in codes(check_minutes(record(minimum - 1, kind), rules))
    assert "too_short" not in codes(check_minutes(record(minimum, kind), rules))


def test_missing_facts_block_finalising_and_broken_rules_only_warn() -> None:
    blank = dataclasses.replace(
        record(),
        meeting=dataclasses.replace(record().meeting, minutes=Minutes()),
        attendance=(
            Attendance(new_id(), new_id(), new_id(), "Lê Văn Tám", True),
            Attendance(new_id(), new_id(), new_id(), "Vũ Thị Hoa", True, presence=Presence.ABSENT),
            Attendance(
                new_id(), new_id(), new_id(), "Đỗ Văn Nam", True, presence=Presence.ABSENT_EXCUSED
            ),
        ),
    )
    found = check_minutes(blank, NEW)
    assert set(codes(found, Severity.BLOCKING)) == {
        "times_missing",
        "place_missing",
        "chair_missing",
        "secretary_missing",
        "presence_unmarked",
        "absence_without_category",
        "absence_reason_missing",
    }
    assert not can_finalise(found)
    assert can_finalise(check_minutes(record(60), NEW))  # too short: a warning, recorded truly


def test_the_vote_denominator_leaves_out_probationary_elsewhere_and_absent_exempt() -> None:
    people = [
        *roll(6),  # official, present
        Attendance(new_id(), new_id(), new_id(), "Dự bị", False, presence=Presence.PRESENT),
        Attendance(new_id(), new_id(), new_id(), "Đi vắng", True, standing=Standing.ELSEWHERE),
        Attendance(new_id(), new_id(), new_id(), "Miễn vắng", True, standing=Standing.EXEMPT),
        Attendance(
            new_id(),
            new_id(),
            new_id(),
            "Miễn có mặt",
            True,
            standing=Standing.EXEMPT,
            presence=Presence.PRESENT,
        ),
        Attendance(new_id(), new_id(), new_id(), "Vắng", True, presence=Presence.ABSENT_UNEXCUSED),
    ]
    summary = summarise(people)
    # 6 present + the absent official (summoned) + the exempt one who came
    assert summary.voters == 8
    assert (summary.total, summary.official, summary.probationary) == (11, 10, 1)
    assert (summary.exempt, summary.elsewhere, summary.required) == (2, 1, 8)
    assert summary.present == 7 and summary.rate_percent == 87.5
    assert vote_outcome(Vote("NQ", votes_for=4), summary).carried is False  # 4 of 8: not > half
    assert vote_outcome(Vote("NQ", votes_for=5), summary).carried is True
    admission = Vote("Kết nạp", VoteKind.ADMISSION, votes_for=5)
    assert vote_outcome(admission, summary).needed == 6  # two thirds of 8, rounded up
    assert vote_outcome(admission, summary).carried is False
    assert vote_outcome(dataclasses.replace(admission, votes_for=6), summary).carried is True


def test_a_vote_that_does_not_carry_and_impossible_figures() -> None:
    found = check_minutes(record(votes=(Vote("Nghị quyết tháng 3", votes_for=6),)), NEW)
    [finding] = [f for f in found if f.code == "vote_not_carried"]
    assert finding.params["needed"] == 7 and finding.params["voters"] == 12
    too_many = check_minutes(record(votes=(Vote("NQ", votes_for=10, votes_against=3),)), NEW)
    assert "vote_exceeds_voters" in codes(too_many, Severity.BLOCKING)


def test_a_task_without_person_or_deadline_is_named() -> None:
    tasks = (
        MeetingTask(new_id(), new_id(), "Vận động đóng quỹ", assignee="", deadline=None),
        MeetingTask(
            new_id(), new_id(), "Dọn vệ sinh", assignee="Lê Văn Tám", deadline=date(2026, 4, 1)
        ),
    )
    found = check_minutes(record(tasks=tasks), NEW)
    assert [(f.code, f.params["number"]) for f in found if f.code.startswith("task_")] == [
        ("task_without_person", 1),
        ("task_without_deadline", 1),
    ]


def test_the_third_month_absent_without_reason_is_flagged() -> None:
    people = roll(10)
    absent = dataclasses.replace(
        people[0], presence=Presence.ABSENT_UNEXCUSED, fee=FeeStatus.UNPAID
    )
    minutes = record(attendance=[absent, *people[1:]])
    earlier = {absent.member_id: {1}}
    assert "third_unexcused_absence" not in codes(check_minutes(minutes, NEW, earlier, earlier))
    earlier = {absent.member_id: {1, 2}}
    found = check_minutes(minutes, NEW, earlier, earlier)
    assert {"third_unexcused_absence", "third_unpaid_fee"} <= set(codes(found))
    assert next(f for f in found if f.code == "third_unexcused_absence").params["months"] == 3


def test_low_attendance_warns_below_the_threshold() -> None:
    people = roll(4) + roll(6, Presence.ABSENT_UNEXCUSED)
    assert "low_attendance" in codes(check_minutes(record(attendance=people), NEW))
    assert "low_attendance" not in codes(check_minutes(record(), NEW))


def test_a_cell_year_shows_missing_monthly_and_quarterly_meetings() -> None:
    def meeting(month: int, kind: MeetingKind, state: MeetingState) -> Meeting:
        day = date(2026, month, 3)
        held = None if state is MeetingState.PLANNED else day
        return Meeting(new_id(), CELL, kind, day, state=state, held_on=held)

    meetings = [
        meeting(1, MeetingKind.REGULAR, MeetingState.FINALISED),
        meeting(2, MeetingKind.COMBINED, MeetingState.ADOPTED),
        meeting(3, MeetingKind.REGULAR, MeetingState.PLANNED),  # never held
        meeting(4, MeetingKind.REGULAR, MeetingState.DRAFT),
        meeting(5, MeetingKind.REGULAR, MeetingState.PLANNED),
    ]
    year = cell_year(CELL, 2026, meetings, date(2026, 7, 15), NEW)
    assert year.months[:7] == (
        MonthStatus.FINALISED,
        MonthStatus.FINALISED,
        MonthStatus.MISSING,
        MonthStatus.HELD,
        MonthStatus.MISSING,
        MonthStatus.MISSING,
        MonthStatus.NONE,  # July is not over
    )
    assert year.missing_months == (3, 5, 6)
    assert year.thematic_missing_quarters == (2,)  # Q1 had the combined session
