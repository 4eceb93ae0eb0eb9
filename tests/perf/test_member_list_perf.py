"""Benchmark: a commune of 3,000 members exported as the printed list (PDF) and as .xlsx.

Part of the performance suite: ``python -m pytest --perf tests/perf -s`` (see ``conftest.py``).
Nothing here is a timed assertion: each export is recorded beside a baseline measured in the same
run on the same rows — a bare ReportLab document with one plain table (Helvetica, no header, no
wrapping, no Party format) and a bare openpyxl write-only sheet of plain values — and the test
asserts only that the files hold every member.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from perf_helpers import bare_pdf, timed
from perf_report import Record
from pypdf import PdfReader

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.roster_export import RosterExportService
from chibo_desktop.services.workspace import open_workspace
from chibo_desktop.storage.repositories import (
    MemberRecordRepository,
    MemberRepository,
    UnitRepository,
)
from chibo_desktop.ui.export_texts import roster_export_labels

MEMBERS = 3_000
CELLS = 20
TODAY = date(2026, 2, 5)


def bare_xlsx(rows: list[list[str]]) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("x")
    for row in rows:
        sheet.append(row)
    workbook.save(io.BytesIO())


@pytest.mark.perf
def test_member_list_of_a_commune(tmp_path: Path, qapp: object, record: Record) -> None:
    ws = open_workspace(tmp_path / "commune.sqlite")
    try:
        # Given a commune of 3,000 members (the demo service), exported on the roll
        ws.demo.generate(DemoSettings(members=MEMBERS, cells=CELLS, seed=1, today=TODAY))
        exports = RosterExportService(
            MemberRepository(),
            UnitRepository(),
            MemberRecordRepository(),
            ws.store,
            today=lambda: TODAY,
        )
        labels = roster_export_labels()
        query = MemberQuery()
        total = ws.members.count(query)
        members = ws.members.page(query, 0, total)
        names = {u.id: u.name for u in ws.units.all()}
        rows = [["STT", "Họ và tên", "Ngày sinh", "Chi bộ", "Vào Đảng", "Chính thức", "Số thẻ"]]
        rows += [
            [
                str(n),
                m.full_name,
                format_date(m.birth_date),
                names[m.unit_id],
                format_date(m.admission_date),
                format_date(m.official_date),
                m.party_card,
            ]
            for n, m in enumerate(members, start=1)
        ]

        # When each is written (the service: read all pages, lay out, write beside, rename)
        pdf_s, pdf = timed(lambda: exports.export(query, tmp_path / "list.pdf", labels))
        bare_pdf_s, bare_pages = timed(lambda: bare_pdf(rows))
        xlsx_s, _ = timed(lambda: exports.export(query, tmp_path / "list.xlsx", labels))
        bare_xlsx_s, _ = timed(lambda: bare_xlsx(rows))

        # Then every member is in the files, and the figures are printed
        assert pdf.members == total and len(PdfReader(tmp_path / "list.pdf").pages) == pdf.pages
        sheet = load_workbook(tmp_path / "list.xlsx", read_only=True).active
        assert sum(1 for _ in sheet.iter_rows(values_only=True)) == total + 1
        size_kb = (tmp_path / "list.pdf").stat().st_size / 1024
        record(
            f"member list PDF, {total:,} members (Party format)",
            pdf_s,
            "s",
            baseline=bare_pdf_s,
            baseline_name="bare ReportLab",
            note=f"{pdf.pages} pages ({bare_pages} bare), {size_kb:.0f} KB",
        )
        record(
            f"member list xlsx, {total:,} members (current view)",
            xlsx_s,
            "s",
            baseline=bare_xlsx_s,
            baseline_name="bare openpyxl",
            note="dates as dates, numbers as text",
        )
    finally:
        ws.close()
