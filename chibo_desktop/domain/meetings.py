"""Cell meetings: the plan of a year, the minutes as data, and what the rules say about them.

DOMAIN.md "Cell meetings". A meeting is judged by the meeting profile in force on its date. The
minutes are structured (who attended, who spoke, what was voted, who must do what by when) so
that the rule checks, the printed minutes and the next meeting's review all read the same facts.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from uuid import UUID

from chibo_desktop.domain.codec import to_plain


class MeetingKind(StrEnum):
    REGULAR = "regular"  # thường kỳ, monthly
    THEMATIC = "thematic"  # chuyên đề, at least once a quarter
    COMBINED = "combined"  # regular and thematic in one session


class MeetingState(StrEnum):
    PLANNED = "planned"  # on the calendar, no minutes yet
    DRAFT = "draft"  # minutes being written; saved as they are typed
    FINALISED = "finalised"  # locked: corrections only as dated annexes
    ADOPTED = "adopted"  # the minutes were adopted at a later meeting

    @property
    def locked(self) -> bool:
        return self in (MeetingState.FINALISED, MeetingState.ADOPTED)


class Standing(StrEnum):
    """How a member of the cell stands towards this meeting."""

    REGULAR = "regular"  # must attend
    EXEMPT = "exempt"  # miễn công tác và sinh hoạt: shown apart, need not attend
    ELSEWHERE = "elsewhere"  # temporarily transferred to another organisation


class Presence(StrEnum):
    PRESENT = "present"
    LATE = "late"  # present, came late
    LEFT_EARLY = "left_early"  # present, left before the end
    ABSENT = "absent"  # absent, not yet said whether with reason: a rule check asks
    ABSENT_EXCUSED = "absent_excused"  # vắng có lý do (the reason is recorded)
    ABSENT_UNEXCUSED = "absent_unexcused"  # vắng không lý do

    @property
    def attended(self) -> bool:
        return self in (Presence.PRESENT, Presence.LATE, Presence.LEFT_EARLY)


class FeeStatus(StrEnum):
    PAID = "paid"
    UNPAID = "unpaid"


class VoteKind(StrEnum):
    RESOLUTION = "resolution"  # more than half of the vote denominator
    ADMISSION = "admission"  # kết nạp: at least 2/3 of the official members
    RECOGNITION = "recognition"  # công nhận chính thức: at least 2/3 of the official members
    MINUTES = "minutes"  # adopting the minutes: more than half


class DocumentType(StrEnum):
    RESOLUTION = "NQ"  # nghị quyết
    CONCLUSION = "KL"  # kết luận


class TaskResult(StrEnum):
    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not_done"


# -- the content of the minutes (stored as one structured document with the meeting) -----------
@dataclass(frozen=True, slots=True)
class Person:
    """A named person; ``member_id`` when they are a member of the commune."""

    name: str = ""
    member_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class Guest:
    name: str
    post: str  # chức vụ, e.g. "Đảng ủy viên, Phó Chủ tịch UBND xã"
    superior_delegate: bool = False  # đại biểu cấp ủy cấp trên


@dataclass(frozen=True, slots=True)
class Speech:
    speaker: Person
    gist: str  # the substance of what was said


@dataclass(frozen=True, slots=True)
class AgendaItem:
    title: str
    content: str = ""
    speeches: tuple[Speech, ...] = ()


@dataclass(frozen=True, slots=True)
class TaskReview:
    """Last meeting's task and what came of it (filled from that meeting's task list)."""

    task_id: UUID
    assignee: str
    what: str
    deadline: date | None
    result: TaskResult | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Vote:
    subject: str
    kind: VoteKind = VoteKind.RESOLUTION
    votes_for: int = 0
    votes_against: int = 0


@dataclass(frozen=True, slots=True)
class QualityMark:
    criterion: str  # a criterion of the profile's quality weights
    points: int


@dataclass(frozen=True, slots=True)
class Minutes:
    starts_at: time | None = None
    ends_at: time | None = None
    place: str = ""
    chair: Person = Person()
    secretary: Person = Person()  # thư ký, the minute-taker
    guests: tuple[Guest, ...] = ()
    fee_note: str = ""  # Party-fee status announced at the opening
    agenda: tuple[AgendaItem, ...] = ()
    task_reviews: tuple[TaskReview, ...] = ()
    conclusion: str = ""  # the chair's conclusion
    document_type: DocumentType = DocumentType.RESOLUTION
    document_number: int | None = None  # numbered per type within the committee term
    document_title: str = ""
    document_text: str = ""
    votes: tuple[Vote, ...] = ()
    quality: tuple[QualityMark, ...] = ()

    @property
    def duration_minutes(self) -> int | None:
        if self.starts_at is None or self.ends_at is None:
            return None
        start = self.starts_at.hour * 60 + self.starts_at.minute
        end = self.ends_at.hour * 60 + self.ends_at.minute
        return end - start

    @property
    def quality_total(self) -> int:
        return sum(m.points for m in self.quality)


# -- records -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Meeting:
    id: UUID
    unit_id: UUID  # the cell
    kind: MeetingKind
    planned_on: date
    topic: str = ""  # the theme of a thematic meeting
    state: MeetingState = MeetingState.PLANNED
    held_on: date | None = None
    minutes: Minutes = Minutes()
    content_hash: str = ""  # SHA-256 of the finalised minutes (hex)
    finalised_on: date | None = None
    adopted_on: date | None = None
    adopted_at_meeting_id: UUID | None = None
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False

    @property
    def on(self) -> date:
        """The date the meeting is judged by: held, or else planned."""
        return self.held_on or self.planned_on

    @property
    def short_code(self) -> str:
        """Printed on the paper minutes so that a sheet can be matched to the record."""
        code = self.content_hash[:8].upper()
        return f"{code[:4]}-{code[4:]}" if code else ""


@dataclass(frozen=True, slots=True)
class Attendance:
    id: UUID
    meeting_id: UUID
    member_id: UUID
    member_name: str  # as on the day of the meeting
    official: bool  # probationary members attend but do not vote
    standing: Standing = Standing.REGULAR
    presence: Presence | None = None  # None: not yet marked
    reason: str = ""  # for an absence with reason
    fee: FeeStatus | None = None
    position: int = 0  # the order of the roll call
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class MeetingTask:
    """A task assigned at a meeting; reviewed at the next one."""

    id: UUID
    meeting_id: UUID
    what: str
    assignee: str = ""
    assignee_id: UUID | None = None  # when the assignee is a member
    deadline: date | None = None
    report_back_on: date | None = None
    position: int = 0
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class MinutesAnnex:
    """A dated correction to finalised minutes (never an edit of them)."""

    id: UUID
    meeting_id: UUID
    dated_on: date
    text: str
    written_by: str = ""
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


MAX_ATTACHMENT_BYTES = 20 * 2**20  # a few scanned pages; larger files are refused
# The first bytes of the kinds of scan accepted, the media type each is stored as, and the
# extension a copy to open is given (by what the bytes are, never by the name they came with).
_SCANS = (
    (b"%PDF-", "application/pdf", ".pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
)
SCAN_SUFFIXES = {media_type: suffix for _magic, media_type, suffix in _SCANS}


def scan_media_type(data: bytes) -> str | None:
    """The media type of a scan from its first bytes; None for anything else (a program, a
    document, a file whose name only says it is a scan)."""
    return next((media_type for magic, media_type, _ in _SCANS if data.startswith(magic)), None)


@dataclass(frozen=True, slots=True)
class Attachment:
    """A signed scan of the minutes (PDF or image), stored by its SHA-256."""

    id: UUID
    meeting_id: UUID
    sha256: str
    file_name: str
    media_type: str
    size: int
    added_on: date
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class ThematicTopic:
    month: int
    topic: str


@dataclass(frozen=True, slots=True)
class MeetingPlan:
    """A cell's (or, for the commune unit, every cell's default) plan for a year."""

    id: UUID
    unit_id: UUID
    year: int
    day_of_month: int = 3  # the fixed day of the regular meeting
    thematic_topics: tuple[ThematicTopic, ...] = ()
    liaison: str = ""  # the commune committee member assigned to attend the cell's meetings
    liaison_id: UUID | None = None
    term_started_on: date | None = None  # the committee term: documents are numbered within it
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class AgendaTemplate:
    """The agenda of a meeting type, kept as data the office can edit."""

    id: UUID
    kind: MeetingKind
    items: tuple[str, ...]
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


MEETING_RECORDS = (Meeting, Attendance, MeetingTask, MinutesAnnex, Attachment)


@dataclass(frozen=True, slots=True)
class MinutesRecord:
    """Everything the minutes of one meeting say: what the editor shows, the rules check and the
    printout renders."""

    meeting: Meeting
    attendance: tuple[Attendance, ...] = ()
    tasks: tuple[MeetingTask, ...] = ()
    annexes: tuple[MinutesAnnex, ...] = ()

    def content_hash(self) -> str:
        """SHA-256 over the minutes, the attendance and the tasks — not over stamps, state or
        annexes, so the hash of a finalised record never changes."""
        plain = {
            "unit_id": self.meeting.unit_id,
            "kind": self.meeting.kind,
            "held_on": self.meeting.held_on,
            "topic": self.meeting.topic,
            "minutes": self.meeting.minutes,
            "attendance": [
                {k: v for k, v in to_plain(a).items() if k not in _STAMPS}
                for a in sorted(self.attendance, key=lambda a: (a.position, a.member_id.hex))
            ],
            "tasks": [
                {k: v for k, v in to_plain(t).items() if k not in _STAMPS}
                for t in sorted(self.tasks, key=lambda t: (t.position, t.id.hex))
            ],
        }
        text = json.dumps(to_plain(plain), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


_STAMPS = {"version", "origin_site", "deleted"}


# -- figures -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AttendanceSummary:
    """The figures the minutes must state (DOMAIN.md "Minutes must contain")."""

    total: int
    official: int
    probationary: int
    exempt: int
    elsewhere: int
    required: int  # must attend: total minus exempt and elsewhere
    present: int  # of those required
    absent_excused: int
    absent_unexcused: int
    late_or_left_early: int
    # The vote denominator: official members summoned, minus those elsewhere and absent exempt.
    voters: int

    @property
    def rate_percent(self) -> float:
        return round(self.present * 100 / self.required, 1) if self.required else 0.0


def summarise(attendance: tuple[Attendance, ...] | list[Attendance]) -> AttendanceSummary:
    live = [a for a in attendance if not a.deleted]
    required = [a for a in live if a.standing is Standing.REGULAR]

    def attended(a: Attendance) -> bool:
        return a.presence is not None and a.presence.attended

    return AttendanceSummary(
        total=len(live),
        official=sum(a.official for a in live),
        probationary=sum(not a.official for a in live),
        exempt=sum(a.standing is Standing.EXEMPT for a in live),
        elsewhere=sum(a.standing is Standing.ELSEWHERE for a in live),
        required=len(required),
        present=sum(attended(a) for a in required),
        absent_excused=sum(a.presence is Presence.ABSENT_EXCUSED for a in required),
        absent_unexcused=sum(a.presence is Presence.ABSENT_UNEXCUSED for a in required),
        late_or_left_early=sum(
            a.presence in (Presence.LATE, Presence.LEFT_EARLY) for a in required
        ),
        voters=sum(
            a.official
            and a.standing is not Standing.ELSEWHERE
            and (a.standing is Standing.REGULAR or attended(a))
            for a in live
        ),
    )


@dataclass(frozen=True, slots=True)
class VoteOutcome:
    denominator: int
    needed: int  # the smallest number of votes for that carries
    carried: bool

    def percent(self, votes_for: int) -> float:
        return round(votes_for * 100 / self.denominator, 1) if self.denominator else 0.0


def vote_outcome(vote: Vote, summary: AttendanceSummary) -> VoteOutcome:
    """Over the official members summoned (minus those elsewhere and absent exempt members):
    more than half; at least two thirds for an admission or a recognition (DOMAIN.md
    "Attendance"). Probationary members do not vote."""
    denominator = summary.voters
    if vote.kind in (VoteKind.ADMISSION, VoteKind.RECOGNITION):
        needed = -(-2 * denominator // 3)  # the ceiling of two thirds
    else:
        needed = denominator // 2 + 1
    return VoteOutcome(denominator, needed, denominator > 0 and vote.votes_for >= needed)


def quality_band(total: int, bands: tuple[tuple[str, int], ...]) -> str:
    """The band ("good", "fair" …) of a quality score; ``bands`` best first."""
    for band, minimum in bands:
        if total >= minimum:
            return band
    return bands[-1][0]


# -- agendas -----------------------------------------------------------------------------------
# The built-in agendas follow the order of a regular meeting (DOMAIN.md "Order of a regular
# meeting"). They are the document's own Vietnamese wording; the office may replace them.
LAST_TASKS_ITEM = "Kết quả thực hiện nhiệm vụ tháng trước"
_OPENING = "Khai mạc: mục đích, giới thiệu đại biểu, cử thư ký, điểm danh, tình hình đảng phí"
_CLOSING = (
    "Chủ trì kết luận; giao nhiệm vụ cho đảng viên",
    "Biểu quyết thông qua nghị quyết (kết luận)",
    "Chấm điểm chất lượng buổi sinh hoạt",
    "Đọc lại và thông qua biên bản",
)
DEFAULT_AGENDAS: dict[MeetingKind, tuple[str, ...]] = {
    MeetingKind.REGULAR: (
        _OPENING,
        "Báo cáo tình hình tháng và nhiệm vụ tháng tới",
        LAST_TASKS_ITEM,
        "Thông tin thời sự, phổ biến văn bản của cấp trên",
        "Thảo luận; phê bình và tự phê bình; tình hình tư tưởng đảng viên",
        *_CLOSING,
    ),
    MeetingKind.THEMATIC: (
        _OPENING,
        "Trình bày báo cáo chuyên đề",
        "Thảo luận chuyên đề",
        *_CLOSING,
    ),
    MeetingKind.COMBINED: (
        _OPENING,
        "Báo cáo tình hình tháng và nhiệm vụ tháng tới",
        LAST_TASKS_ITEM,
        "Thông tin thời sự, phổ biến văn bản của cấp trên",
        "Trình bày và thảo luận chuyên đề",
        "Thảo luận; phê bình và tự phê bình; tình hình tư tưởng đảng viên",
        *_CLOSING,
    ),
}
