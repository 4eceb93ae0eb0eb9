"""The demo's year of cell meetings, read back through the meeting service from a real file:
planned, held, finalised and adopted as the service would have done it, with findings for the
rule checks to show."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from chibo_desktop.domain.entities import Unit
from chibo_desktop.domain.enums import MemberStatus
from chibo_desktop.domain.meeting_rules import can_finalise
from chibo_desktop.domain.meetings import (
    DEFAULT_AGENDAS,
    DocumentType,
    Meeting,
    MeetingKind,
    MeetingState,
    MinutesRecord,
    Presence,
    summarise,
    vote_outcome,
)
from chibo_desktop.domain.progress import Cancelled, CancelToken
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.workspace import Workspace, open_workspace

TODAY = date(2026, 11, 21)
DEMO = DemoSettings(members=300, cells=6, seed=4, today=TODAY)


@pytest.fixture
def empty(db_path: Path) -> Iterator[Workspace]:
    """A new database that has not been set up."""
    ws = open_workspace(db_path)
    yield ws
    ws.close()


@pytest.fixture
def demo(empty: Workspace) -> Workspace:
    empty.demo.generate(DEMO)
    return empty


def cells_of(ws: Workspace) -> list[Unit]:
    return [u for u in ws.units.all() if u.is_cell]


def year_of(ws: Workspace, cell: Unit) -> list[Meeting]:
    return sorted(ws.meetings.in_year([cell.id], 2026), key=lambda m: (m.on, m.id.hex))


def held_records(ws: Workspace, cell: Unit) -> list[MinutesRecord]:
    return [ws.meetings.record(m.id) for m in year_of(ws, cell) if m.held_on is not None]


def test_every_cell_has_a_plan_and_a_meeting_each_month_held_up_to_today(
    demo: Workspace,
) -> None:
    for cell in cells_of(demo):
        plan = demo.meetings.plan(cell.id, 2026)
        assert 1 <= plan.day_of_month <= 10
        assert plan.term_started_on == date(2025, 7, 1)
        assert plan.liaison and plan.liaison_id is not None
        assert [(t.month - 1) // 3 for t in plan.thematic_topics] == [0, 1, 2, 3]

        meetings = year_of(demo, cell)
        monthly = [m for m in meetings if m.kind in (MeetingKind.REGULAR, MeetingKind.COMBINED)]
        assert [m.planned_on.month for m in monthly] == list(range(1, 13))
        assert {m.planned_on.day for m in monthly} == {plan.day_of_month}
        for meeting in meetings:
            if meeting.on.month <= 10:
                assert meeting.state.locked, meeting
            elif meeting.on.month == 11:
                assert meeting.state in (MeetingState.DRAFT, MeetingState.PLANNED)
                assert (meeting.state is MeetingState.DRAFT) == (meeting.planned_on < TODAY)
            else:
                assert meeting.state is MeetingState.PLANNED and meeting.held_on is None

        # and the year overview misses neither a month nor a quarter's thematic meeting
        [overview] = demo.meetings.overview([cell.id], 2026)
        assert overview.year.missing_months == ()
        assert overview.year.thematic_missing_quarters == ()


def test_finalised_minutes_carry_their_hash_a_number_and_the_meeting_that_adopted_them(
    demo: Workspace,
) -> None:
    for cell in cells_of(demo):
        held = held_records(demo, cell)
        numbers: dict[DocumentType, list[int | None]] = {t: [] for t in DocumentType}
        for record, following in zip(held, [*held[1:], None], strict=True):
            meeting = record.meeting
            if not meeting.state.locked:
                assert meeting.content_hash == "" and meeting.minutes.document_number is None
                continue
            assert meeting.content_hash == record.content_hash()
            assert meeting.finalised_on is not None and meeting.finalised_on > meeting.on
            numbers[meeting.minutes.document_type].append(meeting.minutes.document_number)
            if following is None:
                assert meeting.state is MeetingState.FINALISED
            else:
                assert meeting.state is MeetingState.ADOPTED
                assert meeting.adopted_at_meeting_id == following.meeting.id
                assert meeting.adopted_on == following.meeting.held_on
        for kind, given in numbers.items():
            assert given == list(range(1, len(given) + 1))
            # the service numbers the next document where the demo left off
            assert demo.meetings.next_document_number(cell.id, kind, TODAY) == len(given) + 1


def test_the_roll_is_every_member_on_the_roll_with_a_presence_and_reasons(
    demo: Workspace,
) -> None:
    everyone = demo.members.page(MemberQuery(on_roll_only=False), 0, DEMO.members)
    for cell in cells_of(demo):
        for record in held_records(demo, cell):
            day = record.meeting.on
            on_roll = {
                m.id
                for m in everyone
                if m.unit_id == cell.id
                and m.status in (MemberStatus.ACTIVE, MemberStatus.EXEMPT)
                and m.admission_date is not None
                and m.admission_date <= day
            }
            assert {a.member_id for a in record.attendance} == on_roll
            for row in record.attendance:
                assert row.presence is not None
                if row.presence is Presence.ABSENT_EXCUSED:
                    assert row.reason
            minutes = record.meeting.minutes
            present = {a.member_id for a in record.attendance if a.presence.attended}
            assert {minutes.chair.member_id, minutes.secretary.member_id} <= present
            assert minutes.chair.member_id != minutes.secretary.member_id
            assert minutes.place.startswith(("Nhà văn hóa ", "Phòng họp "))
            summary = summarise(record.attendance)
            for vote in minutes.votes:
                assert vote.votes_for + vote.votes_against <= summary.voters
            assert vote_outcome(minutes.votes[0], summary).carried


def test_agendas_speeches_and_tasks_look_like_real_minutes(demo: Workspace) -> None:
    durations = []
    for cell in cells_of(demo):
        for record in held_records(demo, cell):
            minutes = record.meeting.minutes
            titles = [item.title for item in minutes.agenda]
            template = DEFAULT_AGENDAS[record.meeting.kind]
            assert 4 <= len(titles) <= 8
            assert titles == [t for t in template if t in titles]  # in the template's order
            present = {a.member_id for a in record.attendance if a.presence.attended}
            speeches = [s for item in minutes.agenda for s in item.speeches]
            assert speeches and all(s.speaker.member_id in present and s.gist for s in speeches)
            assert 2 <= len(record.tasks) <= 4
            assert all(t.assignee_id in present for t in record.tasks)
            assert all(t.deadline is None or t.deadline > record.meeting.on for t in record.tasks)
            durations.append(minutes.duration_minutes)
            if record.meeting.state.locked:
                assert 50 <= minutes.quality_total <= 100
    assert Counter(90 <= d <= 160 for d in durations)[True] > 0.8 * len(durations)


def test_each_meetings_tasks_are_reviewed_at_the_next_meeting(demo: Workspace) -> None:
    for cell in cells_of(demo):
        held = held_records(demo, cell)
        for earlier, later in pairwise(held):
            reviews = later.meeting.minutes.task_reviews
            assert [r.task_id for r in reviews] == [t.id for t in earlier.tasks]
            assert all(r.result is not None for r in reviews)


def test_the_rule_checks_find_a_third_unexcused_absence_and_a_meeting_too_short(
    demo: Workspace,
) -> None:
    codes: Counter[str] = Counter()
    for cell in cells_of(demo):
        for record in held_records(demo, cell):
            findings = demo.meetings.findings(record)
            codes.update(f.code for f in findings)
            if record.meeting.state.locked:
                assert can_finalise(findings), findings
    assert codes["third_unexcused_absence"] >= 1
    assert codes["too_short"] >= 1


def test_same_seed_gives_the_same_meetings_in_two_databases(tmp_path: Path) -> None:
    def meetings(name: str) -> tuple:
        ws = open_workspace(tmp_path / name)
        try:
            ws.demo.generate(dataclasses.replace(DEMO, members=120, cells=3))
            cells = [u.id for u in cells_of(ws)]
            # Version stamps record when a record was written; everything else must match.
            found = sorted(
                (dataclasses.replace(m, version=0) for m in ws.meetings.in_year(cells, 2026)),
                key=lambda m: m.id.hex,
            )
            records = [ws.meetings.record(m.id) for m in found if m.held_on]
            roll = [dataclasses.replace(a, version=0) for r in records for a in r.attendance]
            tasks = [dataclasses.replace(t, version=0) for r in records for t in r.tasks]
            plans = [dataclasses.replace(ws.meetings.plan(c, 2026), version=0) for c in cells]
            return found, roll, tasks, plans
        finally:
            ws.close()

    assert meetings("a.sqlite") == meetings("b.sqlite")


def test_a_province_gets_meetings_for_its_first_cells_only(empty: Workspace) -> None:
    summary = empty.demo.generate(
        DemoSettings(members=300, cells=61, seed=2, today=TODAY, meeting_cells=10)
    )

    meetings = empty.meetings.in_year([u.id for u in cells_of(empty)], 2026)
    assert len({m.unit_id for m in meetings}) == 10
    assert summary.meetings == len(meetings)


def test_no_meetings_when_none_are_asked_for(empty: Workspace) -> None:
    summary = empty.demo.generate(dataclasses.replace(DEMO, meeting_cells=0))

    assert summary.meetings == 0
    assert empty.meetings.in_year([u.id for u in cells_of(empty)], 2026) == []


def test_cancelling_while_the_meetings_are_drawn_rolls_everything_back(
    empty: Workspace,
) -> None:
    cancel = CancelToken()
    settings = DemoSettings(members=2000, cells=4, today=TODAY)

    def progress(done: int, total: int) -> None:
        if done == total:  # the members are all written: the meetings come next
            cancel.cancel()

    with pytest.raises(Cancelled):
        empty.demo.generate(settings, progress=progress, cancel=cancel)

    assert empty.site is None
    assert empty.units.all() == []
    assert empty.members.count(MemberQuery(on_roll_only=False)) == 0


def test_two_years_of_meetings_run_on_across_new_year(empty: Workspace) -> None:
    # Given a demo commune with last year's meetings too
    empty.demo.generate(dataclasses.replace(DEMO, meeting_years=2))
    everyone = empty.members.page(MemberQuery(on_roll_only=False), 0, DEMO.members)
    left_on = {
        m.id: m.status_date
        for m in everyone
        if m.status not in (MemberStatus.ACTIVE, MemberStatus.EXEMPT)
    }
    for cell in cells_of(empty):
        # Then last year was planned, and every meeting of it held and adopted
        assert empty.meetings.plan(cell.id, 2025).term_started_on == date(2020, 7, 1)
        last_year = sorted(empty.meetings.in_year([cell.id], 2025), key=lambda m: m.on)
        assert len(last_year) >= 12
        assert {m.state for m in last_year} == {MeetingState.ADOPTED}
        [overview] = empty.meetings.overview([cell.id], 2025)
        assert overview.year.missing_months == ()
        records = [empty.meetings.record(m.id) for m in last_year]
        this_year = held_records(empty, cell)
        first = this_year[0]
        # the first meeting of this year reviewed December's tasks and adopted its minutes
        assert last_year[-1].adopted_at_meeting_id == first.meeting.id
        reviews = first.meeting.minutes.task_reviews
        assert [r.task_id for r in reviews] == [t.id for t in records[-1].tasks]
        # the numbers run on from last year's (this year's term began on 1 July 2025: the
        # service numbers on from the highest given since then)
        for kind in DocumentType:
            given = [
                r.meeting.minutes.document_number
                for r in records + this_year
                if r.meeting.state.locked and r.meeting.minutes.document_type is kind
            ]
            assert given == list(range(1, len(given) + 1))
            assert empty.meetings.next_document_number(cell.id, kind, TODAY) == len(given) + 1
        # and last year's roll held those who have left since, up to the day they left
        for record in records:
            day = record.meeting.on
            on_roll = {
                m.id
                for m in everyone
                if m.unit_id == cell.id
                and m.admission_date is not None
                and m.admission_date <= day
                and (m.id not in left_on or (left_on[m.id] or day) > day)
            }
            assert {a.member_id for a in record.attendance} == on_roll
            assert can_finalise(empty.meetings.findings(record))
