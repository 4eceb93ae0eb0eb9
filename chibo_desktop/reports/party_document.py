"""The Party document format (Hướng dẫn 36-HD/VPTW), the base of every printed Party document.

A4; margins top 20, bottom 20, left 30, right 15 mm; Liberation Serif (metric-compatible with
Times New Roman); the two-column header (superior and issuer on the left, "ĐẢNG CỘNG SẢN VIỆT NAM"
and the place and date on the right); the title; justified body paragraphs; the closing with the
recipients and the signature side by side; page numbers at the top centre from page 2.

Everything a document says comes from the caller (labels are passed in); only the fixed wording of
the format itself lives here.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from chibo_desktop import paths
from chibo_desktop.domain.progress import CancelToken
from chibo_desktop.domain.text import nfc

# -- the format's fixed wording --------------------------------------------------------------------
PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
RECIPIENTS_HEADING = "Nơi nhận:"
ISSUER_MARK = "*"

# -- page ------------------------------------------------------------------------------------------
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm  # the binding edge
MARGIN_RIGHT = 15 * mm
PORTRAIT_TEXT_WIDTH = A4[0] - MARGIN_LEFT - MARGIN_RIGHT
LANDSCAPE_TEXT_WIDTH = A4[1] - MARGIN_LEFT - MARGIN_RIGHT
# The page number sits in the top margin, half-way down it, as a word processor's header would;
# a footer line, when a document has one, sits half-way up the bottom margin.
PAGE_NUMBER_FROM_TOP = 10 * mm
FOOTER_FROM_BOTTOM = 10 * mm
FOOTER_SIZE = 9

# -- fonts -----------------------------------------------------------------------------------------
FONT = "LiberationSerif"
FONT_BOLD = "LiberationSerif-Bold"
FONT_ITALIC = "LiberationSerif-Italic"
FONT_BOLD_ITALIC = "LiberationSerif-BoldItalic"
_FONT_FILES = {
    FONT: "LiberationSerif-Regular.ttf",
    FONT_BOLD: "LiberationSerif-Bold.ttf",
    FONT_ITALIC: "LiberationSerif-Italic.ttf",
    FONT_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
# Documents are rendered on the worker thread while the window may render another: register once.
_font_lock = threading.Lock()
_fonts_registered = False


def register_fonts() -> None:
    """Register Liberation Serif (four faces, one family so that <b> and <i> pick the faces)."""
    global _fonts_registered
    with _font_lock:
        if _fonts_registered:
            return
        for name, file_name in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(paths.fonts_dir() / file_name)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _fonts_registered = True


# -- what a document says --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DocumentHeader:
    issuer: str  # "Chi bộ thôn Đông", "Đảng ủy xã Tân Lập"
    place: str  # "Tân Lập"
    day: date
    superior: str = ""  # "Đảng bộ xã Tân Lập"; empty when the tree does not know it
    number: str = ""  # "Số 05-NQ/CB"; empty for documents without a number


@dataclass(frozen=True, slots=True)
class Signature:
    on_behalf: str  # "T/M CHI BỘ" (no K/T in Party committees)
    position: str  # "BÍ THƯ"
    name: str = ""  # empty: the room is left for the name written by hand


def party_date(day: date) -> str:
    """'ngày 05 tháng 02 năm 2026': a leading zero for days below 10 and for January and
    February only, so that no digit can be added in front of them afterwards."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_and_date(place: str, day: date) -> str:
    place = nfc(place)
    if not place:
        line = party_date(day)
        return line[0].upper() + line[1:]
    return f"{place}, {party_date(day)}"


def text(value: str) -> str:
    """Any caller's text as Paragraph markup: NFC, one-line spaces, markup characters escaped."""
    return escape(nfc(value))


def upper(value: str) -> str:
    return nfc(value).upper()


# -- styles ----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Styles:
    superior: ParagraphStyle
    issuer: ParagraphStyle
    centred: ParagraphStyle
    party_name: ParagraphStyle
    place_date: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    plain: ParagraphStyle
    signature: ParagraphStyle
    recipients_heading: ParagraphStyle
    recipients: ParagraphStyle


def styles(body_size: float = 14) -> Styles:
    """The format's type: 13–14 pt body, header lines 13–15 pt, recipients 12 pt."""
    register_fonts()

    def style(name: str, **options: object) -> ParagraphStyle:
        options.setdefault("fontName", FONT)
        options.setdefault("fontSize", body_size)
        options.setdefault("leading", float(options["fontSize"]) * 1.2)  # type: ignore[arg-type]
        return ParagraphStyle(name, **options)  # type: ignore[arg-type]

    return Styles(
        superior=style("superior", fontSize=13, alignment=TA_CENTER),
        issuer=style("issuer", fontName=FONT_BOLD, fontSize=13, alignment=TA_CENTER),
        centred=style("centred", fontSize=13, alignment=TA_CENTER),
        party_name=style("party_name", fontName=FONT_BOLD, fontSize=15, alignment=TA_CENTER),
        place_date=style("place_date", fontName=FONT_ITALIC, alignment=TA_CENTER),
        title=style("title", fontName=FONT_BOLD, fontSize=15, alignment=TA_CENTER, spaceBefore=18),
        subtitle=style("subtitle", fontName=FONT_BOLD, alignment=TA_CENTER),
        body=style(
            "body", alignment=TA_JUSTIFY, firstLineIndent=1 * cm, spaceBefore=3, spaceAfter=3
        ),
        plain=style("plain", alignment=TA_LEFT),
        signature=style("signature", fontName=FONT_BOLD, alignment=TA_CENTER),
        recipients_heading=style("recipients_heading", fontName=FONT_BOLD_ITALIC, fontSize=12),
        recipients=style("recipients", fontSize=11, leading=13),
    )


# -- building blocks -------------------------------------------------------------------------------
def header(document: DocumentHeader, width: float, style: Styles) -> Table:
    """The two-column header; the number and the place-date line share the bottom row."""
    left_width = width * 0.45
    right_width = width - left_width
    party_width = pdfmetrics.stringWidth(PARTY_NAME, FONT_BOLD, style.party_name.fontSize)
    left_top: list[Flowable] = []
    if document.superior:
        left_top.append(Paragraph(text(upper(document.superior)), style.superior))
    left_top.append(Paragraph(text(upper(document.issuer)), style.issuer))
    right_top: list[Flowable] = [
        Paragraph(PARTY_NAME, style.party_name),
        HRFlowable(width=party_width, thickness=0.6, color="black", spaceBefore=1),
    ]
    # A number left blank to be written by hand ("Số    -NQ/CB") keeps its blanks.
    number_markup = escape(unicodedata.normalize("NFC", document.number.strip()))
    number = (
        Paragraph(number_markup.replace(" ", "&nbsp;"), style.centred) if document.number else ""
    )
    rows = [
        [left_top, right_top],
        [Paragraph(ISSUER_MARK, style.centred), ""],
        [number, Paragraph(text(place_and_date(document.place, document.day)), style.place_date)],
    ]
    table = Table(rows, colWidths=[left_width, right_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # centres the rule under the party name
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def title(heading: str, subtitle: Iterable[str], style: Styles) -> list[Flowable]:
    """The title in upper case, the lines under it, then the short rule."""
    story: list[Flowable] = [Paragraph(text(upper(heading)), style.title)]
    story += [Paragraph(text(line), style.subtitle) for line in subtitle]
    story.append(HRFlowable(width=30 * mm, thickness=0.6, color="black", spaceBefore=4))
    story.append(Spacer(1, 8))
    return story


def body(paragraph: str, style: Styles) -> Paragraph:
    return Paragraph(text(paragraph), style.body)


def closing(signature: Signature, recipients: Sequence[str], width: float, style: Styles) -> Table:
    """Recipients on the left, the signature on the right. Keep it with the end of the text
    (``KeepTogether``): a page holding nothing but a signature could be put under any text."""
    signed: list[Flowable] = [
        Paragraph(text(upper(signature.on_behalf)), style.signature),
        Paragraph(text(upper(signature.position)), style.signature),
        # Room for the signature and the seal: the format asks for 3–4 blank lines.
        Spacer(1, 4 * style.signature.leading),
        Paragraph(text(signature.name), style.signature),
    ]
    received: list[Flowable] = []
    if recipients:
        received.append(Paragraph(RECIPIENTS_HEADING, style.recipients_heading))
        received += [Paragraph(text(line), style.recipients) for line in recipients]
    left_width = width * 0.45
    table = Table([[received, signed]], colWidths=[left_width, width - left_width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


# -- a long list and what closes it ----------------------------------------------------------------
KEPT_WITH_ENDING = 3  # rows of a list that go with what closes it (its figures, the signature)
# The last row of a list's table holds the ending: one cell as wide as the table, no grid.
ENDING_ROW_STYLE: list[tuple[object, ...]] = [
    ("SPAN", (0, -1), (-1, -1)),
    ("VALIGN", (0, -1), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, -1), (-1, -1), 0),
    ("RIGHTPADDING", (0, -1), (-1, -1), 0),
]
# ``table(rows, with_headings, ending_row)``: the list's table of ``rows``, with the headings on
# every page it fills, and with the ending as its last row (``ENDING_ROW_STYLE``).
ListTable = Callable[[list[list[object]], bool, bool], Table]


def list_with_ending(rows: list[list[object]], table: ListTable) -> list[Flowable]:
    """The list with its headings repeated on every page, then its ending kept with the list's
    last rows, so that it never stands on a page of its own.

    The ending is a separate small table: spans and no-split ranges in the big one would make
    ReportLab re-scan all remaining rows at every page break (seconds for 3,000 members).
    """
    kept = max(0, len(rows) - KEPT_WITH_ENDING)
    tail = rows[kept:]
    on_new_page = table(tail, True, True)
    if not kept:
        return [on_new_page]
    return [table(rows[:kept], True, False), _Ending(table(tail, False, True), on_new_page)]


class _Ending(Flowable):
    """The last rows of a list with what closes it, as one block that never splits.

    Where it fits under the rest of the list it continues that table without headings; where it
    does not, the frame asks it to split, it refuses, and from then on it is the version that
    opens the next page with the headings.
    """

    def __init__(self, continued: Table, on_new_page: Table) -> None:
        super().__init__()
        self._continued = continued
        self._on_new_page = on_new_page
        self._current = continued

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self._current.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._current = self._on_new_page
        return []

    def draw(self) -> None:
        self._current.drawOn(self.canv, 0, 0)


# -- the document ----------------------------------------------------------------------------------
def text_width(landscape_page: bool = False) -> float:
    return LANDSCAPE_TEXT_WIDTH if landscape_page else PORTRAIT_TEXT_WIDTH


def build(
    target: BinaryIO,
    story: list[Flowable],
    *,
    landscape_page: bool = False,
    title_text: str = "",
    author: str = "",
    footer: str = "",
    cancel: CancelToken | None = None,
) -> int:
    """Lay ``story`` out on A4 pages in the Party format, write the PDF; the number of pages.

    ``footer``: a small line in the bottom margin of every page (e.g. the code that matches a
    printed sheet to its record). ``cancel`` is checked at every page break, so cancelling a long
    list stops within a page.
    """
    register_fonts()
    page_size = landscape(A4) if landscape_page else A4
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        page_size[0] - MARGIN_LEFT - MARGIN_RIGHT,
        page_size[1] - MARGIN_TOP - MARGIN_BOTTOM,
        # No frame padding: the margins of the format are the edges of the text.
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )

    def on_page(canvas: Canvas, _document: BaseDocTemplate) -> None:
        if cancel is not None:
            cancel.check()
        number = canvas.getPageNumber()
        centre = MARGIN_LEFT + (page_size[0] - MARGIN_LEFT - MARGIN_RIGHT) / 2
        canvas.saveState()
        if number > 1:  # the first page carries the header instead
            canvas.setFont(FONT, 13)
            canvas.drawCentredString(centre, page_size[1] - PAGE_NUMBER_FROM_TOP, str(number))
        if footer:
            canvas.setFont(FONT, FOOTER_SIZE)
            canvas.drawCentredString(centre, FOOTER_FROM_BOTTOM, nfc(footer))
        canvas.restoreState()

    document = BaseDocTemplate(
        target,
        pagesize=page_size,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=nfc(title_text),
        author=nfc(author),
        creator="Chi bộ Desktop",
        pageTemplates=[PageTemplate(id="party", frames=[frame], onPage=on_page)],
    )
    document.build(story)
    return document.page
