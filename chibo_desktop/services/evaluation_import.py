"""Importing a year's evaluation results from a file (.xlsx, .xls, .csv) that a cell kept: one
row per member, matched to one member on the commune's roll, previewed row by row, then written
as one command that one undo takes back.

The steps and the guarantees are the roster import's (``services/roster_import.py``, whose
reading of files this module uses): ``read`` the file, ``guess_mapping`` of its columns (the same
header detection, with the evaluation's fields), ``analyse`` every row against the database and
``apply``, which analyses again and writes nothing unless every row it is asked to write is
still as it was shown.

A row names its member by ID or card number, or by name and date of birth (the year alone will
do), optionally narrowed by the cell's name. It is matched against the members on the roll on
the year's review date, as the cells' sheets list them (``EvaluationService.cell_sheet``). An
existing evaluation of the member and year is updated in place: the file's empty cells and
missing columns leave its values as they were, so that a file holding only the committee's
decisions does not wipe the self-assessments.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any
from uuid import UUID

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Changes, Member, Unit, new_id
from chibo_desktop.domain.evaluation import MemberEvaluation
from chibo_desktop.domain.evaluation_columns import (
    EVALUATION_FIELDS,
    EVALUATION_FIELDS_BY_NAME,
    EVALUATION_REQUIRED_FIELDS,
    GENERAL_SCORE,
    IDENTIFYING_FIELDS,
    RESULT_FIELDS,
    SCORE_FIELDS,
    TASK_SCORE,
    TOTAL_SCORE,
    BirthYear,
    parse_birth_value,
    parse_form_value,
    parse_level_value,
    parse_score_value,
)
from chibo_desktop.domain.progress import CancelToken, Progress, no_progress
from chibo_desktop.domain.roster_columns import (
    CELL_FIELD,
    CellValue,
    FieldKind,
    ValueProblem,
    cell_key,
    cell_text,
    find_header_row,
    guess_mapping,
    parse_cell_value,
    parse_number_value,
    parse_text_value,
)
from chibo_desktop.domain.rules import ClassificationRules
from chibo_desktop.domain.text import fold, nfc_text
from chibo_desktop.domain.validation import Problem
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.evaluations import EvaluationService, MemberSheetRow
from chibo_desktop.services.members import MemberService
from chibo_desktop.services.roster_import import (
    ColumnMapping,
    FileUnreadable,
    RowStatus,
    SheetTable,
    first_filled_row,
    padded_headers,
    parse_member_rows,
    read_table,
)
from chibo_desktop.services.setup import SetupService
from chibo_desktop.services.units import UnitService

_NIL = UUID(int=0)
_log = logging.getLogger(__name__)


class RowAction(StrEnum):
    """What applying a good row does."""

    NEW = "new"  # the member's first evaluation of the year
    UPDATE = "update"  # the member's evaluation of the year, changed
    UNCHANGED = "unchanged"  # the file says nothing the database does not already hold


@dataclass(frozen=True, slots=True)
class EvaluationRow:
    """One data row of the file, as analysed."""

    row: int  # as numbered in Excel
    name: str  # the member's name on the roll once matched, else as written
    birth: str  # the date of birth as shown (or as written)
    cell: str  # the member's cell on the review date once matched, else as written
    member_id: UUID | None
    before: MemberEvaluation | None  # the member's evaluation of the year in the database
    evaluation: MemberEvaluation | None  # what applying the row writes (None: nothing)
    problems: tuple[Problem, ...]
    # Said about a good row without stopping it (a total the record cannot keep).
    notices: tuple[Problem, ...] = ()

    @property
    def status(self) -> RowStatus:
        return RowStatus.ERROR if self.problems or self.member_id is None else RowStatus.OK

    @property
    def action(self) -> RowAction:
        if self.evaluation is None or self.evaluation == self.before:
            return RowAction.UNCHANGED
        return RowAction.NEW if self.before is None else RowAction.UPDATE


@dataclass(frozen=True, slots=True)
class EvaluationImportPreview:
    table: SheetTable
    mapping: ColumnMapping
    year: int
    commune_id: UUID
    review_on: date
    scored: bool  # the year's profile has the 100-point scale
    # Why nothing can be written to the year ("evaluation.year_not_opened", "….year_closed").
    year_refusal: str | None
    rows: tuple[EvaluationRow, ...]
    missing_fields: tuple[str, ...]  # required fields no column fills
    has_results: bool  # some column holds a form, a score or a level
    skipped_rows: tuple[int, ...]  # rows about no member (titles, totals, signatures)

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    def count_action(self, action: RowAction) -> int:
        """Good rows that do ``action``."""
        return sum(1 for r in self.good_rows if r.action is action)

    @property
    def good_rows(self) -> tuple[EvaluationRow, ...]:
        return tuple(r for r in self.rows if r.status is RowStatus.OK)

    @property
    def clean(self) -> bool:
        """Every row can be imported as it is, into a year open for writing."""
        return (
            bool(self.rows)
            and not self.missing_fields
            and self.has_results
            and self.year_refusal is None
            and len(self.good_rows) == len(self.rows)
        )


@dataclass
class _Candidate:
    """A data row while it is analysed."""

    row: int
    values: dict[str, Any]
    problems: list[Problem]
    name_written: str
    birth_written: str
    cell_written: str
    entry: MemberSheetRow | None = None
    unit: Unit | None = None  # the member's cell on the review date
    notices: list[Problem] = dataclasses.field(default_factory=list)
    evaluation: MemberEvaluation | None = None


@dataclass
class _Roll:
    """The members on the commune's roll on the review date, indexed the ways rows name them."""

    cells: list[Unit]
    by_id: dict[str, list[tuple[MemberSheetRow, Unit]]]
    by_card: dict[str, list[tuple[MemberSheetRow, Unit]]]
    by_name: dict[str, list[tuple[MemberSheetRow, Unit]]]

    def cells_named(self, written: str) -> list[Unit]:
        key = cell_key(written)
        return [u for u in self.cells if cell_key(u.name) == key]


class EvaluationImportService:
    def __init__(
        self,
        evaluations: EvaluationService,
        members: MemberService,
        units: UnitService,
        setup: SetupService,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._evaluations = evaluations
        self._members = members
        self._units = units
        self._setup = setup
        self._today = today

    # -- reads ----------------------------------------------------------------------------------
    def read(self, path: Path, sheet: str | None = None) -> SheetTable:
        """The file's table. In a workbook of several sheets the one whose headers name the most
        evaluation columns is taken (the roster's choice may be a list of members without
        results)."""
        table = read_table(path, sheet)
        if sheet is not None or len(table.sheets) < 2:
            return table
        best, best_score = table, _sheet_score(table)
        for name in table.sheets:
            if name == table.sheet:
                continue
            other = read_table(path, name)
            score = _sheet_score(other)
            if score > best_score:
                best, best_score = other, score
        return best

    def guess_mapping(self, table: SheetTable, header_row: int | None = None) -> ColumnMapping:
        """The columns' fields as their headers name them; the header row is found when not
        given (the first non-empty row when no row names enough fields).

        Results forms often have two header rows: "Họ và tên" merged down over the row that
        splits "Mức xếp loại" into "Tự nhận | Chi bộ đề xuất | Đảng ủy quyết định". A merged
        cell's text is in its top cell only, so the lower row is the header row, its empty
        cells taking the text above them, whenever that names more fields."""
        if header_row is None:
            found = find_header_row(table.rows, EVALUATION_FIELDS)
            if found is None:
                found = first_filled_row(table.rows)
            elif found + 1 < len(table.rows) and _named(
                _under(table.rows[found], table.rows[found + 1])
            ) > _named([cell_text(v) for v in table.rows[found]]):
                found += 1
            header_row = found + 1
        headers = padded_headers(table, header_row)
        if header_row > 1:
            merged = _under(table.rows[header_row - 2], headers)
            if _named(merged) > _named(headers):
                headers = merged
        guessed = guess_mapping(headers, EVALUATION_FIELDS)
        return ColumnMapping(
            header_row, tuple(headers), tuple(guessed.get(i) for i in range(len(headers)))
        )

    def commune_id(self) -> UUID:
        """The commune whose members the file's rows are matched against: this site's."""
        site = self._setup.site()
        if site is None or site.unit_id is None:
            raise OperationRefused("evaluation.no_commune")
        return self._evaluations.commune_of(site.unit_id).id

    def year_refusal(self, commune_id: UUID, year: int) -> str | None:
        """Why the year cannot be written to, or None: the codes the evaluation service
        refuses with."""
        record = self._evaluations.review_year(commune_id, year)
        if record is None:
            return "evaluation.year_not_opened"
        if record.closed:
            return "evaluation.year_closed"
        return None

    def analyse(
        self,
        table: SheetTable,
        mapping: ColumnMapping,
        year: int,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> EvaluationImportPreview:
        """Every row below the headers, parsed, matched to a member and compared with the
        member's evaluation of the year."""
        today = self._today()
        commune_id = self.commune_id()
        review_on = self._evaluations.review_date(commune_id, year)
        rules = self._evaluations.rules(year)
        roll = self._roll(commune_id, year, review_on)
        candidates, skipped = parse_member_rows(
            table,
            mapping,
            IDENTIFYING_FIELDS,
            lambda row, raw: _parse(row, raw, today),
            progress,
            cancel,
        )
        off_roll = self._off_roll(candidates, roll)
        months = rules.review_min_months_since_admission
        for candidate in candidates:
            self._match(candidate, roll, off_roll, review_on, year, months)
        _mark_repeated_members(candidates)
        for candidate in candidates:
            _build(candidate, rules, year)
        return EvaluationImportPreview(
            table=table,
            mapping=mapping,
            year=year,
            commune_id=commune_id,
            review_on=review_on,
            scored=rules.general_group_points is not None,
            year_refusal=self.year_refusal(commune_id, year),
            rows=tuple(_result(c) for c in candidates),
            missing_fields=tuple(f for f in EVALUATION_REQUIRED_FIELDS if f not in mapping.fields),
            has_results=any(f in mapping.fields for f in RESULT_FIELDS),
            skipped_rows=skipped,
        )

    # -- the write ------------------------------------------------------------------------------
    def apply(self, preview: EvaluationImportPreview, only_good_rows: bool = False) -> Changes:
        """Write the rows in one command (one undo step). Without ``only_good_rows`` every row
        must be good; with it the good ones are written and the others left out — a choice the
        person makes after seeing the preview. Refused, with nothing written, when the year is
        not open, or when the database changed since the preview so that what would be written
        is not what was shown."""
        refusal = self.year_refusal(preview.commune_id, preview.year)
        if refusal is not None:
            raise OperationRefused(refusal, year=preview.year)
        fresh = self.analyse(preview.table, preview.mapping, preview.year)
        if [_signature(r) for r in fresh.rows] != [_signature(r) for r in preview.rows]:
            raise OperationRefused("evaluation_import.changed_since_preview")
        if fresh.missing_fields:
            raise OperationRefused("import.columns_missing", count=len(fresh.missing_fields))
        if not fresh.has_results:
            raise OperationRefused("evaluation_import.no_result_columns")
        good = fresh.good_rows
        problem_rows = len(fresh.rows) - len(good)
        if problem_rows and not only_good_rows:
            raise OperationRefused("import.rows_have_problems", count=problem_rows)
        if not good:
            raise OperationRefused("import.nothing_to_import")
        # Preview and database agree: the rows are written as they were shown (their new ids).
        shown = {r.row: r for r in preview.rows}
        writes = [
            evaluation
            for r in good
            if r.action is not RowAction.UNCHANGED
            and (evaluation := shown[r.row].evaluation) is not None
        ]
        if not writes:
            return Changes()
        written = self._evaluations.save_members(writes, preview.table.path.name)
        _log.info("Evaluation import of %d: %d evaluations written", preview.year, len(writes))
        return written

    # -- analysis steps -------------------------------------------------------------------------
    def _roll(self, commune_id: UUID, year: int, review_on: date) -> _Roll:
        inside = self._units.subtree_ids(commune_id)
        cells = [
            u
            for u in self._units.all()
            if u.is_cell and u.id in inside and u.is_active_on(review_on)
        ]
        by_id: dict[str, list[tuple[MemberSheetRow, Unit]]] = defaultdict(list)
        by_card: dict[str, list[tuple[MemberSheetRow, Unit]]] = defaultdict(list)
        by_name: dict[str, list[tuple[MemberSheetRow, Unit]]] = defaultdict(list)
        for sheet in self._evaluations.cell_sheets([c.id for c in cells], year):
            cell = sheet.unit
            for entry in sheet.rows:
                member = entry.member
                if member.personal_id:
                    by_id[member.personal_id].append((entry, cell))
                if member.party_card:
                    by_card[member.party_card].append((entry, cell))
                by_name[fold(member.full_name)].append((entry, cell))
        return _Roll(cells, by_id, by_card, by_name)

    def _off_roll(self, candidates: list[_Candidate], roll: _Roll) -> list[Member]:
        """Members in the database the rows may name who are not on the roll on the review date
        (moved away, died, or not yet admitted): to say so rather than "not found"."""
        ids = [c.values["personal_id"] for c in candidates if c.values.get("personal_id")]
        cards = [c.values["party_card"] for c in candidates if c.values.get("party_card")]
        births = [b for c in candidates if isinstance(b := c.values.get("birth_date"), date)]
        on_roll = {e.member.id for entries in roll.by_name.values() for e, _cell in entries}
        found = self._members.possible_duplicates(ids, cards, births)
        return [m for m in found if m.id not in on_roll and not m.deleted]

    def _match(
        self,
        candidate: _Candidate,
        roll: _Roll,
        off_roll: list[Member],
        review_on: date,
        year: int,
        months: int,
    ) -> None:
        values = candidate.values
        problems = candidate.problems
        cells: list[Unit] | None = None
        if candidate.cell_written:
            cells = roll.cells_named(candidate.cell_written)
            if not cells:
                problems.append(
                    Problem(CELL_FIELD, "unknown_cell", {"cell": candidate.cell_written})
                )
                cells = None
        numbers = [
            (f, values[f]) for f in ("personal_id", "party_card") if values.get(f)
        ]  # the ID number first: it is the one that is never reused
        found: tuple[MemberSheetRow, Unit] | None = None
        for field, number in numbers:
            index = roll.by_id if field == "personal_id" else roll.by_card
            entries = index.get(number, [])
            if len(entries) == 1:
                found = entries[0]
                self._check_found(candidate, found, (field, number), numbers, cells)
                break
            if len(entries) > 1:  # the database itself holds the number twice
                problems.append(
                    Problem(field, "number_on_several", {"value": number, "count": len(entries)})
                )
                return
        else:
            found = self._by_name(candidate, roll, off_roll, numbers, cells, review_on)
        if found is None:
            return
        entry, unit = found
        candidate.entry, candidate.unit = entry, unit
        if entry.not_reviewed is not None:
            problems.append(
                Problem(
                    "full_name",
                    "not_reviewed",
                    {
                        "name": entry.member.full_name,
                        "reason": entry.not_reviewed,
                        "since": entry.not_reviewed_since or "",
                        "year": year,
                        "months": months,
                    },
                )
            )

    def _check_found(
        self,
        candidate: _Candidate,
        found: tuple[MemberSheetRow, Unit],
        matched: tuple[str, str],
        numbers: list[tuple[str, str]],
        cells: list[Unit] | None,
    ) -> None:
        """A member found by a number: the row's other facts must be theirs too, since a
        mistyped number would otherwise put the result on someone else."""
        entry, unit = found
        member = entry.member
        values, problems = candidate.values, candidate.problems
        number_field, number = matched
        for field, value in numbers:
            recorded = getattr(member, field)
            if recorded and recorded != value:
                problems.append(
                    Problem(
                        field,
                        "number_differs",
                        {"value": value, "name": member.full_name, "recorded": recorded},
                    )
                )
        name = values.get("full_name") or ""
        if name and fold(name) != fold(member.full_name):
            problems.append(
                Problem(
                    "full_name",
                    "name_differs",
                    {
                        "number_field": number_field,
                        "value": number,
                        "name": member.full_name,
                        "written": name,
                    },
                )
            )
        birth = values.get("birth_date")
        if birth is not None and not _born(member, birth):
            problems.append(
                Problem(
                    "birth_date",
                    "birth_differs",
                    {
                        "name": member.full_name,
                        "written": candidate.birth_written,
                        "recorded": member.birth_date or "",
                    },
                )
            )
        if cells is not None and unit not in cells:
            problems.append(
                Problem(
                    CELL_FIELD,
                    "cell_differs",
                    {"name": member.full_name, "cell": candidate.cell_written, "actual": unit.name},
                )
            )

    def _by_name(
        self,
        candidate: _Candidate,
        roll: _Roll,
        off_roll: list[Member],
        numbers: list[tuple[str, str]],
        cells: list[Unit] | None,
        review_on: date,
    ) -> tuple[MemberSheetRow, Unit] | None:
        """The one member on the roll with the row's name (and date of birth, and cell, when
        given); a problem naming the row's field when there is none or several."""
        values, problems = candidate.values, candidate.problems
        name = values.get("full_name") or ""
        birth = values.get("birth_date")
        if not name:
            if numbers:
                field, number = numbers[0]
                self._not_found(candidate, off_roll, review_on, field, {"value": number})
            else:
                problems.append(Problem("full_name", "required"))
            return None
        if "birth_date" in {p.field for p in problems}:
            return None  # an unreadable date of birth: already reported, nothing to match on
        same_name = roll.by_name.get(fold(name), [])
        matching = [e for e in same_name if birth is None or _born(e[0].member, birth)]
        if cells is not None:
            in_cell = [e for e in matching if e[1] in cells]
            if matching and not in_cell:
                actual = sorted({unit.name for _e, unit in matching})
                problems.append(
                    Problem(
                        CELL_FIELD,
                        "cell_differs",
                        {"name": name, "cell": candidate.cell_written, "actual": ", ".join(actual)},
                    )
                )
                return None
            matching = in_cell
        if len(matching) == 1:
            entry = matching[0][0]
            for field, number in numbers:  # a number the roll does not know: not another's
                recorded = getattr(entry.member, field)
                if recorded and recorded != number:
                    problems.append(
                        Problem(
                            field,
                            "number_differs",
                            {"value": number, "name": entry.member.full_name, "recorded": recorded},
                        )
                    )
            return matching[0]
        if matching:
            problems.append(
                Problem(
                    "full_name",
                    "ambiguous_member",
                    {
                        "name": name,
                        "count": len(matching),
                        "members": "; ".join(
                            f"{_born_text(e.member)}, {unit.name}" for e, unit in matching
                        ),
                        "hint": _ambiguity_hint(birth, cells, numbers),
                    },
                )
            )
            return None
        if numbers:
            field, number = numbers[0]
            self._not_found(candidate, off_roll, review_on, field, {"value": number})
        else:
            self._not_found(
                candidate,
                off_roll,
                review_on,
                "full_name",
                {"value": name, "birth": candidate.birth_written},
            )
        return None

    def _not_found(
        self,
        candidate: _Candidate,
        off_roll: list[Member],
        review_on: date,
        field: str,
        params: dict[str, Any],
    ) -> None:
        values = candidate.values
        name, birth = values.get("full_name") or "", values.get("birth_date")
        for member in off_roll:
            if (
                (values.get("personal_id") and member.personal_id == values["personal_id"])
                or (values.get("party_card") and member.party_card == values["party_card"])
                or (name and fold(name) == fold(member.full_name) and _born(member, birth))
            ):
                candidate.problems.append(
                    Problem(field, "not_on_roll", {"name": member.full_name, "on": review_on})
                )
                return
        if field != "full_name":
            code = "number_not_found" if name else "number_only_not_found"
        else:
            code = "member_not_found" if candidate.birth_written else "name_not_found"
        candidate.problems.append(Problem(field, code, {**params, "on": review_on}))


# -- helpers --------------------------------------------------------------------------------------
def _named(headers: list[str]) -> int:
    """How many fields these headers name."""
    return len(guess_mapping(headers, EVALUATION_FIELDS))


def _under(above: tuple[CellValue, ...], row: tuple[CellValue, ...] | list[str]) -> list[str]:
    """A lower header row with its empty cells taking the text of the row above."""
    width = max(len(above), len(row))
    texts = [cell_text(v) for v in row] + [""] * (width - len(row))
    return [t or (cell_text(above[i]) if i < len(above) else "") for i, t in enumerate(texts)]


def _sheet_score(table: SheetTable) -> int:
    index = find_header_row(table.rows, EVALUATION_FIELDS)
    if index is None:
        return 0
    return len(guess_mapping([cell_text(v) for v in table.rows[index]], EVALUATION_FIELDS))


def _parse(row: int, raw: dict[str, CellValue], today: date) -> _Candidate:
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for name, value in raw.items():
        field = EVALUATION_FIELDS_BY_NAME[name]
        try:
            values[name] = _parse_value(name, field.kind, field.lengths, value, today)
        except ValueProblem as problem:
            problems.append(Problem(name, problem.code, dict(problem.params)))
    return _Candidate(
        row,
        values,
        problems,
        name_written=cell_text(raw.get("full_name")),
        birth_written=cell_text(raw.get("birth_date")),
        cell_written=values.pop(CELL_FIELD, "") or "",
    )


def _parse_value(
    name: str, kind: FieldKind, lengths: tuple[int, ...], value: CellValue, today: date
) -> Any:
    if kind is FieldKind.DATE:
        return parse_birth_value(value, today)
    if kind is FieldKind.NUMBER:
        return parse_number_value(value, lengths)
    if kind is FieldKind.CELL:
        return parse_cell_value(value)
    if kind is FieldKind.FORM:
        return parse_form_value(value)
    if kind is FieldKind.SCORE:
        return parse_score_value(value)
    if kind is FieldKind.LEVEL:
        return parse_level_value(value)
    return parse_text_value(value)


def _born(member: Member, birth: date | BirthYear | None) -> bool:
    if birth is None:
        return True
    if member.birth_date is None:
        return False
    if isinstance(birth, BirthYear):
        return member.birth_date.year == birth.year
    return member.birth_date == birth


def _born_text(member: Member) -> str:
    shown = format_date(member.birth_date) if member.birth_date else "?"
    return f"{member.full_name} ({shown})"


def _ambiguity_hint(
    birth: date | BirthYear | None, cells: list[Unit] | None, numbers: list[tuple[str, str]]
) -> str:
    """What the row lacks to tell the members apart, for the ui to word."""
    if birth is None or isinstance(birth, BirthYear):
        return "add_birth_date"
    if cells is None:
        return "add_cell"
    return "add_number"


def _mark_repeated_members(candidates: list[_Candidate]) -> None:
    """The same member on two rows: which row holds the result is for a person to say."""
    rows_of: dict[UUID, list[int]] = defaultdict(list)
    for candidate in candidates:
        if candidate.entry is not None:
            rows_of[candidate.entry.member.id].append(candidate.row)
    for candidate in candidates:
        if candidate.entry is None:
            continue
        rows = rows_of[candidate.entry.member.id]
        if len(rows) > 1:
            others = ", ".join(str(r) for r in rows if r != candidate.row)
            candidate.problems.append(
                Problem(
                    "full_name",
                    "same_member_in_file",
                    {"name": candidate.entry.member.full_name, "rows": others},
                )
            )


def _build(candidate: _Candidate, rules: ClassificationRules, year: int) -> None:
    """The evaluation the row would write: the existing one with the row's values, or a new
    one. Scores are checked against the year's profile; a total fills the part it leaves."""
    entry, unit = candidate.entry, candidate.unit
    values, problems = candidate.values, candidate.problems
    given = {
        f: values[f]
        for f in (*RESULT_FIELDS, "notes")
        if values.get(f) is not None and values.get(f) != ""
    }
    scores = {f: given.pop(f) for f in SCORE_FIELDS if f in given}
    before = entry.evaluation if entry is not None else None
    changes: dict[str, Any] = dict(given)
    if "notes" in changes:
        changes["notes"] = nfc_text(changes["notes"]).strip()
    if scores:
        changes.update(_scores(candidate, scores, rules, year, before))
    if problems or entry is None or unit is None:
        return
    if before is not None:
        candidate.evaluation = dataclasses.replace(before, **changes)
    elif changes:
        changes.setdefault("form", entry.suggested_form)
        candidate.evaluation = MemberEvaluation(
            id=new_id(), member_id=entry.member.id, year=year, unit_id=unit.id, **changes
        )


def _scores(
    candidate: _Candidate,
    scores: dict[str, int],
    rules: ClassificationRules,
    year: int,
    before: MemberEvaluation | None,
) -> dict[str, int]:
    problems = candidate.problems
    general_max, task_max = rules.general_group_points, rules.task_points
    if general_max is None or task_max is None:
        problems.extend(Problem(f, "no_score_scale", {"year": year}) for f in scores)
        return {}
    maxima = {GENERAL_SCORE: general_max, TASK_SCORE: task_max, TOTAL_SCORE: general_max + task_max}
    bad = [f for f, value in scores.items() if not 0 <= value <= maxima[f]]
    problems.extend(
        Problem(f, "score_range", {"value": scores[f], "maximum": maxima[f]}) for f in bad
    )
    if bad:
        return {}
    general, task = scores.get(GENERAL_SCORE), scores.get(TASK_SCORE)
    total = scores.get(TOTAL_SCORE)
    if total is None:
        return {f: v for f, v in scores.items()}
    if general is not None and task is not None:
        if general + task != total:
            problems.append(
                Problem(
                    TOTAL_SCORE,
                    "total_mismatch",
                    {"value": total, "general": general, "task": task, "sum": general + task},
                )
            )
            return {}
        return {GENERAL_SCORE: general, TASK_SCORE: task}
    if general is not None or task is not None:
        # One part and the total: the other part is what the total leaves.
        known, other = (
            (GENERAL_SCORE, TASK_SCORE) if general is not None else (TASK_SCORE, GENERAL_SCORE)
        )
        rest = total - scores[known]
        if not 0 <= rest <= maxima[other]:
            problems.append(
                Problem(
                    TOTAL_SCORE,
                    "total_leaves_bad_part",
                    {"value": total, "part": other, "rest": rest, "maximum": maxima[other]},
                )
            )
            return {}
        return {known: scores[known], other: rest}
    if before is None or before.total_score != total:
        # The record keeps the two parts, not their sum: a total alone cannot be stored.
        candidate.notices.append(Problem(TOTAL_SCORE, "total_not_stored", {"value": total}))
    return {}


def _result(candidate: _Candidate) -> EvaluationRow:
    entry, unit = candidate.entry, candidate.unit
    birth = candidate.values.get("birth_date")
    if entry is not None and entry.member.birth_date is not None:
        shown_birth = format_date(entry.member.birth_date)
    elif isinstance(birth, date):
        shown_birth = format_date(birth)
    else:
        shown_birth = candidate.birth_written
    return EvaluationRow(
        row=candidate.row,
        name=entry.member.full_name if entry else candidate.name_written,
        birth=shown_birth,
        cell=unit.name if unit else candidate.cell_written,
        member_id=entry.member.id if entry else None,
        before=entry.evaluation if entry else None,
        evaluation=candidate.evaluation,
        problems=tuple(candidate.problems),
        notices=tuple(candidate.notices),
    )


def _signature(row: EvaluationRow) -> tuple[object, ...]:
    """What a row would do, without the id a new evaluation gets at each analysis."""
    evaluation = row.evaluation
    if evaluation is not None and row.before is None:
        evaluation = dataclasses.replace(evaluation, id=_NIL)
    return (row.row, row.status, row.member_id, row.before, evaluation, row.problems)


__all__ = [
    "EvaluationImportPreview",
    "EvaluationImportService",
    "EvaluationRow",
    "FileUnreadable",
    "RowAction",
    "RowStatus",
]
