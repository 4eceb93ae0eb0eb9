"""The words of the annual evaluation: the four levels, the forms, why a member is not reviewed,
and every rule finding as one sentence naming the member or the cell and saying what to do.

The core speaks in codes with parameters (``domain.evaluation_rules``); this module turns them
into the user's language. Parameters are filled in after translation.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.enums import DisciplineLevel
from chibo_desktop.domain.evaluation import FormType, Leave, NotReviewed
from chibo_desktop.domain.findings import Finding
from chibo_desktop.domain.rules import ClassificationRules, Level
from chibo_desktop.ui.messages import DISCIPLINE_LEVELS
from chibo_desktop.ui.messages import tr as messages_tr

_CONTEXT = "EvaluationTexts"

LEVEL_NAMES = {
    Level.EXCELLENT: QT_TRANSLATE_NOOP("EvaluationTexts", "Completed duties excellently"),
    Level.GOOD: QT_TRANSLATE_NOOP("EvaluationTexts", "Completed duties well"),
    Level.COMPLETED: QT_TRANSLATE_NOOP("EvaluationTexts", "Completed duties"),
    Level.NOT_COMPLETED: QT_TRANSLATE_NOOP("EvaluationTexts", "Did not complete duties"),
}
# One colour per level, the same in every table, form and chart: light enough behind dark
# text in tables (the first), strong enough for a bar (the second).
LEVEL_COLOURS = {
    Level.EXCELLENT: ("#d5f0d8", "#2e7d32"),
    Level.GOOD: ("#dbe9fb", "#1f5fae"),
    Level.COMPLETED: ("#fff3c4", "#e0a100"),
    Level.NOT_COMPLETED: ("#f9d6d2", "#c0392b"),
}
FORM_NAMES = {
    FormType.LEADER: QT_TRANSLATE_NOOP("EvaluationTexts", "Form 2A: leaders and managers"),
    FormType.POLITICAL_SYSTEM: QT_TRANSLATE_NOOP(
        "EvaluationTexts", "Form 2B: members working in the political system"
    ),
    FormType.OUTSIDE: QT_TRANSLATE_NOOP(
        "EvaluationTexts", "Form 2C: members outside the political system"
    ),
}
LEAVES = {
    Leave.NONE: QT_TRANSLATE_NOOP("EvaluationTexts", "No long leave"),
    Leave.SICK: QT_TRANSLATE_NOOP("EvaluationTexts", "Sick leave of 3 months or more"),
    Leave.MATERNITY: QT_TRANSLATE_NOOP("EvaluationTexts", "Maternity leave"),
}
# Why a member is not reviewed: short for the annex table, a sentence for the member's line.
_NOT_REVIEWED_SHORT = {
    NotReviewed.EXEMPT: QT_TRANSLATE_NOOP("EvaluationTexts", "Exempt from activity since {date}"),
    NotReviewed.SUSPENDED: QT_TRANSLATE_NOOP("EvaluationTexts", "Suspended since {date}"),
    NotReviewed.NEW_MEMBER: QT_TRANSLATE_NOOP(
        "EvaluationTexts", "Admitted {date} (under {months} months)"
    ),
}
_NOT_REVIEWED_SHORT_UNDATED = {
    NotReviewed.EXEMPT: QT_TRANSLATE_NOOP("EvaluationTexts", "Exempt from activity"),
    NotReviewed.SUSPENDED: QT_TRANSLATE_NOOP("EvaluationTexts", "Suspended"),
    NotReviewed.NEW_MEMBER: QT_TRANSLATE_NOOP(
        "EvaluationTexts", "Admitted under {months} months ago"
    ),
}
_NOT_REVIEWED_SENTENCE = {
    NotReviewed.EXEMPT: QT_TRANSLATE_NOOP(
        "EvaluationTexts", "Not reviewed: exempt from Party work and activity since {date}."
    ),
    NotReviewed.SUSPENDED: QT_TRANSLATE_NOOP(
        "EvaluationTexts", "Not reviewed: Party activity suspended since {date}."
    ),
    NotReviewed.NEW_MEMBER: QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "Not reviewed: admitted on {date}, less than {months} months before the review.",
    ),
}
_NOT_REVIEWED_SENTENCE_UNDATED = {
    NotReviewed.EXEMPT: QT_TRANSLATE_NOOP(
        "EvaluationTexts", "Not reviewed: exempt from Party work and activity."
    ),
    NotReviewed.SUSPENDED: QT_TRANSLATE_NOOP(
        "EvaluationTexts", "Not reviewed: Party activity suspended."
    ),
    NotReviewed.NEW_MEMBER: QT_TRANSLATE_NOOP(
        "EvaluationTexts", "Not reviewed: admitted less than {months} months before the review."
    ),
}
# Mid-sentence (the finding on a member who is not reviewed but has a level).
_NOT_REVIEWED_REASON = {
    NotReviewed.EXEMPT: QT_TRANSLATE_NOOP("EvaluationTexts", "exempt from Party work and activity"),
    NotReviewed.SUSPENDED: QT_TRANSLATE_NOOP("EvaluationTexts", "Party activity suspended"),
    NotReviewed.NEW_MEMBER: QT_TRANSLATE_NOOP(
        "EvaluationTexts", "admitted less than {months} months before the review"
    ),
}
_STAGES = {
    "self": QT_TRANSLATE_NOOP("EvaluationTexts", "the self-assessment"),
    "proposed": QT_TRANSLATE_NOOP("EvaluationTexts", "the cell's proposal"),
    "final": QT_TRANSLATE_NOOP("EvaluationTexts", "the final level"),
}
_UNIT_STAGES = {
    "self": QT_TRANSLATE_NOOP("EvaluationTexts", "the self-assessment"),
    "final": QT_TRANSLATE_NOOP("EvaluationTexts", "the decided level"),
}
_FORCED_REASONS = {
    "degradation": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "a competent body concluded ideological, ethical or lifestyle degradation",
    ),
    "forbidden_violation": QT_TRANSLATE_NOOP(
        "EvaluationTexts", "a violation of what Party members must not do is recorded"
    ),
    "tasks_undone": QT_TRANSLATE_NOOP(
        "EvaluationTexts", "more than {percent}% of the year's tasks were not done"
    ),
}
_UNMET = {
    "all_on_time": QT_TRANSLATE_NOOP("EvaluationTexts", "not every task was done on time"),
    "above_requirement": QT_TRANSLATE_NOOP(
        "EvaluationTexts", "fewer than {percent}% of the tasks were done above the requirement"
    ),
    "shortcomings": QT_TRANSLATE_NOOP(
        "EvaluationTexts", "last year's shortcomings were not remedied"
    ),
}
_PARTS = {
    "general": QT_TRANSLATE_NOOP("EvaluationTexts", "the general criteria"),
    "task": QT_TRANSLATE_NOOP("EvaluationTexts", "the results of tasks"),
}
_AND = QT_TRANSLATE_NOOP("EvaluationTexts", " and ")
_NO_NUMBER = QT_TRANSLATE_NOOP("EvaluationTexts", "no number")
_IN_CELL = QT_TRANSLATE_NOOP("EvaluationTexts", "{unit}: {sentence}")

# One sentence per finding code of domain.evaluation_rules: who, what is wrong, what to do.
_FINDINGS = {
    "member_level_missing": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "Comrade {name} has no final level yet: enter the level decided by the committee.",
    ),
    "member_not_reviewed_has_level": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "Comrade {name} is not reviewed this year ({reason}) but has a final level: "
        "clear the level.",
    ),
    "member_forced_not_completed": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "Comrade {name}: {reasons}, so the level can only be “{not_completed}”; change {stages}.",
    ),
    "member_discipline_needs_decision": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "Comrade {name} was disciplined this year ({discipline}, decision {number} of {date}), "
        "which points to “{not_completed}”. To keep a higher level, write the committee's "
        "reasoning under “Decision on the discipline”.",
    ),
    "member_score_out_of_range": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "Comrade {name}: the score for {part} must be from 0 to {maximum} points.",
    ),
    "member_score_missing": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "Comrade {name} has a self-assessed level but no score yet: enter both scores.",
    ),
    "member_level_outside_band": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "Comrade {name}: the self-assessment is “{level}” but {score} points fall in "
        "“{band}”; correct the level or the scores.",
    ),
    "member_level_above_band": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "Comrade {name}: {stage} is “{level}”, higher than {score} points allow (“{band}”); "
        "a level may be lower than the score but never higher.",
    ),
    "member_excellent_conditions": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "Comrade {name}: {stages} is “{excellent}”, but {unmet}; lower the level or "
        "correct the figures.",
    ),
    "member_too_many_late_tasks": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "Comrade {name}: {late}% of the tasks were late, more than the {maximum}% allowed for "
        "“{completed}”; change {stages} to “{not_completed}”.",
    ),
    "cap_exceeded": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "{unit}: {excellent} members are “{excellent_name}”, more than {cap}% of the {good} "
        "rated “{good_name}” (at most {allowed}). Lower some levels, or record the upper "
        "level's decision allowing up to {exception}%.",
    ),
    "cap_exceeded_with_exception": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "{unit}: {excellent} members are “{excellent_name}”, more than the {cap}% the exception "
        "decision allows ({good} rated “{good_name}”, at most {allowed}). Lower some levels.",
    ),
    "cell_level_missing": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "{unit}: the cell's level decided by the commune committee is missing; enter it "
        "(or mark the cell as newly formed).",
    ),
    "organisation_self_level_missing": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "{unit}: enter the Party organisation's own self-assessed level.",
    ),
    "unit_newly_formed_has_level": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "{unit} is marked as newly formed (not classified) but has a level; "
        "clear the level or the mark.",
    ),
    "unit_excellent_leader_disciplined": QT_TRANSLATE_NOOP(
        "EvaluationTexts",
        "{unit}: {stage} is “{excellent_name}”, but Comrade {leader} of its leadership was "
        "disciplined this year, so the cell cannot be rated so; choose a lower level.",
    ),
}
MEMBER_FINDINGS = frozenset(code for code in _FINDINGS if code.startswith("member_"))


def tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def level_short(level: Level | None) -> str:
    """The abbreviation every form and report uses, in any language: HTXSNV, HTTNV …"""
    return level.value if level is not None else ""


def level_name(level: Level | None) -> str:
    return tr(LEVEL_NAMES[level]) if level is not None else ""


def form_name(form: FormType) -> str:
    return tr(FORM_NAMES[form])


def leave_name(leave: Leave) -> str:
    return tr(LEAVES[leave])


def number_text(value: float | Decimal, decimals: int = 2) -> str:
    """A number in the user's format, without trailing zeros: "12,5", "20"."""
    text = QLocale().toString(float(value), "f", decimals)
    point = QLocale().decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def percent(value: int | Decimal | None) -> str:
    """A computed share with its two decimals ("15,25%", "50,00%": the report's rounding shown
    as it is), a whole rate as it is ("20%"); an em dash when there is nothing to divide."""
    if value is None:
        return "—"
    if isinstance(value, int):
        return f"{value}%"
    return f"{QLocale().toString(float(value), 'f', 2)}%"


def not_reviewed_short(reason: NotReviewed, since: date | None, months: int) -> str:
    if since is None:
        return tr(_NOT_REVIEWED_SHORT_UNDATED[reason]).format(months=months)
    return tr(_NOT_REVIEWED_SHORT[reason]).format(date=format_date(since), months=months)


def not_reviewed_sentence(reason: NotReviewed, since: date | None, months: int) -> str:
    if since is None:
        return tr(_NOT_REVIEWED_SENTENCE_UNDATED[reason]).format(months=months)
    return tr(_NOT_REVIEWED_SENTENCE[reason]).format(date=format_date(since), months=months)


def _joined(parts: list[str]) -> str:
    return tr(_AND).join(parts)


def _stages(stages: tuple[str, ...] | str, table: dict[str, str] = _STAGES) -> str:
    if isinstance(stages, str):
        stages = (stages,)
    return _joined([tr(table[s]) if s in table else s for s in stages])


def describe_evaluation_finding(
    finding: Finding, rules: ClassificationRules, with_unit: bool = False
) -> str:
    """The finding as one sentence naming the member or the organisation and what to do.
    ``with_unit`` puts the cell's name first for a member's finding (the year's check list)."""
    p: dict[str, Any] = dict(finding.params)
    code = finding.code
    template = _FINDINGS.get(code)
    if template is None:
        return code
    months = rules.review_min_months_since_admission
    values: dict[str, Any] = {
        "name": p.get("name", ""),
        "unit": p.get("unit", ""),
        "excellent_name": level_name(Level.EXCELLENT),
        "good_name": level_name(Level.GOOD),
        "completed": level_name(Level.COMPLETED),
        "not_completed": level_name(Level.NOT_COMPLETED),
        "excellent": level_name(Level.EXCELLENT),
    }
    if code == "member_not_reviewed_has_level":
        values["reason"] = tr(_NOT_REVIEWED_REASON[NotReviewed(p["reason"])]).format(months=months)
    elif code == "member_forced_not_completed":
        undone = rules.not_completed_when_tasks_undone_over_percent
        values["reasons"] = _joined(
            [tr(_FORCED_REASONS[r]).format(percent=undone) for r in p.get("reasons", ())]
        )
        values["stages"] = _stages(p.get("stages", ()))
    elif code == "member_discipline_needs_decision":
        level = p.get("discipline")
        values["discipline"] = (
            messages_tr(DISCIPLINE_LEVELS[DisciplineLevel(level)]).lower() if level else ""
        )
        values["number"] = p.get("decision_number") or tr(_NO_NUMBER)
        decided = p.get("decided_on")
        values["date"] = format_date(decided) if isinstance(decided, date) else ""
    elif code == "member_score_out_of_range":
        values["part"] = tr(_PARTS.get(p.get("part", ""), p.get("part", "")))
        values["maximum"] = p.get("maximum", "")
    elif code in ("member_level_outside_band", "member_level_above_band"):
        values["stage"] = _stages(p.get("stage", "self"))
        values["level"] = level_name(Level(p["level"]))
        values["band"] = level_name(Level(p["band"]))
        values["score"] = p.get("score", "")
    elif code == "member_excellent_conditions":
        above = rules.excellent_min_tasks_above_requirement_percent
        values["stages"] = _stages(p.get("stages", ()))
        values["unmet"] = _joined(
            [tr(_UNMET[u]).format(percent=above) for u in p.get("unmet", ()) if u in _UNMET]
        )
    elif code == "member_too_many_late_tasks":
        values["stages"] = _stages(p.get("stages", ()))
        values["late"] = p.get("late", "")
        values["maximum"] = p.get("maximum", "")
    elif code in ("cap_exceeded", "cap_exceeded_with_exception"):
        values["excellent"] = p.get("excellent", 0)
        values["good"] = p.get("good", 0)
        values["cap"] = p.get("cap", "")
        values["allowed"] = p.get("allowed", 0)
        values["exception"] = rules.excellent_cap_exception_percent
    elif code == "unit_excellent_leader_disciplined":
        values["stage"] = _stages(p.get("stage", "self"), _UNIT_STAGES)
        values["leader"] = p.get("leader", "")
    sentence = tr(template).format(**values)
    if with_unit and code in MEMBER_FINDINGS and values["unit"]:
        return tr(_IN_CELL).format(unit=values["unit"], sentence=sentence)
    return sentence


def band_ranges(rules: ClassificationRules) -> list[tuple[Level, int, int]]:
    """Each level with the lowest and highest total score that falls in it (best first)."""
    if rules.score_bands is None:
        return []
    top = (rules.general_group_points or 0) + (rules.task_points or 0)
    ranges = []
    for level, lowest in rules.score_bands:
        ranges.append((level, lowest, top))
        top = lowest - 1
    return ranges
