"""The key fingerprint sheet: one signed page an office hands (or faxes, or reads out) to the
offices it exchanges USB packages with, so that they can check the fingerprint their program
shows for a first package before they accept it. Words are passed in (translated by the caller).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from chibo_desktop.reports.party_document import (
    FONT_BOLD,
    DocumentHeader,
    Signature,
    body,
    build,
    closing,
    header,
    styles,
    text,
    text_width,
    title,
)


@dataclass(frozen=True, slots=True)
class FingerprintSheetText:
    title: str  # "Dấu vân tay khóa trao đổi dữ liệu"
    office_line: str  # "Cơ quan: {office}", filled in
    unit_line: str  # "Đơn vị: {unit} (mã {code})", filled in
    explanation: str
    compare: str  # how to compare, and what to do when it differs
    signature: Signature


def write_fingerprint_sheet(
    target: BinaryIO, document: DocumentHeader, fingerprint: str, words: FingerprintSheetText
) -> int:
    """Write the sheet as a PDF; the number of pages (one)."""
    style = styles()
    width = text_width()
    large = ParagraphStyle(
        "fingerprint", fontName=FONT_BOLD, fontSize=22, leading=30, alignment=TA_CENTER
    )
    story: list[Flowable] = [header(document, width, style)]
    story += title(words.title, [], style)
    story += [
        body(words.office_line, style),
        body(words.unit_line, style),
        body(words.explanation, style),
        Spacer(1, 12),
        Paragraph(text(fingerprint), large),
        Spacer(1, 12),
        body(words.compare, style),
        KeepTogether([closing(words.signature, [], width, style)]),
    ]
    return build(target, story, title_text=words.title, author=document.issuer)
