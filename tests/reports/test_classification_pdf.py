"""The classification report as a PDF, read back with pypdf: the signed portrait report, the
landscape summary with its cap marks, the member annexes, and the table shortcut that draws
every text where ReportLab itself would."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import pytest
from classification_documents import EXCEPTION, QD124, annex_document, document
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from chibo_desktop.reports import party_document as party
from chibo_desktop.reports.classification import (
    _Table,
    percent_text,
    report_record,
    write_annex_pdf,
    write_classification_pdf,
)


def render(write: Callable[[io.BytesIO], int]) -> tuple[PdfReader, int]:
    out = io.BytesIO()
    pages = write(out)
    return PdfReader(io.BytesIO(out.getvalue())), pages


def lines(reader: PdfReader, index: int) -> list[str]:
    return [line.strip() for line in reader.pages[index].extract_text().split("\n")]


def flat(reader: PdfReader, index: int) -> str:
    """The page's text on one line: words wrapped in table cells joined by single spaces."""
    return re.sub(r"\s+", " ", reader.pages[index].extract_text())


def landscape(reader: PdfReader, index: int) -> bool:
    box = reader.pages[index].mediabox
    return float(box.width) > float(box.height)


def pages_with(reader: PdfReader, text: str) -> list[int]:
    return [i for i in range(len(reader.pages)) if text in flat(reader, i)]


def test_the_signed_report_is_portrait_with_the_party_header_and_the_figures() -> None:
    reader, pages = render(lambda out: write_classification_pdf(document(), out))

    assert pages == len(reader.pages)
    assert not landscape(reader, 0)
    first = lines(reader, 0)
    for expected in (
        "ĐẢNG BỘ TỈNH BẮC NINH",
        "ĐẢNG ỦY XÃ TÂN LẬP",
        "*",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI",
        "CHẤT LƯỢNG TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN NĂM 2026",
        "I. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN",
    ):
        assert expected in first, expected
    text = flat(reader, 0)
    assert "Tân Lập, ngày 20 tháng 12 năm 2026" in text
    assert "Số -BC/ĐU" in text
    # 37 on the roll; 5 not reviewed (2 exempt, 1 suspended, 1 too new... and the 1 away is
    # reviewed here); 27 rated of 32 required: 5 / 20 / 2 / 0 of 27.
    assert "tính đến ngày 15/12/2026: 37 đồng chí" in text
    assert "Không phải đánh giá, xếp loại: 4 đồng chí" in text
    assert "phải đánh giá, xếp loại: 33 đồng chí; đã đánh giá, xếp loại: 27 đồng chí" in text
    assert "(còn 6 đồng chí chưa có kết quả)" in text
    assert "- Hoàn thành xuất sắc nhiệm vụ: 5 đồng chí (tỷ lệ 18,52%);" in text
    assert "- Hoàn thành tốt nhiệm vụ: 20 đồng chí (tỷ lệ 74,07%);" in text
    assert "- Hoàn thành nhiệm vụ: 2 đồng chí (tỷ lệ 7,41%);" in text
    assert "- Không hoàn thành nhiệm vụ: 0 đồng chí (tỷ lệ 0,00%)." in text
    assert "25,00% (vượt mức tối đa 20% số đảng viên HTTNV, tức không quá 4 đồng chí)" in text
    # The first page carries the header instead of a page number.
    assert not first[0].isdigit()


def test_organisations_earlier_years_awards_and_the_signature() -> None:
    reader, _ = render(lambda out: write_classification_pdf(document(), out))
    signed = " ".join(flat(reader, i) for i in range(len(reader.pages)) if not landscape(reader, i))

    assert "II. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC ĐẢNG" in signed
    assert "Tổng số chi bộ trực thuộc: 3." in signed
    # Two cells HTTNV, the school newly formed: 66,67 + 33,33 = 100,00.
    assert "2 Hoàn thành tốt nhiệm vụ (HTTNV) 2 66,67" in signed
    assert "5 Chưa xếp loại (mới thành lập) 1 33,33" in signed
    assert "Tổng cộng 3 100,00" in signed
    assert "III. SO SÁNH VỚI CÁC NĂM TRƯỚC" in signed
    assert "2024 26 2 7,69 20 76,92 3 11,54 1 3,85 10,00 HTTNV" in signed
    assert "2025 28 4 14,29 22 78,57 2 7,14 0 0,00 18,18 HTTNV" in signed
    assert "2026 27 5 18,52 20 74,07 2 7,41 0 0,00 25,00 HTTNV" in signed
    assert "IV. ĐỀ NGHỊ KHEN THƯỞNG" in signed
    assert "5 năm liền (2022–2026)" in signed
    assert "1 Nguyễn Văn Bình Chi bộ thôn Đông" in signed
    assert "T/M ĐẢNG ỦY" in signed and "BÍ THƯ" in signed
    assert "- Lưu Văn phòng Đảng ủy." in signed


def test_the_summary_is_landscape_with_a_row_per_cell_the_total_and_the_cap_marked() -> None:
    reader, _ = render(lambda out: write_classification_pdf(document(), out))
    [summary] = pages_with(reader, "BIỂU TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN NĂM 2026")

    assert landscape(reader, summary)
    assert not landscape(reader, summary - 1)
    text = flat(reader, summary)
    # STT, name, total, exempt, suspended, new, away, required, reviewed, 4 × (count, %),
    # HTXSNV/HTTNV with its footnote mark, the cell's own levels.
    assert re.search(
        r"1 Chi bộ thôn Đông 20 2 1 1 1 16 16 3 18,75 12 75,00 1 6,25 0 0,00 "
        r"25,00 ?\(1\) HTTNV HTTNV",
        text,
    ), text
    assert re.search(
        r"2 Chi bộ thôn Đoài 12 0 0 0 0 12 11 2 18,18 8 72,73 1 9,09 0 0,00 "
        r"25,00 ?\(2\) HTXSNV HTTNV",
        text,
    ), text
    # Nobody rated yet: dashes, not zeros; newly formed instead of a level.
    assert "3 Chi bộ Trường Tiểu học Tân Lập 5 0 0 0 0 5 0 0 — 0 — 0 — 0 — — Mới thành lập" in text
    assert re.search(
        r"Tổng cộng 37 2 1 1 1 33 27 5 18,52 20 74,07 2 7,41 0 0,00 25,00 ?\(3\) HTTNV", text
    ), text
    assert (
        "(1) Chi bộ thôn Đông: HTXSNV/HTTNV 25,00%, vượt mức tối đa 20% (tối đa 2 HTXSNV trên "
        "12 HTTNV, hiện có 3); chưa có quyết định cho phép vượt mức."
    ) in text
    assert (
        f"(2) Chi bộ thôn Đoài: HTXSNV/HTTNV 25,00%, trong mức 25% được cho phép theo {EXCEPTION}"
    ) in text
    assert "(3) Đảng bộ xã Tân Lập: HTXSNV/HTTNV 25,00%, vượt mức tối đa 20%" in text
    # The page number sits at the top, from page 2 on.
    assert lines(reader, summary)[0] == str(summary + 1)


def test_each_cell_has_an_annex_listing_its_members() -> None:
    reader, _ = render(lambda out: write_classification_pdf(document(), out))
    heading = "PHỤ LỤC: DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN — CHI BỘ THÔN ĐÔNG"
    [page] = pages_with(reader, heading)

    assert landscape(reader, page)
    text = flat(reader, page)
    assert "Họ và tên Năm sinh Mẫu phiếu" in text
    assert "Tiêu chí chung (/30) Nhiệm vụ (/70) Tổng (/100)" in text
    assert "1 Nguyễn Văn Bình 1960 2A 28 65 93 HTXSNV HTXSNV HTXSNV 5 Bí thư chi bộ" in text
    assert "2 Trần Thị Lan 1972 2C 25 55 80 HTTNV HTTNV HTTNV" in text
    assert "3 Đỗ Văn Nam 1941 Miễn sinh hoạt Từ ngày 02/01/2024" in text
    assert "4 Hoàng Văn Treo 1980 Đình chỉ sinh hoạt" in text
    assert "5 Lê Thị Mới 1998 Kết nạp chưa đủ 6 tháng Kết nạp ngày 01/09/2026" in text
    assert "6 Phạm Văn Hùng 1985 2C 22 50 72 HTNV HTTNV HTNV Sinh hoạt tạm thời tại Hà Nội" in text
    assert "Tổng số: 20 đảng viên; không phải đánh giá: 4; phải đánh giá: 16" in text
    assert "Chi bộ tự xếp loại: HTTNV; Đảng ủy xếp loại: HTTNV." in text
    [school] = pages_with(reader, "— CHI BỘ TRƯỜNG TIỂU HỌC TÂN LẬP")
    assert "Chi bộ mới thành lập, chưa xếp loại." in flat(reader, school)


def test_a_long_annex_repeats_its_headings_and_keeps_its_figures_with_the_last_rows() -> None:
    reader, _ = render(lambda out: write_classification_pdf(document(rows=300), out))
    first = pages_with(reader, "— CHI BỘ THÔN ĐÔNG")[0]
    last = pages_with(reader, "— CHI BỘ TRƯỜNG TIỂU HỌC TÂN LẬP")[0] - 1

    assert last - first >= 5
    for page in range(first, last + 1):
        text = flat(reader, page)
        assert "Họ và tên Năm sinh Mẫu phiếu" in text, page
        assert lines(reader, page)[0] == str(page + 1)
    numbers = [int(n) for n in re.findall(r"(?m)^(\d+) \S", "\n".join(lines(reader, last)))]
    assert 300 in numbers and len([n for n in numbers if n > 200]) >= 3
    assert "Tổng số: 20 đảng viên" in flat(reader, last)


def test_the_2023_profile_has_no_score_columns_and_no_annexes_when_left_out() -> None:
    reader, _ = render(lambda out: write_classification_pdf(document(profile=QD124), out))
    text = " ".join(flat(reader, i) for i in range(len(reader.pages)))
    assert "PHỤ LỤC" in text
    assert "Tiêu chí chung" not in text and "Điểm tự đánh giá" not in text
    assert "1 Nguyễn Văn Bình 1960 2A HTXSNV HTXSNV HTXSNV 5 Bí thư chi bộ" in text

    reader, _ = render(lambda out: write_classification_pdf(document(annexes=False), out))
    text = " ".join(flat(reader, i) for i in range(len(reader.pages)))
    assert "PHỤ LỤC" not in text
    assert "Số liệu của từng chi bộ tại Biểu tổng hợp kèm theo." in text


def test_text_stays_inside_the_margins_on_both_orientations() -> None:
    reader, _ = render(lambda out: write_classification_pdf(document(rows=40), out))
    for index, page in enumerate(reader.pages):
        lefts: list[float] = []

        def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            if text.strip():
                lefts.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])  # noqa: B023

        page.extract_text(visitor_text=visit)
        # The binding edge is on the left, 30 mm, on portrait and turned pages alike.
        assert min(lefts) >= party.MARGIN_LEFT - 0.5, index


def test_one_cells_list_as_its_own_signed_document() -> None:
    reader, pages = render(lambda out: write_annex_pdf(annex_document(rows=60), out))

    assert all(landscape(reader, i) for i in range(pages))
    first = flat(reader, 0)
    assert "ĐẢNG BỘ XÃ TÂN LẬP" in first and "CHI BỘ THÔN ĐÔNG" in first
    assert "DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN NĂM 2026" in first
    assert "(Ngày đánh giá: 15/12/2026)" in first
    last = flat(reader, pages - 1)
    # The signature is never alone: the last rows and the figures are on its page.
    assert "T/M CHI BỘ" in last and "Nguyễn Văn Bình" in last
    assert re.search(r"\b60 Phạm Văn Hùng", last)
    assert "- Lưu Chi bộ." in last


@pytest.mark.parametrize(("value", "shown"), [(None, "—"), ("18.75", "18,75"), ("100", "100,00")])
def test_percentages_have_a_decimal_comma(value: str | None, shown: str) -> None:
    from decimal import Decimal

    assert percent_text(None if value is None else Decimal(value)) == shown


def test_the_json_record_of_the_built_document() -> None:
    record = report_record(document())
    dong, doai, school = record["units"]  # type: ignore[misc]
    assert dong["pct_HTXSNV"] == 18.75 and dong["cap_ratio"] == 25.0 and not dong["cap_kept"]
    assert doai["cap_percent"] == 25 and doai["cap_kept"]
    assert doai["cap_exception_decision"] == EXCEPTION
    assert school["pct_HTTNV"] is None and school["cap_ratio"] is None
    assert record["total"]["reviewed"] == 27  # type: ignore[index]


def _drawn_texts(table_class: type[Table]) -> list[tuple[bytes, float, float]]:
    """Every string a table of plain cells (left, centred, two lines, empty, coloured, bold)
    shows, with where it starts on the page, read from the page's content stream."""
    data = [
        ["STT", "Họ và tên", "Xếp loại", "Ghi chú"],
        ["1", "Nguyễn Văn Bình", "HTXSNV", ""],
        ["2", "Trần Thị Lan", "HTTNV", "Sinh hoạt tạm thời\ntại Hà Nội"],
        ["", "Tổng cộng", "", "—"],
    ]
    table = table_class(data, colWidths=[12 * mm, 50 * mm, 25 * mm, 40 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), party.FONT, 10, 11.5),
                ("FONT", (0, -1), (-1, -1), party.FONT_BOLD, 10, 11.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (3, 0), (3, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("ALIGN", (1, 1), (1, -1), "LEFT"),
                ("TEXTCOLOR", (2, 1), (2, 1), colors.red),
            ]
        )
    )
    party.register_fonts()
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([table])
    reader = PdfReader(io.BytesIO(out.getvalue()))
    page = reader.pages[0]
    operations = ContentStream(page.get_contents(), reader).operations
    found: list[tuple[bytes, float, float]] = []
    ctm, saved, tm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], [], [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    for operands, operator in operations:
        if operator == b"q":
            saved.append(ctm)
        elif operator == b"Q":
            ctm = saved.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(o) for o in operands)
            ctm = [
                a * ctm[0] + b * ctm[2],
                a * ctm[1] + b * ctm[3],
                c * ctm[0] + d * ctm[2],
                c * ctm[1] + d * ctm[3],
                e * ctm[0] + f * ctm[2] + ctm[4],
                e * ctm[1] + f * ctm[3] + ctm[5],
            ]
        elif operator == b"Tm":
            tm = [float(o) for o in operands]
        elif operator == b"Tj":
            x = tm[4] * ctm[0] + tm[5] * ctm[2] + ctm[4]
            y = tm[4] * ctm[1] + tm[5] * ctm[3] + ctm[5]
            shown = operands[0]
            raw = shown.original_bytes if hasattr(shown, "original_bytes") else bytes(shown)
            found.append((raw, round(x, 2), round(y, 2)))
    return sorted(found)


def test_the_fast_table_draws_every_text_where_reportlab_does() -> None:
    fast, plain = _drawn_texts(_Table), _drawn_texts(Table)

    # 14 strings: the empty cells draw nothing in either, the two-line note is two strings.
    assert len(plain) == 14
    assert fast == plain
