"""The minutes of a cell meeting (biên bản sinh hoạt chi bộ) and the resolution or conclusion it
adopts (nghị quyết / kết luận), printed in the Party document format.

DOMAIN.md "Minutes must contain" fixes what the minutes say and in which order. The content is
laid out once, as headed paragraphs and ruled tables (``minutes_layout``, ``resolution_layout``);
this module draws the layout as a PDF and ``minutes_docx`` writes the same layout as a Word file,
so that the two never say different things. The wording is the official text of the documents.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum
from types import MappingProxyType
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.meetings import (
    Attendance,
    AttendanceSummary,
    DocumentType,
    FeeStatus,
    MeetingKind,
    MeetingTask,
    Minutes,
    MinutesRecord,
    Presence,
    Standing,
    TaskResult,
    VoteKind,
    quality_band,
    summarise,
    vote_outcome,
)
from chibo_desktop.domain.rules import MeetingRules
from chibo_desktop.domain.text import nfc
from chibo_desktop.reports import party_document as party

QUALITY_CRITERIA_VI: Mapping[str, str] = MappingProxyType(
    {
        "time_and_duration": "Thời gian, thời lượng",
        "attendance": "Tỷ lệ đảng viên dự sinh hoạt",
        "preparation": "Công tác chuẩn bị",
        "running_the_meeting": "Tổ chức, điều hành sinh hoạt",
        "secretary_chairing": "Vai trò chủ trì của bí thư chi bộ",
        "organisational_principles": "Thực hiện nguyên tắc tổ chức, sinh hoạt đảng",
        "last_resolution_results": "Kết quả thực hiện nghị quyết tháng trước",
        "closing": "Kết thúc sinh hoạt",
    }
)
QUALITY_BANDS_VI: Mapping[str, str] = MappingProxyType(
    {"good": "Tốt", "fair": "Khá", "average": "Trung bình", "poor": "Kém"}
)
TASK_RESULTS_VI: Mapping[TaskResult, str] = MappingProxyType(
    {
        TaskResult.DONE: "Hoàn thành",
        TaskResult.PARTLY: "Hoàn thành một phần",
        TaskResult.NOT_DONE: "Chưa hoàn thành",
    }
)
DOCUMENT_TITLES_VI: Mapping[DocumentType, str] = MappingProxyType(
    {DocumentType.RESOLUTION: "Nghị quyết", DocumentType.CONCLUSION: "Kết luận"}
)
RESOLUTION_RECIPIENTS = (
    "- Đảng ủy xã (để báo cáo);",
    "- Đảng viên trong chi bộ;",
    "- Lưu Chi bộ.",
)
ISSUER_CODE = "CB"  # the issuer part of a cell's document numbers: "Số 05-NQ/CB"
DRAFT_MARK = "BẢN NHÁP – chưa hoàn tất"
# Left on the paper for what the record does not say yet, to be written in by hand.
BLANK = "………………"
SHORT_BLANK = "……"
NO_VALUE = "—"  # an empty table cell that must not look forgotten

CELL_FONT_SIZE = 12  # tables: 12 pt keeps a task on two or three lines of the 165 mm text


@dataclass(frozen=True)
class MinutesPrint:
    """What the printed minutes and the resolution need besides the record."""

    record: MinutesRecord
    cell_name: str  # "Chi bộ Thôn Đông"
    superior_name: str  # "Đảng bộ xã Tân Lập"
    place_name: str  # "Tân Lập", for "Tân Lập, ngày 05 tháng 02 năm 2026"
    rules: MeetingRules  # the meeting profile in force on the meeting's date
    # Criterion code → label; a criterion missing here is labelled from QUALITY_CRITERIA_VI.
    criterion_labels: Mapping[str, str] = field(default_factory=lambda: QUALITY_CRITERIA_VI)
    signature_left: str = "THƯ KÝ"
    signature_right: str = "CHỦ TRÌ"
    signer_title: str = "BÍ THƯ"  # the resolution: "T/M CHI BỘ" / this
    recipients: tuple[str, ...] = RESOLUTION_RECIPIENTS  # the resolution's "Nơi nhận"


# -- the layout both formats draw ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


class Role(StrEnum):
    SECTION = "section"  # "I. THỜI GIAN, ĐỊA ĐIỂM"
    ITEM = "item"  # "1. Báo cáo tình hình tháng 01": a numbered part of a section
    TEXT = "text"  # a justified body paragraph
    CENTRED = "centred"  # the heading of the annex


@dataclass(frozen=True, slots=True)
class Line:
    role: Role
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Grid:
    """A ruled table; its headings are repeated on every page it runs over."""

    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths_mm: tuple[float, ...]  # adding up to the portrait text width, 165 mm
    centred: frozenset[int]  # the columns of numbers and dates
    total_row: bool = False  # the last row sums the others, in bold


Block = Line | Grid


@dataclass(frozen=True, slots=True)
class SignatureColumn:
    label: str  # "THƯ KÝ"
    name: str


@dataclass(frozen=True, slots=True)
class MinutesLayout:
    name: str  # the file's title: "Biên bản sinh hoạt chi bộ tháng 02/2026"
    header: party.DocumentHeader
    title: str
    subtitle: tuple[str, ...]
    body: tuple[Block, ...]
    ending: tuple[Block, ...]  # kept on the page of the signatures
    signatures: tuple[SignatureColumn, SignatureColumn]
    annex: tuple[Block, ...]  # empty when the minutes were never corrected
    footer: str  # on every page: the short code, or the draft mark


@dataclass(frozen=True, slots=True)
class ResolutionLayout:
    name: str
    header: party.DocumentHeader
    title: str
    subtitle: tuple[str, ...]
    body: tuple[Block, ...]
    signature: party.Signature
    recipients: tuple[str, ...]


def minutes_layout(doc: MinutesPrint) -> MinutesLayout:
    record = doc.record
    meeting = record.meeting
    minutes = meeting.minutes
    attendance = tuple(
        sorted((a for a in record.attendance if not a.deleted), key=lambda a: a.position)
    )
    tasks = tuple(sorted((t for t in record.tasks if not t.deleted), key=lambda t: t.position))
    summary = summarise(attendance)
    body: list[Block] = [
        *_time_and_place(minutes, meeting.on),
        *_participants(minutes, attendance, summary),
        *_agenda(minutes),
        *_task_reviews(minutes),
        *_conclusion(minutes),
        *_tasks(tasks),
        *_votes(minutes, summary),
        *_quality(minutes, doc.rules, doc.criterion_labels),
    ]
    ending = [
        _text("Biên bản đã được đọc lại cho chi bộ nghe và được nhất trí thông qua."),
        _text(
            f"Buổi sinh hoạt kết thúc lúc {_clock(minutes.ends_at)} ngày {format_date(meeting.on)}."
        ),
    ]
    return MinutesLayout(
        name=f"Biên bản sinh hoạt chi bộ tháng {_month(meeting.on)} — {nfc(doc.cell_name)}",
        header=_header(doc, meeting.on),
        title="Biên bản",
        subtitle=_meeting_title(meeting.kind, meeting.topic, meeting.on),
        body=tuple(body),
        ending=tuple(ending),
        signatures=(
            SignatureColumn(doc.signature_left, nfc(minutes.secretary.name)),
            SignatureColumn(doc.signature_right, nfc(minutes.chair.name)),
        ),
        annex=_annex(record, meeting.on),
        footer=f"Mã biên bản: {meeting.short_code}" if meeting.content_hash else DRAFT_MARK,
    )


def resolution_layout(doc: MinutesPrint) -> ResolutionLayout:
    meeting = doc.record.meeting
    minutes = meeting.minutes
    heading = DOCUMENT_TITLES_VI[minutes.document_type]
    subtitle = (
        (nfc(minutes.document_title),)
        if nfc(minutes.document_title)
        else _meeting_title(meeting.kind, meeting.topic, meeting.on)
    )
    # The resolution sets down what the chair concluded when no separate text was written.
    body: list[Block] = [
        _text(paragraph) for paragraph in _paragraphs(minutes.document_text or minutes.conclusion)
    ]
    tasks = sorted((t for t in doc.record.tasks if not t.deleted), key=lambda t: t.position)
    if tasks:
        body.append(_text(Span("Phân công thực hiện:", bold=True)))
        body += [_text(f"- {_task_sentence(task)}") for task in tasks]
    return ResolutionLayout(
        name=f"{heading} {resolution_number(minutes)} — {nfc(doc.cell_name)}",
        header=_header(doc, meeting.on, number=resolution_number(minutes)),
        title=heading,
        subtitle=subtitle,
        body=tuple(body),
        signature=party.Signature("T/M CHI BỘ", doc.signer_title, nfc(minutes.chair.name)),
        recipients=tuple(nfc(line) for line in doc.recipients),
    )


def resolution_number(minutes: Minutes) -> str:
    """'Số 05-NQ/CB'; blanks to be filled by hand when the number is not given yet."""
    number = "   " if minutes.document_number is None else f"{minutes.document_number:02d}"
    return f"Số {number}-{minutes.document_type.value}/{ISSUER_CODE}"


# -- the parts of the minutes ----------------------------------------------------------------------
def _header(doc: MinutesPrint, day: date, number: str = "") -> party.DocumentHeader:
    return party.DocumentHeader(
        issuer=doc.cell_name,
        place=doc.place_name,
        day=day,
        superior=doc.superior_name,
        number=number,
    )


def _meeting_title(kind: MeetingKind, topic: str, day: date) -> tuple[str, ...]:
    topic = nfc(topic)
    if kind is MeetingKind.REGULAR:
        return (f"Sinh hoạt chi bộ thường kỳ tháng {_month(day)}",)
    if kind is MeetingKind.THEMATIC:
        if topic:
            return (f"Sinh hoạt chi bộ chuyên đề: {topic}",)
        return (f"Sinh hoạt chi bộ chuyên đề tháng {_month(day)}",)
    combined = f"Sinh hoạt chi bộ thường kỳ kết hợp chuyên đề tháng {_month(day)}"
    return (combined, f"Chuyên đề: {topic}") if topic else (combined,)


def _time_and_place(minutes: Minutes, day: date) -> list[Block]:
    duration = minutes.duration_minutes
    length = f"; thời lượng {duration} phút" if duration is not None else ""
    return [
        _section("I. THỜI GIAN, ĐỊA ĐIỂM"),
        _text(
            f"- Thời gian: bắt đầu lúc {_clock(minutes.starts_at)} ngày {format_date(day)}, "
            f"kết thúc lúc {_clock(minutes.ends_at)}{length}."
        ),
        _text(f"- Địa điểm: {_sentence(nfc(minutes.place) or BLANK)}"),
    ]


def _participants(
    minutes: Minutes, attendance: Sequence[Attendance], summary: AttendanceSummary
) -> list[Block]:
    required = [a for a in attendance if a.standing is Standing.REGULAR]

    def having(presence: Presence | None) -> list[Attendance]:
        return [a for a in required if a.presence is presence]

    lines: list[Block] = [
        _section("II. THÀNH PHẦN"),
        _text(f"- Chủ trì: đồng chí {nfc(minutes.chair.name) or BLANK}."),
        _text(f"- Thư ký: đồng chí {nfc(minutes.secretary.name) or BLANK}."),
    ]
    if minutes.guests:
        lines.append(_text("- Khách mời:"))
        for guest in minutes.guests:
            post = f", {nfc(guest.post)}" if nfc(guest.post) else ""
            delegate = " (đại biểu cấp ủy cấp trên)" if guest.superior_delegate else ""
            lines.append(
                _text("+ Đồng chí ", Span(nfc(guest.name), bold=True), f"{post}{delegate}.")
            )
    else:
        lines.append(_text("- Không có khách mời."))
    exempt = [a for a in attendance if a.standing is Standing.EXEMPT]
    elsewhere = [a for a in attendance if a.standing is Standing.ELSEWHERE]
    late = having(Presence.LATE) + having(Presence.LEFT_EARLY)
    lines += [
        _text(
            f"- Tổng số đảng viên của chi bộ: {summary.total} đồng chí "
            f"(chính thức {summary.official}, dự bị {summary.probationary})."
        ),
        _text(f"- Miễn công tác và sinh hoạt đảng: {_counted(exempt)}"),
        _text(f"- Sinh hoạt tạm thời nơi khác: {_counted(elsewhere)}"),
        _text(
            f"- Đảng viên phải dự: {summary.required} đồng chí; "
            f"có mặt {summary.present}/{summary.required} đồng chí "
            f"(đạt {_percent(summary.rate_percent)})."
        ),
        _text(f"- Vắng có lý do: {_counted(having(Presence.ABSENT_EXCUSED), reasons=True)}"),
        _text(f"- Vắng không lý do: {_counted(having(Presence.ABSENT_UNEXCUSED))}"),
        _text(f"- Đi muộn, về sớm: {_counted(late, late=True)}"),
    ]
    # A draft may still lack the roll call; the paper says so rather than count it as present.
    if having(Presence.ABSENT):
        lines.append(_text(f"- Vắng chưa rõ lý do: {_counted(having(Presence.ABSENT))}"))
    if having(None):
        lines.append(_text(f"- Chưa điểm danh: {_counted(having(None))}"))
    fee_note = nfc(minutes.fee_note)
    unpaid = [a for a in attendance if a.fee is FeeStatus.UNPAID]
    if fee_note:
        lines.append(_text(f"- Tình hình đóng đảng phí: {_sentence(fee_note)}"))
    if unpaid:
        lines.append(_text(f"- Chưa đóng đảng phí: {_counted(unpaid)}"))
    paid = sum(a.fee is FeeStatus.PAID for a in attendance)
    if not fee_note and not unpaid:
        # Without a note, the roll's own fee marks say how it stands.
        status = f"{paid}/{len(attendance)} đồng chí đã đóng." if paid else "chưa ghi nhận."
        lines.append(_text(f"- Tình hình đóng đảng phí: {status}"))
    return lines


def _agenda(minutes: Minutes) -> list[Block]:
    lines: list[Block] = [_section("III. NỘI DUNG SINH HOẠT")]
    if not minutes.agenda:
        lines.append(_text("Chưa ghi nội dung sinh hoạt."))
    for number, item in enumerate(minutes.agenda, start=1):
        lines.append(_item(f"{number}. {nfc(item.title) or BLANK}"))
        lines += [_text(paragraph) for paragraph in _paragraphs(item.content)]
        if item.speeches:
            lines.append(_text(Span("Ý kiến phát biểu:", italic=True)))
        for speech in item.speeches:
            lines.append(
                _text(
                    "- Đồng chí ",
                    Span(nfc(speech.speaker.name) or BLANK, bold=True),
                    f": {_sentence(nfc(speech.gist))}",
                )
            )
    return lines


def _task_reviews(minutes: Minutes) -> list[Block]:
    lines: list[Block] = [_section("IV. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG TRƯỚC")]
    if not minutes.task_reviews:
        lines.append(_text("Không có nhiệm vụ của kỳ trước cần kiểm điểm."))
        return lines
    rows = []
    for number, review in enumerate(minutes.task_reviews, start=1):
        result = TASK_RESULTS_VI[review.result] if review.result else "Chưa đánh giá"
        note = nfc(review.note)
        rows.append(
            (
                str(number),
                nfc(review.what),
                nfc(review.assignee) or NO_VALUE,
                format_date(review.deadline) or NO_VALUE,
                f"{result} ({note})" if note else result,
            )
        )
    lines.append(
        Grid(
            headings=("TT", "Nhiệm vụ", "Người thực hiện", "Thời hạn", "Kết quả"),
            rows=tuple(rows),
            widths_mm=(10, 60, 35, 23, 37),
            centred=frozenset({0, 3}),
        )
    )
    return lines


def _conclusion(minutes: Minutes) -> list[Block]:
    paragraphs = _paragraphs(minutes.conclusion) or ["Chưa ghi kết luận."]
    return [_section("V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"), *(_text(p) for p in paragraphs)]


def _tasks(tasks: Sequence[MeetingTask]) -> list[Block]:
    lines: list[Block] = [_section("VI. NHIỆM VỤ ĐƯỢC GIAO")]
    if not tasks:
        lines.append(_text("Không giao nhiệm vụ."))
        return lines
    rows = tuple(
        (
            str(number),
            nfc(task.assignee) or NO_VALUE,
            nfc(task.what),
            format_date(task.deadline) or NO_VALUE,
            format_date(task.report_back_on) or NO_VALUE,
        )
        for number, task in enumerate(tasks, start=1)
    )
    lines.append(
        Grid(
            headings=("TT", "Người thực hiện", "Nhiệm vụ", "Thời hạn", "Báo cáo kết quả"),
            rows=rows,
            widths_mm=(10, 38, 69, 23, 25),
            centred=frozenset({0, 3, 4}),
        )
    )
    return lines


def _votes(minutes: Minutes, summary: AttendanceSummary) -> list[Block]:
    lines: list[Block] = [_section("VII. BIỂU QUYẾT")]
    if not minutes.votes:
        lines.append(_text("Không có nội dung biểu quyết."))
        return lines
    lines.append(
        _text(
            f"Số đảng viên có quyền biểu quyết: {summary.voters} đồng chí "
            "(đảng viên dự bị không biểu quyết)."
        )
    )
    for number, vote in enumerate(minutes.votes, start=1):
        outcome = vote_outcome(vote, summary)
        total = outcome.denominator
        if vote.kind in (VoteKind.ADMISSION, VoteKind.RECOGNITION):
            required = f"cần ≥ 2/3 đảng viên chính thức, tức ít nhất {outcome.needed}/{total}"
        else:
            required = f"cần quá một nửa, tức ít nhất {outcome.needed}/{total}"
        verdict = "được thông qua" if outcome.carried else "không được thông qua"
        lines.append(
            _text(
                f"{number}. {_sentence(nfc(vote.subject) or BLANK, end=':')} "
                f"tán thành {vote.votes_for}/{total} đồng chí "
                f"({_percent(outcome.percent(vote.votes_for))}); "
                f"không tán thành {vote.votes_against}/{total} đồng chí "
                f"({_percent(outcome.percent(vote.votes_against))}). Kết quả: ",
                Span(verdict, bold=True),
                f" ({required}).",
            )
        )
    return lines


def _quality(minutes: Minutes, rules: MeetingRules, labels: Mapping[str, str]) -> list[Block]:
    lines: list[Block] = [_section("VIII. CHẤM ĐIỂM CHẤT LƯỢNG SINH HOẠT")]
    if not minutes.quality:
        lines.append(_text("Chưa chấm điểm chất lượng buổi sinh hoạt."))
        return lines
    points = {mark.criterion: mark.points for mark in minutes.quality}
    weights = dict(rules.quality_weights)
    # Criteria of the profile first, in its order; a mark for any other criterion is still shown.
    criteria = [*weights, *(code for code in points if code not in weights)]
    rows = [
        (
            str(number),
            labels.get(code) or QUALITY_CRITERIA_VI.get(code, code),
            str(weights[code]) if code in weights else NO_VALUE,
            str(points[code]) if code in points else NO_VALUE,
        )
        for number, code in enumerate(criteria, start=1)
    ]
    total = minutes.quality_total
    maximum = sum(weights.values())
    rows.append(("", "Tổng cộng", str(maximum), str(total)))
    band = quality_band(total, rules.quality_bands)
    lines += [
        Grid(
            headings=("TT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"),
            rows=tuple(rows),
            widths_mm=(10, 101, 27, 27),
            centred=frozenset({0, 2, 3}),
            total_row=True,
        ),
        _text(
            f"Tổng số điểm: {total}/{maximum} điểm. Xếp loại chất lượng buổi sinh hoạt: ",
            Span(QUALITY_BANDS_VI.get(band, band), bold=True),
            ".",
        ),
    ]
    return lines


def _annex(record: MinutesRecord, day: date) -> tuple[Block, ...]:
    annexes = sorted((a for a in record.annexes if not a.deleted), key=lambda a: a.dated_on)
    if not annexes:
        return ()
    code = record.meeting.short_code
    lines: list[Block] = [
        Line(Role.CENTRED, (Span("PHỤ LỤC ĐÍNH CHÍNH", bold=True),)),
        Line(
            Role.CENTRED,
            (
                Span(
                    f"(kèm theo biên bản sinh hoạt chi bộ ngày {format_date(day)}"
                    + (f", mã biên bản {code})" if code else ")"),
                    italic=True,
                ),
            ),
        ),
    ]
    for number, annex in enumerate(annexes, start=1):
        lines.append(_item(f"{number}. Đính chính ngày {format_date(annex.dated_on)}"))
        lines += [_text(paragraph) for paragraph in _paragraphs(annex.text)]
        if nfc(annex.written_by):
            lines.append(_text(Span(f"Người ghi: {nfc(annex.written_by)}.", italic=True)))
    return tuple(lines)


# -- wording helpers -------------------------------------------------------------------------------
def _section(heading: str) -> Line:
    return Line(Role.SECTION, (Span(heading, bold=True),))


def _item(heading: str) -> Line:
    return Line(Role.ITEM, (Span(heading, bold=True),))


def _text(*parts: str | Span) -> Line:
    return Line(Role.TEXT, tuple(Span(p) if isinstance(p, str) else p for p in parts))


def _paragraphs(value: str) -> list[str]:
    """Paragraphs of a typed text: each line typed (Enter ends a paragraph, as in Word)."""
    return [nfc(line) for line in value.splitlines() if nfc(line)]


def _sentence(value: str, end: str = ".") -> str:
    """``value`` ending with ``end`` unless it already ends with punctuation of its own."""
    return value if value.endswith((".", "!", "?", ":", ";", "…")) else value + end


def _clock(value: time | None) -> str:
    return value.strftime("%H:%M") if value else SHORT_BLANK


def _month(day: date) -> str:
    return f"{day.month:02d}/{day.year}"


def _percent(value: float) -> str:
    """'90%', '85,7%': no decimals when there are none, a decimal comma when there are."""
    return f"{value:.0f}%" if value == int(value) else f"{value:.1f}%".replace(".", ",")


def _counted(members: Sequence[Attendance], reasons: bool = False, late: bool = False) -> str:
    """'không.' or '2 đồng chí (Trần Văn Bình: đi công tác; Lê Thị Lan: ốm).'"""
    if not members:
        return "không."

    def named(member: Attendance) -> str:
        name = nfc(member.member_name)
        if late:
            return f"{name}: {'đi muộn' if member.presence is Presence.LATE else 'về sớm'}"
        if reasons and nfc(member.reason):
            return f"{name}: {nfc(member.reason)}"
        return name

    return f"{len(members)} đồng chí ({'; '.join(named(m) for m in members)})."


def _task_sentence(task: MeetingTask) -> str:
    details = [
        f"thực hiện: {nfc(task.assignee)}" if nfc(task.assignee) else "",
        f"thời hạn: {format_date(task.deadline)}" if task.deadline else "",
        f"báo cáo kết quả: {format_date(task.report_back_on)}" if task.report_back_on else "",
    ]
    shown = "; ".join(d for d in details if d)
    what = nfc(task.what).rstrip(".")
    return f"{what} ({shown})." if shown else f"{what}."


# -- the PDF ---------------------------------------------------------------------------------------
def write_minutes_pdf(doc: MinutesPrint, target: BinaryIO) -> None:
    layout = minutes_layout(doc)
    style = party.styles()
    looks = _Looks.of(style)
    width = party.text_width()
    story: list[Flowable] = [
        party.header(layout.header, width, style),
        *party.title(layout.title, layout.subtitle, style),
        *_flowables(layout.body, looks),
        # The signatures never stand on a page of their own.
        KeepTogether(
            [*_flowables(layout.ending, looks), _signatures(layout.signatures, width, style)]
        ),
    ]
    if layout.annex:
        story += [PageBreak(), *_flowables(layout.annex, looks)]
    party.build(
        target, story, title_text=layout.name, author=nfc(doc.cell_name), footer=layout.footer
    )


def write_resolution_pdf(doc: MinutesPrint, target: BinaryIO) -> None:
    layout = resolution_layout(doc)
    style = party.styles()
    looks = _Looks.of(style)
    width = party.text_width()
    closing = party.closing(layout.signature, layout.recipients, width, style)
    story: list[Flowable] = [
        party.header(layout.header, width, style),
        *party.title(layout.title, layout.subtitle, style),
        *_flowables(layout.body[:-1], looks),
        KeepTogether([*_flowables(layout.body[-1:], looks), closing]),
    ]
    party.build(target, story, title_text=layout.name, author=nfc(doc.cell_name))


@dataclass(frozen=True, slots=True)
class _Looks:
    lines: Mapping[Role, ParagraphStyle]
    cell: ParagraphStyle
    cell_centred: ParagraphStyle
    cell_heading: ParagraphStyle

    @classmethod
    def of(cls, style: party.Styles) -> _Looks:
        cell = ParagraphStyle(
            "cell", fontName=party.FONT, fontSize=CELL_FONT_SIZE, leading=CELL_FONT_SIZE * 1.2
        )
        return cls(
            lines={
                Role.SECTION: ParagraphStyle(
                    "section", parent=style.plain, spaceBefore=8, spaceAfter=2, keepWithNext=1
                ),
                Role.ITEM: ParagraphStyle(
                    "item",
                    parent=style.plain,
                    firstLineIndent=style.body.firstLineIndent,
                    spaceBefore=4,
                    spaceAfter=1,
                    keepWithNext=1,
                ),
                Role.TEXT: style.body,
                Role.CENTRED: ParagraphStyle(
                    "centred_line", parent=style.plain, alignment=TA_CENTER, spaceAfter=4
                ),
            },
            cell=cell,
            cell_centred=ParagraphStyle("cell_centred", parent=cell, alignment=TA_CENTER),
            cell_heading=ParagraphStyle(
                "cell_heading", parent=cell, fontName=party.FONT_BOLD, alignment=TA_CENTER
            ),
        )


def _markup(spans: Iterable[Span]) -> str:
    parts = []
    for span in spans:
        # Not party.text(): it trims, and the spaces between spans are part of the sentence.
        shown = escape(unicodedata.normalize("NFC", span.text))
        if span.bold:
            shown = f"<b>{shown}</b>"
        if span.italic:
            shown = f"<i>{shown}</i>"
        parts.append(shown)
    return "".join(parts)


def _flowables(blocks: Iterable[Block], looks: _Looks) -> list[Flowable]:
    return [
        Paragraph(_markup(block.spans), looks.lines[block.role])
        if isinstance(block, Line)
        else _table(block, looks)
        for block in blocks
    ]


def _table(grid: Grid, looks: _Looks) -> Table:
    def row(values: Sequence[str], bold: bool = False) -> list[Paragraph]:
        return [
            Paragraph(
                _markup([Span(value, bold=bold)]),
                looks.cell_centred if column in grid.centred else looks.cell,
            )
            for column, value in enumerate(values)
        ]

    last = len(grid.rows) - 1
    data = [[Paragraph(_markup([Span(h)]), looks.cell_heading) for h in grid.headings]]
    data += [row(values, bold=grid.total_row and n == last) for n, values in enumerate(grid.rows)]
    table = Table(
        data, colWidths=[w * mm for w in grid.widths_mm], repeatRows=1, hAlign="LEFT", spaceBefore=4
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _signatures(
    columns: tuple[SignatureColumn, SignatureColumn], width: float, style: party.Styles
) -> Table:
    cells = [
        [
            Paragraph(party.text(party.upper(column.label)), style.signature),
            # Room for the signature: the format asks for 3–4 blank lines.
            Spacer(1, 4 * style.signature.leading),
            Paragraph(party.text(column.name), style.signature),
        ]
        for column in columns
    ]
    table = Table([cells], colWidths=[width / 2, width / 2])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    return table
