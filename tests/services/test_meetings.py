"""Meetings through the service on a real database: planning a year, the roll, autosaved drafts,
task carry-over, numbering, locking, annexes, adoption and signed scans."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from meeting_helpers import held, planned

from chibo_desktop.domain.entities import Member, PartyPost, Transfer, Unit, new_id
from chibo_desktop.domain.enums import PostKind, TransferDirection, TransferKind
from chibo_desktop.domain.meetings import (
    LAST_TASKS_ITEM,
    AgendaTemplate,
    DocumentType,
    MeetingKind,
    MeetingPlan,
    MeetingState,
    MeetingTask,
    Person,
    Presence,
    Standing,
    TaskResult,
    ThematicTopic,
)
from chibo_desktop.domain.validation import ValidationFailed
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.meetings import MinutesIncomplete, MinutesLocked
from chibo_desktop.services.workspace import Workspace


def test_a_year_is_planned_on_the_cells_day_with_thematic_topics(
    workspace: Workspace, dong: Unit, doai: Unit
) -> None:
    plan = dataclasses.replace(
        workspace.meetings.plan(dong.id, 2026),
        day_of_month=31,
        thematic_topics=(ThematicTopic(3, "Học tập và làm theo tư tưởng Hồ Chí Minh"),),
        liaison="Hoàng Văn Thái",
    )
    workspace.meetings.save_plan(plan)
    planned(workspace, doai, date(2026, 5, 10))  # Đoài already has May

    workspace.meetings.generate_year([dong.id, doai.id], 2026)

    dong_year = workspace.meetings.in_year([dong.id], 2026)
    regular = [m.planned_on for m in dong_year if m.kind is MeetingKind.REGULAR]
    assert regular[:3] == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]
    assert len(regular) == 12
    [thematic] = [m for m in dong_year if m.kind is MeetingKind.THEMATIC]
    assert (thematic.planned_on, thematic.topic) == (
        date(2026, 3, 31),
        "Học tập và làm theo tư tưởng Hồ Chí Minh",
    )
    doai_may = [m for m in workspace.meetings.in_year([doai.id], 2026) if m.on.month == 5]
    assert [m.planned_on for m in doai_may] == [date(2026, 5, 10)]  # not planned twice
    assert workspace.meetings.plan(dong.id, 2026).liaison == "Hoàng Văn Thái"

    # one step undoes the whole year for both cells
    workspace.undo.undo()
    assert len(workspace.meetings.in_year([dong.id, doai.id], 2026)) == 1


def test_the_roll_lists_the_cell_on_the_day_with_exempt_and_away_apart(
    workspace: Workspace, dong: Unit, doai: Unit, cell_members: list[Member]
) -> None:
    away = cell_members[5]
    workspace.transfers.save(
        Transfer(
            new_id(),
            TransferKind.TEMPORARY,
            TransferDirection.OUT,
            decided_on=date(2026, 1, 5),
            member_id=away.id,
            from_unit_id=dong.id,
            other_organisation="Đảng ủy phường Hà Đông",
            moved_on=date(2026, 1, 2),
            ends_on=date(2026, 12, 31),
        )
    )
    workspace.records.save(
        PartyPost(new_id(), cell_members[0].id, dong.id, PostKind.SECRETARY, date(2025, 6, 1))
    )
    meeting = planned(workspace, dong, date(2026, 2, 3))

    record = workspace.meetings.start_minutes(meeting.id)

    roll = {a.member_name: a for a in record.attendance}
    assert set(roll) == {m.full_name for m in cell_members}
    assert roll["Đỗ Văn Nam"].standing is Standing.EXEMPT
    assert roll["Vũ Văn Khải"].standing is Standing.ELSEWHERE
    assert roll["Phạm Thị Hoa"].official is False
    assert record.meeting.state is MeetingState.DRAFT
    assert record.meeting.minutes.chair == Person("Nguyễn Văn Bình", cell_members[0].id)
    titles = [item.title for item in record.meeting.minutes.agenda]
    assert titles == list(workspace.meetings.agenda_template(MeetingKind.REGULAR).items)


def test_last_meetings_tasks_come_back_for_review(
    workspace: Workspace, dong: Unit, cell_members: list[Member]
) -> None:
    january = held(workspace, planned(workspace, dong, date(2026, 1, 3)))
    task = MeetingTask(
        new_id(),
        january.meeting.id,
        "Vận động các hộ đóng góp làm đường",
        assignee="Lê Văn Tám",
        deadline=date(2026, 1, 30),
    )
    workspace.meetings.save_draft(dataclasses.replace(january, tasks=(task,)))
    workspace.meetings.finalise(january.meeting.id, on=date(2026, 1, 4))

    february = workspace.meetings.start_minutes(planned(workspace, dong, date(2026, 2, 3)).id)

    [review] = february.meeting.minutes.task_reviews
    assert (review.task_id, review.assignee, review.what) == (
        task.id,
        "Lê Văn Tám",
        "Vận động các hộ đóng góp làm đường",
    )
    item = next(i for i in february.meeting.minutes.agenda if i.title == LAST_TASKS_ITEM)
    assert "Lê Văn Tám: Vận động các hộ đóng góp làm đường" in item.content
    # the result left empty is a rule check of February's minutes
    assert "task_result_missing" in [f.code for f in workspace.meetings.findings(february)]
    reviewed = dataclasses.replace(
        february.meeting.minutes,
        task_reviews=(dataclasses.replace(review, result=TaskResult.DONE),),
    )
    saved = workspace.meetings.save_draft(
        dataclasses.replace(
            february, meeting=dataclasses.replace(february.meeting, minutes=reviewed)
        )
    )
    assert workspace.meetings.record(saved.meeting.id).meeting.minutes.task_reviews[0].result is (
        TaskResult.DONE
    )


def test_a_draft_is_on_disk_as_soon_as_it_is_saved(
    workspace: Workspace, dong: Unit, cell_members: list[Member], db_path: Path
) -> None:
    record = held(workspace, planned(workspace, dong, date(2026, 3, 3)))
    conclusion = "Chi bộ thống nhất tập trung chỉ đạo thu hoạch vụ đông."
    workspace.meetings.save_draft(
        dataclasses.replace(
            record,
            meeting=dataclasses.replace(
                record.meeting,
                minutes=dataclasses.replace(record.meeting.minutes, conclusion=conclusion),
            ),
        )
    )
    # another connection (as after a power cut and a restart) reads it back
    with sqlite3.connect(db_path) as raw:
        [(stored,)] = raw.execute(
            "SELECT minutes_json FROM meeting WHERE id = ?", (record.meeting.id.hex,)
        ).fetchall()
    assert conclusion in stored


def test_finalising_numbers_locks_and_hashes_the_minutes(
    workspace: Workspace, dong: Unit, cell_members: list[Member]
) -> None:
    workspace.meetings.save_plan(
        dataclasses.replace(
            workspace.meetings.plan(dong.id, 2026), term_started_on=date(2025, 7, 1)
        )
    )
    numbers = []
    for month in (1, 2):
        record = held(workspace, planned(workspace, dong, date(2026, month, 3)))
        workspace.meetings.finalise(record.meeting.id, on=date(2026, month, 4))
        numbers.append(workspace.meetings.get(record.meeting.id).minutes.document_number)
    assert numbers == [1, 2]
    assert (
        workspace.meetings.next_document_number(dong.id, DocumentType.CONCLUSION, date(2026, 3, 1))
        == 1
    )

    locked = workspace.meetings.record(record.meeting.id)
    assert locked.meeting.state is MeetingState.FINALISED
    assert locked.meeting.content_hash == locked.content_hash()
    assert len(locked.meeting.short_code) == 9
    edited = dataclasses.replace(
        locked,
        meeting=dataclasses.replace(
            locked.meeting,
            minutes=dataclasses.replace(locked.meeting.minutes, place="Sân kho"),
        ),
    )
    with pytest.raises(MinutesLocked):
        workspace.meetings.save_draft(edited)
    assert workspace.meetings.get(record.meeting.id).minutes.place == "Nhà văn hóa thôn Đông"

    # corrections are dated annexes; the hash does not move
    workspace.meetings.add_annex(record.meeting.id, "Đính chính: đồng chí Tám đi muộn 10 phút.")
    again = workspace.meetings.record(record.meeting.id)
    assert [a.text for a in again.annexes] == ["Đính chính: đồng chí Tám đi muộn 10 phút."]
    assert again.content_hash() == again.meeting.content_hash


def test_incomplete_minutes_cannot_be_finalised(
    workspace: Workspace, dong: Unit, cell_members: list[Member]
) -> None:
    meeting = planned(workspace, dong, date(2026, 4, 3))
    workspace.meetings.start_minutes(meeting.id)
    with pytest.raises(MinutesIncomplete) as refused:
        workspace.meetings.finalise(meeting.id)
    assert {"times_missing", "chair_missing", "presence_unmarked"} <= {
        f.code for f in refused.value.findings
    }
    assert workspace.meetings.get(meeting.id).state is MeetingState.DRAFT


def test_the_third_month_absent_counts_earlier_meetings_of_the_year(
    workspace: Workspace, dong: Unit, cell_members: list[Member]
) -> None:
    absentee = cell_members[2].full_name
    records = []
    for month in (1, 2, 3):
        record = held(workspace, planned(workspace, dong, date(2026, month, 3)))
        attendance = tuple(
            dataclasses.replace(a, presence=Presence.ABSENT_UNEXCUSED)
            if a.member_name == absentee
            else a
            for a in record.attendance
        )
        records.append(
            workspace.meetings.save_draft(dataclasses.replace(record, attendance=attendance))
        )
    codes = [[f.code for f in workspace.meetings.findings(r)] for r in records]
    assert ["third_unexcused_absence" in c for c in codes] == [False, False, True]


def test_adoption_at_a_later_meeting_and_a_signed_scan(
    workspace: Workspace, dong: Unit, cell_members: list[Member], tmp_path: Path
) -> None:
    january = held(workspace, planned(workspace, dong, date(2026, 1, 3)))
    february = planned(workspace, dong, date(2026, 2, 3))
    with pytest.raises(OperationRefused):
        workspace.meetings.adopt(january.meeting.id, february.id)  # not finalised yet
    workspace.meetings.finalise(january.meeting.id, on=date(2026, 1, 4))
    workspace.meetings.adopt(january.meeting.id, february.id)
    adopted = workspace.meetings.get(january.meeting.id)
    assert (adopted.state, adopted.adopted_on) == (MeetingState.ADOPTED, date(2026, 2, 3))

    scan = tmp_path / "bien-ban-thang-1.pdf"
    scan.write_bytes(b"%PDF-1.4\n% ky ten\n" + bytes(range(256)) * 10)
    attachment = workspace.meetings.attach_scan(january.meeting.id, scan)
    assert attachment.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert attachment.media_type == "application/pdf"
    assert workspace.meetings.attachment_bytes(attachment) == scan.read_bytes()
    assert workspace.meetings.attachments(january.meeting.id) == [attachment]

    program = tmp_path / "bien-ban.exe"
    program.write_bytes(b"MZ\x90\x00")
    with pytest.raises(OperationRefused) as refused:
        workspace.meetings.attach_scan(january.meeting.id, program)
    assert refused.value.code == "attachment.not_a_scan"
    assert len(workspace.meetings.attachments(january.meeting.id)) == 1


def test_the_office_edits_the_agenda_template(workspace: Workspace) -> None:
    template = workspace.meetings.agenda_template(MeetingKind.THEMATIC)
    workspace.meetings.save_agenda_template(
        AgendaTemplate(
            template.id, template.kind, ("Khai mạc", " Báo cáo chuyên đề ", "", "Bế mạc")
        )
    )
    assert workspace.meetings.agenda_template(MeetingKind.THEMATIC).items == (
        "Khai mạc",
        "Báo cáo chuyên đề",
        "Bế mạc",
    )


def test_plans_are_validated(workspace: Workspace, dong: Unit) -> None:

    bad = MeetingPlan(
        new_id(), dong.id, 2026, day_of_month=0, thematic_topics=(ThematicTopic(13, ""),)
    )
    with pytest.raises(ValidationFailed) as refused:
        workspace.meetings.save_plan(bad)
    assert {p.code for p in refused.value.problems} == {"day_of_month", "month", "required"}


def test_paragraphs_survive_and_a_stale_copy_is_refused(
    workspace: Workspace, dong: Unit, cell_members: list[Member]
) -> None:
    record = held(workspace, planned(workspace, dong, date(2026, 5, 3)))
    text = "Một là, tập trung thu hoạch.\n\nHai là,  vận động   đóng góp."
    minutes = dataclasses.replace(record.meeting.minutes, document_text=text)
    saved = workspace.meetings.save_draft(
        dataclasses.replace(record, meeting=dataclasses.replace(record.meeting, minutes=minutes))
    )
    assert saved.meeting.minutes.document_text == (
        "Một là, tập trung thu hoạch.\n\nHai là, vận động đóng góp."
    )
    # the copy read before that save is now stale: saving it would overwrite the text
    with pytest.raises(OperationRefused) as refused:
        workspace.meetings.save_draft(record)
    assert refused.value.code == "record.changed_elsewhere"
    assert workspace.meetings.get(record.meeting.id).minutes.document_text == (
        saved.meeting.minutes.document_text
    )


def test_a_scan_that_is_gone_is_named(
    workspace: Workspace, dong: Unit, cell_members: list[Member], tmp_path: Path
) -> None:
    record = held(workspace, planned(workspace, dong, date(2026, 1, 3)))
    workspace.meetings.finalise(record.meeting.id, on=date(2026, 1, 4))
    with pytest.raises(OperationRefused) as refused:
        workspace.meetings.attach_scan(record.meeting.id, tmp_path / "rut-usb.pdf")
    assert (refused.value.code, refused.value.params) == ("file.not_found", {"file": "rut-usb.pdf"})
    assert workspace.meetings.attachments(record.meeting.id) == []
