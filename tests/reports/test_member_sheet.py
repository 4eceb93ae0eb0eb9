"""Lists as .xlsx and .csv, read back the way Excel and the roster import would read them."""

from __future__ import annotations

import io
from datetime import date, datetime

from openpyxl import load_workbook

from chibo_desktop.reports.columns import Column, ColumnKind
from chibo_desktop.reports.member_sheet import sheet_name, write_csv, write_xlsx

COLUMNS = [
    Column("index", "STT", ColumnKind.NUMBER, 11),
    Column("full_name", "Họ và tên", ColumnKind.TEXT, 44),
    Column("birth_date", "Ngày sinh", ColumnKind.DATE, 22),
    Column("party_card", "Số thẻ đảng viên", ColumnKind.CODE, 27),
    Column("notes", "Ghi chú", ColumnKind.TEXT, 40),
]
ROWS = [
    [1, "Nguyễn Thị Ánh", date(1975, 2, 5), "01234567", "=SUM(A1:A2)"],
    [2, "Đặng Văn Ửng", None, "001234567890", ""],
]


def test_xlsx_has_vietnamese_bold_headings_real_dates_and_text_card_numbers() -> None:
    out = io.BytesIO()
    write_xlsx(COLUMNS, iter(ROWS), len(ROWS), out, "Đảng viên", frozen_columns=2)
    sheet = load_workbook(io.BytesIO(out.getvalue())).active
    assert sheet.title == "Đảng viên"
    headings = [c.value for c in sheet[1]]
    assert headings == ["STT", "Họ và tên", "Ngày sinh", "Số thẻ đảng viên", "Ghi chú"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == "A1:E3"
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width

    first = [c.value for c in sheet[2]]
    assert first[:2] == [1, "Nguyễn Thị Ánh"]
    assert first[2] == datetime(1975, 2, 5)  # a real date, not text
    assert sheet["C2"].is_date and sheet["C2"].number_format == "DD/MM/YYYY"
    assert sheet["D2"].value == "01234567" and sheet["D2"].data_type == "s"
    assert sheet["D3"].value == "001234567890"
    assert sheet["E2"].value == "=SUM(A1:A2)" and sheet["E2"].data_type == "s"  # not a formula
    assert sheet["C3"].value is None and sheet["E3"].value is None


def test_sheet_names_obey_excel_rules() -> None:
    assert sheet_name("Chi bộ thôn Đông / Đoài: [2026]") == "Chi bộ thôn Đông   Đoài   2026"
    assert len(sheet_name("Đảng viên " * 10)) <= 31
    assert sheet_name(" ") == "Sheet1"


def test_csv_is_utf8_with_a_byte_order_mark_and_dates_as_written_on_paper() -> None:
    out = io.BytesIO()
    write_csv(COLUMNS, iter(ROWS), out)
    data = out.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "STT,Họ và tên,Ngày sinh,Số thẻ đảng viên,Ghi chú"
    assert lines[1] == "1,Nguyễn Thị Ánh,05/02/1975,01234567,=SUM(A1:A2)"
    assert lines[2] == "2,Đặng Văn Ửng,,001234567890,"
    assert not out.closed  # the caller owns the stream
