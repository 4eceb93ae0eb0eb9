"""The minutes and the resolution as Word files, opened again with python-docx."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import docx
import pytest
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table
from test_minutes_pdf import sample_minutes, sample_print, sample_record

from chibo_desktop.domain.meetings import DocumentType, MinutesRecord
from chibo_desktop.reports.minutes import MinutesPrint
from chibo_desktop.reports.minutes_docx import write_minutes_docx, write_resolution_docx

Writer = Callable[[MinutesPrint, BinaryIO], None]


def _written(
    tmp_path: Path, name: str, write: Writer, record: MinutesRecord | None = None
) -> WordDocument:
    path = tmp_path / name
    with path.open("wb") as target:
        write(sample_print(record), target)
    return docx.Document(str(path))


def _body_text(word: WordDocument) -> str:
    """Paragraphs and table cells in reading order, one space between them."""
    parts: list[str] = []
    for block in word.iter_inner_content():
        if isinstance(block, Table):
            parts += [cell.text for row in block.rows for cell in row.cells]
        else:
            parts.append(block.text)
    return " ".join(" ".join(parts).split())


def _borders(table: Table) -> bool:
    properties = table._tbl.tblPr
    return properties.find(qn("w:tblBorders")) is not None or (
        table.style is not None and table.style.name == "Table Grid"
    )


@pytest.fixture(scope="module")
def minutes_docx(tmp_path_factory: pytest.TempPathFactory) -> WordDocument:
    return _written(tmp_path_factory.mktemp("docx"), "bien_ban.docx", write_minutes_docx)


def test_page_margins_and_fonts(minutes_docx: WordDocument) -> None:
    section = minutes_docx.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm, 1) for m in margins] == [20, 20, 30, 15]
    normal = minutes_docx.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size == Pt(14)
    # The document defaults name the face too, without the theme font that would override it.
    defaults = minutes_docx.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "Times New Roman"
    assert fonts.get(qn("w:asciiTheme")) is None and fonts.get(qn("w:hAnsiTheme")) is None


def test_header_is_a_borderless_two_column_table(minutes_docx: WordDocument) -> None:
    header = minutes_docx.tables[0]
    assert len(header.columns) == 2 and not _borders(header)
    assert header.cell(0, 0).text.split("\n") == ["ĐẢNG BỘ XÃ TÂN LẬP", "CHI BỘ THÔN ĐÔNG"]
    assert header.cell(0, 0).paragraphs[1].runs[0].bold
    assert header.cell(0, 1).text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert header.cell(1, 0).text == "*"
    assert header.cell(2, 1).text == "Tân Lập, ngày 05 tháng 02 năm 2026"
    assert header.cell(2, 1).paragraphs[0].runs[0].italic
    assert header.cell(2, 0).text == ""  # the minutes carry no number


def test_the_minutes_say_what_the_pdf_says(minutes_docx: WordDocument) -> None:
    text = _body_text(minutes_docx)
    for expected in (
        "BIÊN BẢN Sinh hoạt chi bộ thường kỳ tháng 02/2026",
        "bắt đầu lúc 19:30 ngày 05/02/2026, kết thúc lúc 21:15; thời lượng 105 phút.",
        "Đồng chí Lê Văn Tâm, Đảng ủy viên, Phó Chủ tịch UBND xã (đại biểu cấp ủy cấp trên).",
        "Đảng viên phải dự: 10 đồng chí; có mặt 9/10 đồng chí (đạt 90%).",
        "Vắng có lý do: 1 đồng chí (Trần Văn Bình: đi công tác tại tỉnh).",
        "Đồng chí Đặng Văn Đức: Đề nghị sớm sửa đường liên thôn.",
        "Nạo vét kênh mương nội đồng Phạm Quốc Việt 25/01/2026 Hoàn thành",
        "tán thành 7/8 đồng chí (87,5%)",
        "(cần ≥ 2/3 đảng viên chính thức, tức ít nhất 6/8).",
        "Tổng cộng 100 92",
        "Tổng số điểm: 92/100 điểm. Xếp loại chất lượng buổi sinh hoạt: Tốt.",
        "Biên bản đã được đọc lại cho chi bộ nghe và được nhất trí thông qua.",
        "PHỤ LỤC ĐÍNH CHÍNH",
        "Sửa thời hạn nhiệm vụ số 2 thành ngày 28/02/2026.",
    ):
        assert expected in text, expected
    # Sections in the order the minutes must follow.
    order = ["I. THỜI GIAN", "II. THÀNH PHẦN", "III. NỘI DUNG", "IV. KẾT QUẢ", "V. KẾT LUẬN"]
    order += ["VI. NHIỆM VỤ", "VII. BIỂU QUYẾT", "VIII. CHẤM ĐIỂM", "THƯ KÝ", "PHỤ LỤC"]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)


def test_lists_are_ruled_tables_whose_headings_repeat(minutes_docx: WordDocument) -> None:
    ruled = [t for t in minutes_docx.tables if _borders(t)]
    assert [t.rows[0].cells[1].text for t in ruled] == ["Nhiệm vụ", "Người thực hiện", "Tiêu chí"]
    tasks = ruled[1]
    assert len(tasks.rows) == 5  # the headings and four tasks
    assert [c.text for c in tasks.rows[1].cells] == [
        "1",
        "Phạm Quốc Việt",
        "Nhiệm vụ số 1: vận động các hộ trong xóm tham gia làm đường giao thông nông thôn",
        "25/02/2026",
        "03/03/2026",
    ]
    for table in ruled:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    total = ruled[2].rows[-1]
    assert [c.text for c in total.cells] == ["", "Tổng cộng", "100", "92"]
    assert total.cells[3].paragraphs[0].runs[0].bold


def test_signatures_secretary_left_chair_right(minutes_docx: WordDocument) -> None:
    signatures = minutes_docx.tables[-1]
    assert not _borders(signatures)
    left, right = signatures.rows[0].cells
    assert left.text.split("\n")[0] == "THƯ KÝ" and right.text.split("\n")[0] == "CHỦ TRÌ"
    assert left.paragraphs[-1].text == "Nguyễn Thị Hương"
    assert right.paragraphs[-1].text == "Nguyễn Văn Đức"
    assert right.paragraphs[-1].runs[0].bold
    blank = [p for p in right.paragraphs if not p.text]
    assert 3 <= len(blank) <= 4


def test_footer_and_page_numbers(minutes_docx: WordDocument, tmp_path: Path) -> None:
    section = minutes_docx.sections[0]
    code = sample_record().meeting.short_code
    assert section.footer.paragraphs[0].text == f"Mã biên bản: {code}"
    assert section.first_page_footer.paragraphs[0].text == f"Mã biên bản: {code}"
    assert section.different_first_page_header_footer  # no number on the first page
    assert 'w:instr="PAGE"' in section.header._element.xml
    assert "PAGE" not in section.first_page_header._element.xml
    draft = _written(tmp_path, "nhap.docx", write_minutes_docx, sample_record(finalised=False))
    footer = draft.sections[0].footer.paragraphs[0].text
    assert footer == "BẢN NHÁP – chưa hoàn tất"
    assert "PHỤ LỤC" not in _body_text(draft)


def test_the_resolution(tmp_path: Path) -> None:
    word = _written(tmp_path, "nghi_quyet.docx", write_resolution_docx)
    header = word.tables[0]
    assert header.cell(2, 0).text == "Số 05-NQ/CB"
    text = _body_text(word)
    assert "NGHỊ QUYẾT về lãnh đạo thực hiện nhiệm vụ tháng 02 năm 2026" in text
    assert "Chi bộ đánh giá tháng 01 đã hoàn thành tốt các chỉ tiêu." in text
    assert "(thực hiện: Phạm Quốc Việt; thời hạn: 25/02/2026; báo cáo kết quả: 03/03/2026)." in text
    received, signed = word.tables[-1].rows[0].cells
    assert received.text.split("\n") == [
        "Nơi nhận:",
        "- Đảng ủy xã (để báo cáo);",
        "- Đảng viên trong chi bộ;",
        "- Lưu Chi bộ.",
    ]
    lines = signed.text.split("\n")
    assert lines[:2] == ["T/M CHI BỘ", "BÍ THƯ"] and lines[-1] == "Nguyễn Văn Đức"
    assert "Mã biên bản" not in word.sections[0].footer.paragraphs[0].text


def test_an_unnumbered_conclusion_keeps_the_blank(tmp_path: Path) -> None:
    minutes = dataclasses.replace(
        sample_minutes(), document_type=DocumentType.CONCLUSION, document_number=None
    )
    record = sample_record(finalised=False, minutes=minutes)
    word = _written(tmp_path, "ket_luan.docx", write_resolution_docx, record)
    assert word.tables[0].cell(2, 0).text == "Số    -KL/CB"
    assert "KẾT LUẬN" in _body_text(word)
