"""The annual evaluation: a commune's review year, members' and cells' levels, the checks and the
classification report (DOMAIN.md "Annual evaluation and classification", "Reports").

Workflow: the commune opens the year (choosing the review date), the cells' results are filled in
(by hand or from a file), ``check_year`` lists what is missing or breaks a rule, and
``close_year`` locks the year once nothing blocks it. A closed year is read-only; reopening it
needs the person's name and a reason, both kept with the year for ever. Opening, closing and
reopening are decisions, not edits: they are not undone, and the edits before them can no longer
be undone either.

Who is on the roll, in which cell and with which status, is read for the review date from the
members' history (``StatisticsQueries``), so that a past year's report says what it said then.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from chibo_desktop.domain.entities import (
    Changes,
    Comment213,
    Distinction,
    Member,
    PartyPost,
    Resident213,
    Transfer,
    Unit,
    new_id,
)
from chibo_desktop.domain.enums import (
    MemberStatus,
    SiteRole,
    TransferDirection,
    TransferKind,
    UnitLevel,
)
from chibo_desktop.domain.evaluation import (
    LEVELS,
    AwardCandidate,
    CapCheck,
    ClassificationCounts,
    ClassificationReport,
    ClassificationRow,
    EvaluationYear,
    FormType,
    MemberEvaluation,
    NotReviewed,
    Reopening,
    UnitEvaluation,
    UpperDecision,
    YearLevels,
    YearState,
    cap_check,
    default_form,
    default_review_date,
    excellent_streak,
    new_member_cutoff,
    not_reviewed_reason,
    organisation_counts,
)
from chibo_desktop.domain.evaluation_rules import (
    LeaderDiscipline,
    MemberFacts,
    awards_in_year,
    check_cap,
    check_member,
    check_unit,
    disciplines_in_year,
)
from chibo_desktop.domain.findings import Finding, Severity
from chibo_desktop.domain.rules import (
    ClassificationRules,
    Level,
    NoProfileInForce,
    ProfileKind,
    RuleProfile,
)
from chibo_desktop.domain.text import fold, name_sort_key, nfc, nfc_text, unit_sort_key
from chibo_desktop.domain.validation import Problem, ValidationFailed
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.rules import RuleService
from chibo_desktop.services.undo import (
    BulkWriteCommand,
    CommandLabel,
    RecordChange,
    UndoStack,
    WriteCommand,
)
from chibo_desktop.storage.repositories import (
    EvaluationRepository,
    MemberRecordRepository,
    MemberRepository,
    UnitRepository,
)
from chibo_desktop.storage.statistics_queries import (
    CountedOn,
    RollEntry,
    RollTally,
    StatisticsQueries,
)
from chibo_desktop.storage.store import Store

HISTORY_YEARS = 4  # earlier years shown beside the year reported
_STREAK_LOOKBACK = 10  # years read back to count a streak of HTXSNV years
_PERCENT_FIELDS = ("tasks_late_percent", "tasks_above_percent", "tasks_undone_percent")


class EvaluationIncomplete(OperationRefused):
    """The year cannot be closed: ``findings`` lists what blocks it."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("evaluation.incomplete", count=len(findings))
        self.findings = findings


@dataclass(frozen=True, slots=True)
class MemberSheetRow:
    """One member of a cell in the year's review, with everything shown beside their levels."""

    member: Member
    status: MemberStatus  # on the review date
    not_reviewed: NotReviewed | None
    # The date that explains ``not_reviewed``: the status date, or the admission date.
    not_reviewed_since: date | None
    elsewhere: str  # the organisation a member temporarily active elsewhere is with ("" if not)
    evaluation: MemberEvaluation | None
    suggested_form: FormType
    disciplines: tuple[Distinction, ...]  # decided in the year
    awards: tuple[Distinction, ...]  # decided in the year
    comment_213: str  # the commune's own 213 list's comment on this person, when it has one
    streak: int  # consecutive HTXSNV years up to this one
    findings: tuple[Finding, ...]

    @property
    def reviewed_here(self) -> bool:
        return self.not_reviewed is None


@dataclass(frozen=True, slots=True)
class CellSheet:
    """A cell's review of one year: its members, its own level, its figures and findings."""

    unit: Unit
    year: int
    review_on: date
    profile: RuleProfile
    rows: tuple[MemberSheetRow, ...]
    unit_evaluation: UnitEvaluation | None
    counts: ClassificationCounts
    cap: CapCheck
    leader_disciplines: tuple[LeaderDiscipline, ...]
    streak: int  # the cell's consecutive HTXSNV years
    findings: tuple[Finding, ...]  # the cell's own (its level, the cap)

    @property
    def rules(self) -> ClassificationRules:
        values = self.profile.values
        assert isinstance(values, ClassificationRules)
        return values


class EvaluationService:
    def __init__(
        self,
        evaluations: EvaluationRepository,
        members: MemberRepository,
        records: MemberRecordRepository,
        units: UnitRepository,
        rules: RuleService,
        store: Store,
        undo: UndoStack,
        queries: StatisticsQueries | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._evaluations = evaluations
        self._members = members
        self._records = records
        self._units = units
        self._rules = rules
        self._store = store
        self._undo = undo
        self._queries = queries or StatisticsQueries()
        self._today = today

    # -- the year --------------------------------------------------------------------------------
    def profile(self, year: int) -> RuleProfile:
        """The classification profile in force on 31 December of the year. Years before the
        first profile (history typed in from old registers) are judged by the earliest one: the
        same four levels and cap, without the 100-point scale."""
        try:
            return self._rules.in_force(ProfileKind.CLASSIFICATION, date(year, 12, 31))
        except NoProfileInForce:
            profiles = [p for p in self._rules.all() if p.kind is ProfileKind.CLASSIFICATION]
            return min(profiles, key=lambda p: (p.effective_from, p.id.hex))

    def rules(self, year: int) -> ClassificationRules:
        values = self.profile(year).values
        assert isinstance(values, ClassificationRules)
        return values

    def commune_of(self, unit_id: UUID) -> Unit:
        """The commune organisation a unit belongs to (the unit itself for a commune)."""
        unit = self._units.get(unit_id)
        while unit is not None and unit.level is not UnitLevel.COMMUNE:
            unit = self._units.get(unit.parent_id) if unit.parent_id else None
        if unit is None:
            raise OperationRefused("evaluation.no_commune")
        return unit

    def review_year(self, commune_id: UUID, year: int) -> EvaluationYear | None:
        found = self._evaluations.where(EvaluationYear, unit=commune_id, year=year)
        return max(found, key=lambda y: y.version) if found else None

    def review_date(self, unit_id: UUID, year: int) -> date:
        """The review date the commune chose for the year (31 December until it is opened, and
        for the units above the communes)."""
        try:
            commune = self.commune_of(unit_id)
        except OperationRefused:
            return default_review_date(year)
        record = self.review_year(commune.id, year)
        return record.review_on if record else default_review_date(year)

    def open_year(self, commune_id: UUID, year: int, review_on: date | None = None) -> Changes:
        """Open the year for filling in, or move an open year's review date."""
        review_on = review_on or default_review_date(year)
        if review_on.year != year:
            raise ValidationFailed([Problem("review_on", "review_date_in_year", {"year": year})])
        current = self.review_year(commune_id, year)
        if current is not None and current.closed:
            raise OperationRefused("evaluation.year_closed", year=year)
        if current is None:
            record = EvaluationYear(new_id(), commune_id, year, review_on, opened_on=self._today())
        else:
            record = dataclasses.replace(current, review_on=review_on)
        return self._decide("evaluation_year.open", current, record)

    def close_year(self, commune_id: UUID, year: int, by: str = "") -> Changes:
        """Lock the year; refused with the blocking findings while there are any."""
        current = self._open_year_record(commune_id, year)
        blocking = [f for f in self.check_year(commune_id, year) if f.severity is Severity.BLOCKING]
        if blocking:
            raise EvaluationIncomplete(blocking)
        closed = dataclasses.replace(
            current, state=YearState.CLOSED, closed_on=self._today(), closed_by=nfc(by)
        )
        return self._decide("evaluation_year.close", current, closed)

    def reopen_year(self, commune_id: UUID, year: int, by: str, reason: str) -> Changes:
        """Open a closed year again; who and why are recorded with it."""
        current = self.review_year(commune_id, year)
        if current is None or not current.closed:
            raise OperationRefused("evaluation.year_not_closed", year=year)
        problems = [
            Problem(name, "required")
            for name, value in (("by", by), ("reason", reason))
            if not value.strip()
        ]
        if problems:
            raise ValidationFailed(problems)
        reopening = Reopening(self._today(), nfc(by), nfc_text(reason).strip())
        reopened = dataclasses.replace(
            current,
            state=YearState.OPEN,
            closed_on=None,
            closed_by="",
            reopenings=(*current.reopenings, reopening),
        )
        return self._decide("evaluation_year.reopen", current, reopened)

    # -- members and cells -----------------------------------------------------------------------
    def cell_sheet(self, cell_id: UUID, year: int) -> CellSheet:
        return self._sheets([cell_id], year)[0]

    def cell_sheets(self, cell_ids: list[UUID], year: int) -> list[CellSheet]:
        """The sheets of several cells of one commune, read together (much quicker than one by
        one)."""
        return self._sheets(cell_ids, year) if cell_ids else []

    def member_history(self, member_id: UUID) -> list[MemberEvaluation]:
        """Every year's evaluation of the member, oldest first."""
        found = self._evaluations.where(MemberEvaluation, member=member_id)
        return sorted(found, key=lambda e: e.year)

    def save_member(self, evaluation: MemberEvaluation) -> Changes:
        """Write one member's evaluation (the year must be open)."""
        self._writable(evaluation.unit_id, evaluation.year)
        if self._members.get(evaluation.member_id) is None:
            raise OperationRefused("record.not_found")
        evaluation = self._normalised(evaluation)
        self._validate(evaluation, self.rules(evaluation.year))
        before = self._evaluations.get(MemberEvaluation, evaluation.id)
        if before is None:
            others = [
                e
                for e in self._evaluations.where(
                    MemberEvaluation, member=evaluation.member_id, year=evaluation.year
                )
                if e.id != evaluation.id
            ]
            if others:  # one evaluation per member and year
                raise OperationRefused("evaluation.member_already_evaluated")
        elif before == evaluation:
            return Changes()
        member = self._members.get(evaluation.member_id)
        label = CommandLabel("evaluation.member", member.full_name if member else "")
        return self._undo.run(WriteCommand(label, [RecordChange(before, evaluation)]))

    def save_unit(self, evaluation: UnitEvaluation) -> Changes:
        """Write an organisation's own classification of the year (the year must be open). A
        level the upper level decided and sent down stands: it cannot be set otherwise."""
        self._writable(evaluation.unit_id, evaluation.year)
        decided = self.upper_decision(evaluation.unit_id, evaluation.year)
        if decided is not None and evaluation.final_level is not decided.level:
            raise OperationRefused(
                "evaluation.decided_by_upper", reference=decided.reference, on=decided.decided_on
            )
        evaluation = dataclasses.replace(
            evaluation,
            cap_exception_decision=nfc(evaluation.cap_exception_decision).strip(),
            notes=nfc_text(evaluation.notes),
        )
        before = self._evaluations.get(UnitEvaluation, evaluation.id)
        if before is None:
            if self.unit_evaluation(evaluation.unit_id, evaluation.year) is not None:
                raise OperationRefused("evaluation.unit_already_evaluated")
        elif before == evaluation:
            return Changes()
        unit = self._units.get(evaluation.unit_id)
        label = CommandLabel("evaluation.unit", unit.name if unit else "")
        return self._undo.run(WriteCommand(label, [RecordChange(before, evaluation)]))

    def save_members(self, evaluations: list[MemberEvaluation], subject: str) -> Changes:
        """Write many members' evaluations as one undoable step (an import, a filled sheet)."""
        for unit_id, year in {(e.unit_id, e.year) for e in evaluations}:
            self._writable(unit_id, year)
        years = {e.year for e in evaluations}
        stored = {
            e.id: e
            for e in self._evaluations.of_members(
                {e.member_id for e in evaluations}, min(years, default=0), max(years, default=0)
            )
        }
        rules = {year: self.rules(year) for year in years}
        changes: list[RecordChange] = []
        for evaluation in evaluations:
            evaluation = self._normalised(evaluation)
            self._validate(evaluation, rules[evaluation.year])
            before = stored.get(evaluation.id)
            if before != evaluation:
                changes.append(RecordChange(before, evaluation))
        if not changes:
            return Changes()
        label = CommandLabel("evaluation.members", subject, count=len(changes))
        return self._undo.run(BulkWriteCommand(label, changes))

    def unit_evaluation(self, unit_id: UUID, year: int) -> UnitEvaluation | None:
        found = self._evaluations.where(UnitEvaluation, unit=unit_id, year=year)
        return max(found, key=lambda e: e.version) if found else None

    def upper_decision(self, unit_id: UUID, year: int) -> UpperDecision | None:
        """The upper level's decision on the organisation's level of the year, if one was made
        (at the upper level) or has arrived (at the commune)."""
        found = self._evaluations.where(UpperDecision, unit=unit_id, year=year)
        return max(found, key=lambda d: d.version) if found else None

    def decides_for_communes(self) -> bool:
        """Whether this office is an upper level, which decides the communes' levels."""
        site = self._store.site()
        return site is not None and site.role is SiteRole.UPPER

    def decide_as_upper(self, decision: UpperDecision) -> Changes:
        """The upper level's decision on a commune's (or one of its cells') level of the year:
        recorded here, and sent down to the commune with the next receipt or on its own."""
        if not self.decides_for_communes():
            raise OperationRefused("evaluation.not_upper_level")
        unit = self._units.get(decision.unit_id)
        if unit is None or unit.parent_id is None:
            raise OperationRefused("evaluation.no_commune")
        self.commune_of(unit.id)  # a commune or one of its organisations
        problems = []
        if not nfc(decision.reference).strip():
            problems.append(Problem("reference", "required"))
        if decision.decided_on.year < decision.year:
            problems.append(Problem("decided_on", "before_the_year", {"year": decision.year}))
        if problems:
            raise ValidationFailed(problems)
        before = self.upper_decision(decision.unit_id, decision.year)
        decision = dataclasses.replace(
            decision,
            id=before.id if before else decision.id,
            reference=nfc(decision.reference).strip(),
            notes=nfc_text(decision.notes),
            version=before.version if before else 0,
            origin_site=before.origin_site if before else None,
        )
        if before == decision:
            return Changes()
        label = CommandLabel("evaluation.upper_decision", unit.name)
        return self._undo.run(WriteCommand(label, [RecordChange(before, decision)]))

    def member_evaluation(self, member_id: UUID, year: int) -> MemberEvaluation | None:
        found = self._evaluations.where(MemberEvaluation, member=member_id, year=year)
        return max(found, key=lambda e: e.version) if found else None

    def new_member_evaluation(
        self, row: MemberSheetRow, unit_id: UUID, year: int
    ) -> MemberEvaluation:
        """A blank evaluation for a member of the sheet, with the form most likely theirs."""
        return MemberEvaluation(
            id=new_id(),
            member_id=row.member.id,
            year=year,
            unit_id=unit_id,
            form=row.suggested_form,
        )

    # -- checks and the report -------------------------------------------------------------------
    def check_year(self, commune_id: UUID, year: int) -> list[Finding]:
        """What is missing or breaks a rule in the commune's year: blocking findings first,
        then by cell and member as the sheets list them."""
        sheets = self.cell_sheets([c.id for c in self._cells_below(commune_id)], year)
        found: list[Finding] = []
        for sheet in sheets:
            found += sheet.findings
            for row in sheet.rows:
                found += [_in_cell(f, sheet.unit.name) for f in row.findings]
        commune = self._units.get(commune_id)
        name = commune.name if commune else ""
        own = self.unit_evaluation(commune_id, year)
        found += check_unit(own, name, (), is_cell=False)
        total = sum((s.counts for s in sheets), ClassificationCounts())
        rules = self.rules(year)
        cap = cap_check(
            total,
            rules.excellent_cap_percent_of_good,
            rules.excellent_cap_exception_percent,
            own.cap_exception_decision if own else "",
        )
        found += check_cap(cap, name, rules.excellent_cap_percent_of_good)
        return sorted(found, key=lambda f: f.severity is not Severity.BLOCKING)

    def report(self, unit_id: UUID, year: int) -> ClassificationReport:
        """The classification summary of the unit (a commune: one row per cell; a province or a
        district: one row per unit below it), the organisation table and earlier years."""
        units = self._units.all()
        by_id = {u.id: u for u in units}
        unit = by_id[unit_id]
        profile = self.profile(year)
        rules = self.rules(year)
        review_on = self.review_date(unit_id, year)
        children: dict[UUID | None, list[Unit]] = defaultdict(list)
        for u in units:
            children[u.parent_id].append(u)
        row_units = [unit] if unit.is_cell else _reported_children(unit, children, review_on)
        row_of: dict[UUID, UUID] = {}
        for row_unit in row_units:
            for below in _subtree(row_unit, children):
                row_of[below.id] = row_unit.id
        # The whole tree needs no list of its units (reading by unit would be slower).
        scope = None if unit.parent_id is None else list(row_of)
        counts: dict[UUID, ClassificationCounts] = defaultdict(ClassificationCounts)
        for tally in self._queries.cell_tallies(year, self._counted_on(row_of, by_id, year, rules)):
            counts[tally.unit_id] += _tally_counts(tally)
        evaluations = {
            e.unit_id: e
            for e in self._evaluations.of_units([*(u.id for u in row_units), unit_id], year, year)
        }
        rows = tuple(
            ClassificationRow(
                unit_id=u.id,
                name=u.name,
                code=u.code,
                counts=counts[u.id],
                cap=self._cap(counts[u.id], evaluations.get(u.id), rules),
                evaluation=evaluations.get(u.id),
            )
            for u in row_units
        )
        total = sum((r.counts for r in rows), ClassificationCounts())
        own = evaluations.get(unit_id) if not unit.is_cell else None
        return ClassificationReport(
            year=year,
            unit_id=unit_id,
            unit_name=unit.name,
            profile_code=profile.code,
            review_on=review_on,
            rows=rows,
            total=total,
            total_cap=self._cap(total, own, rules),
            unit_evaluation=own,
            organisations=organisation_counts([r.evaluation for r in rows]),
            history=self._history(unit_id, scope, year),
            award_candidates=self._award_candidates(scope, year, rules, by_id),
        )

    # -- helpers ---------------------------------------------------------------------------------
    def _sheets(self, cell_ids: list[UUID], year: int) -> list[CellSheet]:
        """The sheets of these cells, read together (one roll query for all of them)."""
        profile = self.profile(year)
        rules = self.rules(year)
        review_on = self.review_date(cell_ids[0], year)
        cutoff = new_member_cutoff(review_on, rules.review_min_months_since_admission)
        roll = self._queries.roll(review_on, cutoff, cell_ids)
        members = {m.id: m for m in self._members.many([e.member_id for e in roll])}
        first_year = year - _STREAK_LOOKBACK
        history = self._evaluations.of_members(list(members), first_year, year)
        levels: dict[UUID, dict[int, Level | None]] = defaultdict(dict)
        current: dict[UUID, MemberEvaluation] = {}
        for evaluation in sorted(history, key=lambda e: e.version):
            levels[evaluation.member_id][evaluation.year] = evaluation.final_level
            if evaluation.year == year:
                current[evaluation.member_id] = evaluation
        distinctions: dict[UUID, list[Distinction]] = defaultdict(list)
        for distinction in self._records.of_members(Distinction, members):
            distinctions[distinction.member_id].append(distinction)
        posts = self._posts_in_year(year, members)
        away = self._away_with(review_on)
        comments = self._comments_213(year)
        unit_levels = self._unit_levels(cell_ids, first_year, year)
        by_cell: dict[UUID, list[RollEntry]] = defaultdict(list)
        for entry in roll:
            if entry.member_id in members:
                by_cell[entry.unit_id].append(entry)
        sheets = []
        for cell_id in cell_ids:
            unit = self._units.get(cell_id)
            if unit is None:
                raise OperationRefused("record.not_found")
            rows = []
            for entry in by_cell[cell_id]:
                member = members[entry.member_id]
                reason = not_reviewed_reason(
                    entry.status,
                    member.admission_date,
                    review_on,
                    rules.review_min_months_since_admission,
                )
                disciplines = tuple(disciplines_in_year(distinctions[member.id], year))
                evaluation = current.get(member.id)
                facts = MemberFacts(member.id, member.full_name, reason, disciplines)
                rows.append(
                    MemberSheetRow(
                        member=member,
                        status=entry.status,
                        not_reviewed=reason,
                        not_reviewed_since=_explaining_date(member, reason),
                        elsewhere=away.get(member.id, "") if entry.elsewhere else "",
                        evaluation=evaluation,
                        suggested_form=default_form(unit.kind, member.id in posts),
                        disciplines=disciplines,
                        awards=tuple(awards_in_year(distinctions[member.id], year)),
                        comment_213=comments.get(_person_key(member), ""),
                        streak=excellent_streak(levels[member.id], year),
                        findings=tuple(check_member(evaluation, facts, rules)),
                    )
                )
            rows.sort(key=lambda r: (name_sort_key(r.member.full_name), r.member.id.hex))
            counts = _sheet_counts(rows)
            own = self.unit_evaluation(cell_id, year)
            cap = self._cap(counts, own, rules)
            leaders = tuple(
                LeaderDiscipline(members[m].full_name, d.decided_on, d.decision_number)
                for m in posts.get_cell(cell_id)
                if m in members
                for d in disciplines_in_year(distinctions[m], year)
            )
            findings = check_unit(own, unit.name, leaders, is_cell=True)
            findings += check_cap(cap, unit.name, rules.excellent_cap_percent_of_good)
            sheets.append(
                CellSheet(
                    unit=unit,
                    year=year,
                    review_on=review_on,
                    profile=profile,
                    rows=tuple(rows),
                    unit_evaluation=own,
                    counts=counts,
                    cap=cap,
                    leader_disciplines=leaders,
                    streak=excellent_streak(unit_levels[cell_id], year),
                    findings=tuple(findings),
                )
            )
        return sheets

    @staticmethod
    def _cap(
        counts: ClassificationCounts, own: UnitEvaluation | None, rules: ClassificationRules
    ) -> CapCheck:
        return cap_check(
            counts,
            rules.excellent_cap_percent_of_good,
            rules.excellent_cap_exception_percent,
            own.cap_exception_decision if own else "",
        )

    def _posts_in_year(self, year: int, member_ids: Collection[UUID]) -> _Leaders:
        """These members' Party posts held at some time in the year, by cell."""
        first, last = date(year, 1, 1), date(year, 12, 31)
        leaders = _Leaders()
        for post in self._records.of_members(PartyPost, member_ids):
            if post.started_on <= last and (post.ended_on is None or post.ended_on >= first):
                leaders.add(post.unit_id, post.member_id)
        return leaders

    def _away_with(self, on: date) -> dict[UUID, str]:
        """The organisation each member temporarily active elsewhere on ``on`` is with."""
        away = {}
        for t in self._records.where(Transfer, kind=TransferKind.TEMPORARY.value):
            if (
                t.direction is TransferDirection.OUT
                and t.member_id is not None
                and (t.moved_on or t.decided_on) <= on
                and (t.returned_on is None or t.returned_on > on)
            ):
                away[t.member_id] = t.other_organisation
        return away

    def _comments_213(self, year: int) -> dict[tuple[str, date | None], str]:
        """The commune's own comments of the year on 213 residents, by folded name and birth
        date: a member of an agency cell who lives in one of the commune's residential areas."""
        residents = {r.id: r for r in self._records.where(Resident213)}
        found = {}
        for comment in self._records.where(Comment213, year=year):
            resident = residents.get(comment.resident_id)
            if resident is not None:
                found[(fold(resident.full_name), resident.birth_date)] = comment.comment
        return found

    def _counted_on(
        self,
        row_of: dict[UUID, UUID],
        by_id: dict[UUID, Unit],
        year: int,
        rules: ClassificationRules,
    ) -> dict[UUID, CountedOn]:
        """How each unit is counted: on its commune's review date, with its new-member cut-off
        (31 December for a commune that has not opened the year, and for units above the
        communes), into its report row."""
        opened: dict[UUID, EvaluationYear] = {}
        for record in self._evaluations.where(EvaluationYear, year=year):
            kept = opened.get(record.unit_id)
            if kept is None or record.version > kept.version:
                opened[record.unit_id] = record
        counted: dict[UUID, CountedOn] = {}
        for unit_id, row_id in row_of.items():
            commune = _commune_above(by_id[unit_id], by_id)
            record = opened.get(commune.id) if commune else None
            review_on = record.review_on if record else default_review_date(year)
            cutoff = new_member_cutoff(review_on, rules.review_min_months_since_admission)
            counted[unit_id] = CountedOn(row_id, review_on, cutoff)
        return counted

    def _unit_levels(
        self, unit_ids: list[UUID], first_year: int, year: int
    ) -> dict[UUID, dict[int, Level | None]]:
        found: dict[UUID, dict[int, Level | None]] = defaultdict(dict)
        for evaluation in sorted(
            self._evaluations.of_units(unit_ids, first_year, year), key=lambda e: e.version
        ):
            found[evaluation.unit_id][evaluation.year] = evaluation.final_level
        return found

    def _history(
        self, unit_id: UUID, cell_ids: list[UUID] | None, year: int
    ) -> tuple[YearLevels, ...]:
        first = year - HISTORY_YEARS
        counted = self._evaluations.level_counts_by_year(cell_ids, first, year - 1)
        own = self._unit_levels([unit_id], first, year - 1)[unit_id]
        return tuple(
            YearLevels(
                y,
                tuple(counted.get(y, {}).get(level.value, 0) for level in LEVELS),  # type: ignore[arg-type]
                own.get(y),
            )
            for y in range(first, year)
            if y in counted or y in own
        )

    def _award_candidates(
        self,
        cell_ids: list[UUID] | None,
        year: int,
        rules: ClassificationRules,
        by_id: dict[UUID, Unit],
    ) -> tuple[AwardCandidate, ...]:
        first = year - rules.award_streak_years + 1
        return tuple(
            AwardCandidate(member_id, name, by_id[cell].name if cell in by_id else "")
            for member_id, name, cell in self._evaluations.excellent_every_year(
                cell_ids, first, year
            )
        )

    def _cells_below(self, unit_id: UUID) -> list[Unit]:
        children: dict[UUID | None, list[Unit]] = defaultdict(list)
        for u in self._units.all():
            children[u.parent_id].append(u)
        root = self._units.get(unit_id)
        if root is None:
            return []
        cells = [u for u in _subtree(root, children) if u.is_cell]
        return sorted(cells, key=lambda u: (unit_sort_key(u.name), u.id.hex))

    def _open_year_record(self, commune_id: UUID, year: int) -> EvaluationYear:
        current = self.review_year(commune_id, year)
        if current is None:
            raise OperationRefused("evaluation.year_not_opened", year=year)
        if current.closed:
            raise OperationRefused("evaluation.year_closed", year=year)
        return current

    def _writable(self, unit_id: UUID, year: int) -> None:
        self._open_year_record(self.commune_of(unit_id).id, year)

    def _decide(self, action: str, before: EvaluationYear | None, after: EvaluationYear) -> Changes:
        """Write a decision on the year outside the undo history, which it then clears."""
        unit = self._units.get(after.unit_id)
        label = CommandLabel(action, f"{unit.name if unit else ''} {after.year}".strip())
        with self._undo.access.writing(label):
            self._store.put(after, expected_version=before.version if before else None)
        self._undo.clear()
        return Changes(evaluations=True)

    def _normalised(self, evaluation: MemberEvaluation) -> MemberEvaluation:
        return dataclasses.replace(
            evaluation,
            residence_comment=nfc_text(evaluation.residence_comment).strip(),
            host_comment=nfc_text(evaluation.host_comment).strip(),
            discipline_decision=nfc_text(evaluation.discipline_decision).strip(),
            notes=nfc_text(evaluation.notes).strip(),
        )

    @staticmethod
    def _validate(evaluation: MemberEvaluation, rules: ClassificationRules) -> None:
        problems = []
        for name, maximum in (
            ("general_score", rules.general_group_points),
            ("task_score", rules.task_points),
        ):
            value = getattr(evaluation, name)
            if value is None:
                continue
            if maximum is None:
                problems.append(Problem(name, "no_score_scale", {"year": evaluation.year}))
            elif not 0 <= value <= maximum:
                problems.append(Problem(name, "score_range", {"maximum": maximum}))
        for name in _PERCENT_FIELDS:
            value = getattr(evaluation, name)
            if value is not None and not 0 <= value <= 100:
                problems.append(Problem(name, "percent_range"))
        if problems:
            raise ValidationFailed(problems)


class _Leaders:
    """Members holding a post in the year: by cell, and anywhere."""

    def __init__(self) -> None:
        self._by_cell: dict[UUID, set[UUID]] = defaultdict(set)
        self._anywhere: set[UUID] = set()

    def add(self, unit_id: UUID, member_id: UUID) -> None:
        self._by_cell[unit_id].add(member_id)
        self._anywhere.add(member_id)

    def get_cell(self, unit_id: UUID) -> set[UUID]:
        return self._by_cell.get(unit_id, set())

    def __contains__(self, member_id: object) -> bool:
        return member_id in self._anywhere


def _person_key(member: Member) -> tuple[str, date | None]:
    return (fold(member.full_name), member.birth_date)


def _explaining_date(member: Member, reason: NotReviewed | None) -> date | None:
    if reason is NotReviewed.NEW_MEMBER:
        return member.admission_date
    if reason is not None:
        return member.status_date
    return None


def _in_cell(finding: Finding, cell_name: str) -> Finding:
    return Finding(finding.code, finding.severity, {**finding.params, "unit": cell_name})


def _sheet_counts(rows: Iterable[MemberSheetRow]) -> ClassificationCounts:
    counts = ClassificationCounts()
    for row in rows:
        level = row.evaluation.final_level if row.evaluation else None
        counts = counts + _one(row.status, row.not_reviewed, bool(row.elsewhere), level)
    return counts


def _tally_counts(tally: RollTally) -> ClassificationCounts:
    """A group of the roll (``StatisticsQueries.roll_tallies``) as the summary's figures."""
    reason = (
        NotReviewed.EXEMPT
        if tally.status is MemberStatus.EXEMPT
        else NotReviewed.SUSPENDED
        if tally.status is MemberStatus.SUSPENDED
        else NotReviewed.NEW_MEMBER
        if tally.new
        else None
    )
    level = Level(tally.final_level) if tally.final_level else None
    one = _one(tally.status, reason, tally.elsewhere, level)
    n = tally.count
    return ClassificationCounts(
        total=one.total * n,
        exempt=one.exempt * n,
        suspended=one.suspended * n,
        new_under_6_months=one.new_under_6_months * n,
        temporarily_elsewhere=one.temporarily_elsewhere * n,
        by_level=tuple(c * n for c in one.by_level),  # type: ignore[arg-type]
    )


def _one(
    status: MemberStatus, reason: NotReviewed | None, elsewhere: bool, level: Level | None
) -> ClassificationCounts:
    """One member on the roll, as the summary counts them."""
    by_level = [0, 0, 0, 0]
    if reason is None and level is not None:
        by_level[LEVELS.index(level)] = 1
    return ClassificationCounts(
        total=1,
        exempt=int(reason is NotReviewed.EXEMPT),
        suspended=int(reason is NotReviewed.SUSPENDED),
        new_under_6_months=int(reason is NotReviewed.NEW_MEMBER),
        temporarily_elsewhere=int(elsewhere),
        by_level=tuple(by_level),  # type: ignore[arg-type]
    )


def _commune_above(unit: Unit, by_id: dict[UUID, Unit]) -> Unit | None:
    """The commune a unit belongs to (itself for a commune), None above the communes."""
    found: Unit | None = unit
    while found is not None and found.level is not UnitLevel.COMMUNE:
        found = by_id.get(found.parent_id) if found.parent_id else None
    return found


def _subtree(root: Unit, children: dict[UUID | None, list[Unit]]) -> list[Unit]:
    found, stack = [], [root]
    while stack:
        unit = stack.pop()
        found.append(unit)
        stack.extend(children[unit.id])
    return found


def _reported_children(unit: Unit, children: dict[UUID | None, list[Unit]], on: date) -> list[Unit]:
    """The rows of a unit's report: the units directly below it that exist on the review date,
    in the order of their names."""
    rows = [u for u in children[unit.id] if not u.deleted and u.is_active_on(on)]
    return sorted(rows, key=lambda u: (unit_sort_key(u.name), u.id.hex))
