"""The Party document format: the date line, the header, the closing, fonts and page numbers."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.platypus import KeepTogether

from chibo_desktop.reports import party_document as party


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 2, 5), "ngày 05 tháng 02 năm 2026"),
        (date(2026, 1, 31), "ngày 31 tháng 01 năm 2026"),
        (date(2026, 3, 9), "ngày 09 tháng 3 năm 2026"),
        (date(2026, 10, 15), "ngày 15 tháng 10 năm 2026"),
        (date(2025, 12, 1), "ngày 01 tháng 12 năm 2025"),
    ],
)
def test_party_date_pads_days_below_10_and_january_february_only(day: date, expected: str) -> None:
    assert party.party_date(day) == expected


def test_place_and_date_line() -> None:
    assert party.place_and_date("Tân Lập", date(2026, 2, 5)) == (
        "Tân Lập, ngày 05 tháng 02 năm 2026"
    )
    # Without a place the line still reads as a sentence.
    assert party.place_and_date("  ", date(2026, 2, 5)) == "Ngày 05 tháng 02 năm 2026"


def _resolution(paragraphs: int) -> tuple[bytes, int]:
    style = party.styles()
    width = party.text_width()
    header = party.DocumentHeader(
        issuer="Chi bộ thôn Đông",
        superior="Đảng bộ xã Tân Lập",
        place="Tân Lập",
        day=date(2026, 2, 5),
        number="Số 05-NQ/CB",
    )
    paragraphs = [
        party.body(f"Đoạn {n}: chi bộ thống nhất thực hiện <các> nhiệm vụ & chỉ tiêu. " * 6, style)
        for n in range(1, paragraphs + 1)
    ]
    closing = party.closing(
        party.Signature("T/M Chi bộ", "Bí thư", "Nguyễn Văn Đức"),
        ["- Đảng ủy xã Tân Lập (để báo cáo);", "- Lưu Chi bộ."],
        width,
        style,
    )
    story = [
        party.header(header, width, style),
        *party.title("Nghị quyết", ["về nhiệm vụ tháng 02 năm 2026"], style),
        *paragraphs[:-1],
        KeepTogether([paragraphs[-1], closing]),
    ]
    out = io.BytesIO()
    pages = party.build(out, story, title_text="Nghị quyết", author="Chi bộ thôn Đông")
    return out.getvalue(), pages


def test_header_title_body_and_closing_read_back_in_vietnamese() -> None:
    pdf, pages = _resolution(paragraphs=2)
    assert pages == 1
    lines = [
        line.strip() for line in PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split("\n")
    ]
    # Header: superior in upper case, issuer in upper case, the "*", the number; the party name
    # and the place-date line on the right.
    for expected in (
        "ĐẢNG BỘ XÃ TÂN LẬP",
        "CHI BỘ THÔN ĐÔNG",
        "*",
        "Số 05-NQ/CB",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Tân Lập, ngày 05 tháng 02 năm 2026",
        "NGHỊ QUYẾT",
        "về nhiệm vụ tháng 02 năm 2026",
        "Nơi nhận:",
        "- Đảng ủy xã Tân Lập (để báo cáo);",
        "- Lưu Chi bộ.",
        "T/M CHI BỘ",
        "BÍ THƯ",
        "Nguyễn Văn Đức",
    ):
        assert expected in lines, expected
    text = " ".join(lines)
    assert "<các> nhiệm vụ & chỉ tiêu" in text  # markup characters are escaped, not eaten


def test_fonts_are_embedded_liberation_serif_and_metadata_is_set() -> None:
    pdf, _ = _resolution(paragraphs=1)
    reader = PdfReader(io.BytesIO(pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(fonts[key].get_object()["/BaseFont"]).split("+")[-1] for key in fonts}
    assert {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"} <= names
    assert all(
        "/FontFile2" in fonts[key].get_object()["/FontDescriptor"]
        for key in fonts
        if "LiberationSerif" in str(fonts[key].get_object()["/BaseFont"])
    )
    assert reader.metadata is not None
    assert reader.metadata.title == "Nghị quyết"


def test_page_numbers_start_on_page_two_at_the_top_centre() -> None:
    pdf, pages = _resolution(paragraphs=14)
    assert pages >= 2
    reader = PdfReader(io.BytesIO(pdf))
    first_lines = reader.pages[0].extract_text().split("\n")
    assert first_lines[0].strip() == "ĐẢNG BỘ XÃ TÂN LẬP"  # no number above the header
    for number, page in enumerate(reader.pages[1:], start=2):
        found: list[tuple[str, float, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            if text.strip():
                found.append((text.strip(), cm[4] + tm[4], cm[5] + tm[5]))  # noqa: B023

        page.extract_text(visitor_text=visit)
        top = max(found, key=lambda item: item[2])
        height = float(page.mediabox.height)
        assert top[0] == str(number)
        assert height - top[2] < party.MARGIN_TOP  # in the top margin, above the text
        centre = party.MARGIN_LEFT + party.PORTRAIT_TEXT_WIDTH / 2
        width = 6.5 * len(top[0])  # about one digit at 13 pt
        assert abs(top[1] + width / 2 - centre) < 4
