"""Việc cần làm: what the office must do soon, gathered from the register's rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from uuid import UUID

from chibo_desktop.domain.dates import add_months
from chibo_desktop.domain.register_rules import (
    PROBATION_WARNING_DAYS,
    ceremony_due_by,
    course_expires_on,
    probation_ends_on,
    recognition_due_by,
)
from chibo_desktop.domain.validation import BADGE_YEARS
from chibo_desktop.domain.working_days import WorkingCalendar
from chibo_desktop.services.admissions import AdmissionService, Stage
from chibo_desktop.services.transfers import TransferService
from chibo_desktop.storage.repositories import MemberRecordRepository, MemberRepository

COURSE_WARNING_DAYS = 90


@dataclass(frozen=True, slots=True)
class TodoItem:
    """One thing to do; ``kind`` is a code the ui words, ``due`` the date it is due by."""

    kind: str
    due: date
    name: str
    overdue: bool
    member_id: UUID | None = None
    params: dict[str, Any] = field(default_factory=dict)


class TodoService:
    def __init__(
        self,
        members: MemberRepository,
        records: MemberRecordRepository,
        transfers: TransferService,
        admissions: AdmissionService,
        calendar: WorkingCalendar,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._members = members
        self._records = records
        self._transfers = transfers
        self._admissions = admissions
        self._calendar = calendar
        self._today = today

    def items(self) -> list[TodoItem]:
        """Everything due, overdue first, then by date."""
        found = (
            self._probation()
            + self._candidates()
            + self._transfer_items()
            + self._badges()
            + self._small_cells()
        )
        return sorted(found, key=lambda item: (not item.overdue, item.due, item.name))

    def _probation(self) -> list[TodoItem]:
        today = self._today()
        found = []
        for member in self._members.on_probation():
            assert member.ceremony_date is not None
            ends = probation_ends_on(member.ceremony_date)
            due = recognition_due_by(member.ceremony_date, self._calendar)
            if today > due:
                found.append(
                    TodoItem("recognition_overdue", due, member.full_name, True, member.id)
                )
            elif today >= ends - timedelta(days=PROBATION_WARNING_DAYS):
                params = {"recognise_by": due}
                found.append(
                    TodoItem("probation_ending", ends, member.full_name, False, member.id, params)
                )
        return found

    def _candidates(self) -> list[TodoItem]:
        today = self._today()
        found = []
        for candidate in self._admissions.candidates():
            stage = self._admissions.stage(candidate)
            expires = course_expires_on(candidate)
            waiting = stage in (Stage.PREPARING, Stage.APPLIED)
            if waiting and expires and expires <= today + timedelta(days=COURSE_WARNING_DAYS):
                found.append(
                    TodoItem("course_expiring", expires, candidate.full_name, expires < today)
                )
            if stage is Stage.ADMITTED and candidate.decision_on:
                due = ceremony_due_by(candidate.decision_on, self._calendar)
                found.append(
                    TodoItem(
                        "ceremony_due", due, candidate.full_name, today > due, candidate.member_id
                    )
                )
        return found

    def _transfer_items(self) -> list[TodoItem]:
        return [
            TodoItem(
                alert.deadline.code,
                alert.deadline.due,
                alert.name,
                alert.deadline.overdue,
                alert.transfer.member_id,
                {"organisation": alert.transfer.other_organisation},
            )
            for alert in self._transfers.alerts()
        ]

    def _badges(self) -> list[TodoItem]:
        """Members whose Party seniority reaches a badge this year and who do not have it yet."""
        year = self._today().year
        have = self._records.badge_years_by_member()
        found = []
        for member in self._members.admitted_in_years([year - y for y in BADGE_YEARS]):
            assert member.admission_date is not None
            years = year - member.admission_date.year
            if years in have.get(member.id, set()):
                continue
            due = add_months(member.admission_date, 12 * years)
            found.append(
                TodoItem("badge_due", due, member.full_name, False, member.id, {"years": years})
            )
        return found

    def _small_cells(self) -> list[TodoItem]:
        today = self._today()
        return [
            TodoItem("cell_below_minimum", today, name, True, None, {"count": count})
            for name, count in self._transfers.cells_below_minimum()
        ]
