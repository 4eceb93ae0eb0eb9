"""The demo's annual evaluations, read back through the evaluation service from a real file: the
previous year closed and clean, the year under review open with a case near every rule in the
first cells of the first commune, the report adding up, the same seed giving the same records."""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from chibo_desktop.domain.demo import DemoGenerator, DemoSpec, ReviewCase
from chibo_desktop.domain.entities import Distinction, Member, PartyPost, Transfer, Unit
from chibo_desktop.domain.enums import (
    DistinctionKind,
    Gender,
    PostKind,
    TransferKind,
    UnitLevel,
)
from chibo_desktop.domain.evaluation import (
    EvaluationYear,
    FormType,
    Leave,
    MemberEvaluation,
    UnitEvaluation,
    default_form,
    within_cap,
)
from chibo_desktop.domain.evaluation_rules import band_level
from chibo_desktop.domain.findings import Severity
from chibo_desktop.domain.meetings import Standing
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.rules import Level
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.workspace import Workspace, open_workspace
from chibo_desktop.storage.repositories import EvaluationRepository, MemberRecordRepository

TODAY = date(2026, 11, 21)
YEAR, PREVIOUS = 2026, 2025
DEMO = DemoSettings(members=500, cells=12, seed=2, today=TODAY)
# Every finding the year under review shows, each from one of the deliberate cases.
DELIBERATE = {
    "member_level_missing": ReviewCase.PENDING,
    "member_level_outside_band": ReviewCase.PENDING,
    "member_excellent_conditions": ReviewCase.MEMBER_RULES,
    "member_forced_not_completed": ReviewCase.MEMBER_RULES,
    "member_discipline_needs_decision": ReviewCase.MEMBER_RULES,
    "unit_excellent_leader_disciplined": ReviewCase.LEADER_DISCIPLINED,
    "cap_exceeded": ReviewCase.CAP_EXCEEDED,
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo commune, generated once for the module; each test opens it and only reads."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CHIBO_HOME", str(folder / "home"))
        ws = open_workspace(path)
        try:
            ws.demo.generate(DEMO)
        finally:
            ws.close()
    return path


@pytest.fixture
def demo(demo_file: Path) -> Iterator[Workspace]:
    ws = open_workspace(demo_file)
    yield ws
    ws.close()


@pytest.fixture
def empty(db_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(db_path)
    yield ws
    ws.close()


def case_cells(settings: DemoSettings) -> dict[ReviewCase, Unit]:
    """The cells the generator put each deliberate case in (its ids do not depend on codes)."""
    numbers = itertools.count()
    generator = DemoGenerator(
        DemoSpec(settings.members, settings.cells, settings.years, settings.seed, TODAY),
        code_for=lambda name: f"U{next(numbers)}",
    )
    units = {u.id: u for u in generator.tree.units}
    return {case: units[cell_id] for cell_id, case in generator.review_cases().items()}


def communes_of(ws: Workspace) -> list[Unit]:
    return [u for u in ws.units.all() if u.level is UnitLevel.COMMUNE]


def everyone(ws: Workspace) -> list[Member]:
    query = MemberQuery(on_roll_only=False)
    return ws.members.page(query, 0, ws.members.count(query))


def evaluations(year: int | None = None) -> list[MemberEvaluation]:
    found = EvaluationRepository().where(MemberEvaluation)
    return [e for e in found if year is None or e.year == year]


def blocking(ws: Workspace, commune: Unit, year: int) -> list[str]:
    return [
        f.code
        for f in ws.evaluations.check_year(commune.id, year)
        if f.severity is Severity.BLOCKING
    ]


# -- the years ---------------------------------------------------------------------------------


def test_the_previous_year_is_closed_and_passes_every_check(demo: Workspace) -> None:
    [commune] = communes_of(demo)

    record = demo.evaluations.review_year(commune.id, PREVIOUS)
    assert record is not None and record.closed
    assert record.closed_by and record.closed_on is not None
    assert record.review_on < record.closed_on <= date(PREVIOUS, 12, 31)
    assert demo.evaluations.check_year(commune.id, PREVIOUS) == []
    # and nothing before it was reviewed in full: only the archive's HTXSNV streaks
    assert demo.evaluations.review_year(commune.id, PREVIOUS - 1) is None


def test_the_year_under_review_is_open_with_a_review_date_in_december(demo: Workspace) -> None:
    [commune] = communes_of(demo)

    record = demo.evaluations.review_year(commune.id, YEAR)
    assert record is not None and not record.closed
    assert record.review_on.year == YEAR and record.review_on.month == 12
    assert record.opened_on is not None and record.opened_on <= TODAY
    own = demo.evaluations.unit_evaluation(commune.id, YEAR)
    assert own is not None and own.self_level is not None and own.final_level is None


def test_the_checks_of_the_year_under_review_show_each_deliberate_case_in_its_cell(
    demo: Workspace,
) -> None:
    [commune] = communes_of(demo)
    cells = case_cells(DEMO)
    assert set(cells) == set(ReviewCase)

    findings = demo.evaluations.check_year(commune.id, YEAR)

    codes = Counter(f.code for f in findings)
    assert set(codes) == {*DELIBERATE, "cell_level_missing"}
    assert codes["member_level_missing"] == 2
    assert all(f.severity is Severity.BLOCKING for f in findings)
    for finding in findings:
        case = DELIBERATE.get(finding.code)
        if case is not None:
            assert finding.params["unit"] == cells[case].name, finding
    # the committee has not decided the cell still reviewing nor the one whose secretary
    # was disciplined
    undecided = {f.params["unit"] for f in findings if f.code == "cell_level_missing"}
    assert undecided == {
        cells[ReviewCase.PENDING].name,
        cells[ReviewCase.LEADER_DISCIPLINED].name,
    }


def test_the_cap_exception_cell_keeps_its_cap_only_thanks_to_the_decision(
    demo: Workspace,
) -> None:
    cells = case_cells(DEMO)

    sheet = demo.evaluations.cell_sheet(cells[ReviewCase.CAP_EXCEPTION].id, YEAR)
    cap = sheet.cap
    assert cap.exception_decision.startswith("Quyết định số ")
    assert cap.cap_percent == 25 and cap.kept
    assert not within_cap(cap.excellent, cap.good, 20)
    assert sheet.findings == ()
    assert all(row.findings == () for row in sheet.rows)

    over = demo.evaluations.cell_sheet(cells[ReviewCase.CAP_EXCEEDED].id, YEAR).cap
    assert over.exception_decision == "" and not over.kept and over.excellent > over.allowed


def test_disciplines_in_the_year_with_and_without_the_decision_that_weighs_them(
    demo: Workspace,
) -> None:
    cells = case_cells(DEMO)
    rows = demo.evaluations.cell_sheet(cells[ReviewCase.MEMBER_RULES].id, YEAR).rows
    disciplined = [r for r in rows if r.disciplines]
    assert len(disciplined) == 2
    for row in disciplined:
        [discipline] = row.disciplines
        assert discipline.kind is DistinctionKind.DISCIPLINE and discipline.decision_number
        assert discipline.decided_on.year == YEAR and discipline.decided_on < TODAY
        assert row.evaluation is not None and row.evaluation.final_level is Level.COMPLETED
    assert sorted(bool(r.evaluation.discipline_decision) for r in disciplined) == [False, True]

    # The secretary of another cell was disciplined too, and the cell proposed HTXSNV
    leader_sheet = demo.evaluations.cell_sheet(cells[ReviewCase.LEADER_DISCIPLINED].id, YEAR)
    [leader] = leader_sheet.leader_disciplines
    posts = MemberRecordRepository().where(PartyPost, unit=cells[ReviewCase.LEADER_DISCIPLINED].id)
    secretary = next(p for p in posts if p.post is PostKind.SECRETARY)
    row = next(r for r in leader_sheet.rows if r.member.id == secretary.member_id)
    assert leader.name == row.member.full_name
    assert row.evaluation is not None and row.evaluation.discipline_decision
    assert row.evaluation.form is FormType.LEADER and row.findings == ()
    assert leader_sheet.unit_evaluation is not None
    assert leader_sheet.unit_evaluation.self_level is Level.EXCELLENT


def test_leave_a_member_away_with_the_hosts_comment_and_a_newly_formed_cell(
    demo: Workspace,
) -> None:
    cells = case_cells(DEMO)

    sheets = [demo.evaluations.cell_sheet(cells[case].id, YEAR) for case in ReviewCase]
    mothers = [
        r
        for sheet in sheets
        for r in sheet.rows
        if r.evaluation and r.evaluation.leave is Leave.MATERNITY
    ]
    assert mothers and all(r.findings == () for r in mothers)
    assert all(r.member.gender is Gender.FEMALE for r in mothers)

    rows = demo.evaluations.cell_sheet(cells[ReviewCase.MEMBER_RULES].id, YEAR).rows
    [away] = [r for r in rows if r.elsewhere]
    assert away.evaluation is not None and away.evaluation.host_comment
    assert away.findings == () and away.reviewed_here
    [transfer] = demo.transfers.temporarily_away()
    assert transfer.member_id == away.member.id and away.elsewhere == transfer.other_organisation

    newly = demo.evaluations.unit_evaluation(cells[ReviewCase.NEWLY_FORMED].id, YEAR)
    assert newly is not None and newly.newly_formed
    assert newly.self_level is None and newly.final_level is None


# -- the members' evaluations ------------------------------------------------------------------


def test_every_member_required_to_review_and_no_one_else_is_evaluated(
    demo: Workspace,
) -> None:
    for year in (PREVIOUS, YEAR):
        sheets = [demo.evaluations.cell_sheet(c.id, year) for c in demo.units.all() if c.is_cell]
        rows = [r for s in sheets for r in s.rows]
        assert all(r.evaluation is None for r in rows if not r.reviewed_here)
        assert {r.not_reviewed for r in rows} > {None}  # some exempt or new members
        missing = [r for r in rows if r.reviewed_here and r.evaluation is None]
        assert len(missing) == (1 if year == YEAR else 0)  # the one who handed in nothing
        # each member once a year
        assert len(evaluations(year)) == sum(r.evaluation is not None for r in rows)
    assert demo.checks.run() == []


def test_levels_follow_the_usual_spread_within_the_cap_of_each_cell(demo: Workspace) -> None:
    [commune] = communes_of(demo)

    report = demo.evaluations.report(commune.id, PREVIOUS)

    total = report.total
    assert total.not_yet_reviewed == 0
    assert 9 <= total.percent(Level.EXCELLENT) <= 17
    assert 62 <= total.percent(Level.GOOD) <= 80
    assert 6 <= total.percent(Level.COMPLETED) <= 18
    assert total.percent(Level.NOT_COMPLETED) <= 5
    assert all(row.cap.kept for row in report.rows) and report.total_cap.kept


def test_scores_lie_in_the_band_of_the_self_level_and_forms_follow_the_posts(
    demo: Workspace,
) -> None:
    rules = demo.evaluations.rules(PREVIOUS)
    units = {u.id: u for u in demo.units.all()}
    posts = MemberRecordRepository().where(PartyPost)
    leaders = {(p.unit_id, p.member_id) for p in posts}
    assert Counter(p.post for p in posts)[PostKind.SECRETARY] == len(
        [u for u in units.values() if u.is_cell]
    )
    forms = Counter()
    for evaluation in evaluations(PREVIOUS):
        general, task = evaluation.general_score, evaluation.task_score
        assert general is not None and 0 <= general <= 30
        assert task is not None and 0 <= task <= 70
        assert band_level(general + task, rules) is evaluation.self_level
        final = evaluation.final_level
        assert final is not None and evaluation.proposed_level is final
        leads = (evaluation.unit_id, evaluation.member_id) in leaders
        assert evaluation.form is default_form(units[evaluation.unit_id].kind, leads)
        forms[evaluation.form] += 1
        if final is Level.EXCELLENT:
            assert evaluation.tasks_late_percent == 0 and evaluation.tasks_above_percent >= 30
    assert set(forms) == set(FormType)
    # the cap keeps some who assessed themselves HTXSNV at HTTNV
    assert any(
        e.self_level is Level.EXCELLENT and e.final_level is Level.GOOD
        for e in evaluations(PREVIOUS)
    )


def test_the_report_adds_up_and_lists_the_five_year_streaks(demo: Workspace) -> None:
    [commune] = communes_of(demo)
    for year in (PREVIOUS, YEAR):
        report = demo.evaluations.report(commune.id, year)

        assert report.total == sum((r.counts for r in report.rows), type(report.total)())
        assert report.organisations.total == len(report.rows)
    assert report.organisations.newly_formed == 1
    assert report.total.temporarily_elsewhere == 1
    assert PREVIOUS in [h.year for h in report.history]

    candidates = report.award_candidates
    assert candidates
    cells = {u.name: u for u in demo.units.all() if u.is_cell}
    for candidate in candidates:
        sheet = demo.evaluations.cell_sheet(cells[candidate.unit_name].id, YEAR)
        row = next(r for r in sheet.rows if r.member.id == candidate.member_id)
        assert row.streak >= 5 and row.findings == ()
        history = demo.evaluations.member_history(candidate.member_id)
        assert [e.year for e in history] == list(range(YEAR - 4, YEAR + 1))


def test_no_scores_under_the_2023_profile(empty: Workspace) -> None:
    empty.demo.generate(DemoSettings(members=150, cells=4, years=3, seed=5, today=TODAY))
    [commune] = communes_of(empty)

    assert empty.evaluations.profile(2024).code == "classification-2023-qd124"
    record = empty.evaluations.review_year(commune.id, 2024)
    assert record is not None and record.closed
    older = evaluations(2024)
    assert older and all(e.general_score is None and e.task_score is None for e in older)
    assert all(e.tasks_late_percent is None for e in older)
    for year in (2024, 2025):
        assert blocking(empty, commune, year) == []
    assert all(e.general_score is not None for e in evaluations(2025))


# -- the rest of the demo follows ----------------------------------------------------------------


def test_the_secretary_chairs_the_meetings_and_the_member_away_is_shown_apart(
    demo: Workspace,
) -> None:
    posts = MemberRecordRepository().where(PartyPost, post=PostKind.SECRETARY.value)
    [transfer] = MemberRecordRepository().where(Transfer, kind=TransferKind.TEMPORARY.value)
    for post in posts:
        for meeting in demo.meetings.in_year([post.unit_id], YEAR):
            if meeting.held_on is None:
                continue
            record = demo.meetings.record(meeting.id)
            assert record.meeting.minutes.chair.member_id == post.member_id
            for row in record.attendance:
                if row.member_id != transfer.member_id:
                    continue
                away = transfer.moved_on is not None and transfer.moved_on <= meeting.held_on
                assert (row.standing is Standing.ELSEWHERE) == away
                assert row.fee is None or not away


def test_a_province_keeps_the_cases_in_its_first_commune(empty: Workspace) -> None:
    settings = DemoSettings(members=1000, cells=65, seed=3, today=TODAY, meeting_cells=0)
    empty.demo.generate(settings)
    first, *others = communes_of(empty)

    assert first.id == case_cells(settings)[ReviewCase.PENDING].parent_id
    assert set(blocking(empty, first, YEAR)) == {*DELIBERATE, "cell_level_missing"}
    for commune in others:
        assert blocking(empty, commune, YEAR) == []
    for commune in (first, *others):
        assert blocking(empty, commune, PREVIOUS) == []
    root = next(u for u in empty.units.all() if u.parent_id is None)
    report = empty.evaluations.report(root.id, YEAR)
    assert {r.unit_id for r in report.rows} == {c.id for c in (first, *others)}
    assert report.total == sum((r.counts for r in report.rows), type(report.total)())
    assert report.award_candidates
    assert empty.checks.run() == []


def test_same_settings_give_the_same_evaluations_in_two_databases(tmp_path: Path) -> None:
    def drawn(name: str) -> dict[str, list]:
        ws = open_workspace(tmp_path / name)
        try:
            ws.demo.generate(DemoSettings(members=200, cells=6, seed=9, today=TODAY))
            found = {}
            # Version stamps record when a record was written; everything else must match.
            for repository, kind in (
                (EvaluationRepository(), MemberEvaluation),
                (EvaluationRepository(), UnitEvaluation),
                (EvaluationRepository(), EvaluationYear),
                (MemberRecordRepository(), PartyPost),
                (MemberRecordRepository(), Distinction),
                (MemberRecordRepository(), Transfer),
            ):
                records = repository.where(kind)
                found[kind.__name__] = sorted(
                    (dataclasses.replace(r, version=0) for r in records),
                    key=lambda r: r.id.hex,
                )
            return found
        finally:
            ws.close()

    first, second = drawn("a.sqlite"), drawn("b.sqlite")
    assert first == second
    assert all(first.values())
