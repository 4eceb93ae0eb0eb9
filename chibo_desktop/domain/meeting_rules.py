"""What the meeting profile in force says about a meeting's minutes and about a cell's year.

Findings are codes with parameters; the ui turns each into a plain Vietnamese sentence. A
blocking finding means the minutes lack a fact they must state (they cannot be finalised); a
warning is a rule that was not met, which the minutes record truthfully.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any
from uuid import UUID

from chibo_desktop.domain.findings import Finding, Severity
from chibo_desktop.domain.meetings import (
    FeeStatus,
    Meeting,
    MeetingKind,
    MeetingState,
    MinutesRecord,
    Presence,
    Standing,
    summarise,
    vote_outcome,
)
from chibo_desktop.domain.rules import MeetingRules

# Điều lệ art. 8: missing meetings (or the fee) this many months in a year without reason.
UNEXCUSED_MONTHS_TO_FLAG = 3


def minimum_minutes(kind: MeetingKind, members: int, rules: MeetingRules) -> int:
    """The shortest a meeting may last: combined sessions longer; a regular meeting of a small
    cell as short as the profile (or the commune's own profile) allows."""
    if kind is MeetingKind.COMBINED:
        return rules.combined_min_minutes
    if kind is MeetingKind.THEMATIC:
        return rules.thematic_min_minutes
    if rules.small_cell_min_minutes is not None and members < rules.small_cell_below_members:
        return rules.small_cell_min_minutes
    return rules.regular_min_minutes


def check_minutes(
    record: MinutesRecord,
    rules: MeetingRules,
    earlier_unexcused_months: Mapping[UUID, set[int]] | None = None,
    earlier_unpaid_months: Mapping[UUID, set[int]] | None = None,
) -> list[Finding]:
    """Every finding on the minutes of one meeting, judged by ``rules`` (the meeting profile in
    force on its date). ``earlier_*_months``: per member, the months of this year in which an
    earlier meeting of the cell recorded an absence without reason (or an unpaid fee)."""
    meeting, minutes = record.meeting, record.meeting.minutes
    found: list[Finding] = []

    def block(code: str, **params: Any) -> None:
        found.append(Finding(code, Severity.BLOCKING, params))

    def warn(code: str, **params: Any) -> None:
        found.append(Finding(code, Severity.WARNING, params))

    # Time and duration
    duration = minutes.duration_minutes
    members = sum(1 for a in record.attendance if not a.deleted)
    if duration is None:
        block("times_missing")
    elif duration <= 0:
        block("ends_before_start")
    else:
        minimum = minimum_minutes(meeting.kind, members, rules)
        if duration < minimum:
            warn("too_short", minutes=duration, minimum=minimum, members=members)
    if not minutes.place.strip():
        block("place_missing")
    if not minutes.chair.name.strip():
        block("chair_missing")
    if not minutes.secretary.name.strip():
        block("secretary_missing")

    # Attendance
    attendance = [a for a in record.attendance if not a.deleted]
    if not attendance:
        block("no_attendance")
    for a in attendance:
        if a.standing is Standing.REGULAR and a.presence is None:
            block("presence_unmarked", name=a.member_name)
        elif a.presence is Presence.ABSENT:
            block("absence_without_category", name=a.member_name)
        elif a.presence is Presence.ABSENT_EXCUSED and not a.reason.strip():
            block("absence_reason_missing", name=a.member_name)
    summary = summarise(attendance)
    if summary.required and summary.rate_percent < rules.attendance_warn_below_percent:
        warn(
            "low_attendance",
            rate=summary.rate_percent,
            threshold=rules.attendance_warn_below_percent,
        )
    month = meeting.on.month
    for a in attendance:
        if a.presence is Presence.ABSENT_UNEXCUSED:
            months = set((earlier_unexcused_months or {}).get(a.member_id, set())) | {month}
            if len(months) >= UNEXCUSED_MONTHS_TO_FLAG:
                warn("third_unexcused_absence", name=a.member_name, months=len(months))
        if a.fee is FeeStatus.UNPAID:
            months = set((earlier_unpaid_months or {}).get(a.member_id, set())) | {month}
            if len(months) >= UNEXCUSED_MONTHS_TO_FLAG:
                warn("third_unpaid_fee", name=a.member_name, months=len(months))

    # Votes
    for vote in minutes.votes:
        if vote.votes_for < 0 or vote.votes_against < 0:
            block("vote_negative", subject=vote.subject)
            continue
        outcome = vote_outcome(vote, summary)
        if vote.votes_for + vote.votes_against > outcome.denominator:
            block(
                "vote_exceeds_voters",
                subject=vote.subject,
                cast=vote.votes_for + vote.votes_against,
                voters=outcome.denominator,
            )
        elif not outcome.carried:
            warn(
                "vote_not_carried",
                subject=vote.subject,
                votes_for=vote.votes_for,
                needed=outcome.needed,
                voters=outcome.denominator,
                two_thirds=vote.kind.value in ("admission", "recognition"),
            )

    # Tasks
    for number, task in enumerate((t for t in record.tasks if not t.deleted), start=1):
        if not task.assignee.strip():
            warn("task_without_person", number=number, what=task.what)
        if task.deadline is None:
            warn("task_without_deadline", number=number, what=task.what)
        elif task.deadline < meeting.on:
            warn("task_deadline_passed", number=number, what=task.what)
    for review in minutes.task_reviews:
        if review.result is None:
            warn("task_result_missing", what=review.what, assignee=review.assignee)

    # Quality score
    weights = dict(rules.quality_weights)
    for mark in minutes.quality:
        limit = weights.get(mark.criterion)
        if limit is None or not 0 <= mark.points <= limit:
            block("quality_out_of_range", criterion=mark.criterion, limit=limit or 0)
    if not minutes.quality:
        warn("quality_missing")
    return found


def can_finalise(findings: Iterable[Finding]) -> bool:
    return all(f.severity is not Severity.BLOCKING for f in findings)


# -- the year of a cell ------------------------------------------------------------------------
class MonthStatus(StrEnum):
    NONE = "none"  # nothing planned, month not over
    PLANNED = "planned"
    HELD = "held"  # minutes in draft
    FINALISED = "finalised"  # finalised or adopted
    MISSING = "missing"  # the month is over without a regular meeting held


@dataclass(frozen=True, slots=True)
class CellYear:
    unit_id: UUID
    months: tuple[MonthStatus, ...]  # January … December
    thematic_missing_quarters: tuple[int, ...]  # quarters over without a thematic meeting
    missing_months: tuple[int, ...]


def _month_status(meetings: list[Meeting]) -> MonthStatus:
    states = {m.state for m in meetings}
    if states & {MeetingState.FINALISED, MeetingState.ADOPTED}:
        return MonthStatus.FINALISED
    if MeetingState.DRAFT in states:
        return MonthStatus.HELD
    return MonthStatus.PLANNED if states else MonthStatus.NONE


def cell_year(
    unit_id: UUID, year: int, meetings: Iterable[Meeting], today: date, rules: MeetingRules
) -> CellYear:
    """Month by month: was the regular meeting held? Every ``thematic_every_months`` months
    (a quarter by default) a thematic meeting must be held; a combined session counts for both."""
    regular: dict[int, list[Meeting]] = {m: [] for m in range(1, 13)}
    thematic_months: set[int] = set()
    for meeting in meetings:
        if meeting.deleted or meeting.on.year != year:
            continue
        held = meeting.state is not MeetingState.PLANNED
        if meeting.kind in (MeetingKind.REGULAR, MeetingKind.COMBINED):
            regular[meeting.on.month].append(meeting)
        if meeting.kind in (MeetingKind.THEMATIC, MeetingKind.COMBINED) and held:
            thematic_months.add(meeting.on.month)
    months = []
    missing = []
    for month in range(1, 13):
        status = _month_status(regular[month])
        over = (year, month) < (today.year, today.month)
        if over and status in (MonthStatus.NONE, MonthStatus.PLANNED):
            status = MonthStatus.MISSING
            missing.append(month)
        months.append(status)
    period = rules.thematic_every_months
    missing_periods = []
    for index, first in enumerate(range(1, 13, period), start=1):
        last = min(first + period - 1, 12)
        over = (year, last) < (today.year, today.month)
        if over and not any(first <= m <= last for m in thematic_months):
            missing_periods.append(index)
    return CellYear(unit_id, tuple(months), tuple(missing_periods), tuple(missing))
