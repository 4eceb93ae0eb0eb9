"""The member list (danh sách đảng viên) as a Party document: header, title, the table with its
heading row repeated on every page, the totals, and the committee's signature."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.progress import CancelToken
from chibo_desktop.domain.text import nfc
from chibo_desktop.reports import party_document as party
from chibo_desktop.reports.columns import Cell, Column, ColumnKind

# 11 pt keeps a row on one line for most names while staying readable for elderly readers.
LIST_FONT_SIZE = 11
CELL_PADDING = 3  # points, each side


@dataclass(frozen=True, slots=True)
class MemberListDocument:
    header: party.DocumentHeader
    title: str  # "Danh sách đảng viên" (printed in upper case)
    subtitle: Sequence[str]  # "Chi bộ thôn Đông, tính đến ngày 21/11/2026"
    columns: Sequence[Column]
    rows: Sequence[Sequence[Cell]]  # one value per column
    totals: Sequence[str]  # sentences under the table
    signature: party.Signature
    recipients: Sequence[str] = ()


def needs_landscape(columns: Sequence[Column]) -> bool:
    """The format is portrait; a list whose columns do not fit its 165 mm of text is printed
    landscape rather than in type too small to read. The whole document then turns, and it is
    stapled on its left edge as read, so the margins keep their meaning on the turned page
    (binding margin 30 mm on the left)."""
    return sum(c.width_mm for c in columns) * mm > party.PORTRAIT_TEXT_WIDTH


def column_widths(columns: Sequence[Column], width: float) -> list[float]:
    """Each column's own width; what is left goes to the text columns, which wrap."""
    wanted = [c.width_mm * mm for c in columns]
    total = sum(wanted)
    if total >= width:
        return [w * width / total for w in wanted]
    stretch = [
        w if c.kind is ColumnKind.TEXT else 0.0 for c, w in zip(columns, wanted, strict=True)
    ]
    if not any(stretch):  # no text column: all of them grow
        stretch = wanted
    spare = (width - total) / sum(stretch)
    return [w + spare * s for w, s in zip(wanted, stretch, strict=True)]


def render_member_list(
    document: MemberListDocument, target: BinaryIO, cancel: CancelToken | None = None
) -> int:
    """Write the list as a PDF to ``target``; the number of pages."""
    landscape_page = needs_landscape(document.columns)
    width = party.text_width(landscape_page)
    style = party.styles()
    ending: list[Flowable] = [
        Paragraph(party.text(line), _totals_style(style)) for line in document.totals
    ]
    ending.append(party.closing(document.signature, document.recipients, width, style))
    story: list[Flowable] = [
        party.header(document.header, width, style),
        *party.title(document.title, document.subtitle, style),
        *_list(document.columns, document.rows, width, ending),
    ]
    return party.build(
        target,
        story,
        landscape_page=landscape_page,
        title_text=f"{document.title} — {document.header.issuer}",
        author=document.header.issuer,
        cancel=cancel,
    )


def _totals_style(style: party.Styles) -> ParagraphStyle:
    return ParagraphStyle("totals", parent=style.plain, fontSize=13, leading=16, spaceBefore=6)


def _list(
    columns: Sequence[Column], rows: Sequence[Sequence[Cell]], width: float, ending: list[Flowable]
) -> list[Flowable]:
    """The list with its headings repeated on every page, then ``ending`` (totals and signature)
    kept with the list's last rows (``party.list_with_ending``)."""
    widths = column_widths(columns, width)
    heading_style = ParagraphStyle(
        "list_heading",
        fontName=party.FONT_BOLD,
        fontSize=LIST_FONT_SIZE,
        leading=LIST_FONT_SIZE * 1.15,
        alignment=TA_CENTER,
    )
    room = [w - 2 * CELL_PADDING for w in widths]
    kinds = [c.kind for c in columns]

    def cell(value: Cell, available: float) -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, date):
            return format_date(value)
        shown = nfc(str(value))
        if stringWidth(shown, party.FONT, LIST_FONT_SIZE) <= available:
            return shown
        # Too wide: wrapped onto more lines, never cut. Pre-split plain lines rather than
        # Paragraphs: a 3,000-member list would otherwise spend seconds parsing markup.
        return "\n".join(simpleSplit(shown, party.FONT, LIST_FONT_SIZE, available))

    def headings() -> list[Paragraph]:
        return [Paragraph(party.text(c.heading), heading_style) for c in columns]

    def table(rows: list[list[object]], with_headings: bool, ending_row: bool) -> Table:
        data: list[list[object]] = [headings()] if with_headings else []
        data += rows
        if ending_row:
            data.append([ending, *[""] * (len(columns) - 1)])
        first = 1 if with_headings else 0
        last = len(data) - (2 if ending_row else 1)  # the last row with a grid
        commands: list[tuple[object, ...]] = [
            ("FONT", (0, 0), (-1, -1), party.FONT, LIST_FONT_SIZE, LIST_FONT_SIZE * 1.15),
            ("GRID", (0, 0), (-1, last), 0.5, "black"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if last >= first:
            commands += [
                ("ALIGN", (index, first), (index, last), "CENTER")
                for index, kind in enumerate(kinds)
                if kind is not ColumnKind.TEXT
            ]
        if ending_row:
            commands += party.ENDING_ROW_STYLE
        made = Table(data, colWidths=widths, repeatRows=1 if with_headings else 0, hAlign="LEFT")
        made.setStyle(TableStyle(commands))
        return made

    body: list[list[object]] = [
        [cell(v, r) for v, r in zip(row, room, strict=True)] for row in rows
    ]
    return party.list_with_ending(body, table)
