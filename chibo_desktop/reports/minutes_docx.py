"""The minutes and the resolution as Word files, for an office that edits the text before it prints.

The layout is the one the PDF draws (``minutes.minutes_layout``, ``minutes.resolution_layout``),
so the two files never say different things. A4 with the Party margins; Times New Roman named in
the styles (a computer without it substitutes a face with the same metrics), 14 pt body; the header
and the signatures are borderless two-column tables, the lists ruled tables whose heading row
repeats on every page; the page number at the top from page 2.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import BinaryIO

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from chibo_desktop.domain.text import nfc
from chibo_desktop.reports import party_document as party
from chibo_desktop.reports.minutes import (
    CELL_FONT_SIZE,
    Block,
    Grid,
    Line,
    MinutesPrint,
    Role,
    SignatureColumn,
    Span,
    minutes_layout,
    resolution_layout,
)

FONT_NAME = "Times New Roman"
BODY_SIZE = 14
PAGE_NUMBER_SIZE = 13
TEXT_WIDTH_MM = 210 - 30 - 15
HEADER_LEFT_SHARE = 0.45  # as the PDF header: the issuer's column is the narrower one
FIRST_LINE_INDENT = Mm(10)
TITLE_RULE_MM = 30
SIGNATURE_BLANK_LINES = 4  # the format asks for 3–4 blank lines for the signature
_Container = WordDocument | _Cell


def write_minutes_docx(doc: MinutesPrint, target: BinaryIO) -> None:
    layout = minutes_layout(doc)
    word = _new_document(layout.name, nfc(doc.cell_name), footer=layout.footer)
    _header(word, layout.header)
    _title(word, layout.title, layout.subtitle)
    _blocks(word, layout.body)
    # Word keeps a paragraph marked "keep with next" on the page of the table that follows it.
    _blocks(word, layout.ending, keep_with_next=True)
    _signatures(word, layout.signatures)
    if layout.annex:
        word.add_page_break()
        _blocks(word, layout.annex)
    word.save(target)


def write_resolution_docx(doc: MinutesPrint, target: BinaryIO) -> None:
    layout = resolution_layout(doc)
    word = _new_document(layout.name, nfc(doc.cell_name))
    _header(word, layout.header)
    _title(word, layout.title, layout.subtitle)
    _blocks(word, layout.body, keep_with_next_last=True)
    _closing(word, layout.signature, layout.recipients)
    word.save(target)


# -- the page and the styles -----------------------------------------------------------------------
def _new_document(name: str, author: str, footer: str = "") -> WordDocument:
    word = Document()
    word.core_properties.title = name
    word.core_properties.author = author
    _set_fonts(word)
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    # The page number and the footer sit half-way into the margins, as on the PDF.
    section.header_distance = section.footer_distance = Mm(10)
    section.different_first_page_header_footer = True  # no page number on the first page
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(number)
    if footer:
        for part in (section.footer, section.first_page_footer):
            line = part.paragraphs[0]
            line.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(line, Span(footer), size=party.FOOTER_SIZE)
    return word


def _set_fonts(word: WordDocument) -> None:
    """Times New Roman for every script in the defaults and in Normal; Vietnamese as language."""
    defaults = word.styles.element.find(qn("w:docDefaults"))
    default_run = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _name_fonts(default_run.find(qn("w:rFonts")))
    default_run.find(qn("w:lang")).set(qn("w:val"), "vi-VN")
    normal = word.styles["Normal"]
    normal.font.name = FONT_NAME
    normal.font.size = Pt(BODY_SIZE)
    _name_fonts(normal.element.get_or_add_rPr().get_or_add_rFonts())
    spacing = normal.paragraph_format
    spacing.space_before = spacing.space_after = Pt(0)
    spacing.line_spacing = 1.0


def _name_fonts(fonts: OxmlElement) -> None:
    # Theme fonts win over named ones in Word: drop them, or the body would come out in Calibri.
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(script), FONT_NAME)


def _page_number_field(paragraph: Paragraph) -> None:
    """Word's PAGE field, in the 13 pt of the PDF's page number."""
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), str(PAGE_NUMBER_SIZE * 2))  # half-points
    properties = OxmlElement("w:rPr")
    properties.append(size)
    run = OxmlElement("w:r")
    run.append(properties)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    field.append(run)
    paragraph._p.append(field)


# -- paragraphs ------------------------------------------------------------------------------------
def _paragraph(
    container: _Container,
    spans: Iterable[Span],
    *,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.LEFT,
    size: float = BODY_SIZE,
    bold: bool = False,
    italic: bool = False,
    first_line_indent: Length | None = None,
    space_before: float = 0,
    space_after: float = 0,
    keep_with_next: bool = False,
) -> Paragraph:
    paragraph = _next_paragraph(container)
    paragraph.alignment = align
    spacing = paragraph.paragraph_format
    spacing.first_line_indent = first_line_indent
    spacing.space_before, spacing.space_after = Pt(space_before), Pt(space_after)
    spacing.keep_with_next = keep_with_next
    for span in spans:
        _run(paragraph, span, size=size, bold=bold, italic=italic)
    return paragraph


def _next_paragraph(container: _Container) -> Paragraph:
    """A new cell already holds one empty paragraph: write into it rather than under it."""
    if isinstance(container, _Cell):
        only = container.paragraphs
        if len(only) == 1 and not only[0].text and not only[0].runs:
            return only[0]
    return container.add_paragraph()


def _run(
    paragraph: Paragraph, span: Span, *, size: float, bold: bool = False, italic: bool = False
) -> None:
    run = paragraph.add_run(span.text)
    run.font.size = Pt(size)
    run.bold = span.bold or bold or None
    run.italic = span.italic or italic or None


def _blocks(
    word: WordDocument,
    blocks: Sequence[Block],
    *,
    keep_with_next: bool = False,
    keep_with_next_last: bool = False,
) -> None:
    for index, block in enumerate(blocks):
        if isinstance(block, Grid):
            _grid(word, block)
            continue
        kept = keep_with_next or (keep_with_next_last and index == len(blocks) - 1)
        _line(word, block, kept)


def _line(word: WordDocument, line: Line, keep_with_next: bool) -> None:
    if line.role is Role.SECTION:
        _paragraph(word, line.spans, space_before=8, space_after=2, keep_with_next=True)
    elif line.role is Role.ITEM:
        _paragraph(
            word,
            line.spans,
            first_line_indent=FIRST_LINE_INDENT,
            space_before=4,
            space_after=1,
            keep_with_next=True,
        )
    elif line.role is Role.CENTRED:
        _paragraph(word, line.spans, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=4)
    else:
        _paragraph(
            word,
            line.spans,
            align=WD_ALIGN_PARAGRAPH.JUSTIFY,
            first_line_indent=FIRST_LINE_INDENT,
            space_before=3,
            space_after=3,
            keep_with_next=keep_with_next,
        )


# -- the parts -------------------------------------------------------------------------------------
def _header(word: WordDocument, header: party.DocumentHeader) -> None:
    """The two-column header of the format: superior, issuer, "*" and the number on the left;
    the party name (ruled under) and the place and date on the right."""
    left_width = TEXT_WIDTH_MM * HEADER_LEFT_SHARE
    table = _table(word, 3, (left_width, TEXT_WIDTH_MM - left_width))
    top_left, top_right = table.rows[0].cells
    centre = WD_ALIGN_PARAGRAPH.CENTER
    if nfc(header.superior):
        _paragraph(top_left, [Span(party.upper(header.superior))], align=centre, size=13)
    _paragraph(top_left, [Span(party.upper(header.issuer))], align=centre, size=13, bold=True)
    party_name = _paragraph(top_right, [Span(party.PARTY_NAME)], align=centre, size=15, bold=True)
    party_name.runs[0].underline = True
    _paragraph(table.cell(1, 0), [Span(party.ISSUER_MARK)], align=centre, size=13)
    if header.number:
        _paragraph(table.cell(2, 0), [Span(header.number)], align=centre, size=13)
    place_date = party.place_and_date(header.place, header.day)
    _paragraph(table.cell(2, 1), [Span(place_date)], align=centre, italic=True, space_before=6)


def _title(word: WordDocument, heading: str, subtitle: Sequence[str]) -> None:
    centre = WD_ALIGN_PARAGRAPH.CENTER
    _paragraph(
        word, [Span(party.upper(heading))], align=centre, size=15, bold=True, space_before=18
    )
    for line in subtitle:
        _paragraph(word, [Span(nfc(line))], align=centre, bold=True)
    # The short rule under the title: a bottom border on a paragraph indented to its width.
    rule = _paragraph(word, [], space_after=8)
    rule.paragraph_format.left_indent = rule.paragraph_format.right_indent = Mm(
        (TEXT_WIDTH_MM - TITLE_RULE_MM) / 2
    )
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    rule._p.get_or_add_pPr().append(borders)


def _grid(word: WordDocument, grid: Grid) -> None:
    table = _table(word, len(grid.rows) + 1, grid.widths_mm, ruled=True)
    heading_row = table.rows[0]
    # The heading row is repeated at the top of every page the table runs over.
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    heading_row._tr.get_or_add_trPr().append(repeat)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    for cell, heading in zip(heading_row.cells, grid.headings, strict=True):
        _paragraph(cell, [Span(heading)], align=centre, size=CELL_FONT_SIZE, bold=True)
    last = len(grid.rows) - 1
    for index, values in enumerate(grid.rows):
        bold = grid.total_row and index == last
        for column, (cell, value) in enumerate(
            zip(table.rows[index + 1].cells, values, strict=True)
        ):
            align = centre if column in grid.centred else WD_ALIGN_PARAGRAPH.LEFT
            _paragraph(cell, [Span(value)], align=align, size=CELL_FONT_SIZE, bold=bold)
    for row in table.rows:
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _signatures(word: WordDocument, columns: Sequence[SignatureColumn]) -> None:
    half = TEXT_WIDTH_MM / 2
    table = _table(word, 1, (half, half))
    _keep_row_on_one_page(table)
    for cell, column in zip(table.rows[0].cells, columns, strict=True):
        _signed(cell, [party.upper(column.label)], column.name)


def _closing(word: WordDocument, signature: party.Signature, recipients: Sequence[str]) -> None:
    """Recipients on the left, the signature on the right, as ``party.closing`` draws them."""
    left_width = TEXT_WIDTH_MM * HEADER_LEFT_SHARE
    table = _table(word, 1, (left_width, TEXT_WIDTH_MM - left_width))
    _keep_row_on_one_page(table)
    received, signed = table.rows[0].cells
    if recipients:
        heading = [Span(party.RECIPIENTS_HEADING, bold=True, italic=True)]
        _paragraph(received, heading, size=12, space_before=10)
        for line in recipients:
            _paragraph(received, [Span(line)], size=11)
    on_behalf = [party.upper(signature.on_behalf), party.upper(signature.position)]
    _signed(signed, on_behalf, nfc(signature.name))


def _signed(cell: _Cell, labels: Sequence[str], name: str) -> None:
    centre = WD_ALIGN_PARAGRAPH.CENTER
    for index, label in enumerate(labels):
        _paragraph(
            cell, [Span(label)], align=centre, bold=True, space_before=10 if not index else 0
        )
    for _ in range(SIGNATURE_BLANK_LINES):
        _paragraph(cell, [], align=centre)
    _paragraph(cell, [Span(name)], align=centre, bold=True)


def _table(word: WordDocument, rows: int, widths_mm: Sequence[float], ruled: bool = False) -> Table:
    """A table of fixed column widths; without rules unless ``ruled``."""
    table = word.add_table(rows=rows, cols=len(widths_mm))
    if ruled:
        table.style = word.styles["Table Grid"]
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)
    return table


def _keep_row_on_one_page(table: Table) -> None:
    no_split = OxmlElement("w:cantSplit")
    table.rows[0]._tr.get_or_add_trPr().append(no_split)
