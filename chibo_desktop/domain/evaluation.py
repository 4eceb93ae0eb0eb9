"""The annual evaluation and classification of members and of Party organisations.

DOMAIN.md "Annual evaluation and classification" and "Reports". A year is judged by the
classification profile in force on 31 December of that year. Each member is reviewed in one cell;
the record keeps the self-assessment (form and scores), the cell's proposed level and the
committee's final level, and the facts the rules look at. Whether a member is reviewed at all is
never stored: it follows from their status and admission date on the review date
(``not_reviewed_reason``), so that a person can always see why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from enum import StrEnum
from uuid import UUID

from chibo_desktop.domain.dates import add_months
from chibo_desktop.domain.enums import CellKind, MemberStatus
from chibo_desktop.domain.rules import Level

LEVELS: tuple[Level, ...] = tuple(Level)  # best first, as every form lists them


class FormType(StrEnum):
    """The self-assessment form (Hướng dẫn 43-HD/BTCTW)."""

    LEADER = "2A"  # members holding leadership or management posts
    POLITICAL_SYSTEM = "2B"  # other members working in the political system
    OUTSIDE = "2C"  # members outside it: most residential-cell members


class Leave(StrEnum):
    """Long leave in the year: the member is classified on the work actually done."""

    NONE = "none"
    SICK = "sick"  # sick leave of 3 months or more
    MATERNITY = "maternity"


class NotReviewed(StrEnum):
    """Why a member on the roll is not reviewed this year (the first that applies)."""

    EXEMPT = "exempt"  # miễn công tác và sinh hoạt đảng
    SUSPENDED = "suspended"  # đình chỉ sinh hoạt
    NEW_MEMBER = "new_under_6_months"  # admitted less than 6 months before the review


class YearState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class MemberEvaluation:
    """One member's review of one year, in the cell that reviewed them."""

    id: UUID
    member_id: UUID
    year: int
    unit_id: UUID  # the cell that reviewed the member
    form: FormType = FormType.OUTSIDE
    general_score: int | None = None  # nhóm tiêu chí chung, out of the profile's 30
    task_score: int | None = None  # kết quả thực hiện nhiệm vụ, out of the profile's 70
    self_level: Level | None = None  # the member's self-assessment
    proposed_level: Level | None = None  # the cell's proposal
    final_level: Level | None = None  # the competent committee's decision
    # The facts the profile's conditions look at (percentages of the year's tasks).
    tasks_late_percent: int | None = None
    tasks_above_percent: int | None = None  # done above the requirement
    tasks_undone_percent: int | None = None
    shortcomings_remedied: bool = True  # last year's shortcomings
    degradation_concluded: bool = False  # a competent body concluded ideological/ethical decline
    forbidden_violation: bool = False  # violated "what members must not do"
    leave: Leave = Leave.NONE
    # Inputs written by others and copied in: the residence cell (Quy định 213) and the host cell
    # of a member temporarily active elsewhere.
    residence_comment: str = ""
    host_comment: str = ""
    # A discipline in the year points to KHTNV; a person weighs it and records the decision here.
    discipline_decision: str = ""
    notes: str = ""
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False

    @property
    def total_score(self) -> int | None:
        if self.general_score is None or self.task_score is None:
            return None
        return self.general_score + self.task_score


@dataclass(frozen=True, slots=True)
class UnitEvaluation:
    """A Party organisation's classification of one year: a cell's self-assessment and the
    commune committee's decision, or the commune organisation's own self-assessment and the
    upper level's decision."""

    id: UUID
    unit_id: UUID
    year: int
    self_level: Level | None = None
    final_level: Level | None = None
    newly_formed: bool = False  # founded too recently: not classified this year
    # The competent level allowed up to the exception cap (25%) of HTXSNV members: its decision.
    cap_exception_decision: str = ""
    notes: str = ""
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class UpperDecision:
    """The upper level's decision on an organisation's classification of a year: made at the
    province about a commune (or one of its cells) and sent down to it, where it is the level
    decided and cannot be changed."""

    id: UUID
    unit_id: UUID
    year: int
    level: Level
    reference: str  # "Quyết định số 12-QĐ/TU"
    decided_on: date
    notes: str = ""
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Reopening:
    """A closed year opened again: by whom, when, and why (kept for ever)."""

    on: date
    by: str
    reason: str


@dataclass(frozen=True, slots=True)
class EvaluationYear:
    """The review of one year in one commune: opened, filled, checked and closed."""

    id: UUID
    unit_id: UUID  # the commune
    year: int
    review_on: date  # the review date: "admitted less than 6 months" counts back from it
    state: YearState = YearState.OPEN
    opened_on: date | None = None
    closed_on: date | None = None
    closed_by: str = ""
    reopenings: tuple[Reopening, ...] = ()
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False

    @property
    def closed(self) -> bool:
        return self.state is YearState.CLOSED


EVALUATION_RECORDS = (MemberEvaluation, UnitEvaluation, EvaluationYear, UpperDecision)


def default_review_date(year: int) -> date:
    """Everything is finished before 31 December (DOMAIN.md): the review date defaults to it."""
    return date(year, 12, 31)


def not_reviewed_reason(
    status: MemberStatus,
    admission_date: date | None,
    review_on: date,
    min_months_since_admission: int,
) -> NotReviewed | None:
    """Why a member on the roll on ``review_on`` is not reviewed, or None: they are reviewed.

    Probationary members admitted at least ``min_months_since_admission`` months before the
    review are reviewed (DOMAIN.md); the months are counted from the admission decision.
    """
    if status is MemberStatus.EXEMPT:
        return NotReviewed.EXEMPT
    if status is MemberStatus.SUSPENDED:
        return NotReviewed.SUSPENDED
    if admission_date is not None and admission_date > new_member_cutoff(
        review_on, min_months_since_admission
    ):
        return NotReviewed.NEW_MEMBER
    return None


def new_member_cutoff(review_on: date, min_months_since_admission: int) -> date:
    """Members admitted after this date are too new to be reviewed on ``review_on``."""
    return add_months(review_on, -min_months_since_admission)


def default_form(cell_kind: CellKind | None, leads: bool) -> FormType:
    """The form a member most likely fills: 2A for a cell's leaders, 2C in residential cells and
    enterprises (outside the political system), 2B elsewhere. A person can change it."""
    if leads:
        return FormType.LEADER
    if cell_kind in (CellKind.RESIDENTIAL, CellKind.ENTERPRISE, CellKind.OTHER, None):
        return FormType.OUTSIDE
    return FormType.POLITICAL_SYSTEM


# -- the report's figures --------------------------------------------------------------------------
_CENT = Decimal("0.01")


def percentages(counts: tuple[int, ...], base: int) -> tuple[Decimal, ...] | None:
    """Each count as a percentage of ``base``, to two decimals, adding up to exactly 100.00 when
    the counts add up to the base (largest remainders get the odd hundredths, ties to the
    earlier, i.e. better, level). None when the base is 0: there is nothing to divide."""
    if base <= 0:
        return None
    exact = [Decimal(count * 100) / Decimal(base) for count in counts]
    rounded = [value.quantize(_CENT, rounding=ROUND_HALF_UP) for value in exact]
    if sum(counts) != base:
        return tuple(rounded)
    floors = [(value * 100).to_integral_value(rounding=ROUND_FLOOR) / 100 for value in exact]
    missing = int((Decimal(100) - sum(floors)) / _CENT)
    order = sorted(range(len(counts)), key=lambda i: (-(exact[i] - floors[i]), i))
    result = list(floors)
    for i in order[:missing]:
        result[i] += _CENT
    return tuple(value.quantize(_CENT) for value in result)


def ratio_percent(part: int, whole: int) -> Decimal | None:
    if whole <= 0:
        return None
    return (Decimal(part * 100) / Decimal(whole)).quantize(_CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class ClassificationCounts:
    """The figures of one row of the classification summary (a cell, a commune, the total).

    ``total`` counts the members on the roll on the review date; ``exempt``, ``suspended`` and
    ``new_under_6_months`` are the members not reviewed, each counted once (in that order of
    precedence); ``temporarily_elsewhere`` is for information only (they are reviewed here).
    ``by_level`` counts the final levels of the members required to review, in ``LEVELS`` order.
    """

    total: int = 0
    exempt: int = 0
    suspended: int = 0
    new_under_6_months: int = 0
    temporarily_elsewhere: int = 0
    by_level: tuple[int, int, int, int] = (0, 0, 0, 0)

    @property
    def required(self) -> int:
        return self.total - self.exempt - self.suspended - self.new_under_6_months

    @property
    def reviewed(self) -> int:
        return sum(self.by_level)

    @property
    def not_yet_reviewed(self) -> int:
        return self.required - self.reviewed

    def count(self, level: Level) -> int:
        return self.by_level[LEVELS.index(level)]

    def percent(self, level: Level) -> Decimal | None:
        """Percent of the reviewed members (DOMAIN.md "Reports")."""
        shares = percentages(self.by_level, self.reviewed)
        return None if shares is None else shares[LEVELS.index(level)]

    @property
    def cap_ratio(self) -> Decimal | None:
        """HTXSNV as a percentage of HTTNV (the cap is a percentage of HTTNV, not of all)."""
        return ratio_percent(self.count(Level.EXCELLENT), self.count(Level.GOOD))

    def __add__(self, other: ClassificationCounts) -> ClassificationCounts:
        return ClassificationCounts(
            total=self.total + other.total,
            exempt=self.exempt + other.exempt,
            suspended=self.suspended + other.suspended,
            new_under_6_months=self.new_under_6_months + other.new_under_6_months,
            temporarily_elsewhere=self.temporarily_elsewhere + other.temporarily_elsewhere,
            by_level=tuple(a + b for a, b in zip(self.by_level, other.by_level, strict=True)),  # type: ignore[arg-type]
        )


def within_cap(excellent: int, good: int, cap_percent: int) -> bool:
    """HTXSNV count ≤ ``cap_percent`` % of the HTTNV count, compared exactly in integers."""
    return excellent * 100 <= good * cap_percent


@dataclass(frozen=True, slots=True)
class CapCheck:
    """The cap on a unit's HTXSNV members: which cap applies and whether it is kept."""

    excellent: int
    good: int
    cap_percent: int  # the ordinary cap, or the exception's when its decision is recorded
    exception_decision: str  # "" when the ordinary cap applies

    @property
    def kept(self) -> bool:
        return within_cap(self.excellent, self.good, self.cap_percent)

    @property
    def allowed(self) -> int:
        """The most HTXSNV members the cap allows."""
        return self.good * self.cap_percent // 100


def cap_check(
    counts: ClassificationCounts, cap_percent: int, exception_percent: int, exception_decision: str
) -> CapCheck:
    exception = exception_decision.strip()
    return CapCheck(
        excellent=counts.count(Level.EXCELLENT),
        good=counts.count(Level.GOOD),
        cap_percent=exception_percent if exception else cap_percent,
        exception_decision=exception,
    )


@dataclass(frozen=True, slots=True)
class ClassificationRow:
    """A row of the summary: a unit (a cell, or a commune in a province's report)."""

    unit_id: UUID
    name: str
    code: str
    counts: ClassificationCounts
    cap: CapCheck
    evaluation: UnitEvaluation | None  # the unit's own classification, when recorded


@dataclass(frozen=True, slots=True)
class OrganisationCounts:
    """The organisation table: the rows' units by their level (final, else self-assessed)."""

    by_level: tuple[int, int, int, int]
    newly_formed: int  # not classified (newly formed)
    not_yet_classified: int

    @property
    def total(self) -> int:
        return sum(self.by_level) + self.newly_formed + self.not_yet_classified

    def percent(self, level: Level) -> Decimal | None:
        """Percent of the units counted (those classified, newly formed and pending)."""
        return ratio_percent(self.by_level[LEVELS.index(level)], self.total)


def organisation_counts(evaluations: list[UnitEvaluation | None]) -> OrganisationCounts:
    by_level = [0, 0, 0, 0]
    newly_formed = pending = 0
    for evaluation in evaluations:
        level = None if evaluation is None else evaluation.final_level or evaluation.self_level
        if evaluation is not None and evaluation.newly_formed:
            newly_formed += 1
        elif level is None:
            pending += 1
        else:
            by_level[LEVELS.index(level)] += 1
    return OrganisationCounts(tuple(by_level), newly_formed, pending)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class YearLevels:
    """An earlier year in the comparison: the final levels recorded then, and the unit's own."""

    year: int
    by_level: tuple[int, int, int, int]
    unit_level: Level | None

    @property
    def reviewed(self) -> int:
        return sum(self.by_level)

    def percent(self, level: Level) -> Decimal | None:
        shares = percentages(self.by_level, self.reviewed)
        return None if shares is None else shares[LEVELS.index(level)]

    @property
    def cap_ratio(self) -> Decimal | None:
        return ratio_percent(self.by_level[0], self.by_level[1])


@dataclass(frozen=True, slots=True)
class AwardCandidate:
    """A member rated HTXSNV in each of the profile's streak of years (a higher award)."""

    member_id: UUID
    name: str
    unit_name: str


@dataclass(frozen=True, slots=True)
class ClassificationReport:
    year: int
    unit_id: UUID  # the unit reported on (a commune; a province at the upper level)
    unit_name: str
    profile_code: str
    review_on: date
    rows: tuple[ClassificationRow, ...]
    total: ClassificationCounts
    total_cap: CapCheck
    unit_evaluation: UnitEvaluation | None  # the reported unit's own self-assessment
    organisations: OrganisationCounts
    history: tuple[YearLevels, ...] = field(default=())  # earlier years, oldest first
    award_candidates: tuple[AwardCandidate, ...] = field(default=())


def excellent_streak(levels_by_year: dict[int, Level | None], year: int) -> int:
    """Consecutive years up to ``year`` rated HTXSNV (``award_streak_years`` earn a higher
    award, DOMAIN.md)."""
    streak = 0
    while levels_by_year.get(year - streak) is Level.EXCELLENT:
        streak += 1
    return streak
