"""The register's rules: transfers of Party activity and the admission pipeline (DOMAIN.md
"Transfers" and "Admission pipeline"), as checks on one record and as dated deadlines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from chibo_desktop.domain.dates import add_months
from chibo_desktop.domain.entities import Candidate, Transfer
from chibo_desktop.domain.enums import TransferDirection, TransferKind
from chibo_desktop.domain.validation import EARLIEST_PLAUSIBLE_DATE, PROBATION_MONTHS, Problem
from chibo_desktop.domain.working_days import WorkingCalendar

# Transfers (Quy định về chuyển sinh hoạt đảng)
OFFICIAL_START_WORKING_DAYS = 60  # after moving, the member starts the transfer within this
PRESENT_LETTER_WORKING_DAYS = 30  # the letter is presented to the receiving cell within this
NOT_ARRIVED_REPORT_MONTHS = 3  # the commune reports incoming members missing after this
TEMPORARY_MIN_MONTHS = 3
TEMPORARY_MAX_MONTHS = 12  # "under one year"
TEMPORARY_STUDY_MAX_MONTHS = 24

# Admission (Quy định 294-QĐ/TW, Hướng dẫn 06-HD/TW)
MIN_CANDIDATE_MONTHS = 18 * 12
MAX_CANDIDATE_MONTHS = 60 * 12
COURSE_VALID_MONTHS = 60
REQUIRED_INTRODUCERS = 2
CEREMONY_WORKING_DAYS = 30
RECOGNITION_WORKING_DAYS = 30  # after probation ends
PROBATION_WARNING_DAYS = 30


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` (a person's age in months, a duration)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (end.day < start.day)


def _dates_in_order(*pairs: tuple[str, date | None, date | None]) -> list[Problem]:
    return [
        Problem(field, "before_start", {"start": start})
        for field, start, later in pairs
        if start and later and later < start
    ]


def transfer_problems(transfer: Transfer, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if transfer.decided_on > today:
        problems.append(Problem("decided_on", "date_in_future", {"date": transfer.decided_on}))
    elif transfer.decided_on < EARLIEST_PLAUSIBLE_DATE:
        problems.append(Problem("decided_on", "date_too_early", {"date": transfer.decided_on}))
    direction = transfer.direction
    if direction in (TransferDirection.OUT, TransferDirection.INTERNAL):
        if transfer.member_id is None:
            problems.append(Problem("member_id", "required"))
        if transfer.from_unit_id is None:
            problems.append(Problem("from_unit_id", "required"))
    if direction in (TransferDirection.IN, TransferDirection.INTERNAL) and not transfer.to_unit_id:
        problems.append(Problem("to_unit_id", "required"))
    if direction is TransferDirection.IN and not (transfer.member_id or transfer.person_name):
        problems.append(Problem("person_name", "required"))
    if direction is not TransferDirection.INTERNAL and not transfer.other_organisation:
        problems.append(Problem("other_organisation", "required"))
    if direction is TransferDirection.INTERNAL and transfer.from_unit_id == transfer.to_unit_id:
        problems.append(Problem("to_unit_id", "same_cell"))
    problems += _dates_in_order(
        ("arrived_on", transfer.decided_on, transfer.arrived_on),
        ("returned_on", transfer.decided_on, transfer.returned_on),
        ("decided_on", transfer.moved_on, transfer.decided_on),
    )
    if transfer.kind is TransferKind.TEMPORARY:
        problems += _temporary_problems(transfer)
    elif transfer.ends_on or transfer.returned_on:
        problems.append(Problem("ends_on", "official_has_no_end"))
    return problems


def _temporary_problems(transfer: Transfer) -> list[Problem]:
    if transfer.ends_on is None:
        return [Problem("ends_on", "required")]
    start = transfer.moved_on or transfer.decided_on
    months = months_between(start, transfer.ends_on)
    longest = TEMPORARY_STUDY_MAX_MONTHS if transfer.for_study else TEMPORARY_MAX_MONTHS
    # "Three months to under one year" (study: up to two years).
    too_long = months > longest or (months == longest and not transfer.for_study)
    if months < TEMPORARY_MIN_MONTHS or too_long:
        return [
            Problem(
                "ends_on",
                "temporary_duration",
                {"months": months, "min": TEMPORARY_MIN_MONTHS, "max": longest},
            )
        ]
    return []


@dataclass(frozen=True, slots=True)
class Deadline:
    """Something due by ``due``; ``overdue`` once today is past it."""

    code: str
    due: date
    overdue: bool


def transfer_deadlines(
    transfer: Transfer, today: date, calendar: WorkingCalendar
) -> list[Deadline]:
    found: list[Deadline] = []
    if transfer.kind is TransferKind.OFFICIAL and transfer.moved_on:
        start_by = calendar.add_working_days(transfer.moved_on, OFFICIAL_START_WORKING_DAYS)
        if transfer.decided_on > start_by:
            found.append(Deadline("transfer_started_late", start_by, True))
    receiving_here = transfer.direction in (TransferDirection.IN, TransferDirection.INTERNAL)
    if receiving_here and transfer.arrived_on is None:
        present_by = calendar.add_working_days(transfer.decided_on, PRESENT_LETTER_WORKING_DAYS)
        if today > add_months(transfer.decided_on, NOT_ARRIVED_REPORT_MONTHS):
            found.append(Deadline("transfer_not_arrived_3_months", present_by, True))
        else:
            found.append(Deadline("transfer_not_arrived", present_by, today > present_by))
    if (
        transfer.kind is TransferKind.TEMPORARY
        and transfer.ends_on
        and transfer.returned_on is None
        and today > transfer.ends_on
    ):
        found.append(Deadline("temporary_past_end", transfer.ends_on, True))
    return found


# -- admission --------------------------------------------------------------------------------


def course_expires_on(candidate: Candidate) -> date | None:
    return add_months(candidate.course_on, COURSE_VALID_MONTHS) if candidate.course_on else None


def vote_carries_two_thirds(votes_for: int, votes_total: int) -> bool:
    return votes_total > 0 and 3 * votes_for >= 2 * votes_total


def candidate_problems(candidate: Candidate, today: date) -> list[Problem]:
    """What keeps the record from being valid, whatever its stage."""
    problems: list[Problem] = []
    if not candidate.full_name.strip():
        problems.append(Problem("full_name", "required"))
    for field in ("course_on", "application_on", "cell_vote_on", "decision_on", "ceremony_on"):
        value = getattr(candidate, field)
        if value and value > today:
            problems.append(Problem(field, "date_in_future", {"date": value}))
    problems += _dates_in_order(
        ("application_on", candidate.course_on, candidate.application_on),
        ("cell_vote_on", candidate.application_on, candidate.cell_vote_on),
        ("decision_on", candidate.cell_vote_on, candidate.decision_on),
        ("ceremony_on", candidate.decision_on, candidate.ceremony_on),
    )
    if candidate.votes_for > candidate.votes_total:
        problems.append(Problem("votes_for", "more_votes_than_voters"))
    return problems


def admission_problems(candidate: Candidate) -> list[Problem]:
    """What the rules require before the committee decides to admit (checked at the cell vote)."""
    problems: list[Problem] = []
    vote_day = candidate.cell_vote_on
    if vote_day is None:
        return [Problem("cell_vote_on", "required")]
    age = months_between(candidate.birth_date, vote_day)
    if not MIN_CANDIDATE_MONTHS <= age <= MAX_CANDIDATE_MONTHS:
        problems.append(
            Problem("birth_date", "candidate_age", {"years": age // 12, "months": age % 12})
        )
    expires = course_expires_on(candidate)
    if expires is None:
        problems.append(Problem("course_on", "required"))
    elif expires < vote_day:
        problems.append(Problem("course_on", "course_expired", {"expired": expires}))
    if candidate.application_on is None:
        problems.append(Problem("application_on", "required"))
    if candidate.introducer_count < REQUIRED_INTRODUCERS:
        problems.append(
            Problem("introducer_count", "too_few_introducers", {"needed": REQUIRED_INTRODUCERS})
        )
    if not vote_carries_two_thirds(candidate.votes_for, candidate.votes_total):
        problems.append(
            Problem(
                "votes_for",
                "two_thirds_not_reached",
                {"for": candidate.votes_for, "total": candidate.votes_total},
            )
        )
    return problems


def probation_ends_on(ceremony: date) -> date:
    return add_months(ceremony, PROBATION_MONTHS)


def recognition_due_by(ceremony: date, calendar: WorkingCalendar) -> date:
    return calendar.add_working_days(probation_ends_on(ceremony), RECOGNITION_WORKING_DAYS)


def ceremony_due_by(decision: date, calendar: WorkingCalendar) -> date:
    return calendar.add_working_days(decision, CEREMONY_WORKING_DAYS)
