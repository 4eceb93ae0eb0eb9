"""The classification report of a year written to a file: the signed report with its summary and
the cells' member annexes as PDF, the same tables as an Excel workbook, or the figures as JSON
(README "Classification report as JSON"); and one cell's member list on its own.

The figures are ``EvaluationService.report`` and ``cell_sheet``, read once per export; this module
decides who issues and signs the document and turns the cells' sheets into the annexes' rows.
Every file is written through a temporary file, so a failed or cancelled export leaves nothing
under the chosen name. The document modules (ReportLab, openpyxl) are imported on the first
document, not with the program (see minutes_print.py).
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from uuid import UUID

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Unit
from chibo_desktop.domain.enums import UnitLevel
from chibo_desktop.domain.evaluation import ClassificationReport, NotReviewed
from chibo_desktop.domain.party_names import committee_name
from chibo_desktop.domain.progress import CancelToken
from chibo_desktop.domain.rules import ClassificationRules, RuleProfile
from chibo_desktop.domain.text import name_sort_key
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.evaluations import CellSheet, EvaluationService, MemberSheetRow
from chibo_desktop.services.files import write_atomically
from chibo_desktop.storage.repositories import UnitRepository
from chibo_desktop.storage.store import Store

if TYPE_CHECKING:
    from chibo_desktop.reports.classification import (
        AnnexDocument,
        AnnexRow,
        CellAnnex,
        ClassificationDocument,
    )
    from chibo_desktop.reports.party_document import DocumentHeader, Signature

REPORT_FORMATS = (".pdf", ".xlsx", ".json")
ANNEX_FORMATS = (".pdf", ".xlsx")
# The report's number is written in by hand when it is issued: "Số    -BC/ĐU".
_NUMBER_BLANK = "   "


def export_suffix(destination: Path, allowed: tuple[str, ...]) -> str:
    """The format the file name asks for (its suffix, lower case); refused for any other, as
    the roster export refuses one, before anything is read or written."""
    suffix = destination.suffix.lower()
    if suffix not in allowed:
        raise OperationRefused(
            "export.unsupported_format",
            suffix=destination.suffix,
            path=destination,
            allowed=", ".join(allowed),
        )
    return suffix


class ClassificationExportService:
    def __init__(
        self,
        evaluations: EvaluationService,
        units: UnitRepository,
        store: Store,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._evaluations = evaluations
        self._units = units
        self._store = store
        self._today = today

    # -- what is printed ---------------------------------------------------------------------------
    def document(self, unit_id: UUID, year: int, annexes: bool = True) -> ClassificationDocument:
        """The report of ``unit_id`` (a commune: a row per cell) for ``year``; with
        ``annexes``, one member list per cell below it, in the order of the summary's rows."""
        from chibo_desktop.reports.classification import ClassificationDocument

        units = self._units.all()
        by_id = {u.id: u for u in units}
        unit = by_id.get(unit_id)
        if unit is None or unit.deleted:
            raise OperationRefused("record.not_found")
        profile = self._profile(year)
        report = self._evaluations.report(unit_id, year)
        rules = _rules(profile.values)
        parent = by_id.get(unit.parent_id) if unit.parent_id else None
        cells = self._annex_cells(report, units) if annexes else []
        return ClassificationDocument(
            report=report,
            unit_code=unit.code,
            rules=rules,
            profile_source=profile.source,
            header=self._header(unit, parent),
            signature=_signature(unit),
            recipients=_recipients(unit, parent),
            rows_are_cells=all(by_id[r.unit_id].is_cell for r in report.rows if r.unit_id in by_id),
            unit_is_cell=unit.is_cell,
            annexes=tuple(_annex(sheet, rules) for sheet in self._sheets(cells, by_id, year)),
        )

    def annex_document(self, cell_id: UUID, year: int) -> AnnexDocument:
        """One cell's member list of the year, issued and signed by the cell."""
        from chibo_desktop.reports.classification import AnnexDocument

        cell = self._units.get(cell_id)
        if cell is None or cell.deleted:
            raise OperationRefused("record.not_found")
        if not cell.is_cell:
            raise OperationRefused("export.not_a_cell", unit=cell.name)
        self._profile(year)
        sheet = self._evaluations.cell_sheet(cell_id, year)
        rules = _rules(sheet.profile.values)
        parent = self._units.get(cell.parent_id) if cell.parent_id else None
        return AnnexDocument(
            annex=_annex(sheet, rules),
            year=year,
            review_on=sheet.review_on,
            rules=rules,
            header=self._header(cell, parent, number=False),
            signature=_signature(cell),
            recipients=_recipients(cell, parent),
        )

    def report_json(self, unit_id: UUID, year: int) -> dict[str, Any]:
        """The report's figures as JSON-ready data (README "Classification report as JSON")."""
        from chibo_desktop.reports.classification import report_record

        return report_record(self.document(unit_id, year, annexes=False))

    def render_pdf(self, unit_id: UUID, year: int, annexes: bool = True) -> bytes:
        """The PDF in memory (for a print preview)."""
        from chibo_desktop.reports.classification import write_classification_pdf

        buffer = io.BytesIO()
        write_classification_pdf(self.document(unit_id, year, annexes), buffer)
        return buffer.getvalue()

    # -- files -------------------------------------------------------------------------------------
    def write(
        self,
        unit_id: UUID,
        year: int,
        destination: Path,
        annexes: bool = True,
        cancel: CancelToken | None = None,
    ) -> None:
        """Write the report to ``destination``: .pdf (the signed report, the summary and, with
        ``annexes``, the cells' member lists), .xlsx (the same tables, a sheet per cell) or
        .json (the figures, without the member lists)."""
        suffix = export_suffix(destination, REPORT_FORMATS)
        if suffix == ".json":
            text = json.dumps(self.report_json(unit_id, year), ensure_ascii=False, indent=2)
            data = (text + "\n").encode("utf-8")
            write_atomically(destination, lambda stream: stream.write(data))
            return
        from chibo_desktop.reports.classification import write_classification_pdf
        from chibo_desktop.reports.classification_xlsx import write_classification_xlsx

        document = self.document(unit_id, year, annexes)
        writer: Callable[[BinaryIO], object]
        if suffix == ".pdf":
            writer = lambda stream: write_classification_pdf(document, stream, cancel)  # noqa: E731
        else:
            writer = lambda stream: write_classification_xlsx(document, stream)  # noqa: E731
        write_atomically(destination, writer)

    def write_annex(self, cell_id: UUID, year: int, destination: Path) -> None:
        """Write one cell's member list of the year as .pdf or .xlsx."""
        from chibo_desktop.reports.classification import write_annex_pdf
        from chibo_desktop.reports.classification_xlsx import write_annex_xlsx

        suffix = export_suffix(destination, ANNEX_FORMATS)
        document = self.annex_document(cell_id, year)
        if suffix == ".pdf":
            write_atomically(destination, lambda stream: write_annex_pdf(document, stream))
        else:
            write_atomically(destination, lambda stream: write_annex_xlsx(document, stream))

    # -- helpers -----------------------------------------------------------------------------------
    def _profile(self, year: int) -> RuleProfile:
        return self._evaluations.profile(year)

    def _header(self, unit: Unit, parent: Unit | None, number: bool = True) -> DocumentHeader:
        from chibo_desktop.reports.party_document import DocumentHeader

        site = self._store.site()
        issuer_code = "CB" if unit.is_cell else "ĐU"
        return DocumentHeader(
            issuer=committee_name(unit),
            superior=parent.name if parent else "",
            place=site.place_name if site else "",
            day=self._today(),
            number=f"Số {_NUMBER_BLANK}-BC/{issuer_code}" if number else "",
        )

    def _sheets(self, cells: list[Unit], by_id: dict[UUID, Unit], year: int) -> list[CellSheet]:
        """The cells' sheets in the order given, read a commune at a time (each commune has its
        own review date; reading a commune's cells together is much quicker than one by one)."""
        by_commune: dict[UUID, list[UUID]] = defaultdict(list)
        for cell in cells:
            by_commune[_commune_of(cell, by_id)].append(cell.id)
        sheets: dict[UUID, CellSheet] = {}
        for cell_ids in by_commune.values():
            for sheet in self._evaluations.cell_sheets(cell_ids, year):
                sheets[sheet.unit.id] = sheet
        return [sheets[cell.id] for cell in cells]

    @staticmethod
    def _annex_cells(report: ClassificationReport, units: list[Unit]) -> list[Unit]:
        """The cells under the report's rows that exist on the review date, row by row."""
        children: dict[UUID | None, list[Unit]] = defaultdict(list)
        for u in units:
            if not u.deleted and u.is_active_on(report.review_on):
                children[u.parent_id].append(u)
        by_id = {u.id: u for u in units}
        found: list[Unit] = []

        def visit(unit: Unit) -> None:
            if unit.is_cell:
                found.append(unit)
                return
            for child in sorted(children[unit.id], key=lambda u: (name_sort_key(u.name), u.id.hex)):
                visit(child)

        for row in report.rows:
            if row.unit_id in by_id:
                visit(by_id[row.unit_id])
        return found


def _commune_of(unit: Unit, by_id: dict[UUID, Unit]) -> UUID:
    """The commune organisation above a cell (the cell itself where the tree has none)."""
    current: Unit | None = unit
    while current is not None and current.level is not UnitLevel.COMMUNE:
        current = by_id.get(current.parent_id) if current.parent_id else None
    return current.id if current is not None else unit.id


def _rules(values: object) -> ClassificationRules:
    assert isinstance(values, ClassificationRules)
    return values


def _signature(unit: Unit) -> Signature:
    from chibo_desktop.reports.party_document import Signature

    # The secretary signs by hand: no name is printed under the room for the signature.
    return Signature("T/M CHI BỘ" if unit.is_cell else "T/M ĐẢNG ỦY", "BÍ THƯ")


def _recipients(unit: Unit, parent: Unit | None) -> tuple[str, ...]:
    report_to = (
        f"- {committee_name(parent)} (để báo cáo);" if parent else "- Cấp ủy cấp trên (để báo cáo);"
    )
    if unit.is_cell:
        return (report_to, "- Lưu Chi bộ.")
    return (report_to, "- Các chi bộ trực thuộc;", "- Lưu Văn phòng Đảng ủy.")


def _annex(sheet: CellSheet, rules: ClassificationRules) -> CellAnnex:
    from chibo_desktop.reports.classification import CellAnnex

    return CellAnnex(
        name=sheet.unit.name,
        code=sheet.unit.code,
        rows=tuple(_annex_row(row) for row in sheet.rows),
        counts=sheet.counts,
        cap=sheet.cap,
        evaluation=sheet.unit_evaluation,
    )


def _annex_row(row: MemberSheetRow) -> AnnexRow:
    from chibo_desktop.reports.classification import AnnexRow

    member = row.member
    evaluation = row.evaluation
    notes: list[str] = []
    since = format_date(row.not_reviewed_since)
    if row.not_reviewed is NotReviewed.NEW_MEMBER and since:
        notes.append(f"Kết nạp ngày {since}")
    elif row.not_reviewed is not None and since:
        notes.append(f"Từ ngày {since}")
    if row.elsewhere:
        notes.append(f"Sinh hoạt tạm thời tại {row.elsewhere}")
    if row.not_reviewed is None and (evaluation is None or evaluation.final_level is None):
        notes.append("Chưa có kết quả")
    if evaluation is not None and evaluation.notes:
        notes.append(evaluation.notes)
    return AnnexRow(
        full_name=member.full_name,
        birth_year=member.birth_date.year if member.birth_date else None,
        form=evaluation.form.value if evaluation else "",
        general_score=evaluation.general_score if evaluation else None,
        task_score=evaluation.task_score if evaluation else None,
        self_level=evaluation.self_level if evaluation else None,
        proposed_level=evaluation.proposed_level if evaluation else None,
        final_level=evaluation.final_level if evaluation else None,
        not_reviewed=row.not_reviewed,
        streak=row.streak,
        notes="; ".join(notes),
    )
