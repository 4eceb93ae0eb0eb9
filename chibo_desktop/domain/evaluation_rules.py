"""What the classification profile of a year says about members' and organisations' levels.

Each check returns findings (codes with parameters; the ui words them). A blocking finding keeps
the year from being closed; a warning asks a person to look. The profile decides which checks
apply: the 100-point scale and HTXSNV's task conditions exist only under Quy định 366 (2025);
the older Quy định 124 has the same four levels, forced KHTNV and cap, and no scores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from chibo_desktop.domain.entities import Distinction
from chibo_desktop.domain.enums import DistinctionKind
from chibo_desktop.domain.evaluation import (
    LEVELS,
    CapCheck,
    MemberEvaluation,
    NotReviewed,
    UnitEvaluation,
)
from chibo_desktop.domain.findings import Finding, Severity
from chibo_desktop.domain.rules import ClassificationRules, Level


def rank(level: Level) -> int:
    """0 for HTXSNV … 3 for KHTNV: a higher rank is a lower level."""
    return LEVELS.index(level)


def band_level(total_score: int, rules: ClassificationRules) -> Level | None:
    """The level a score out of 100 falls in; None under a profile without the scale."""
    if rules.score_bands is None:
        return None
    for level, lowest in rules.score_bands:
        if total_score >= lowest:
            return level
    return Level.NOT_COMPLETED


def disciplines_in_year(distinctions: Iterable[Distinction], year: int) -> list[Distinction]:
    """The member's Party disciplines decided in ``year`` (all forms are reprimand or above)."""
    return [
        d
        for d in distinctions
        if d.kind is DistinctionKind.DISCIPLINE and not d.deleted and d.decided_on.year == year
    ]


def awards_in_year(distinctions: Iterable[Distinction], year: int) -> list[Distinction]:
    return [
        d
        for d in distinctions
        if d.kind is DistinctionKind.AWARD and not d.deleted and d.decided_on.year == year
    ]


def forced_not_completed(
    evaluation: MemberEvaluation, rules: ClassificationRules
) -> tuple[str, ...]:
    """The conditions recorded that force KHTNV, as codes (DOMAIN.md)."""
    reasons = []
    if evaluation.degradation_concluded:
        reasons.append("degradation")
    if evaluation.forbidden_violation:
        reasons.append("forbidden_violation")
    undone = evaluation.tasks_undone_percent
    if undone is not None and undone > rules.not_completed_when_tasks_undone_over_percent:
        reasons.append("tasks_undone")
    return tuple(reasons)


@dataclass(frozen=True, slots=True)
class MemberFacts:
    """What the rules need to know about the member beside their evaluation."""

    member_id: UUID
    name: str
    not_reviewed: NotReviewed | None
    disciplines: tuple[Distinction, ...] = ()  # decided in the year


def check_member(
    evaluation: MemberEvaluation | None, facts: MemberFacts, rules: ClassificationRules
) -> list[Finding]:
    """Every finding on one member's review of the year."""
    found: list[Finding] = []

    def note(code: str, severity: Severity, **params: Any) -> None:
        found.append(Finding(code, severity, {"name": facts.name, **params}))

    if facts.not_reviewed is not None:
        if evaluation is not None and evaluation.final_level is not None:
            note("member_not_reviewed_has_level", Severity.WARNING, reason=facts.not_reviewed)
        return found
    if evaluation is None or evaluation.final_level is None:
        note("member_level_missing", Severity.BLOCKING)
    if evaluation is None:
        return found

    levels = [
        (stage, level)
        for stage, level in (
            ("self", evaluation.self_level),
            ("proposed", evaluation.proposed_level),
            ("final", evaluation.final_level),
        )
        if level is not None
    ]
    if rules.score_bands is not None:
        _check_scores(evaluation, rules, levels, note)

    forced = forced_not_completed(evaluation, rules)
    above_forced = _stages(levels, lambda level: level is not Level.NOT_COMPLETED)
    if forced and above_forced:
        note("member_forced_not_completed", Severity.BLOCKING, stages=above_forced, reasons=forced)

    final = evaluation.final_level
    weighed = bool(evaluation.discipline_decision.strip())
    if facts.disciplines and final not in (None, Level.NOT_COMPLETED) and not weighed:
        latest = max(facts.disciplines, key=lambda d: d.decided_on)
        note(
            "member_discipline_needs_decision",
            Severity.BLOCKING,
            discipline=latest.discipline,
            decided_on=latest.decided_on,
            decision_number=latest.decision_number,
        )
    return found


def _check_scores(
    evaluation: MemberEvaluation,
    rules: ClassificationRules,
    levels: list[tuple[str, Level]],
    note: Any,
) -> None:
    general, task = evaluation.general_score, evaluation.task_score
    general_max, task_max = rules.general_group_points, rules.task_points
    if general is not None and general_max is not None and not 0 <= general <= general_max:
        note("member_score_out_of_range", Severity.BLOCKING, part="general", maximum=general_max)
    if task is not None and task_max is not None and not 0 <= task <= task_max:
        note("member_score_out_of_range", Severity.BLOCKING, part="task", maximum=task_max)
    total = evaluation.total_score
    if total is None:
        if evaluation.self_level is not None:
            note("member_score_missing", Severity.WARNING)
    else:
        band = band_level(total, rules)
        assert band is not None  # the profile has the scale
        if evaluation.self_level is not None and evaluation.self_level is not band:
            note(
                "member_level_outside_band",
                Severity.BLOCKING,
                stage="self",
                level=evaluation.self_level,
                score=total,
                band=band,
            )
        # The cell and the committee may rate lower than the score (a condition, a discipline),
        # never higher.
        for stage, level in levels:
            if stage != "self" and rank(level) < rank(band):
                note(
                    "member_level_above_band",
                    Severity.BLOCKING,
                    stage=stage,
                    level=level,
                    score=total,
                    band=band,
                )
    excellent = _stages(levels, lambda level: level is Level.EXCELLENT)
    unmet = _excellent_conditions_unmet(evaluation, rules)
    if excellent and unmet:
        note("member_excellent_conditions", Severity.BLOCKING, stages=excellent, unmet=unmet)
    late, late_max = evaluation.tasks_late_percent, rules.completed_max_tasks_late_percent
    if late is not None and late_max is not None and late > late_max:
        too_high = _stages(levels, lambda level: level is not Level.NOT_COMPLETED)
        if too_high:
            note(
                "member_too_many_late_tasks",
                Severity.BLOCKING,
                stages=too_high,
                late=late,
                maximum=late_max,
            )


def _stages(levels: list[tuple[str, Level]], matches: Callable[[Level], bool]) -> tuple[str, ...]:
    """The stages (self, proposed, final) whose level matches."""
    return tuple(stage for stage, level in levels if matches(level))


def _excellent_conditions_unmet(
    evaluation: MemberEvaluation, rules: ClassificationRules
) -> tuple[str, ...]:
    """HTXSNV needs every task on time, enough done above the requirement and last year's
    shortcomings remedied (Quy định 366); an unrecorded figure counts as not shown."""
    unmet = []
    if evaluation.tasks_late_percent != 0:
        unmet.append("all_on_time")
    above_min = rules.excellent_min_tasks_above_requirement_percent
    above = evaluation.tasks_above_percent
    if above_min is not None and (above is None or above < above_min):
        unmet.append("above_requirement")
    if not evaluation.shortcomings_remedied:
        unmet.append("shortcomings")
    return tuple(unmet)


def check_cap(cap: CapCheck, unit_name: str, ordinary_percent: int) -> list[Finding]:
    """HTXSNV ≤ the cap % of HTTNV; the exception's higher cap only with its decision."""
    if cap.kept:
        return []
    code = "cap_exceeded_with_exception" if cap.exception_decision else "cap_exceeded"
    return [
        Finding(
            code,
            Severity.BLOCKING,
            {
                "unit": unit_name,
                "excellent": cap.excellent,
                "good": cap.good,
                "cap": cap.cap_percent,
                "allowed": cap.allowed,
                "ordinary_cap": ordinary_percent,
            },
        )
    ]


@dataclass(frozen=True, slots=True)
class LeaderDiscipline:
    """A discipline of a member of the cell's leadership in the year."""

    name: str
    decided_on: date
    decision_number: str


def check_unit(
    evaluation: UnitEvaluation | None,
    unit_name: str,
    leader_disciplines: Iterable[LeaderDiscipline],
    is_cell: bool,
) -> list[Finding]:
    """Findings on an organisation's own classification."""
    found: list[Finding] = []
    if evaluation is None or (evaluation.final_level is None and not evaluation.newly_formed):
        code = "cell_level_missing" if is_cell else "organisation_self_level_missing"
        missing_self = evaluation is None or evaluation.self_level is None
        if is_cell or missing_self:
            found.append(Finding(code, Severity.BLOCKING, {"unit": unit_name}))
    if evaluation is None:
        return found
    if evaluation.newly_formed and (evaluation.self_level or evaluation.final_level):
        found.append(Finding("unit_newly_formed_has_level", Severity.WARNING, {"unit": unit_name}))
    disciplined = list(leader_disciplines)
    for stage, level in (("self", evaluation.self_level), ("final", evaluation.final_level)):
        if level is Level.EXCELLENT and disciplined:
            first = min(disciplined, key=lambda d: d.decided_on)
            found.append(
                Finding(
                    "unit_excellent_leader_disciplined",
                    Severity.BLOCKING,
                    {"unit": unit_name, "stage": stage, "leader": first.name},
                )
            )
    return found
