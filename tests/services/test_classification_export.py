"""The classification report of a commune built through the services, written as JSON, PDF and
Excel and read back: every figure checked against the hand-worked values of
``tests/classification_commune.py``."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from classification_commune import (
    AWAY_WITH,
    DOAI,
    DONG,
    EXCEPTION,
    EXPECTED,
    EXPECTED_HISTORY,
    EXPECTED_ORGANISATIONS,
    EXPECTED_TOTAL,
    SCHOOL,
    YEAR,
    E,
    build,
    rate,
)
from openpyxl import load_workbook
from pypdf import PdfReader

from chibo_desktop.domain.entities import Member, Unit
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.workspace import Workspace

ROW_KEYS = {
    "code",
    "name",
    "total",
    "exempt",
    "suspended",
    "new_under_6_months",
    "temporarily_elsewhere",
    "required",
    "reviewed",
    "HTXSNV",
    "HTTNV",
    "HTNV",
    "KHTNV",
    "pct_HTXSNV",
    "pct_HTTNV",
    "pct_HTNV",
    "pct_KHTNV",
    "cap_ratio",
    "cap_percent",
    "cap_kept",
    "cap_exception_decision",
    "unit_self_level",
    "unit_final_level",
}
COUNTS = ("total", "exempt", "suspended", "new_under_6_months", "temporarily_elsewhere")
COUNTS += ("required", "reviewed", "HTXSNV", "HTTNV", "HTNV", "KHTNV")
PERCENTS = ("pct_HTXSNV", "pct_HTTNV", "pct_HTNV", "pct_KHTNV")


@pytest.fixture
def people(workspace: Workspace) -> dict[str, Member]:
    return build(workspace)


def units_by_name(ws: Workspace) -> dict[str, Unit]:
    return {u.name: u for u in ws.units.all()}


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_the_json_report_number_by_number(
    workspace: Workspace, commune: Unit, people: dict[str, Member]
) -> None:
    data = workspace.classification_export.report_json(commune.id, YEAR)

    assert data["year"] == YEAR
    assert data["unit"] == {"code": commune.code, "name": "Đảng bộ xã Tân Lập"}
    assert data["review_date"] == "2026-12-15"
    assert data["profile"] == "classification-2025-qd366"
    units = {row["name"]: row for row in data["units"]}
    assert list(units) == [DOAI, DONG, SCHOOL]  # the Vietnamese order of the names
    codes = {u.name: u.code for u in workspace.units.all()}
    for name, row in units.items():
        assert set(row) == ROW_KEYS
        assert row == {"code": codes[name], "name": name, **EXPECTED[name]}, name
    assert set(data["total"]) == ROW_KEYS
    assert data["total"] == {"code": commune.code, "name": commune.name, **EXPECTED_TOTAL}
    assert data["organisations"] == EXPECTED_ORGANISATIONS
    assert data["history"] == EXPECTED_HISTORY
    assert data["award_candidates"] == []


def test_percentages_add_up_and_the_total_is_the_sum_of_the_cells(
    workspace: Workspace, commune: Unit, people: dict[str, Member]
) -> None:
    data = workspace.classification_export.report_json(commune.id, YEAR)

    for row in [*data["units"], data["total"]]:
        if row["reviewed"]:
            assert sum(Decimal(str(row[key])) for key in PERCENTS) == Decimal("100.00"), row
            for key in PERCENTS:
                assert Decimal(str(row[key])) == Decimal(str(row[key])).quantize(Decimal("0.01"))
        else:
            assert all(row[key] is None for key in PERCENTS)
    for key in COUNTS:
        assert data["total"][key] == sum(row[key] for row in data["units"]), key
    organisations = data["organisations"]
    shares = [v for k, v in organisations.items() if k.startswith("pct_")]
    assert sum(Decimal(str(v)) for v in shares) == Decimal("100.00")


def test_the_json_file_is_the_same_record_in_readable_utf8(
    workspace: Workspace, commune: Unit, people: dict[str, Member], tmp_path: Path
) -> None:
    path = tmp_path / "xep-loai-2026.json"
    workspace.classification_export.write(commune.id, YEAR, path)

    text = path.read_text(encoding="utf-8")
    assert "Chi bộ thôn Đông" in text  # not \\u-escaped
    assert json.loads(text) == workspace.classification_export.report_json(commune.id, YEAR)


def test_the_pdf_holds_the_report_the_summary_and_every_cells_annex(
    workspace: Workspace, commune: Unit, people: dict[str, Member], tmp_path: Path
) -> None:
    path = tmp_path / "xep-loai-2026.pdf"
    workspace.classification_export.write(commune.id, YEAR, path)
    text = pdf_text(path)

    for expected in (
        "ĐẢNG ỦY XÃ TÂN LẬP",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Tân Lập, ngày",
        "BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI",
        "tính đến ngày 15/12/2026: 18 đồng chí",
        "- Hoàn thành xuất sắc nhiệm vụ: 2 đồng chí (tỷ lệ 16,67%);",
        "- Không hoàn thành nhiệm vụ: 1 đồng chí (tỷ lệ 8,33%).",
        "T/M ĐẢNG ỦY",
        "Tổng cộng 18 1 1 1 1 15 12 2 16,67 8 66,67 1 8,33 1 8,33 25,00",
        f"trong mức 25% được cho phép theo {EXCEPTION}",
        "PHỤ LỤC: DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN — CHI BỘ THÔN ĐÔNG",
        "PHỤ LỤC: DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN — CHI BỘ THÔN ĐOÀI",
        "PHỤ LỤC: DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN — CHI BỘ TRƯỜNG TIỂU HỌC TÂN LẬP",
        "Đỗ Văn Nam 1975 Miễn sinh hoạt Từ ngày 02/01/2024",
        "Hoàng Văn Treo 1975 Đình chỉ sinh hoạt Từ ngày 01/04/2026",
        "Lê Thị Mới 1975 Kết nạp chưa đủ 6 tháng Kết nạp ngày 01/09/2026",
        "Nguyễn Văn Bình 1975 2C 27 60 87 HTXSNV HTXSNV HTXSNV 2",
        "Trịnh Văn Chờ 1975 Chưa có kết quả",
    ):
        assert expected in text, expected
    assert f"Sinh hoạt tạm thời tại {AWAY_WITH}" in text.replace("- ", "-")

    without = tmp_path / "khong-phu-luc.pdf"
    workspace.classification_export.write(commune.id, YEAR, without, annexes=False)
    assert "PHỤ LỤC" not in pdf_text(without)
    assert len(PdfReader(without).pages) < len(PdfReader(path).pages)


def test_the_workbook_holds_the_same_figures(
    workspace: Workspace, commune: Unit, people: dict[str, Member], tmp_path: Path
) -> None:
    path = tmp_path / "xep-loai-2026.xlsx"
    workspace.classification_export.write(commune.id, YEAR, path)
    book = load_workbook(path)

    assert book.sheetnames == ["Tổng hợp", "Tổ chức đảng", "So sánh các năm", DOAI, DONG, SCHOOL]
    rows = list(book["Tổng hợp"].iter_rows(values_only=True))
    heading, *body = rows
    by_name = {row[2]: dict(zip(heading, row, strict=True)) for row in body}
    assert list(by_name) == [DOAI, DONG, SCHOOL, "Tổng cộng"]
    for name, expected in [*EXPECTED.items(), ("Tổng cộng", EXPECTED_TOTAL)]:
        row = by_name[name]
        assert row["Tổng số đảng viên"] == expected["total"]
        assert row["Sinh hoạt tạm thời nơi khác"] == expected["temporarily_elsewhere"]
        assert row["Đã đánh giá, xếp loại"] == expected["reviewed"]
        assert row["HTTNV (số lượng)"] == expected["HTTNV"]
        assert row["HTTNV (%)"] == expected["pct_HTTNV"]
        assert row["HTXSNV/HTTNV (%)"] == expected["cap_ratio"]
    members = [r[1] for r in book[DONG].iter_rows(min_row=2, values_only=True)]
    assert len(members) == 9 and "Nguyễn Văn Bình" in members


def test_one_cells_annex_as_pdf_and_xlsx(
    workspace: Workspace, people: dict[str, Member], tmp_path: Path
) -> None:
    dong = units_by_name(workspace)[DONG]
    pdf, xlsx = tmp_path / "dong.pdf", tmp_path / "dong.xlsx"
    workspace.classification_export.write_annex(dong.id, YEAR, pdf)
    workspace.classification_export.write_annex(dong.id, YEAR, xlsx)

    text = pdf_text(pdf)
    assert "CHI BỘ THÔN ĐÔNG" in text and "ĐẢNG BỘ XÃ TÂN LẬP" in text
    assert "DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN NĂM 2026" in text
    assert "T/M CHI BỘ" in text and "- Lưu Chi bộ." in text
    assert "Tổng số: 9 đảng viên; không phải đánh giá: 3; phải đánh giá: 6; đã đánh giá: 6." in text
    book = load_workbook(xlsx)
    assert book.sheetnames == [DONG]
    assert book.active.max_row == 10


def test_formats_other_than_pdf_xlsx_json_are_refused_and_nothing_is_written(
    workspace: Workspace, commune: Unit, people: dict[str, Member], tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    existing = folder / "bao-cao.docx"
    existing.write_bytes(b"old")
    for name in ("bao-cao.docx", "bao-cao.csv", "bao-cao"):
        with pytest.raises(OperationRefused) as refused:
            workspace.classification_export.write(commune.id, YEAR, folder / name)
        assert refused.value.code == "export.unsupported_format"
        assert refused.value.params["suffix"] == Path(name).suffix
    dong = units_by_name(workspace)[DONG]
    with pytest.raises(OperationRefused) as refused:
        workspace.classification_export.write_annex(dong.id, YEAR, folder / "dong.json")
    assert refused.value.code == "export.unsupported_format"
    assert sorted(p.name for p in folder.iterdir()) == ["bao-cao.docx"]
    assert existing.read_bytes() == b"old"


def test_refusals_for_a_unit_that_is_not_there_and_a_commune_as_an_annex(
    workspace: Workspace, commune: Unit, people: dict[str, Member], tmp_path: Path
) -> None:
    from uuid import uuid4

    export = workspace.classification_export
    with pytest.raises(OperationRefused) as refused:
        export.write(uuid4(), YEAR, tmp_path / "x.pdf")
    assert refused.value.code == "record.not_found"
    with pytest.raises(OperationRefused) as refused:
        export.write_annex(commune.id, YEAR, tmp_path / "x.pdf")
    assert refused.value.code == "export.not_a_cell"
    assert not (tmp_path / "x.pdf").exists()


def test_five_excellent_years_running_make_an_award_candidate(
    workspace: Workspace, commune: Unit, people: dict[str, Member], tmp_path: Path
) -> None:
    # Given Nguyễn Văn Bình rated HTXSNV in 2025 and 2026 (build), then 2023, 2024 and 2027
    binh = people["Nguyễn Văn Bình"]
    for year in (2023, 2024, 2027):
        workspace.evaluations.open_year(commune.id, year)
        rate(workspace, binh, year, E, scores=year >= 2025)

    data = workspace.classification_export.report_json(commune.id, 2027)
    assert data["award_candidates"] == [
        {"member_id": str(binh.id), "name": "Nguyễn Văn Bình", "unit": DONG}
    ]
    assert [y["year"] for y in data["history"]] == [2023, 2024, 2025, 2026]
    path = tmp_path / "2027.pdf"
    workspace.classification_export.write(commune.id, 2027, path)
    text = pdf_text(path)
    assert "5 năm liền (2023–2027), đề nghị cấp trên khen thưởng: 1 đồng chí" in text
    assert "1 Nguyễn Văn Bình Chi bộ thôn Đông" in text
    # His streak shows in the annex.
    assert re.search(r"Nguyễn Văn Bình 1975 2C 27 60 87 HTXSNV HTXSNV HTXSNV 5\b", text)


def test_one_cells_own_report_is_issued_and_signed_by_the_cell(
    workspace: Workspace, people: dict[str, Member], tmp_path: Path
) -> None:
    dong = units_by_name(workspace)[DONG]
    path = tmp_path / "dong-bao-cao.pdf"
    workspace.classification_export.write(dong.id, YEAR, path)
    text = pdf_text(path)

    assert "ĐẢNG BỘ XÃ TÂN LẬP" in text and "CHI BỘ THÔN ĐÔNG" in text
    assert "Số -BC/CB" in text
    assert "Tổng số đảng viên của chi bộ tính đến ngày 15/12/2026: 9 đồng chí" in text
    assert (
        "Chi bộ tự xếp loại: hoàn thành tốt nhiệm vụ; Đảng ủy xếp loại: hoàn thành tốt nhiệm vụ."
    ) in text
    assert "T/M CHI BỘ" in text and "- Lưu Chi bộ." in text
    assert text.count("PHỤ LỤC: DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN — ") == 1
