"""Making meetings in tests: a planned meeting, and one held with the facts its minutes need."""

from __future__ import annotations

import dataclasses
from datetime import date, time

from chibo_desktop.domain.entities import Unit, new_id
from chibo_desktop.domain.meetings import (
    FeeStatus,
    Meeting,
    MeetingKind,
    MinutesRecord,
    Person,
    Presence,
    QualityMark,
    Standing,
)
from chibo_desktop.services.workspace import Workspace


def planned(workspace: Workspace, cell: Unit, on: date, kind=MeetingKind.REGULAR) -> Meeting:
    meeting = Meeting(new_id(), cell.id, kind, on)
    workspace.meetings.add(meeting)
    return meeting


def held(workspace: Workspace, meeting: Meeting, **minutes_changes) -> MinutesRecord:
    """Start the minutes and fill what must be there: everyone present, times, people."""
    record = workspace.meetings.start_minutes(meeting.id)
    minutes = dataclasses.replace(
        record.meeting.minutes,
        starts_at=time(7, 30),
        ends_at=time(9, 15),
        place="Nhà văn hóa thôn Đông",
        chair=Person("Nguyễn Văn Bình"),
        secretary=Person("Trần Thị Lan"),
        quality=(QualityMark("attendance", 5), QualityMark("closing", 4)),
        **minutes_changes,
    )
    attendance = tuple(
        dataclasses.replace(a, presence=Presence.PRESENT, fee=FeeStatus.PAID)
        if a.standing is Standing.REGULAR
        else a
        for a in record.attendance
    )
    return workspace.meetings.save_draft(
        dataclasses.replace(
            record,
            meeting=dataclasses.replace(record.meeting, minutes=minutes),
            attendance=attendance,
        )
    )
