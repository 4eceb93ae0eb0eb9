"""Importing a roster from a file (.xlsx, .xls, .csv): read it, find its columns, preview every
row with its problems, then write the good rows as one command that one undo takes back.

Three steps, so that the window can let a person fix the column mapping without reading the file
again: ``read`` (the slow part: the file), ``analyse`` (the mapping applied, each row parsed,
validated and compared with the roster and with the other rows) and ``apply``. ``apply`` analyses
again against the database as it is at that moment and writes nothing unless every row it is
asked to write is still good: a file with errors never leaves a half-import. The spreadsheet
readers (openpyxl, xlrd) are imported on the first file read, not with the program.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import logging
import os
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Changes, Member, Unit, new_id
from chibo_desktop.domain.enums import Gender, SiteRole, UnitLevel
from chibo_desktop.domain.progress import CancelToken, Progress, no_progress
from chibo_desktop.domain.roster_columns import (
    CELL_FIELD,
    FIELDS_BY_NAME,
    HEADER_SCAN_ROWS,
    REQUIRED_FIELDS,
    CellValue,
    FieldKind,
    ValueProblem,
    cell_key,
    cell_name_for,
    cell_text,
    find_header_row,
    guess_cell_kind,
    guess_mapping,
    is_column_number_row,
    is_footer_text,
    parse_cell_value,
    parse_date_value,
    parse_gender_value,
    parse_number_value,
    parse_phone_value,
    parse_text_value,
    parse_theory_value,
)
from chibo_desktop.domain.text import fold
from chibo_desktop.domain.validation import (
    Problem,
    normalise_member,
    normalise_unit,
    validate_member,
    validate_unit,
)
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.members import MemberService
from chibo_desktop.services.setup import SetupService, code_from_name
from chibo_desktop.services.undo import BulkWriteCommand, CommandLabel, RecordChange, UndoStack
from chibo_desktop.services.units import UnitService

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv", ".txt")
# What a file from outside may make the program read. A commune's roster is a few MB and some
# hundred thousand cells; a file far beyond that is not a roster, and a small one can still
# unpack or expand to more than an old PC's memory (a zip bomb; one cell far right on every
# row, which the readers fill out with empty cells).
MAX_FILE_BYTES = 64 * 2**20
MAX_UNPACKED_BYTES = 256 * 2**20  # the parts of an .xlsx, inflated
MAX_CELLS = 5_000_000  # cells the readers produce, empty ones included (and one per row)
MAX_SHEETS = 256
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CSV_SAMPLE_LINES = 50
_CSV_DELIMITERS = (";", ",", "\t")
REPORT_EVERY = 500  # rows between progress reports and cancel checks
_log = logging.getLogger(__name__)

# Codes of the problems that say a row is already on the roster (or twice in the file) rather
# than wrong: such a row is shown as a duplicate, not as an error.
DUPLICATE_CODES = frozenset(
    {"duplicate_in_file", "duplicate_on_roster", "same_person_in_file", "same_person_on_roster"}
)
# Fields that say a row is about a member at all; a row with none of them (a signature line, a
# total under the table) is skipped, not reported.
_IDENTIFYING_FIELDS = ("full_name", "personal_id", "party_card", "birth_date", "admission_date")


class FileUnreadable(Exception):
    """The file cannot be read as a table; ``code`` says why, ``detail`` is the reader's words."""

    def __init__(self, path: Path, code: str, detail: str = "") -> None:
        super().__init__(f"{path}: {code} {detail}".strip())
        self.path = path
        # "not_found", "unsupported", "web_page", "damaged", "empty", "too_large",
        # "unknown_encoding"
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class SheetTable:
    """The cells of one sheet, as read: ``rows[i]`` is row ``i + 1`` of the sheet."""

    path: Path
    sheet: str  # "" for a CSV file
    sheets: tuple[str, ...]  # every sheet of the workbook, for choosing another
    rows: tuple[tuple[CellValue, ...], ...]


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    header_row: int  # the row number (as in Excel) holding the headers
    headers: tuple[str, ...]  # every column's header text
    fields: tuple[str | None, ...]  # the field each column fills (None: not imported)

    def column_of(self, field_name: str) -> int | None:
        return self.fields.index(field_name) if field_name in self.fields else None

    def with_field(self, column: int, field_name: str | None) -> ColumnMapping:
        """The mapping with ``column`` filling ``field_name`` (taken from any other column)."""
        fields = [None if f == field_name else f for f in self.fields]
        fields[column] = field_name
        return dataclasses.replace(self, fields=tuple(fields))


@dataclass(frozen=True, slots=True)
class ImportOptions:
    create_missing_cells: bool = True
    default_cell_id: UUID | None = None  # the cell of rows that name none


class RowStatus(StrEnum):
    OK = "ok"
    ERROR = "error"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class RowResult:
    row: int  # as numbered in Excel
    name: str
    birth: str  # the date of birth as shown (or as written, when it is not a date)
    cell: str  # the cell's name as it will be stored (or as written, when unknown)
    member: Member | None  # the normalised draft; None when the row could not make one
    problems: tuple[Problem, ...]

    @property
    def status(self) -> RowStatus:
        if self.member is None or any(p.code not in DUPLICATE_CODES for p in self.problems):
            return RowStatus.ERROR
        return RowStatus.DUPLICATE if self.problems else RowStatus.OK


@dataclass(frozen=True, slots=True)
class NewCell:
    unit: Unit  # to be created under the commune when the import is applied
    rows: tuple[int, ...]  # the rows naming it


@dataclass(frozen=True, slots=True)
class ImportPreview:
    table: SheetTable
    mapping: ColumnMapping
    options: ImportOptions
    rows: tuple[RowResult, ...]
    new_cells: tuple[NewCell, ...]
    missing_fields: tuple[str, ...]  # required fields no column fills
    skipped_rows: tuple[int, ...]  # rows with nothing about a member (titles, signatures)

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    @property
    def good_rows(self) -> tuple[RowResult, ...]:
        return tuple(r for r in self.rows if r.status is RowStatus.OK)

    @property
    def clean(self) -> bool:
        """Every row can be imported as it is."""
        return bool(self.rows) and not self.missing_fields and len(self.good_rows) == len(self.rows)


# -- reading files ---------------------------------------------------------------------------------
def read_table(path: Path, sheet: str | None = None) -> SheetTable:
    """The cells of ``sheet`` (by default the sheet whose headers name the most fields)."""
    try:
        with path.open("rb") as file:
            head = file.read(512)
            size = os.fstat(file.fileno()).st_size
    except FileNotFoundError as missing:
        raise FileUnreadable(path, "not_found") from missing
    except OSError as error:
        raise FileUnreadable(path, "damaged", error.strerror or str(error)) from error
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise FileUnreadable(path, "unsupported")
    if size > MAX_FILE_BYTES:
        raise FileUnreadable(path, "too_large")
    budget = _CellBudget(path)
    # Trust the content over the name: an ".xls" is often an .xlsx renamed, or a web page that
    # another program "exported to Excel".
    try:
        if head.startswith(_ZIP_MAGIC):
            table = _read_xlsx(path, sheet, budget)
        elif head.startswith(_OLE_MAGIC):
            table = _read_xls(path, sheet, budget)
        elif suffix in (".csv", ".txt"):
            table = _read_csv(path, budget)
        elif head.lstrip().lower().startswith((b"<", b"\xef\xbb\xbf<")):
            raise FileUnreadable(path, "web_page")
        else:
            raise FileUnreadable(path, "damaged", "not a spreadsheet")
    except FileUnreadable:
        raise
    except Exception as error:  # the readers raise many kinds on a damaged or protected file
        raise FileUnreadable(path, "damaged", f"{type(error).__name__}: {error}") from error
    if not any(any(cell_text(v) for v in row) for row in table.rows):
        raise FileUnreadable(path, "empty")
    return table


def _best_sheet(samples: dict[str, list[tuple[CellValue, ...]]]) -> str:
    """The sheet whose header row names the most fields (the first sheet when none does)."""

    def score(rows: list[tuple[CellValue, ...]]) -> int:
        index = find_header_row(rows)
        return 0 if index is None else len(guess_mapping([cell_text(v) for v in rows[index]]))

    names = list(samples)
    return max(names, key=lambda name: (score(samples[name]), -names.index(name)))


class _CellBudget:
    """The cells and rows one reading of a file may still produce (``MAX_CELLS``)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._left = MAX_CELLS

    def row(self, values: Iterable[CellValue]) -> tuple[CellValue, ...]:
        row = tuple(values)
        self._left -= len(row) + 1
        if self._left < 0:
            raise FileUnreadable(self._path, "too_large")
        return row

    def sheets(self, count: int) -> None:
        if count > MAX_SHEETS:
            raise FileUnreadable(self._path, "too_large")


def _read_xlsx(path: Path, sheet: str | None, budget: _CellBudget) -> SheetTable:
    import openpyxl

    with path.open("rb") as file:
        with zipfile.ZipFile(file) as archive:
            unpacked = sum(part.file_size for part in archive.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise FileUnreadable(path, "too_large")
        file.seek(0)
        # From the open file, not the name: openpyxl refuses a name ending in ".xls", and an
        # .xlsx renamed so is common.
        book = openpyxl.load_workbook(file, read_only=True, data_only=True)
        try:
            names = tuple(book.sheetnames)
            budget.sheets(len(names))
            if sheet is None:
                samples = {}
                for name in names:
                    worksheet = book[name]
                    # Some programs write a wrong sheet size; reading rows as they are avoids it.
                    worksheet.reset_dimensions()
                    samples[name] = [
                        budget.row(r)
                        for r in worksheet.iter_rows(max_row=HEADER_SCAN_ROWS, values_only=True)
                    ]
                sheet = _best_sheet(samples)
            worksheet = book[sheet]
            worksheet.reset_dimensions()
            rows = tuple(budget.row(r) for r in worksheet.iter_rows(values_only=True))
        finally:
            book.close()
    return SheetTable(path, sheet, names, rows)


def _xls_value(cell: Any, datemode: int) -> CellValue:
    import xlrd  # imported already by _read_xls

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, datemode)
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return float(cell.value)
    if cell.ctype in (xlrd.XL_CELL_NUMBER, xlrd.XL_CELL_TEXT):
        return cell.value  # type: ignore[no-any-return]
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    return None  # empty, blank, error


def _read_xls(path: Path, sheet: str | None, budget: _CellBudget) -> SheetTable:
    import xlrd

    # Ragged rows: each row as long as its cells, not padded out to the widest row's.
    book = xlrd.open_workbook(str(path), on_demand=True, ragged_rows=True)
    try:
        names = tuple(book.sheet_names())
        budget.sheets(len(names))

        def rows_of(name: str, limit: int | None = None) -> list[tuple[CellValue, ...]]:
            worksheet = book.sheet_by_name(name)
            count = worksheet.nrows if limit is None else min(limit, worksheet.nrows)
            return [
                budget.row(_xls_value(c, book.datemode) for c in worksheet.row(r))
                for r in range(count)
            ]

        if sheet is None:
            sheet = _best_sheet({name: rows_of(name, HEADER_SCAN_ROWS) for name in names})
        rows = tuple(rows_of(sheet))
    finally:
        book.release_resources()
    return SheetTable(path, sheet, names, rows)


def _decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), else Windows-1258,
    the code page Excel on a Vietnamese Windows writes "CSV" in."""
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # cp1258 writes tone marks as combining characters; every value is made NFC later.
            return data.decode("cp1258")
    except UnicodeDecodeError as error:
        # Bytes none of these can hold: text written for an old font (TCVN3, VNI) or no text.
        raise FileUnreadable(path, "unknown_encoding", str(error)) from error


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the most sample lines into the same number (> 1) of fields."""
    sample = text.splitlines()[:_CSV_SAMPLE_LINES]

    def score(delimiter: str) -> tuple[int, int]:
        widths = Counter(len(r) for r in csv.reader(sample, delimiter=delimiter) if len(r) > 1)
        if not widths:
            return (0, 0)
        width, lines = widths.most_common(1)[0]
        return (lines, width)

    return max(_CSV_DELIMITERS, key=score)


def _read_csv(path: Path, budget: _CellBudget) -> SheetTable:
    text = _decode(path, path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    rows = tuple(budget.row(v if v.strip() else None for v in row) for row in reader)
    return SheetTable(path, "", (), rows)


# -- the table's rows ------------------------------------------------------------------------------
# The steps every import from a sheet shares, whatever its rows are parsed into.
T = TypeVar("T")


def first_filled_row(rows: Sequence[Sequence[CellValue]]) -> int:
    """Index of the first row with any text: the header row when no row names enough fields."""
    return next(i for i, row in enumerate(rows) if any(map(cell_text, row)))


def padded_headers(table: SheetTable, header_row: int) -> list[str]:
    """The texts of ``header_row`` (as numbered in Excel), one for every column that holds data
    in the rows just below: a column may hold data under an empty header cell, and is offered
    too."""
    below = table.rows[header_row - 1 : header_row + HEADER_SCAN_ROWS]
    width = max(len(row) for row in below)
    header_cells = table.rows[header_row - 1]
    return [cell_text(v) for v in header_cells] + [""] * (width - len(header_cells))


def parse_member_rows(
    table: SheetTable,
    mapping: ColumnMapping,
    identifying_fields: Sequence[str],
    parse: Callable[[int, dict[str, CellValue]], T],
    progress: Progress,
    cancel: CancelToken | None,
) -> tuple[list[T], tuple[int, ...]]:
    """``parse(row, value of each mapped field)`` of every data row below the headers that is
    about a member (fills one of ``identifying_fields`` and is not the words under the table),
    with ``row`` as numbered in Excel; and the numbers of the other rows that are not empty
    (titles, totals, signatures), skipped rather than reported."""
    columns = [(i, f) for i, f in enumerate(mapping.fields) if f is not None]
    data = table.rows[mapping.header_row :]
    first = 1 if data and is_column_number_row(data[0]) else 0
    parsed: list[T] = []
    skipped: list[int] = []
    for offset, values in enumerate(data[first:], start=mapping.header_row + 1 + first):
        if (offset - mapping.header_row) % REPORT_EVERY == 0:
            progress(offset - mapping.header_row, len(data))
            if cancel is not None:
                cancel.check()
        raw = {f: values[i] if i < len(values) else None for i, f in columns}
        name = cell_text(raw.get("full_name"))
        if is_footer_text(name) or not any(cell_text(raw.get(f)) for f in identifying_fields):
            if any(cell_text(v) for v in values):
                skipped.append(offset)
            continue
        parsed.append(parse(offset, raw))
    return parsed, tuple(skipped)


# -- the service -----------------------------------------------------------------------------------
@dataclass
class _Candidate:
    """A data row while it is analysed."""

    row: int
    values: dict[str, Any]
    problems: list[Problem]
    cell_written: str
    birth_written: str
    unit: Unit | None = None
    member: Member | None = None


class RosterImportService:
    def __init__(
        self,
        members: MemberService,
        units: UnitService,
        setup: SetupService,
        undo: UndoStack,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._members = members
        self._units = units
        self._setup = setup
        self._undo = undo
        self._today = today

    # -- reads ----------------------------------------------------------------------------------
    def read(self, path: Path, sheet: str | None = None) -> SheetTable:
        return read_table(path, sheet)

    def guess_mapping(self, table: SheetTable, header_row: int | None = None) -> ColumnMapping:
        """The columns' fields as their headers name them; the header row is found when not
        given (the first non-empty row when no row names enough fields)."""
        if header_row is None:
            found = find_header_row(table.rows)
            if found is None:
                found = first_filled_row(table.rows)
            header_row = found + 1
        headers = tuple(padded_headers(table, header_row))
        guessed = guess_mapping(headers)
        return ColumnMapping(
            header_row, headers, tuple(guessed.get(i) for i in range(len(headers)))
        )

    def analyse(
        self,
        table: SheetTable,
        mapping: ColumnMapping,
        options: ImportOptions = ImportOptions(),
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> ImportPreview:
        """Every row below the headers, parsed, validated and compared with the roster."""
        today = self._today()
        candidates, skipped = parse_member_rows(
            table,
            mapping,
            _IDENTIFYING_FIELDS,
            lambda row, raw: self._parse(row, raw, today),
            progress,
            cancel,
        )
        new_cells = self._place_in_cells(candidates, options, today)
        for candidate in candidates:
            self._build_member(candidate, today)
        self._mark_duplicates(candidates)
        missing = tuple(
            f
            for f in REQUIRED_FIELDS
            if f not in mapping.fields
            and not (f == CELL_FIELD and options.default_cell_id is not None)
        )
        return ImportPreview(
            table=table,
            mapping=mapping,
            options=options,
            rows=tuple(self._result(c) for c in candidates),
            new_cells=new_cells,
            missing_fields=missing,
            skipped_rows=skipped,
        )

    # -- the write ------------------------------------------------------------------------------
    def apply(self, preview: ImportPreview, only_good_rows: bool = False) -> Changes:
        """Write the rows in one command (one undo step). Without ``only_good_rows`` every row
        must be good; with it the good ones are written and the others left out — a choice the
        person makes after seeing the preview. Refused, with nothing written, when the database
        changed since the preview so that the rows to write are not the ones that were shown."""
        fresh = self.analyse(preview.table, preview.mapping, preview.options)
        good = fresh.good_rows
        if [r.row for r in good] != [r.row for r in preview.good_rows]:
            raise OperationRefused("import.changed_since_preview")
        if fresh.missing_fields:
            raise OperationRefused("import.columns_missing", count=len(fresh.missing_fields))
        problem_rows = len(fresh.rows) - len(good)
        if problem_rows and not only_good_rows:
            raise OperationRefused("import.rows_have_problems", count=problem_rows)
        if not good:
            raise OperationRefused("import.nothing_to_import")
        members = [r.member for r in good if r.member is not None]
        used = {m.unit_id for m in members}
        units = [c.unit for c in fresh.new_cells if c.unit.id in used]
        changes: list[RecordChange] = [RecordChange(None, u) for u in units]
        changes += [RecordChange(None, m) for m in members]
        label = CommandLabel("import.roster", preview.table.path.name, count=len(members))
        written = self._undo.run(BulkWriteCommand(label, changes))
        _log.info("Roster import: %d members and %d new cells written", len(members), len(units))
        return written

    # -- analysis steps -------------------------------------------------------------------------
    def _parse(self, row: int, raw: dict[str, CellValue], today: date) -> _Candidate:
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for name, value in raw.items():
            field = FIELDS_BY_NAME[name]
            try:
                values[name] = _parse_value(field.kind, field.lengths, value, today)
            except ValueProblem as problem:
                problems.append(Problem(name, problem.code, dict(problem.params)))
        cell = values.pop(CELL_FIELD, "")
        return _Candidate(row, values, problems, cell, cell_text(raw.get("birth_date")))

    def _place_in_cells(
        self, candidates: list[_Candidate], options: ImportOptions, today: date
    ) -> tuple[NewCell, ...]:
        """Find each row's cell by name; plan the cells the file names that do not exist."""
        units = self._units.all()
        # An open cell wins over a dissolved one of the same name.
        cells = {
            cell_key(u.name): u
            for u in sorted(units, key=lambda u: u.dissolved_on is None)
            if u.is_cell
        }
        not_cells = {fold(u.name): u for u in units if not u.is_cell}
        default = self._units.get(options.default_cell_id) if options.default_cell_id else None
        site = self._setup.site()
        parent = (
            self._units.get(site.unit_id)
            if site is not None and site.role is SiteRole.COMMUNE and site.unit_id
            else None
        )
        taken = {u.code for u in units}
        planned: dict[str, Unit] = {}
        rows_of: dict[str, list[int]] = {}
        for candidate in candidates:
            written = candidate.cell_written
            if not written:
                if default is None:
                    candidate.problems.append(Problem(CELL_FIELD, "required"))
                candidate.unit = default
                continue
            key = cell_key(written)
            if fold(written) in not_cells:
                # "Đảng bộ xã Tân Lập" in the cell column: the commune, not a cell to create
                params = {"unit": not_cells[fold(written)].name}
                candidate.problems.append(Problem(CELL_FIELD, "not_a_cell", params))
                continue
            unit = cells.get(key) or planned.get(key)
            if unit is None and options.create_missing_cells and parent is not None:
                name = cell_name_for(written)
                unit = normalise_unit(
                    Unit(
                        id=new_id(),
                        name=name,
                        level=UnitLevel.CELL,
                        code=code_from_name(name, taken),
                        parent_id=parent.id,
                        kind=guess_cell_kind(name),
                    )
                )
                planned[key] = unit
            if unit is None:
                candidate.problems.append(Problem(CELL_FIELD, "cell_not_found", {"cell": written}))
            elif unit.dissolved_on is not None:
                candidate.problems.append(
                    Problem(
                        CELL_FIELD, "unit_dissolved", {"unit": unit.name, "on": unit.dissolved_on}
                    )
                )
            if key in planned and unit is planned[key]:
                rows_of.setdefault(key, []).append(candidate.row)
            candidate.unit = unit
        new_cells = []
        for key, unit in planned.items():
            unit_problems = validate_unit(unit, parent, today)
            if unit_problems:
                for candidate in candidates:
                    if candidate.unit is unit:
                        candidate.problems.extend(
                            Problem(CELL_FIELD, p.code, p.params) for p in unit_problems
                        )
                        candidate.unit = None
                continue
            new_cells.append(NewCell(unit, tuple(rows_of[key])))
        return tuple(new_cells)

    def _build_member(self, candidate: _Candidate, today: date) -> None:
        values = candidate.values
        gender = values.pop("gender", None)
        has_problem = {p.field for p in candidate.problems}
        if gender is None and "gender" not in has_problem:
            candidate.problems.append(Problem("gender", "required"))
        if candidate.unit is None:
            return
        # Empty cells leave the record's defaults (ethnicity "Kinh", religion "Không").
        filled = {k: v for k, v in values.items() if v is not None and v != ""}
        filled.setdefault("full_name", "")
        draft = normalise_member(
            Member(
                id=new_id(),
                unit_id=candidate.unit.id,
                # A placeholder only while the row has a gender problem: such a row is an error
                # and is never written.
                gender=gender or Gender.MALE,
                **filled,
            )
        )
        # A value that could not be read is already reported; "required" again would repeat it.
        candidate.problems.extend(
            p for p in validate_member(draft, today) if p.field not in has_problem
        )
        candidate.member = draft

    def _mark_duplicates(self, candidates: list[_Candidate]) -> None:
        """Rows repeating an earlier row of the file, or a member already on the roster, by ID
        number, card number, or name and date of birth."""
        built = [c for c in candidates if c.member is not None]
        existing = self._members.possible_duplicates(
            [c.member.personal_id for c in built if c.member.personal_id],  # type: ignore[union-attr]
            [c.member.party_card for c in built if c.member.party_card],  # type: ignore[union-attr]
            [c.member.birth_date for c in built if c.member.birth_date],  # type: ignore[union-attr]
        )
        unit_names = {u.id: u.name for u in self._units.all()}
        on_roster: dict[tuple[str, object], Member] = {}
        for member in existing:
            for key in _keys(member):
                on_roster.setdefault(key, member)
        in_file: dict[tuple[str, object], int] = {}
        for candidate in built:
            member = candidate.member
            assert member is not None
            for key in _keys(member):
                field, value = key
                shown = member.full_name if field == "full_name" else value
                other = on_roster.get(key)
                if other is not None:
                    code = (
                        "same_person_on_roster" if field == "full_name" else "duplicate_on_roster"
                    )
                    params = {
                        "value": shown,
                        "other": other.full_name,
                        "unit": unit_names.get(other.unit_id, ""),
                        "birth": other.birth_date,
                    }
                    candidate.problems.append(Problem(field, code, params))
                if key in in_file:
                    code = "same_person_in_file" if field == "full_name" else "duplicate_in_file"
                    candidate.problems.append(
                        Problem(field, code, {"value": shown, "row": in_file[key]})
                    )
                else:
                    in_file[key] = candidate.row

    @staticmethod
    def _result(candidate: _Candidate) -> RowResult:
        values = candidate.values
        birth = values.get("birth_date")
        member = candidate.member
        return RowResult(
            row=candidate.row,
            name=member.full_name if member else str(values.get("full_name", "")),
            birth=format_date(birth) if isinstance(birth, date) else candidate.birth_written,
            cell=candidate.unit.name if candidate.unit else candidate.cell_written,
            member=member,
            problems=tuple(candidate.problems),
        )


def _keys(member: Member) -> list[tuple[str, object]]:
    keys: list[tuple[str, object]] = []
    if member.personal_id:
        keys.append(("personal_id", member.personal_id))
    if member.party_card:
        keys.append(("party_card", member.party_card))
    if member.birth_date:
        keys.append(("full_name", (fold(member.full_name), member.birth_date)))
    return keys


def _parse_value(kind: FieldKind, lengths: tuple[int, ...], value: CellValue, today: date) -> Any:
    if kind is FieldKind.DATE:
        return parse_date_value(value, today)
    if kind is FieldKind.NUMBER:
        return parse_number_value(value, lengths)
    if kind is FieldKind.PHONE:
        return parse_phone_value(value)
    if kind is FieldKind.GENDER:
        return parse_gender_value(value)
    if kind is FieldKind.THEORY:
        return parse_theory_value(value)
    if kind is FieldKind.CELL:
        return parse_cell_value(value)
    return parse_text_value(value)


__all__ = [
    "ColumnMapping",
    "FileUnreadable",
    "ImportOptions",
    "ImportPreview",
    "NewCell",
    "RosterImportService",
    "RowResult",
    "RowStatus",
    "SheetTable",
]
