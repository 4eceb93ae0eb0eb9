"""The classification rules of both profiles, the derived categories and the report's arithmetic."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from uuid import uuid4

import pytest

from chibo_desktop.domain.entities import Distinction
from chibo_desktop.domain.enums import CellKind, DisciplineLevel, DistinctionKind, MemberStatus
from chibo_desktop.domain.evaluation import (
    ClassificationCounts,
    FormType,
    MemberEvaluation,
    NotReviewed,
    UnitEvaluation,
    cap_check,
    default_form,
    excellent_streak,
    not_reviewed_reason,
    organisation_counts,
    percentages,
    within_cap,
)
from chibo_desktop.domain.evaluation_rules import (
    LeaderDiscipline,
    MemberFacts,
    band_level,
    check_cap,
    check_member,
    check_unit,
)
from chibo_desktop.domain.findings import Severity
from chibo_desktop.domain.rules import (
    BUILTIN_PROFILES,
    ClassificationRules,
    Level,
    classification_profile_for_year,
)


def rules_of(year: int) -> ClassificationRules:
    values = classification_profile_for_year(BUILTIN_PROFILES, year).values
    assert isinstance(values, ClassificationRules)
    return values


QD366 = rules_of(2025)  # Quy định 366-QĐ/TW: the 100-point scale
QD124 = rules_of(2024)  # Quy định 124-QĐ/TW: the same levels and cap, no scores
BOTH = pytest.mark.parametrize("rules", [QD366, QD124], ids=["QD366", "QD124"])


def evaluation(**changes: object) -> MemberEvaluation:
    return dataclasses.replace(MemberEvaluation(uuid4(), uuid4(), 2025, uuid4()), **changes)


def facts(not_reviewed: NotReviewed | None = None, *disciplines: Distinction) -> MemberFacts:
    return MemberFacts(uuid4(), "Nguyễn Văn Bình", not_reviewed, tuple(disciplines))


def codes(found: list) -> list[str]:
    return [f.code for f in found]


def discipline(on: date = date(2025, 6, 3)) -> Distinction:
    return Distinction(
        uuid4(),
        uuid4(),
        DistinctionKind.DISCIPLINE,
        on,
        "Vi phạm quy định về quản lý đất đai",
        DisciplineLevel.REPRIMAND,
        "12-QĐ/UBKT",
    )


def excellent_with_conditions(**changes: object) -> MemberEvaluation:
    """HTXSNV at every stage with 92 points, every task on time, 40% above the requirement."""
    values: dict[str, object] = {
        "general_score": 28,
        "task_score": 64,
        "self_level": Level.EXCELLENT,
        "proposed_level": Level.EXCELLENT,
        "final_level": Level.EXCELLENT,
        "tasks_late_percent": 0,
        "tasks_above_percent": 40,
    }
    return evaluation(**{**values, **changes})


# -- the profiles ------------------------------------------------------------------------------


def test_the_year_decides_the_profile() -> None:
    assert QD366.score_bands is not None and QD366.general_group_points == 30
    assert QD366.task_points == 70
    assert QD124.score_bands is None and QD124.general_group_points is None
    for rules in (QD366, QD124):
        assert rules.excellent_cap_percent_of_good == 20
        assert rules.excellent_cap_exception_percent == 25
        assert rules.review_min_months_since_admission == 6


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (100, Level.EXCELLENT),
        (90, Level.EXCELLENT),
        (89, Level.GOOD),
        (70, Level.GOOD),
        (69, Level.COMPLETED),
        (50, Level.COMPLETED),
        (49, Level.NOT_COMPLETED),
        (0, Level.NOT_COMPLETED),
    ],
)
def test_score_bands_of_the_2025_profile(score: int, level: Level) -> None:
    assert band_level(score, QD366) is level
    assert band_level(score, QD124) is None


# -- who is reviewed ---------------------------------------------------------------------------


REVIEW = date(2025, 12, 15)


@BOTH
@pytest.mark.parametrize(
    ("status", "admitted", "expected"),
    [
        (MemberStatus.ACTIVE, date(2001, 3, 2), None),
        (MemberStatus.EXEMPT, date(1970, 3, 2), NotReviewed.EXEMPT),
        (MemberStatus.SUSPENDED, date(2001, 3, 2), NotReviewed.SUSPENDED),
        # Six months before the review date, to the day, is long enough …
        (MemberStatus.ACTIVE, date(2025, 6, 15), None),
        # … a day later is not (a probationary member admitted earlier is reviewed).
        (MemberStatus.ACTIVE, date(2025, 6, 16), NotReviewed.NEW_MEMBER),
        (MemberStatus.ACTIVE, date(2025, 12, 1), NotReviewed.NEW_MEMBER),
        # Exempt wins over new: each member is counted once.
        (MemberStatus.EXEMPT, date(2025, 11, 1), NotReviewed.EXEMPT),
        (MemberStatus.ACTIVE, None, None),
    ],
)
def test_not_reviewed_is_derived_from_status_and_admission(
    rules: ClassificationRules, status: MemberStatus, admitted: date | None, expected: object
) -> None:
    reason = not_reviewed_reason(status, admitted, REVIEW, rules.review_min_months_since_admission)
    assert reason == expected


@pytest.mark.parametrize(
    ("kind", "leads", "form"),
    [
        (CellKind.RESIDENTIAL, False, FormType.OUTSIDE),
        (CellKind.RESIDENTIAL, True, FormType.LEADER),
        (CellKind.AGENCY, False, FormType.POLITICAL_SYSTEM),
        (CellKind.SCHOOL, False, FormType.POLITICAL_SYSTEM),
        (CellKind.ENTERPRISE, False, FormType.OUTSIDE),
    ],
)
def test_the_suggested_form(kind: CellKind, leads: bool, form: FormType) -> None:
    assert default_form(kind, leads) is form


# -- one member's rules ------------------------------------------------------------------------


def test_a_consistent_excellent_member_has_no_findings() -> None:
    assert check_member(excellent_with_conditions(), facts(), QD366) == []


def test_the_self_level_must_match_the_score_band() -> None:
    found = check_member(
        evaluation(general_score=25, task_score=60, self_level=Level.EXCELLENT), facts(), QD366
    )
    [outside] = [f for f in found if f.code == "member_level_outside_band"]
    assert outside.severity is Severity.BLOCKING
    assert outside.params["score"] == 85 and outside.params["band"] is Level.GOOD


def test_the_cell_and_the_committee_may_rate_lower_than_the_score_but_not_higher() -> None:
    lower = evaluation(
        general_score=25,
        task_score=60,
        self_level=Level.GOOD,
        proposed_level=Level.COMPLETED,
        final_level=Level.COMPLETED,
    )
    assert codes(check_member(lower, facts(), QD366)) == []
    higher = dataclasses.replace(lower, proposed_level=Level.GOOD, final_level=Level.EXCELLENT)
    above = [f for f in check_member(higher, facts(), QD366) if f.code == "member_level_above_band"]
    assert [f.params["stage"] for f in above] == ["final"]


def test_excellent_needs_every_task_on_time_above_requirement_and_shortcomings_remedied() -> None:
    late = excellent_with_conditions(tasks_late_percent=5, tasks_above_percent=20)
    [finding] = [
        f for f in check_member(late, facts(), QD366) if f.code == "member_excellent_conditions"
    ]
    assert finding.params["unmet"] == ("all_on_time", "above_requirement")
    assert finding.params["stages"] == ("self", "proposed", "final")
    unremedied = excellent_with_conditions(shortcomings_remedied=False)
    [finding] = check_member(unremedied, facts(), QD366)
    assert finding.params["unmet"] == ("shortcomings",)
    # Nothing recorded is nothing shown.
    unknown = excellent_with_conditions(tasks_late_percent=None, tasks_above_percent=None)
    [finding] = check_member(unknown, facts(), QD366)
    assert finding.params["unmet"] == ("all_on_time", "above_requirement")


def test_completed_allows_at_most_a_fifth_of_tasks_late() -> None:
    at_limit = evaluation(
        general_score=20,
        task_score=35,
        self_level=Level.COMPLETED,
        final_level=Level.COMPLETED,
        tasks_late_percent=20,
    )
    assert check_member(at_limit, facts(), QD366) == []
    over = dataclasses.replace(at_limit, tasks_late_percent=21)
    assert "member_too_many_late_tasks" in codes(check_member(over, facts(), QD366))


@BOTH
@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"degradation_concluded": True}, "degradation"),
        ({"forbidden_violation": True}, "forbidden_violation"),
        ({"tasks_undone_percent": 51}, "tasks_undone"),
    ],
)
def test_the_listed_conditions_force_not_completed(
    rules: ClassificationRules, changes: dict[str, object], reason: str
) -> None:
    rated = evaluation(proposed_level=Level.COMPLETED, final_level=Level.COMPLETED, **changes)
    [forced] = [
        f for f in check_member(rated, facts(), rules) if f.code == "member_forced_not_completed"
    ]
    assert forced.severity is Severity.BLOCKING
    assert forced.params["reasons"] == (reason,)
    assert forced.params["stages"] == ("proposed", "final")
    not_completed = dataclasses.replace(
        rated, proposed_level=Level.NOT_COMPLETED, final_level=Level.NOT_COMPLETED
    )
    assert check_member(not_completed, facts(), rules) == []


@BOTH
def test_half_the_tasks_undone_does_not_force_it(rules: ClassificationRules) -> None:
    rated = evaluation(final_level=Level.COMPLETED, tasks_undone_percent=50)
    assert check_member(rated, facts(), rules) == []


@BOTH
def test_a_discipline_of_the_year_needs_a_persons_decision(rules: ClassificationRules) -> None:
    rated = evaluation(final_level=Level.COMPLETED)
    [finding] = check_member(rated, facts(None, discipline()), rules)
    assert finding.code == "member_discipline_needs_decision"
    assert finding.severity is Severity.BLOCKING
    assert finding.params["discipline"] is DisciplineLevel.REPRIMAND
    assert finding.params["decision_number"] == "12-QĐ/UBKT"
    weighed = dataclasses.replace(
        rated, discipline_decision="Vi phạm không liên quan đến nhiệm vụ được giao"
    )
    assert check_member(weighed, facts(None, discipline()), rules) == []
    rated_down = dataclasses.replace(rated, final_level=Level.NOT_COMPLETED)
    assert check_member(rated_down, facts(None, discipline()), rules) == []


@BOTH
def test_a_member_required_to_review_without_a_final_level_blocks(
    rules: ClassificationRules,
) -> None:
    [missing] = check_member(None, facts(), rules)
    assert (missing.code, missing.severity) == ("member_level_missing", Severity.BLOCKING)
    [missing] = check_member(evaluation(self_level=Level.GOOD), facts(), QD124)
    assert missing.code == "member_level_missing"


@BOTH
def test_a_member_not_reviewed_is_not_asked_for_a_level(rules: ClassificationRules) -> None:
    assert check_member(None, facts(NotReviewed.EXEMPT), rules) == []
    [warning] = check_member(
        evaluation(final_level=Level.GOOD), facts(NotReviewed.NEW_MEMBER), rules
    )
    assert warning.code == "member_not_reviewed_has_level"
    assert warning.severity is Severity.WARNING


def test_scores_are_checked_against_the_profiles_maximum() -> None:
    found = check_member(
        evaluation(general_score=31, task_score=-1, final_level=Level.GOOD), facts(), QD366
    )
    parts = [f.params["part"] for f in found if f.code == "member_score_out_of_range"]
    assert parts == ["general", "task"]


def test_a_self_level_without_scores_is_a_warning_under_2025_only() -> None:
    unscored = evaluation(self_level=Level.GOOD, final_level=Level.GOOD)
    [warning] = check_member(unscored, facts(), QD366)
    assert (warning.code, warning.severity) == ("member_score_missing", Severity.WARNING)
    assert check_member(unscored, facts(), QD124) == []


def test_the_older_profile_has_no_score_or_task_conditions() -> None:
    excellent = evaluation(
        self_level=Level.EXCELLENT, final_level=Level.EXCELLENT, tasks_late_percent=30
    )
    assert check_member(excellent, facts(), QD124) == []
    assert "member_excellent_conditions" in codes(check_member(excellent, facts(), QD366))


# -- the cap and the organisations -------------------------------------------------------------


def counts(
    excellent: int, good: int, completed: int = 0, not_completed: int = 0
) -> ClassificationCounts:
    reviewed = excellent + good + completed + not_completed
    return ClassificationCounts(
        total=reviewed, by_level=(excellent, good, completed, not_completed)
    )


@pytest.mark.parametrize(
    ("excellent", "good", "kept"),
    [(0, 0, True), (1, 0, False), (1, 5, True), (2, 10, True), (3, 10, False), (2, 9, False)],
)
def test_the_cap_is_a_fifth_of_the_good_not_of_everyone(
    excellent: int, good: int, kept: bool
) -> None:
    assert within_cap(excellent, good, 20) is kept
    cap = cap_check(counts(excellent, good, completed=20), 20, 25, "")
    assert cap.kept is kept and cap.cap_percent == 20


def test_the_exception_raises_the_cap_only_with_its_decision() -> None:
    # 2 of 8: 25% — over the ordinary cap, within the exception's.
    without = cap_check(counts(2, 8), 20, 25, "  ")
    assert not without.kept and without.allowed == 1
    [finding] = check_cap(without, "Chi bộ thôn Đông", 20)
    assert finding.code == "cap_exceeded" and finding.params["allowed"] == 1
    decided = cap_check(counts(2, 8), 20, 25, "Quyết định 15-QĐ/ĐU")
    assert decided.kept and decided.cap_percent == 25 and check_cap(decided, "x", 20) == []
    beyond = cap_check(counts(3, 8), 20, 25, "Quyết định 15-QĐ/ĐU")
    [finding] = check_cap(beyond, "Chi bộ thôn Đông", 20)
    assert finding.code == "cap_exceeded_with_exception" and finding.params["cap"] == 25


@BOTH
def test_a_cell_whose_leadership_was_disciplined_cannot_be_excellent(
    rules: ClassificationRules,
) -> None:
    disciplined = [LeaderDiscipline("Trần Văn Hùng", date(2025, 5, 5), "07-QĐ/UBKT")]
    cell = UnitEvaluation(uuid4(), uuid4(), 2025, Level.EXCELLENT, Level.GOOD)
    [finding] = check_unit(cell, "Chi bộ thôn Đông", disciplined, is_cell=True)
    assert finding.code == "unit_excellent_leader_disciplined"
    assert finding.params == {
        "unit": "Chi bộ thôn Đông",
        "stage": "self",
        "leader": "Trần Văn Hùng",
    }
    assert check_unit(cell, "Chi bộ thôn Đông", [], is_cell=True) == []


def test_a_cell_needs_the_communes_decision_and_a_commune_its_self_assessment() -> None:
    assert codes(check_unit(None, "Chi bộ thôn Đông", [], is_cell=True)) == ["cell_level_missing"]
    self_only = UnitEvaluation(uuid4(), uuid4(), 2025, self_level=Level.GOOD)
    assert codes(check_unit(self_only, "x", [], is_cell=True)) == ["cell_level_missing"]
    assert check_unit(self_only, "Đảng bộ xã", [], is_cell=False) == []
    assert codes(check_unit(None, "Đảng bộ xã", [], is_cell=False)) == [
        "organisation_self_level_missing"
    ]
    new = UnitEvaluation(uuid4(), uuid4(), 2025, newly_formed=True)
    assert check_unit(new, "x", [], is_cell=True) == []
    [warning] = check_unit(dataclasses.replace(new, self_level=Level.GOOD), "x", [], True)
    assert (warning.code, warning.severity) == ("unit_newly_formed_has_level", Severity.WARNING)


def test_the_organisation_table_counts_final_else_self_levels() -> None:
    def unit(self_level: Level | None = None, final: Level | None = None, new: bool = False):
        return UnitEvaluation(uuid4(), uuid4(), 2025, self_level, final, newly_formed=new)

    table = organisation_counts(
        [
            unit(Level.EXCELLENT, Level.GOOD),
            unit(Level.GOOD),
            unit(final=Level.EXCELLENT),
            unit(new=True),
            unit(),
            None,
        ]
    )
    assert table.by_level == (1, 2, 0, 0)
    assert (table.newly_formed, table.not_yet_classified, table.total) == (1, 2, 6)
    assert table.percent(Level.GOOD) == Decimal("33.33")


# -- percentages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("by_level", "expected"),
    [
        ((1, 2, 0, 0), ("33.33", "66.67", "0.00", "0.00")),
        ((1, 1, 1, 0), ("33.34", "33.33", "33.33", "0.00")),
        ((1, 5, 0, 0), ("16.67", "83.33", "0.00", "0.00")),
        ((1, 7, 0, 0), ("12.50", "87.50", "0.00", "0.00")),
        ((3, 11, 2, 1), ("17.65", "64.71", "11.76", "5.88")),
        ((0, 0, 0, 0), None),
    ],
)
def test_percentages_of_the_reviewed_to_two_decimals_adding_up_to_100(
    by_level: tuple[int, int, int, int], expected: tuple[str, ...] | None
) -> None:
    shares = percentages(by_level, sum(by_level))
    if expected is None:
        assert shares is None
        return
    assert shares == tuple(Decimal(e) for e in expected)
    assert sum(shares) == Decimal("100.00")


def test_the_report_row_arithmetic() -> None:
    row = ClassificationCounts(
        total=40,
        exempt=3,
        suspended=1,
        new_under_6_months=2,
        temporarily_elsewhere=2,
        by_level=(5, 25, 3, 1),
    )
    assert (row.required, row.reviewed, row.not_yet_reviewed) == (34, 34, 0)
    assert row.percent(Level.EXCELLENT) == Decimal("14.71")
    assert row.cap_ratio == Decimal("20.00")
    both = row + row
    assert both.total == 80 and both.by_level == (10, 50, 6, 2) and both.required == 68
    assert (
        ClassificationCounts().cap_ratio is None
        and ClassificationCounts().percent(Level.GOOD) is None
    )


def test_the_streak_of_excellent_years() -> None:
    levels = {
        2019: Level.EXCELLENT,
        2020: Level.GOOD,
        2021: Level.EXCELLENT,
        2022: Level.EXCELLENT,
        2023: Level.EXCELLENT,
        2024: Level.EXCELLENT,
        2025: Level.EXCELLENT,
    }
    assert excellent_streak(levels, 2025) == 5
    assert excellent_streak(levels, 2020) == 0
    assert excellent_streak({**levels, 2023: None}, 2025) == 2
