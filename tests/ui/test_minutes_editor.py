"""The minutes editor on a real database: the draft made on opening, the roll call and its
figures, the rule panel, autosave, finalising (and its refusal), the locked minutes' annexes and
signed scan, exports and the print preview.

Modal dialogs are answered by monkeypatching the editor's confirm/inform, or from a zero timer
once the dialog is on screen. Expected sentences come from the editor's own wording functions,
so the tests hold whether or not the Vietnamese of a new string is compiled in yet.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from meeting_helpers import held
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
)
from reportlab.pdfgen import canvas

from chibo_desktop.domain.entities import Changes, Member, Unit, new_id
from chibo_desktop.domain.enums import Gender, MemberStatus
from chibo_desktop.domain.findings import Finding, Severity
from chibo_desktop.domain.meetings import (
    Meeting,
    MeetingKind,
    MeetingState,
    MinutesRecord,
    Presence,
)
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.minutes_print import PrintedDocument
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs import minutes_editor, minutes_print_preview
from chibo_desktop.ui.dialogs.minutes_editor import MinutesEditor, describe_minutes_finding
from chibo_desktop.ui.dialogs.minutes_print_preview import MinutesPrintPreview, paint_pages
from chibo_desktop.ui.table_models.minutes_table_models import AttendanceTableModel

MEETING_DAY = date(2026, 11, 3)
ROLL = ("Nguyễn Văn Bình", "Trần Thị Lan", "Lê Văn Tám", "Phạm Thị Hoa", "Vũ Văn Khải")


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.install("en")
    yield


@pytest.fixture
def dong(workspace: Workspace) -> Unit:
    return next(u for u in workspace.units.all() if u.name == "Chi bộ thôn Đông")


@pytest.fixture
def members(workspace: Workspace, dong: Unit) -> list[Member]:
    """Five members required to attend (Phạm Thị Hoa probationary) and one exempt."""
    added = []
    for name in (*ROLL, "Đỗ Văn Nam"):
        member = Member(
            id=new_id(),
            full_name=name,
            unit_id=dong.id,
            gender=Gender.FEMALE if " Thị " in name else Gender.MALE,
            birth_date=date(1960, 4, 30),
            admission_date=date(2000, 2, 3) if name != "Phạm Thị Hoa" else date(2026, 3, 1),
            official_date=date(2001, 2, 3) if name != "Phạm Thị Hoa" else None,
        )
        if name == "Đỗ Văn Nam":
            member = dataclasses.replace(
                member, status=MemberStatus.EXEMPT, status_date=date(2024, 1, 2)
            )
        workspace.members.add(member)
        added.append(member)
    return added


@pytest.fixture
def planned(workspace: Workspace, dong: Unit, members: list[Member]) -> Meeting:
    meeting = Meeting(new_id(), dong.id, MeetingKind.REGULAR, MEETING_DAY)
    workspace.meetings.add(meeting)
    return meeting


class Recorder:
    """Stands in for the window's refresh and for the message boxes."""

    def __init__(self) -> None:
        self.changes: list[Changes] = []
        self.messages: list[str] = []


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    seen = Recorder()
    monkeypatch.setattr(minutes_editor, "confirm", lambda *args: True)
    monkeypatch.setattr(
        minutes_editor, "inform", lambda parent, title, text, **kw: seen.messages.append(text)
    )
    return seen


def open_editor(qtbot, workspace: Workspace, meeting: Meeting, recorder: Recorder) -> MinutesEditor:
    editor = MinutesEditor(
        workspace.meetings, workspace.minutes_print, meeting.id, recorder.changes.append
    )
    qtbot.addWidget(editor)
    editor.show()
    return editor


def shown_findings(editor: MinutesEditor) -> str:
    return "\n".join(editor.findings.sentences())


def sentence(workspace: Workspace, meeting_id, code: str, **params: Any) -> str:
    title = workspace.meetings.profile_title(workspace.meetings.get(meeting_id))
    return describe_minutes_finding(Finding(code, Severity.WARNING, params), title)


def presence_index(editor: MinutesEditor, name: str):
    row = editor.attendance.row_of(name)
    assert row is not None
    return editor.attendance.index(row, AttendanceTableModel.PRESENCE)


def test_opening_a_planned_meeting_makes_the_draft_with_the_roll(
    qtbot, workspace: Workspace, planned: Meeting, recorder: Recorder
) -> None:
    editor = open_editor(qtbot, workspace, planned, recorder)

    stored = workspace.meetings.record(planned.id)
    assert stored.meeting.state is MeetingState.DRAFT
    assert {a.member_name for a in stored.attendance} == {*ROLL, "Đỗ Văn Nam"}
    assert Changes(meetings=True) in recorder.changes
    shown = [a.member_name for a in editor.attendance.rows()]
    assert sorted(shown) == sorted(a.member_name for a in stored.attendance)
    # the exempt member is shown apart, under the heading row, after those required to attend
    heading = editor.attendance.heading_row()
    assert heading is not None and editor.attendance.row_of("Đỗ Văn Nam") == heading + 1
    assert editor.figures["required"].text() == "5"
    assert editor.figures["exempt"].text() == "1"


def test_marking_presence_updates_the_figures_and_the_vote_denominator(
    qtbot, workspace: Workspace, planned: Meeting, recorder: Recorder
) -> None:
    editor = open_editor(qtbot, workspace, planned, recorder)
    assert editor.figures["present"].text().startswith("0/5")

    editor.attendance.setData(presence_index(editor, "Lê Văn Tám"), Presence.PRESENT.value)
    assert editor.figures["present"].text().startswith("1/5")

    editor.everyone_present_button.click()
    assert editor.figures["present"].text().startswith("5/5")
    editor.attendance.setData(
        presence_index(editor, "Vũ Văn Khải"), Presence.ABSENT_UNEXCUSED.value
    )
    assert editor.figures["present"].text().startswith("4/5")
    assert editor.figures["unexcused"].text() == "1"
    assert editor.figures["voters"].text() == "4"  # four official members, Hoa is probationary


def test_one_click_on_an_attendance_cell_opens_the_choices(
    qtbot, workspace: Workspace, planned: Meeting, recorder: Recorder
) -> None:
    editor = open_editor(qtbot, workspace, planned, recorder)
    editor.tabs.setCurrentIndex(minutes_editor.Section.ROLL_CALL)
    view = editor.attendance_view
    index = presence_index(editor, "Vũ Văn Khải")

    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )

    combo = view.viewport().findChild(QComboBox)
    assert combo is not None
    choice = combo.findData(Presence.ABSENT_EXCUSED.value)
    combo.setCurrentIndex(choice)
    combo.activated.emit(choice)
    khai = next(a for a in editor.attendance.rows() if a.member_name == "Vũ Văn Khải")
    assert khai.presence is Presence.ABSENT_EXCUSED
    assert editor.figures["excused"].text() == "1"


def test_the_rule_panel_names_a_short_meeting_until_the_end_time_is_corrected(
    qtbot, workspace: Workspace, planned: Meeting, recorder: Recorder
) -> None:
    held(workspace, planned)
    editor = open_editor(qtbot, workspace, planned, recorder)
    too_short = sentence(workspace, planned.id, "too_short", minutes=70, minimum=90)
    assert too_short not in shown_findings(editor)

    editor.ends_at.setTime(QTime(8, 40))

    qtbot.waitUntil(lambda: too_short in shown_findings(editor))
    assert "70" in editor.duration.text()
    editor.ends_at.setTime(QTime(9, 10))
    qtbot.waitUntil(lambda: "70 minutes" not in shown_findings(editor))
    assert too_short not in shown_findings(editor)


def test_the_rule_panel_names_an_absent_member_without_category(
    qtbot, workspace: Workspace, planned: Meeting, recorder: Recorder
) -> None:
    held(workspace, planned)
    editor = open_editor(qtbot, workspace, planned, recorder)

    editor.attendance.setData(presence_index(editor, "Lê Văn Tám"), Presence.ABSENT.value)

    expected = sentence(workspace, planned.id, "absence_without_category", name="Lê Văn Tám")
    qtbot.waitUntil(lambda: expected in shown_findings(editor))


def test_what_is_typed_is_saved_to_the_database_by_itself(
    qtbot, workspace: Workspace, planned: Meeting, recorder: Recorder
) -> None:
    editor = open_editor(qtbot, workspace, planned, recorder)

    editor.place.setText("Nhà văn hóa thôn Đông")
    editor.attendance.setData(presence_index(editor, "Trần Thị Lan"), Presence.LATE.value)

    def saved() -> bool:
        record = workspace.meetings.record(planned.id)
        lan = next(a for a in record.attendance if a.member_name == "Trần Thị Lan")
        return record.meeting.minutes.place == "Nhà văn hóa thôn Đông" and (
            lan.presence is Presence.LATE
        )

    qtbot.waitUntil(saved, timeout=5000)
    assert editor.save_status.text()  # "Saved at hh:mm:ss"
    # a second edit saves over the new versions (no stale write)
    editor.place.setText("Hội trường thôn Đông")
    qtbot.waitUntil(
        lambda: (
            workspace.meetings.record(planned.id).meeting.minutes.place == "Hội trường thôn Đông"
        ),
        timeout=5000,
    )
    assert not recorder.messages


def test_closing_saves_at_once_and_tells_the_window(
    qtbot, workspace: Workspace, planned: Meeting, recorder: Recorder
) -> None:
    editor = open_editor(qtbot, workspace, planned, recorder)
    recorder.changes.clear()

    editor.conclusion.setPlainText("Chi bộ thống nhất các nhiệm vụ tháng 11.")
    editor.close()

    stored = workspace.meetings.record(planned.id).meeting.minutes
    assert stored.conclusion == "Chi bộ thống nhất các nhiệm vụ tháng 11."
    assert recorder.changes == [Changes(meetings=True)]


def test_a_failed_save_is_said_and_stops_saving(
    qtbot,
    workspace: Workspace,
    planned: Meeting,
    recorder: Recorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = open_editor(qtbot, workspace, planned, recorder)
    attempts: list[MinutesRecord] = []

    def refuse(record: MinutesRecord) -> MinutesRecord:
        attempts.append(record)
        raise OperationRefused("record.changed_elsewhere")

    monkeypatch.setattr(workspace.meetings, "save_draft", refuse)
    editor.place.setText("Nhà văn hóa")
    qtbot.waitUntil(lambda: len(recorder.messages) == 1, timeout=5000)

    editor.place.setText("Nhà văn hóa thôn Đông")  # kept on screen, no further attempt
    qtbot.wait(minutes_editor.AUTOSAVE_DELAY_MS + 300)
    assert len(attempts) == 1
    assert editor.place.text() == "Nhà văn hóa thôn Đông"
    assert not editor.place.isReadOnly()


def test_finalising_locks_the_fields_and_shows_the_code(
    qtbot, workspace: Workspace, planned: Meeting, recorder: Recorder
) -> None:
    held(workspace, planned)
    editor = open_editor(qtbot, workspace, planned, recorder)

    editor.finalise_button.click()

    meeting = workspace.meetings.get(planned.id)
    assert meeting.state is MeetingState.FINALISED
    assert meeting.minutes.document_number == 1
    assert meeting.short_code in editor.banner.text()
    assert editor.banner.isVisible()
    assert editor.place.isReadOnly()
    assert editor.conclusion.isReadOnly()
    assert not editor.chair.isEnabled()
    assert not editor.finalise_button.isVisible()
    index = presence_index(editor, "Lê Văn Tám")
    assert not editor.attendance.setData(index, Presence.ABSENT.value)
    assert "01-NQ/CB" in editor.document_number.text()
    assert editor.tabs.isTabVisible(minutes_editor.Section.AFTER)


def test_finalising_refused_names_what_is_missing_and_keeps_the_draft(
    qtbot, workspace: Workspace, planned: Meeting, recorder: Recorder
) -> None:
    held(workspace, planned)
    editor = open_editor(qtbot, workspace, planned, recorder)
    editor.attendance.setData(presence_index(editor, "Lê Văn Tám"), "")  # not marked
    editor.place.setText("")

    editor.finalise_button.click()

    assert workspace.meetings.get(planned.id).state is MeetingState.DRAFT
    [message] = recorder.messages
    assert sentence(workspace, planned.id, "presence_unmarked", name="Lê Văn Tám") in message
    assert sentence(workspace, planned.id, "place_missing") in message
    assert not editor.place.isReadOnly()
    assert editor.finalise_button.isVisible()


def test_finalised_minutes_take_a_dated_annex(
    qtbot, workspace: Workspace, planned: Meeting, recorder: Recorder
) -> None:
    held(workspace, planned)
    workspace.meetings.finalise(planned.id)
    editor = open_editor(qtbot, workspace, planned, recorder)
    assert editor.banner.isVisible() and editor.place.isReadOnly()

    def write_the_correction() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QPlainTextEdit).setPlainText("Đồng chí Lan đến muộn 15 phút.")
        dialog.findChild(QLineEdit).setText("Trần Thị Lan")
        dialog.findChild(QDialogButtonBox).buttons()[0].click()

    QTimer.singleShot(0, write_the_correction)
    editor.add_annex_button.click()

    [annex] = workspace.meetings.record(planned.id).annexes
    assert (annex.text, annex.written_by) == ("Đồng chí Lan đến muộn 15 phút.", "Trần Thị Lan")
    assert "Đồng chí Lan đến muộn 15 phút." in editor.annex_list.item(0).text()
    assert any(c.meetings for c in recorder.changes)


def test_finalised_minutes_are_adopted_at_a_later_meeting_of_the_cell(
    qtbot, workspace: Workspace, dong: Unit, planned: Meeting, recorder: Recorder
) -> None:
    held(workspace, planned)
    workspace.meetings.finalise(planned.id)
    earlier = Meeting(new_id(), dong.id, MeetingKind.REGULAR, date(2026, 10, 3))
    december = Meeting(new_id(), dong.id, MeetingKind.REGULAR, date(2026, 12, 3))
    for meeting in (earlier, december):
        workspace.meetings.add(meeting)
    editor = open_editor(qtbot, workspace, planned, recorder)
    offered: list[str] = []

    def choose_december() -> None:
        dialog = QApplication.activeModalWidget()
        choice = dialog.findChild(QComboBox)
        offered.extend(choice.itemText(i) for i in range(choice.count()))
        dialog.findChild(QDialogButtonBox).buttons()[0].click()

    QTimer.singleShot(0, choose_december)
    editor.adopt_button.click()

    assert len(offered) == 1 and offered[0].startswith("03/12/2026")  # only later meetings
    adopted = workspace.meetings.get(planned.id)
    assert adopted.state is MeetingState.ADOPTED
    assert adopted.adopted_at_meeting_id == december.id
    assert "03/12/2026" in editor.banner.text()
    assert not editor.adopt_button.isVisible()


def test_the_signed_scan_is_attached_and_opened_as_what_it_is(
    qtbot,
    workspace: Workspace,
    planned: Meeting,
    recorder: Recorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    held(workspace, planned)
    workspace.meetings.finalise(planned.id)
    scan = tmp_path / "bien ban ky.exe"  # a PDF under a misleading name is still only a PDF
    page = canvas.Canvas(str(scan))
    page.drawString(100, 700, "Biên bản đã ký")
    page.showPage()
    page.save()
    monkeypatch.setattr(
        minutes_editor.QFileDialog, "getOpenFileName", lambda *args: (str(scan), "")
    )
    opened: list[str] = []
    monkeypatch.setattr(
        minutes_editor.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    editor = open_editor(qtbot, workspace, planned, recorder)

    editor.attach_button.click()

    [attachment] = workspace.meetings.attachments(planned.id)
    assert attachment.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert editor.attachment_table.rowCount() == 1
    assert editor.attachment_table.item(0, 0).text() == "bien ban ky.exe"
    assert editor.attachment_table.item(0, 2).text() == attachment.sha256[:12]

    editor.open_attachment_button.click()
    [copy] = opened
    assert copy.endswith("bien ban ky.pdf")
    assert Path(copy).read_bytes() == scan.read_bytes()


def test_the_minutes_are_exported_as_pdf_and_word(
    qtbot,
    workspace: Workspace,
    planned: Meeting,
    recorder: Recorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    held(workspace, planned)
    editor = open_editor(qtbot, workspace, planned, recorder)
    editor.place.setText("Hội trường thôn Đông")  # typed just before exporting
    offered: list[Path] = []
    monkeypatch.setattr(
        minutes_print_preview, "offer_to_open", lambda p, t, path: offered.append(path)
    )
    minutes_as_pdf = editor.export_pdf_button.menu().actions()[0]
    resolution_as_word = editor.export_word_button.menu().actions()[1]
    for name, action in (("bien-ban", minutes_as_pdf), ("nghi-quyet", resolution_as_word)):
        target = tmp_path / name  # typed without an extension
        monkeypatch.setattr(
            QFileDialog,
            "getSaveFileName",
            lambda *args, target=target: (str(target), ""),
        )
        action.trigger()

    assert offered == [tmp_path / "bien-ban.pdf", tmp_path / "nghi-quyet.docx"]
    assert offered[0].read_bytes().startswith(b"%PDF-")
    assert offered[1].read_bytes().startswith(b"PK")  # a .docx is a zip
    # the export read the stored minutes, which include what was typed a moment before
    assert workspace.meetings.get(planned.id).minutes.place == "Hội trường thôn Đông"


def test_the_print_preview_paints_every_page_of_the_pdf(
    qtbot, workspace: Workspace, planned: Meeting, tmp_path: Path
) -> None:
    held(workspace, planned)
    preview = MinutesPrintPreview(workspace.minutes_print, planned.id)
    qtbot.addWidget(preview)
    assert preview.pdf is not None and preview.pdf.pageCount() >= 1
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    painted = paint_pages(preview.pdf, printer)

    assert painted == preview.pdf.pageCount()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == painted

    preview.document_choice.setCurrentIndex(
        preview.document_choice.findData(PrintedDocument.RESOLUTION.value)
    )
    assert preview.chosen() is PrintedDocument.RESOLUTION
    resolution = workspace.minutes_print.render(planned.id, PrintedDocument.RESOLUTION)
    assert len(PdfReader(_bytes_file(tmp_path, resolution)).pages) == preview.pdf.pageCount()


def _bytes_file(folder: Path, data: bytes) -> Path:
    path = folder / "rendered.pdf"
    path.write_bytes(data)
    return path
