"""Cell meetings: planning a year, writing the minutes, locking them, and what follows.

Lifecycle: planned → draft (the minutes are saved as they are typed) → finalised (locked, its
content hash recorded; corrections are dated annexes) → adopted at a later meeting. A signed scan
(PDF or image) may be attached to finalised minutes; its bytes are stored once, by SHA-256.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePath
from typing import TypeVar
from uuid import UUID

from chibo_desktop.domain.dates import add_months, format_date
from chibo_desktop.domain.entities import Changes, Member, PartyPost, Unit, new_id
from chibo_desktop.domain.enums import MemberStatus, PostKind, TransferDirection, TransferKind
from chibo_desktop.domain.findings import Finding, Severity
from chibo_desktop.domain.meeting_rules import (
    CellYear,
    can_finalise,
    cell_year,
    check_minutes,
)
from chibo_desktop.domain.meetings import (
    DEFAULT_AGENDAS,
    LAST_TASKS_ITEM,
    MAX_ATTACHMENT_BYTES,
    SCAN_SUFFIXES,
    AgendaItem,
    AgendaTemplate,
    Attachment,
    Attendance,
    DocumentType,
    Meeting,
    MeetingKind,
    MeetingPlan,
    MeetingState,
    MeetingTask,
    MinutesAnnex,
    MinutesRecord,
    Person,
    Standing,
    TaskReview,
    scan_media_type,
)
from chibo_desktop.domain.rules import MeetingRules, ProfileKind
from chibo_desktop.domain.text import name_sort_key, nfc, nfc_text
from chibo_desktop.domain.validation import Problem, ValidationFailed
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.rules import RuleService
from chibo_desktop.services.transfers import TransferService
from chibo_desktop.services.undo import (
    CommandLabel,
    RecordChange,
    UndoStack,
    WriteCommand,
)
from chibo_desktop.storage.repositories import (
    MeetingRepository,
    MemberRecordRepository,
    MemberRepository,
    UnitRepository,
)
from chibo_desktop.storage.store import Store

_Row = TypeVar("_Row", Attendance, MeetingTask)
# Characters no file name may hold on Windows (or that would make a path of it), and the names
# Windows keeps for its devices whatever the extension ("CON.pdf" is the console).
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_DEVICE_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))}
)


class MinutesLocked(OperationRefused):
    """Finalised minutes are never edited; a correction is a dated annex."""

    def __init__(self) -> None:
        super().__init__("meeting.locked")


class MinutesIncomplete(OperationRefused):
    """The minutes lack facts they must state; ``findings`` says which."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("meeting.incomplete")
        self.findings = findings


@dataclass(frozen=True, slots=True)
class CellOverview:
    unit: Unit
    plan: MeetingPlan
    year: CellYear


class MeetingService:
    def __init__(
        self,
        meetings: MeetingRepository,
        members: MemberRepository,
        records: MemberRecordRepository,
        units: UnitRepository,
        transfers: TransferService,
        rules: RuleService,
        store: Store,
        undo: UndoStack,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._meetings = meetings
        self._members = members
        self._records = records
        self._units = units
        self._transfers = transfers
        self._rules = rules
        self._store = store
        self._undo = undo
        self._today = today

    # -- reading -------------------------------------------------------------------------------
    def get(self, meeting_id: UUID) -> Meeting:
        meeting = self._meetings.get(Meeting, meeting_id)
        if meeting is None or meeting.deleted:
            raise OperationRefused("record.not_found")
        return meeting

    def in_year(self, unit_ids: Iterable[UUID], year: int) -> list[Meeting]:
        return self._meetings.in_units(list(unit_ids), date(year, 1, 1), date(year, 12, 31))

    def record(self, meeting_id: UUID) -> MinutesRecord:
        meeting = self.get(meeting_id)
        return MinutesRecord(
            meeting=meeting,
            attendance=tuple(
                sorted(
                    self._meetings.where(Attendance, meeting=meeting_id),
                    key=lambda a: (a.position, name_sort_key(a.member_name)),
                )
            ),
            tasks=tuple(
                sorted(self._meetings.where(MeetingTask, meeting=meeting_id), key=_position)
            ),
            annexes=tuple(
                sorted(
                    self._meetings.where(MinutesAnnex, meeting=meeting_id),
                    key=lambda a: (a.dated_on, a.id.hex),
                )
            ),
        )

    def attachments(self, meeting_id: UUID) -> list[Attachment]:
        return sorted(
            self._meetings.where(Attachment, meeting=meeting_id),
            key=lambda a: (a.added_on, a.file_name),
        )

    def cell_name(self, meeting: Meeting) -> str:
        return self._unit_name(meeting.unit_id)

    def rules_for(self, meeting: Meeting) -> MeetingRules:
        values = self._rules.in_force(ProfileKind.MEETING, meeting.on).values
        assert isinstance(values, MeetingRules)
        return values

    def profile_title(self, meeting: Meeting) -> str:
        return self._rules.in_force(ProfileKind.MEETING, meeting.on).title

    # -- planning ------------------------------------------------------------------------------
    def plan(self, unit_id: UUID, year: int) -> MeetingPlan:
        """The cell's plan for the year; without one, the commune-wide plan's day, liaison-less;
        without that, the 3rd of the month."""
        own = self._meetings.where(MeetingPlan, unit=unit_id, year=year)
        if own:
            return own[0]
        unit = self._units.get(unit_id)
        parent = unit.parent_id if unit else None
        shared = self._meetings.where(MeetingPlan, unit=parent, year=year) if parent else []
        earlier = sorted(self._meetings.where(MeetingPlan, unit=unit_id), key=lambda p: p.year)
        term = earlier[-1].term_started_on if earlier else None
        day = shared[0].day_of_month if shared else 3
        return MeetingPlan(new_id(), unit_id, year, day_of_month=day, term_started_on=term)

    def save_plan(self, plan: MeetingPlan) -> Changes:
        plan = dataclasses.replace(
            plan,
            liaison=nfc(plan.liaison),
            thematic_topics=tuple(
                dataclasses.replace(t, topic=nfc(t.topic)) for t in plan.thematic_topics
            ),
        )
        problems = []
        if not 1 <= plan.day_of_month <= 31:
            problems.append(Problem("day_of_month", "day_of_month"))
        for topic in plan.thematic_topics:
            if not 1 <= topic.month <= 12:
                problems.append(Problem("thematic_topics", "month", {"month": topic.month}))
            if not topic.topic:
                problems.append(Problem("thematic_topics", "required"))
        if problems:
            raise ValidationFailed(problems)
        before = self._meetings.get(MeetingPlan, plan.id)
        subject = self._unit_name(plan.unit_id)
        return self._undo.run(
            WriteCommand(CommandLabel("meeting_plan.edit", subject), [RecordChange(before, plan)])
        )

    def generate_year(self, unit_ids: Iterable[UUID], year: int) -> Changes:
        """Plan a regular meeting in every month that has none, and a thematic meeting in each
        month of the plan's topic list that has none; one undoable step for all the cells."""
        changes: list[RecordChange] = []
        cells = [u for u in (self._units.get(i) for i in unit_ids) if u and u.is_cell]
        existing = self.in_year([c.id for c in cells], year)
        for cell in cells:
            plan = self.plan(cell.id, year)
            mine = [m for m in existing if m.unit_id == cell.id]
            regular_months = {
                m.on.month for m in mine if m.kind in (MeetingKind.REGULAR, MeetingKind.COMBINED)
            }
            thematic_months = {
                m.on.month for m in mine if m.kind in (MeetingKind.THEMATIC, MeetingKind.COMBINED)
            }
            for month in range(1, 13):
                if month not in regular_months:
                    day = _day_in_month(year, month, plan.day_of_month)
                    meeting = Meeting(new_id(), cell.id, MeetingKind.REGULAR, day)
                    changes.append(RecordChange(None, meeting))
            for topic in plan.thematic_topics:
                if topic.month not in thematic_months:
                    day = _day_in_month(year, topic.month, plan.day_of_month)
                    meeting = Meeting(
                        new_id(), cell.id, MeetingKind.THEMATIC, day, topic=topic.topic
                    )
                    changes.append(RecordChange(None, meeting))
                    thematic_months.add(topic.month)
        if not changes:
            return Changes()
        return self._undo.run(WriteCommand(CommandLabel("meeting.generate", str(year)), changes))

    def overview(self, unit_ids: Iterable[UUID], year: int) -> list[CellOverview]:
        """Each cell's year month by month, with the missing monthly and quarterly meetings."""
        cells = [u for u in (self._units.get(i) for i in unit_ids) if u and u.is_cell]
        meetings = self.in_year([c.id for c in cells], year)
        today = self._today()
        judged_on = min(today, date(year, 12, 31))
        rules = self._rules.in_force(ProfileKind.MEETING, judged_on).values
        assert isinstance(rules, MeetingRules)
        by_cell: dict[UUID, list[Meeting]] = {c.id: [] for c in cells}
        for meeting in meetings:
            by_cell[meeting.unit_id].append(meeting)
        return [
            CellOverview(
                c, self.plan(c.id, year), cell_year(c.id, year, by_cell[c.id], today, rules)
            )
            for c in sorted(cells, key=lambda c: name_sort_key(c.name))
        ]

    def add(self, meeting: Meeting) -> Changes:
        """A meeting added by hand (e.g. an extra thematic meeting)."""
        unit = self._units.get(meeting.unit_id)
        if unit is None or not unit.is_cell:
            name = unit.name if unit else ""
            raise ValidationFailed([Problem("unit_id", "not_a_cell", {"unit": name})])
        meeting = dataclasses.replace(meeting, topic=nfc(meeting.topic), state=MeetingState.PLANNED)
        return self._undo.run(
            WriteCommand(CommandLabel("meeting.add", unit.name), [RecordChange(None, meeting)])
        )

    def reschedule(self, meeting_id: UUID, planned_on: date) -> Changes:
        meeting = self.get(meeting_id)
        if meeting.state is not MeetingState.PLANNED:
            raise OperationRefused("meeting.already_held")
        after = dataclasses.replace(meeting, planned_on=planned_on)
        return self._undo.run(
            WriteCommand(
                CommandLabel("meeting.reschedule", self._unit_name(meeting.unit_id)),
                [RecordChange(meeting, after)],
            )
        )

    def remove(self, meeting_id: UUID) -> Changes:
        """Only a meeting without minutes may be removed (undoable)."""
        meeting = self.get(meeting_id)
        if meeting.state is not MeetingState.PLANNED:
            raise OperationRefused("meeting.already_held")
        return self._undo.run(
            WriteCommand(
                CommandLabel("meeting.remove", self._unit_name(meeting.unit_id)),
                [RecordChange(meeting, dataclasses.replace(meeting, deleted=True))],
            )
        )

    # -- agenda templates ----------------------------------------------------------------------
    def agenda_template(self, kind: MeetingKind) -> AgendaTemplate:
        stored = self._meetings.where(AgendaTemplate, kind=kind.value)
        if stored:
            return stored[0]
        return AgendaTemplate(new_id(), kind, DEFAULT_AGENDAS[kind])

    def save_agenda_template(self, template: AgendaTemplate) -> Changes:
        items = tuple(i for i in (nfc(i) for i in template.items) if i)
        if not items:
            raise ValidationFailed([Problem("items", "required")])
        template = dataclasses.replace(template, items=items)
        before = self._meetings.get(AgendaTemplate, template.id)
        return self._undo.run(
            WriteCommand(
                CommandLabel("agenda_template.edit", template.kind.value),
                [RecordChange(before, template)],
            )
        )

    # -- the minutes ---------------------------------------------------------------------------
    def start_minutes(self, meeting_id: UUID, held_on: date | None = None) -> MinutesRecord:
        """Open the minutes of a planned meeting: the roll of the cell's members on the day,
        the agenda of the meeting type (with last meeting's tasks to review), the chair."""
        meeting = self.get(meeting_id)
        if meeting.state is not MeetingState.PLANNED:
            return self.record(meeting_id)
        day = held_on or meeting.planned_on
        previous = self._meetings.previous_held(meeting.unit_id, day)
        previous_tasks = (
            sorted(self._meetings.where(MeetingTask, meeting=previous.id), key=_position)
            if previous
            else []
        )
        template = self.agenda_template(meeting.kind)
        agenda = tuple(
            AgendaItem(
                title, content=_review_text(previous_tasks) if title == LAST_TASKS_ITEM else ""
            )
            for title in template.items
        )
        chair = self._secretary(meeting.unit_id, day)
        minutes = dataclasses.replace(
            meeting.minutes,
            place=previous.minutes.place if previous else "",
            chair=chair,
            agenda=agenda,
            task_reviews=tuple(
                TaskReview(t.id, t.assignee, t.what, t.deadline) for t in previous_tasks
            ),
        )
        started = dataclasses.replace(
            meeting, state=MeetingState.DRAFT, held_on=day, minutes=minutes
        )
        with self._undo.access.writing(self._label("meeting.start", meeting)):
            self._store.put(started, expected_version=meeting.version)
            self._store.insert_new(self._roll(started))
        return self.record(meeting_id)

    def save_draft(self, record: MinutesRecord) -> MinutesRecord:
        """Save the minutes as they are being typed (not an undo step: the editor saves every
        few seconds). Only what changed is written; removed tasks become tombstones."""
        stored = self.record(record.meeting.id)
        if stored.meeting.state.locked:
            raise MinutesLocked
        if stored.meeting.version != record.meeting.version:
            # Someone saved these minutes since this copy was read (another window, a package).
            raise OperationRefused("record.changed_elsewhere")
        meeting = _cleaned(record.meeting)
        with self._undo.access.writing(self._label("minutes.save", meeting)):
            if meeting != stored.meeting:
                meeting = self._store.put(meeting, expected_version=stored.meeting.version)
            attendance = [self._write_if_changed(a, stored.attendance) for a in record.attendance]
            tasks = [self._write_if_changed(_cleaned_task(t), stored.tasks) for t in record.tasks]
            kept = {t.id for t in record.tasks}
            for gone in (t for t in stored.tasks if t.id not in kept):
                self._store.put(dataclasses.replace(gone, deleted=True))
        return MinutesRecord(meeting, tuple(attendance), tuple(tasks), stored.annexes)

    def findings(self, record: MinutesRecord) -> list[Finding]:
        """The rule checks of the profile in force on the meeting's date."""
        meeting = record.meeting
        year_start = date(meeting.on.year, 1, 1)
        unexcused: dict[UUID, set[int]] = {}
        unpaid: dict[UUID, set[int]] = {}
        for member_id, held_on, absent, unpaid_fee in self._meetings.lapses_of_cell(
            meeting.unit_id, year_start, meeting.on, excluding=meeting.id
        ):
            if absent:
                unexcused.setdefault(member_id, set()).add(held_on.month)
            if unpaid_fee:
                unpaid.setdefault(member_id, set()).add(held_on.month)
        return check_minutes(record, self.rules_for(meeting), unexcused, unpaid)

    def finalise(self, meeting_id: UUID, on: date | None = None) -> Changes:
        """Lock the minutes: number the document, record the content hash. Refused while the
        minutes lack a fact they must state. Not an undo step: locking is for good."""
        record = self.record(meeting_id)
        meeting = record.meeting
        if meeting.state.locked:
            raise MinutesLocked
        if meeting.state is MeetingState.PLANNED:
            raise OperationRefused("meeting.not_held")
        findings = self.findings(record)
        if not can_finalise(findings):
            raise MinutesIncomplete([f for f in findings if f.severity is Severity.BLOCKING])
        minutes = meeting.minutes
        if minutes.document_number is None:
            number = self.next_document_number(meeting.unit_id, minutes.document_type, meeting.on)
            minutes = dataclasses.replace(minutes, document_number=number)
        numbered = dataclasses.replace(
            record, meeting=dataclasses.replace(meeting, minutes=minutes)
        )
        finalised = dataclasses.replace(
            numbered.meeting,
            state=MeetingState.FINALISED,
            finalised_on=on or self._today(),
            content_hash=numbered.content_hash(),
        )
        with self._undo.access.writing(self._label("minutes.finalise", meeting)):
            self._store.put(finalised, expected_version=meeting.version)
        return Changes(meetings=True)

    def adopt(self, meeting_id: UUID, at_meeting_id: UUID) -> Changes:
        """Record that the minutes were adopted at a later meeting of the same cell."""
        meeting = self.get(meeting_id)
        at = self.get(at_meeting_id)
        if meeting.state is not MeetingState.FINALISED:
            raise OperationRefused("meeting.not_finalised")
        if at.unit_id != meeting.unit_id or at.on <= meeting.on:
            raise OperationRefused("meeting.adopt_at_later_meeting")
        adopted = dataclasses.replace(
            meeting, state=MeetingState.ADOPTED, adopted_on=at.on, adopted_at_meeting_id=at.id
        )
        with self._undo.access.writing(self._label("minutes.adopt", meeting)):
            self._store.put(adopted, expected_version=meeting.version)
        return Changes(meetings=True)

    def add_annex(self, meeting_id: UUID, text: str, written_by: str = "") -> Changes:
        """A dated correction to finalised minutes."""
        meeting = self.get(meeting_id)
        if not meeting.state.locked:
            raise OperationRefused("meeting.not_finalised")
        text = nfc(text)
        if not text:
            raise ValidationFailed([Problem("text", "required")])
        annex = MinutesAnnex(new_id(), meeting_id, self._today(), text, nfc(written_by))
        return self._undo.run(
            WriteCommand(
                CommandLabel("minutes_annex.add", self._unit_name(meeting.unit_id)),
                [RecordChange(None, annex)],
            )
        )

    def _label(self, action: str, meeting: Meeting) -> CommandLabel:
        """What the audit log says of a write outside the undo history: the action, and the
        cell and day of the meeting."""
        return CommandLabel(
            action, f"{self._unit_name(meeting.unit_id)}, {format_date(meeting.on)}"
        )

    def attach_scan(self, meeting_id: UUID, path: Path) -> Attachment:
        """Attach the signed scan (PDF, PNG or JPEG) of finalised minutes."""
        meeting = self.get(meeting_id)
        if not meeting.state.locked:
            raise OperationRefused("meeting.not_finalised")
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise OperationRefused(
                    "attachment.too_large", file=path.name, limit_mb=MAX_ATTACHMENT_BYTES // 2**20
                )
            data = path.read_bytes()
        except FileNotFoundError:
            raise OperationRefused("file.not_found", file=path.name) from None
        except OSError as error:
            raise OperationRefused("file.unreadable", file=path.name, detail=str(error)) from error
        media_type = scan_media_type(data)
        if media_type is None:
            raise OperationRefused("attachment.not_a_scan", file=path.name)
        digest = hashlib.sha256(data).hexdigest()
        attachment = Attachment(
            new_id(), meeting_id, digest, nfc(path.name), media_type, len(data), self._today()
        )
        with self._undo.access.writing(self._label("attachment.add", meeting)):
            self._store.put_blob(digest, data)
            attachment = self._store.put(attachment)
        return attachment

    def attachment_bytes(self, attachment: Attachment) -> bytes:
        """The stored bytes, checked against their SHA-256."""
        data = self._meetings.blob(attachment.sha256)
        if data is None or hashlib.sha256(data).hexdigest() != attachment.sha256:
            raise OperationRefused("attachment.damaged", file=attachment.file_name)
        return data

    def scan_copy(self, attachment: Attachment) -> Path:
        """A copy of the stored scan in a new temporary folder, for the system's viewer to open.

        The system opens a file by its extension, so a file that is not a scan must never be
        handed over: an attachment that arrived in a commune's package may hold anything under
        any name and media type. The copy's extension is the one of what its bytes are; its
        name keeps the attached file's, made safe as a file name."""
        data = self.attachment_bytes(attachment)
        media_type = scan_media_type(data)
        if media_type is None or media_type != attachment.media_type:
            raise OperationRefused("attachment.not_openable", file=attachment.file_name)
        stem = _NOT_IN_FILE_NAMES.sub("-", PurePath(attachment.file_name).stem).strip(" .-")
        if not stem or stem.upper() in _DEVICE_NAMES:
            stem = "scan"
        copy = (
            Path(tempfile.mkdtemp(prefix="chibo-scan-"))
            / f"{stem[:100]}{SCAN_SUFFIXES[media_type]}"
        )
        copy.write_bytes(data)
        return copy

    def next_document_number(self, unit_id: UUID, kind: DocumentType, on: date) -> int:
        """Documents are numbered per type within the committee term (from the plan's term
        start; from the first meeting when no term is recorded)."""
        term = self.plan(unit_id, on.year).term_started_on
        return self._meetings.highest_number(unit_id, kind.value, term) + 1

    # -- helpers -------------------------------------------------------------------------------
    def _roll(self, meeting: Meeting) -> list[Attendance]:
        """The cell's members on the meeting day: exempt and temporarily-away ones apart;
        suspended members do not take part."""
        day = meeting.on
        away = {
            t.member_id
            for t in self._transfers.all()
            if t.kind is TransferKind.TEMPORARY
            and t.direction is TransferDirection.OUT
            and t.member_id is not None
            and (t.moved_on or t.decided_on) <= day
            and (t.returned_on is None or t.returned_on > day)
        }
        members = [
            m
            for m in self._members.in_unit(meeting.unit_id)
            if m.status in (MemberStatus.ACTIVE, MemberStatus.EXEMPT)
            and (m.admission_date is None or m.admission_date <= day)
        ]
        members.sort(key=lambda m: name_sort_key(m.full_name))
        return [
            Attendance(
                id=new_id(),
                meeting_id=meeting.id,
                member_id=m.id,
                member_name=m.full_name,
                official=m.official_date is not None and m.official_date <= day,
                standing=_standing(m, away),
                position=position,
            )
            for position, m in enumerate(members)
        ]

    def _secretary(self, unit_id: UUID, day: date) -> Person:
        posts = [
            p
            for p in self._records.where(PartyPost, unit=unit_id)
            if p.post is PostKind.SECRETARY
            and p.started_on <= day
            and (p.ended_on is None or p.ended_on >= day)
        ]
        if not posts:
            return Person()
        post = max(posts, key=lambda p: p.started_on)
        member = self._members.get(post.member_id)
        return Person(member.full_name, member.id) if member else Person()

    def _write_if_changed(self, record: _Row, stored: Iterable[_Row]) -> _Row:
        before = next((s for s in stored if s.id == record.id), None)
        if before is not None and before == record:
            return record
        return self._store.put(record, expected_version=before.version if before else None)

    def _unit_name(self, unit_id: UUID) -> str:
        unit = self._units.get(unit_id)
        return unit.name if unit else ""


def _position(task: MeetingTask) -> tuple[int, str]:
    return (task.position, task.id.hex)


def _standing(member: Member, away: set[UUID]) -> Standing:
    if member.id in away:
        return Standing.ELSEWHERE
    if member.status is MemberStatus.EXEMPT:
        return Standing.EXEMPT
    return Standing.REGULAR


def _day_in_month(year: int, month: int, day: int) -> date:
    """The plan's day, or the month's last day when the month is shorter (31 → 28 February)."""
    last = (add_months(date(year, month, 1), 1) - date(year, month, 1)).days
    return date(year, month, min(day, last))


def _review_text(tasks: list[MeetingTask]) -> str:
    return "\n".join(f"- {t.assignee}: {t.what}" for t in tasks)


def _cleaned(meeting: Meeting) -> Meeting:
    """NFC for every text typed into the minutes."""
    m = meeting.minutes
    minutes = dataclasses.replace(
        m,
        place=nfc(m.place),
        chair=dataclasses.replace(m.chair, name=nfc(m.chair.name)),
        secretary=dataclasses.replace(m.secretary, name=nfc(m.secretary.name)),
        guests=tuple(dataclasses.replace(g, name=nfc(g.name), post=nfc(g.post)) for g in m.guests),
        fee_note=nfc_text(m.fee_note),
        agenda=tuple(
            dataclasses.replace(
                item,
                title=nfc(item.title),
                content=nfc_text(item.content),
                speeches=tuple(
                    dataclasses.replace(
                        s,
                        speaker=dataclasses.replace(s.speaker, name=nfc(s.speaker.name)),
                        gist=nfc_text(s.gist),
                    )
                    for s in item.speeches
                ),
            )
            for item in m.agenda
        ),
        task_reviews=tuple(dataclasses.replace(r, note=nfc_text(r.note)) for r in m.task_reviews),
        conclusion=nfc_text(m.conclusion),
        document_title=nfc(m.document_title),
        document_text=nfc_text(m.document_text),
        votes=tuple(dataclasses.replace(v, subject=nfc(v.subject)) for v in m.votes),
    )
    return dataclasses.replace(meeting, topic=nfc(meeting.topic), minutes=minutes)


def _cleaned_task(task: MeetingTask) -> MeetingTask:
    return dataclasses.replace(task, what=nfc(task.what), assignee=nfc(task.assignee))
