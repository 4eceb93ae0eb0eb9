"""The classification report as a workbook, read back with openpyxl: the summary with numbers as
numbers and the total row, the organisation table, earlier years, and one sheet per cell whose
names Excel accepts."""

from __future__ import annotations

import dataclasses
import io
import re

from classification_documents import EXCEPTION, QD124, annex_document, document
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from chibo_desktop.reports.classification import AnnexRow, ClassificationDocument
from chibo_desktop.reports.classification_xlsx import (
    write_annex_xlsx,
    write_classification_xlsx,
)

SUMMARY_HEADINGS = [
    "STT",
    "Mã đơn vị",
    "Tên chi bộ",
    "Tổng số đảng viên",
    "Miễn công tác và sinh hoạt đảng",
    "Đình chỉ sinh hoạt",
    "Kết nạp chưa đủ 6 tháng",
    "Sinh hoạt tạm thời nơi khác",
    "Phải đánh giá, xếp loại",
    "Đã đánh giá, xếp loại",
    "HTXSNV (số lượng)",
    "HTXSNV (%)",
    "HTTNV (số lượng)",
    "HTTNV (%)",
    "HTNV (số lượng)",
    "HTNV (%)",
    "KHTNV (số lượng)",
    "KHTNV (%)",
    "HTXSNV/HTTNV (%)",
    "Mức tối đa (% số HTTNV)",
    "Trong mức tối đa",
    "Quyết định cho phép vượt mức",
    "Tự xếp loại",
    "Đảng ủy quyết định",
]


def workbook(doc: ClassificationDocument) -> Workbook:
    out = io.BytesIO()
    write_classification_xlsx(doc, out)
    return load_workbook(io.BytesIO(out.getvalue()))


def records(sheet: object) -> list[dict[str, object]]:
    rows = list(sheet.iter_rows(values_only=True))  # type: ignore[attr-defined]
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_the_sheets_are_the_summary_organisations_years_and_a_sheet_per_cell() -> None:
    book = workbook(document())
    assert book.sheetnames == [
        "Tổng hợp",
        "Tổ chức đảng",
        "So sánh các năm",
        "Chi bộ thôn Đông",
        "Chi bộ Trường Tiểu học Tân Lập",
    ]


def test_the_summary_has_readable_headings_numbers_and_the_total_row() -> None:
    sheet = workbook(document())["Tổng hợp"]
    assert [c.value for c in sheet[1]] == SUMMARY_HEADINGS
    dong, doai, school, total = records(sheet)

    assert dong["Tên chi bộ"] == "Chi bộ thôn Đông" and dong["Mã đơn vị"] == "CB-DONG"
    assert [dong[h] for h in SUMMARY_HEADINGS[3:11]] == [20, 2, 1, 1, 1, 16, 16, 3]
    assert (dong["HTXSNV (%)"], dong["HTTNV (%)"], dong["HTNV (%)"], dong["KHTNV (%)"]) == (
        18.75,
        75.0,
        6.25,
        0.0,
    )
    assert dong["HTXSNV/HTTNV (%)"] == 25.0 and dong["Trong mức tối đa"] == "Không"
    assert doai["Mức tối đa (% số HTTNV)"] == 25 and doai["Trong mức tối đa"] == "Có"
    assert doai["Quyết định cho phép vượt mức"] == EXCEPTION
    assert (doai["Tự xếp loại"], doai["Đảng ủy quyết định"]) == ("HTXSNV", "HTTNV")
    # Nothing reviewed: empty cells, not zeros.
    assert school["HTXSNV (%)"] is None and school["HTXSNV/HTTNV (%)"] is None
    assert total["Tên chi bộ"] == "Tổng cộng" and total["STT"] is None
    for heading in [*SUMMARY_HEADINGS[3:11], "HTXSNV (số lượng)", "HTTNV (số lượng)"]:
        assert total[heading] == sum(row[heading] for row in (dong, doai, school)), heading
    assert total["HTXSNV (%)"] == 18.52 and total["HTTNV (%)"] == 74.07

    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            heading = SUMMARY_HEADINGS[cell.column - 1]
            if heading.endswith("(%)") and cell.value is not None:
                # A number shown with two decimals (Excel keeps 75.0 as 75).
                assert isinstance(cell.value, int | float), heading
                assert cell.number_format == "0.00", heading
            elif "số lượng" in heading or heading.startswith(("Tổng số", "Phải", "Đã")):
                assert isinstance(cell.value, int), heading
    # The broken cap in red; the total row bold; the heading row frozen.
    assert sheet.cell(2, 19).font.b and sheet.cell(2, 19).font.color.rgb.endswith("B00020")
    assert all(c.font.b for c in sheet[5])
    assert sheet.freeze_panes == "D2"


def test_the_organisation_table_and_earlier_years() -> None:
    book = workbook(document())
    organisations = list(book["Tổ chức đảng"].iter_rows(values_only=True))
    assert organisations == [
        ("Xếp loại", "Số lượng", "Tỷ lệ (%)"),
        ("HTXSNV", 0, 0.0),
        ("HTTNV", 2, 66.67),
        ("HTNV", 0, 0.0),
        ("KHTNV", 0, 0.0),
        ("Chưa xếp loại (mới thành lập)", 1, 33.33),
        ("Chưa có kết quả xếp loại", 0, 0.0),
        ("Tổng cộng", 3, 100.0),
    ]
    years = list(book["So sánh các năm"].iter_rows(values_only=True))
    assert years[0][:4] == ("Năm", "Số đảng viên được xếp loại", "HTXSNV (số lượng)", "HTXSNV (%)")
    assert years[1] == (2024, 26, 2, 7.69, 20, 76.92, 3, 11.54, 1, 3.85, 10.0, "HTTNV")
    assert years[2] == (2025, 28, 4, 14.29, 22, 78.57, 2, 7.14, 0, 0.0, 18.18, "HTTNV")
    assert years[3] == (2026, 27, 5, 18.52, 20, 74.07, 2, 7.41, 0, 0.0, 25.0, "HTTNV")
    text = [row[0] for row in years[4:] if row[0] is not None]
    assert text[0].startswith("Đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền (2022–2026)")
    assert years[-1][:3] == (1, "Nguyễn Văn Bình", "Chi bộ thôn Đông")


def test_a_cells_sheet_lists_its_members_with_scores_and_reasons() -> None:
    sheet = workbook(document())["Chi bộ thôn Đông"]
    rows = records(sheet)
    assert [c.value for c in sheet[1]][:7] == [
        "STT",
        "Họ và tên",
        "Năm sinh",
        "Mẫu phiếu",
        "Điểm nhóm tiêu chí chung (/30)",
        "Điểm kết quả thực hiện nhiệm vụ (/70)",
        "Tổng điểm (/100)",
    ]
    first = rows[0]
    assert first["Họ và tên"] == "Nguyễn Văn Bình" and first["Năm sinh"] == 1960
    assert (first["Điểm nhóm tiêu chí chung (/30)"], first["Tổng điểm (/100)"]) == (28, 93)
    assert (first["Tự xếp loại"], first["Chi bộ đề nghị"], first["Đảng ủy quyết định"]) == (
        "HTXSNV",
        "HTXSNV",
        "HTXSNV",
    )
    assert first["Số năm liền HTXSNV"] == 5
    assert [r["Không đánh giá (lý do)"] for r in rows[2:5]] == [
        "Miễn sinh hoạt",
        "Đình chỉ sinh hoạt",
        "Kết nạp chưa đủ 6 tháng",
    ]
    assert rows[2]["Tự xếp loại"] is None and rows[2]["Mẫu phiếu"] is None
    # The 2023 profile has no 100-point scale: no score columns.
    headings = [c.value for c in workbook(document(profile=QD124))["Chi bộ thôn Đông"][1]]
    assert not any("Điểm" in h for h in headings)


def test_sheet_names_are_short_unique_and_without_forbidden_characters() -> None:
    doc = document()
    base = doc.annexes[0]
    names = [
        "Chi bộ Trường Trung học cơ sở Tân Lập [cơ sở 1]",
        "Chi bộ Trường Trung học cơ sở Tân Lập [cơ sở 2]",
        "Tổng hợp",
        "'Chi bộ khu 3/4: Đông*'",
        "CHI BỘ THÔN ĐÔNG",
        "Chi bộ thôn Đông",
    ]
    doc = dataclasses.replace(
        doc, annexes=tuple(dataclasses.replace(base, name=name) for name in names)
    )
    sheets = workbook(doc).sheetnames[3:]

    assert len(sheets) == len(names)
    assert len({s.casefold() for s in sheets}) == len(sheets)
    for name in sheets:
        assert len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name), name
        assert not name.startswith("'") and not name.endswith("'")
    assert sheets[0].startswith("Chi bộ Trường Trung học cơ sở")
    assert sheets[1].endswith("(2)") and sheets[2] == "Tổng hợp (2)"
    assert sheets[4:] == ["CHI BỘ THÔN ĐÔNG", "Chi bộ thôn Đông (2)"]


def test_one_cells_annex_as_a_workbook_keeps_a_formula_like_note_as_text() -> None:
    doc = annex_document()
    rows = (*doc.annex.rows, AnnexRow("Ngô Văn Tính", 1970, notes="=1+1 (ghi chú)"))
    doc = dataclasses.replace(doc, annex=dataclasses.replace(doc.annex, rows=rows))
    out = io.BytesIO()
    write_annex_xlsx(doc, out)
    book = load_workbook(io.BytesIO(out.getvalue()))

    assert book.sheetnames == ["Chi bộ thôn Đông"]
    sheet = book.active
    assert sheet.max_row == len(rows) + 1
    last = sheet[sheet.max_row]
    assert last[1].value == "Ngô Văn Tính" and last[-1].value == "=1+1 (ghi chú)"
    assert last[-1].data_type == "s"
