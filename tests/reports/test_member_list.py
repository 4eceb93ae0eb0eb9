"""The member list PDF measured on the page: margins, repeated headings, page numbers, wrapping."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from chibo_desktop.reports import party_document as party
from chibo_desktop.reports.columns import Column, ColumnKind
from chibo_desktop.reports.member_list import (
    MemberListDocument,
    column_widths,
    needs_landscape,
    render_member_list,
)

COLUMNS = [
    Column("index", "STT", ColumnKind.NUMBER, 11),
    Column("full_name", "Họ và tên", ColumnKind.TEXT, 44),
    Column("birth_date", "Ngày sinh", ColumnKind.DATE, 22),
    Column("gender", "Giới tính", ColumnKind.TEXT, 13),
    Column("ethnicity", "Dân tộc", ColumnKind.TEXT, 16),
    Column("unit", "Chi bộ", ColumnKind.TEXT, 36),
    Column("admission_date", "Ngày vào Đảng", ColumnKind.DATE, 22),
    Column("official_date", "Ngày chính thức", ColumnKind.DATE, 22),
    Column("party_card", "Số thẻ đảng viên", ColumnKind.CODE, 27),
    Column("remark", "Ghi chú", ColumnKind.TEXT, 24),
]
NAMES = ["Nguyễn Thị Ánh", "Đặng Văn Ửng", "Lê Văn An", "Trần Thị Ân"]
LONG_CELL = "Chi bộ Trường Trung học cơ sở Tân Lập và các thôn lân cận của xã"


def _rows(count: int) -> list[list[object]]:
    return [
        [
            n,
            NAMES[n % len(NAMES)],
            date(1970, 1 + n % 12, 1 + n % 28),
            "Nữ" if " Thị " in NAMES[n % len(NAMES)] else "Nam",
            "Bru - Vân Kiều" if n % 5 == 0 else "Kinh",
            LONG_CELL if n % 3 == 0 else "Chi bộ thôn Đông",
            date(1995, 5, 19),
            None if n % 4 == 0 else date(1996, 5, 19),
            f"{n:08d}",
            "Dự bị" if n % 4 == 0 else "",
        ]
        for n in range(1, count + 1)
    ]


def _document(rows: list[list[object]], columns: list[Column] = COLUMNS) -> MemberListDocument:
    return MemberListDocument(
        header=party.DocumentHeader(
            issuer="Chi bộ thôn Đông",
            superior="Đảng bộ xã Tân Lập",
            place="Tân Lập",
            day=date(2026, 2, 5),
        ),
        title="Danh sách đảng viên",
        subtitle=["Chi bộ thôn Đông, tính đến ngày 05/02/2026"],
        columns=columns,
        rows=rows,  # type: ignore[arg-type]
        totals=[f"Tổng số: {len(rows)} đảng viên."],
        signature=party.Signature("T/M Chi bộ", "Bí thư", "Nguyễn Văn Đức"),
        recipients=["- Đảng ủy xã Tân Lập (để báo cáo);", "- Lưu Chi bộ."],
    )


@dataclass(frozen=True)
class Placed:
    text: str
    x: float
    y: float  # baseline
    right: float
    size: float


def placed_text(page: object) -> list[Placed]:
    """Every non-blank piece of text on ``page`` with its position (points from bottom left)."""
    found: list[Placed] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        shown = text.strip("\n")
        if not shown.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        base = str(font["/BaseFont"]).split("+")[-1]  # type: ignore[index]
        width = stringWidth(shown, base, size)
        found.append(Placed(shown.strip(), x, y, x + width, size))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return found


@pytest.fixture(scope="module")
def long_list() -> PdfReader:
    out = io.BytesIO()
    render_member_list(_document(_rows(120)), out)
    return PdfReader(io.BytesIO(out.getvalue()))


def test_the_wide_list_turns_landscape_and_a_narrow_one_stays_portrait() -> None:
    assert needs_landscape(COLUMNS)
    assert not needs_landscape(COLUMNS[:4])
    widths = column_widths(COLUMNS, party.LANDSCAPE_TEXT_WIDTH)
    assert sum(widths) == pytest.approx(party.LANDSCAPE_TEXT_WIDTH)
    # Only text columns take the spare width; the others keep theirs.
    assert widths[2] == pytest.approx(22 * mm)
    out = io.BytesIO()
    render_member_list(_document([row[:4] for row in _rows(5)], COLUMNS[:4]), out)
    box = PdfReader(io.BytesIO(out.getvalue())).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_every_text_stays_inside_the_party_margins(long_list: PdfReader) -> None:
    assert len(long_list.pages) >= 3
    for number, page in enumerate(long_list.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (842, 595)  # A4 landscape
        body = [p for p in placed_text(page) if not (number > 1 and p.text == str(number))]
        assert min(p.x for p in body) >= 30 * mm - 0.01, number
        assert max(p.right for p in body) <= width - 15 * mm + 0.01, number
        # The top of the highest line (cap height ≈ 0.9 of the size) stays below 20 mm.
        assert max(p.y + 0.9 * p.size for p in body) <= height - 20 * mm + 0.01, number
        assert min(p.y for p in body) >= 20 * mm - 0.01, number


def test_headings_repeat_and_page_numbers_start_on_page_two(long_list: PdfReader) -> None:
    for number, page in enumerate(long_list.pages, start=1):
        placed = placed_text(page)
        texts = [p.text for p in placed]
        assert "Họ và tên" in texts and "Ngày sinh" in texts, number
        highest = max(placed, key=lambda p: p.y)
        if number == 1:
            assert highest.text == "ĐẢNG BỘ XÃ TÂN LẬP"  # nothing above the header
            assert "1" not in [p.text for p in placed if p.y > page.mediabox.height - 20 * mm]
        else:
            assert highest.text == str(number)
            assert float(page.mediabox.height) - highest.y < 20 * mm


def test_names_keep_their_diacritics_and_long_cells_wrap_instead_of_being_cut(
    long_list: PdfReader,
) -> None:
    text = "\n".join(page.extract_text() for page in long_list.pages)
    assert "Nguyễn Thị Ánh" in text and "Đặng Văn Ửng" in text and "Trần Thị Ân" in text
    first = placed_text(long_list.pages[0])
    lines = [p.text for p in first]
    # The long cell name is split over lines that together give it whole.
    start = next(i for i, line in enumerate(lines) if line.startswith("Chi bộ Trường"))
    joined = lines[start]
    assert joined != LONG_CELL  # it did not fit on one line
    for line in lines[start + 1 :]:
        if not LONG_CELL.startswith(f"{joined} {line}"):
            break
        joined = f"{joined} {line}"
    assert joined == LONG_CELL
    assert "Tổng số: 120 đảng viên." in text
    assert "00000120" in text  # card numbers as written, leading zeros kept


@pytest.mark.parametrize("count", range(20, 30))
def test_the_signature_never_stands_alone_on_the_last_page(count: int) -> None:
    out = io.BytesIO()
    render_member_list(_document(_rows(count)), out)
    last = PdfReader(io.BytesIO(out.getvalue())).pages[-1]
    texts = [p.text for p in placed_text(last)]
    assert "Nguyễn Văn Đức" in texts and f"Tổng số: {count} đảng viên." in texts
    # The last rows of the list came along, under their headings.
    assert "Họ và tên" in texts
    assert f"{count - 2:08d}" in texts and f"{count:08d}" in texts


def test_the_last_rows_continue_the_table_without_repeating_its_headings() -> None:
    out = io.BytesIO()
    assert render_member_list(_document(_rows(5)), out) == 1
    texts = [p.text for p in placed_text(PdfReader(io.BytesIO(out.getvalue())).pages[0])]
    assert texts.count("Họ và tên") == 1
    assert [t for t in texts if t.isdigit() and len(t) == 8] == [f"{n:08d}" for n in range(1, 6)]


def test_an_empty_list_still_has_its_headings_totals_and_signature() -> None:
    out = io.BytesIO()
    assert render_member_list(_document([]), out) == 1
    texts = [p.text for p in placed_text(PdfReader(io.BytesIO(out.getvalue())).pages[0])]
    assert "Họ và tên" in texts and "Tổng số: 0 đảng viên." in texts and "BÍ THƯ" in texts
