"""Benchmark: the classification report of a 3,000-member commune with every cell's member annex,
as PDF (and as .xlsx, for comparison). Target: the PDF within 5 s.

Part of the performance suite: ``python -m pytest --perf tests/perf -s`` (see ``conftest.py``).
Nothing here is a timed assertion: each step is recorded beside a baseline measured in the same
run on the same rows — a bare ReportLab document with one plain table of the annexes' cells
(Helvetica, one heading row, no spans, no Party format) — and the test asserts only that the
files hold every member.
"""

from __future__ import annotations

import io
import random
import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from perf_helpers import bare_pdf, timed
from perf_report import Record
from pypdf import PdfReader

from chibo_desktop.domain.entities import new_id
from chibo_desktop.domain.evaluation import MemberEvaluation
from chibo_desktop.domain.rules import Level
from chibo_desktop.reports.classification import annex_values, write_classification_pdf
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.workspace import Workspace, open_workspace

MEMBERS = 3_000
CELLS = 30
YEAR = 2026
TODAY = date(2026, 11, 21)
# Most members HTTNV, about one in six HTXSNV, a few HTNV and KHTNV; scores inside each band.
LEVELS = [Level.EXCELLENT] + [Level.GOOD] * 4 + [Level.COMPLETED]
LEVELS += [Level.GOOD] * 4 + [Level.NOT_COMPLETED]
BANDS = {
    Level.EXCELLENT: (90, 100),
    Level.GOOD: (70, 89),
    Level.COMPLETED: (50, 69),
    Level.NOT_COMPLETED: (30, 49),
}


def rate_everyone(ws: Workspace, commune_id: object, rng: random.Random) -> int:
    """Open the year (unless the demo did) and rate every reviewed member not rated yet, in one
    step; the number rated here."""
    record = ws.evaluations.review_year(commune_id, YEAR)  # type: ignore[arg-type]
    if record is None:
        ws.evaluations.open_year(commune_id, YEAR)  # type: ignore[arg-type]
    elif record.closed:
        return 0
    cells = [u for u in ws.units.all() if u.is_cell]
    evaluations = []
    for cell in cells:
        for row in ws.evaluations.cell_sheet(cell.id, YEAR).rows:
            if row.not_reviewed is not None or row.evaluation is not None:
                continue
            level = rng.choice(LEVELS)
            low, high = BANDS[level]
            total = rng.randint(low, high)
            general = min(30, max(0, total - rng.randint(max(0, total - 30), min(70, total))))
            evaluations.append(
                MemberEvaluation(
                    id=new_id(),
                    member_id=row.member.id,
                    year=YEAR,
                    unit_id=cell.id,
                    form=row.suggested_form,
                    general_score=general,
                    task_score=total - general,
                    self_level=level,
                    proposed_level=level,
                    final_level=level,
                    tasks_late_percent=0,
                    tasks_above_percent=35 if level is Level.EXCELLENT else 0,
                )
            )
    ws.evaluations.save_members(evaluations, "benchmark")
    return len(evaluations)


@pytest.mark.perf
def test_classification_pdf_of_a_commune(tmp_path: Path, record: Record) -> None:
    ws = open_workspace(tmp_path / "commune.sqlite")
    try:
        # Given a demo commune of 3,000 members in 30 cells, every reviewed member rated
        ws.demo.generate(DemoSettings(members=MEMBERS, cells=CELLS, seed=7, today=TODAY))
        site = ws.site
        assert site is not None and site.unit_id is not None
        commune_id = site.unit_id
        rate_everyone(ws, commune_id, random.Random(7))
        export = ws.classification_export

        # When the report is read, laid out, and written (all annexes), then as .xlsx
        document_s, document = timed(lambda: export.document(commune_id, YEAR))
        render_s, pages = timed(lambda: write_classification_pdf(document, io.BytesIO()))
        pdf_path = tmp_path / "xep-loai.pdf"
        write_s, _ = timed(lambda: export.write(commune_id, YEAR, pdf_path))
        xlsx_path = tmp_path / "xep-loai.xlsx"
        xlsx_s, _ = timed(lambda: export.write(commune_id, YEAR, xlsx_path))
        rows = [["STT", "Họ và tên", "Năm sinh", "Mẫu", "Chung", "Nhiệm vụ", "Tổng"]]
        rows[0] += ["Tự xếp loại", "Chi bộ", "Đảng ủy", "Lý do", "Số năm", "Ghi chú"]
        for annex in document.annexes:
            rows += [
                [str(n)] + ["" if v is None else str(v) for v in annex_values(row, document.rules)]
                for n, row in enumerate(annex.rows, start=1)
            ]
        bare_s, bare_pages = timed(lambda: bare_pdf(rows))

        # Then every member on the roll is in an annex, of the PDF and of the workbook
        report = document.report
        listed = sum(len(a.rows) for a in document.annexes)
        assert listed == report.total.total == len(rows) - 1
        # (The demo may leave a member or two pending on purpose: nearly all are rated.)
        assert report.total.reviewed >= 0.99 * report.total.required
        reader = PdfReader(pdf_path)
        assert len(reader.pages) == pages
        text = " ".join(page.extract_text() for page in reader.pages)
        headings = re.findall(r"PHỤ LỤC: DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN — ", text)
        assert len(headings) == len(document.annexes) == CELLS
        book = load_workbook(xlsx_path, read_only=True)
        assert sum(book[name].max_row - 1 for name in book.sheetnames[3:]) == listed
        size_kb = pdf_path.stat().st_size / 1024
        about = f"{report.total.total:,} members, {CELLS} cells"
        record("classification PDF: read the report and 30 cell sheets", document_s, "s",
               note=about)  # fmt: skip
        record(
            "classification PDF: lay out and draw (in memory)",
            render_s,
            "s",
            baseline=bare_s,
            baseline_name="bare ReportLab",
            note=f"{pages} pages ({bare_pages} bare)",
        )
        record("classification PDF file, all annexes (service)", write_s, "s", target=5,
               note=f"{size_kb:.0f} KB; {about}")  # fmt: skip
        record("classification xlsx file, all annexes (service)", xlsx_s, "s", note=about)
    finally:
        ws.close()
