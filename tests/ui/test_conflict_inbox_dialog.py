"""The "Conflicts waiting for a decision" window at the province, driven as a clerk would: a
commune's package claims a member of another commune (two offices writing one record); the clerk
reads what differs, writes their name and decides. Real database files and a "USB" folder
(tests/sync_sites.py), opened one at a time.

Set CHIBO_SHOTS to a folder to keep pictures of the window (in Vietnamese) for a person to look at.
"""

from __future__ import annotations

import dataclasses
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NamedTuple
from uuid import UUID

import pytest
from PySide6.QtWidgets import QWidget
from sync_sites import enrol, export, fingerprint, import_all, make_commune, make_upper, opened

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.sync import Conflict, ConflictReason
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.sync.keys import SiteKeys
from chibo_desktop.sync.package import build_package, read_header, verify_and_open
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs.conflict_inbox_dialog import ConflictInboxDialog, names_in
from chibo_desktop.ui.widgets.readable import PROBLEM_COLOUR

MEMBERS = ["Nguyễn Thị Hường", "Trần Văn Ước", "Lê Đình Ấn"]
# What the other commune's package calls the two members it claims.
CLAIMS = {MEMBERS[0]: "Vũ Thị Hường", MEMBERS[1]: "Vũ Văn Ước"}
SENDER = "Văn phòng Đảng ủy xã Hòa Bình"
CLERK = "Lê Văn Tâm"


pytestmark = pytest.mark.usefixtures("english_sources")


class Inbox(NamedTuple):
    upper: Path  # the province's database, with two conflicts open
    members: dict[str, UUID]  # the members both communes wrote, by their name here
    here_cell: str  # the first member's cell at the province (Tân Lập's)
    package_cell: str  # the cell the package puts them in (Hòa Bình's)


@pytest.fixture
def inbox(tmp_path: Path, chibo_home: Path) -> Inbox:
    """A province holding commune Tân Lập; commune Hòa Bình's package then claims two of Tân
    Lập's members (same ids, Hòa Bình's cell, other names): both set aside as two writers."""
    upper, usb = tmp_path / "tinh.sqlite", tmp_path / "usb"
    tan_lap, hoa_binh = tmp_path / "tan-lap.sqlite", tmp_path / "hoa-binh.sqlite"
    usb.mkdir()
    make_upper(upper)
    make_commune(tan_lap, "Tân Lập", MEMBERS)
    enrol(tan_lap, upper, usb)
    [first] = import_all(upper, [export(tan_lap, usb).path], {fingerprint(tan_lap)})
    assert first.applied
    make_commune(hoa_binh, "Hòa Bình", ["Vũ Văn Hòa"])
    enrol(hoa_binh, upper, usb)
    with opened(upper) as ws:
        taken = {
            m.full_name: m for m in ws.members.page(MemberQuery(), 0, 100) if m.full_name in CLAIMS
        }
        here_cell = ws.units.get(taken[MEMBERS[0]].unit_id)
        assert here_cell is not None
    with opened(hoa_binh) as ws:
        cell = next(u for u in ws.units.all() if u.is_cell)
        keys = ws.sync.keys()
        sent = ws.sync.export(usb)
    claims = {taken[name].id: claimed_name for name, claimed_name in CLAIMS.items()}
    claimed = _claiming(sent.path, keys, upper, claims, cell.id)
    [result] = import_all(upper, [claimed], {fingerprint(hoa_binh)})
    assert result.applied
    return Inbox(upper, {n: m.id for n, m in taken.items()}, here_cell.name, cell.name)


def _claiming(
    package: Path, keys: SiteKeys, upper: Path, claims: dict[UUID, str], unit: UUID
) -> Path:
    """The package re-signed with its sender's key, with more member records: each member of
    ``claims`` in ``unit`` under the name given, as a commune that recorded transfers-in without
    the other commune's transfers-out would send them."""
    data = package.read_bytes()
    header = read_header(data)
    with opened(upper) as ws:
        own = ws.sync.keys()
    payload = verify_and_open(data, header, header.sender_keys, own)
    records = payload["records"]
    assert isinstance(records, dict)
    for member, name in claims.items():
        record = dict(records["member"][0])
        record.update(id=member.hex, unit_id=unit.hex, full_name=name)
        records["member"].append(record)
    header = dataclasses.replace(header, package_id=uuid.uuid4(), sequence=header.sequence + 1)
    payload = {
        **payload,
        "package_id": str(header.package_id),
        "sender_site": str(header.sender_site),
    }
    forged = package.with_name("claimed.chibo")
    forged.write_bytes(build_package(header, payload, keys, own.public))
    return forged


@pytest.fixture
def province(inbox: Inbox) -> Iterator[Workspace]:
    """The province's database, open (one database at a time in a process)."""
    with opened(inbox.upper) as ws:
        yield ws


def open_dialog(qtbot, ws: Workspace) -> ConflictInboxDialog:
    dialog = ConflictInboxDialog(ws.sync, name_of=names_in(ws))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cells(dialog: ConflictInboxDialog, label: str) -> list[str]:
    row = dialog.field_row(label)
    assert row >= 0, label
    return [dialog.table.item(row, c).text() for c in range(3)]


def highlighted(dialog: ConflictInboxDialog, label: str) -> bool:
    row = dialog.field_row(label)
    items = [dialog.table.item(row, c) for c in range(3)]
    return all(i.font().bold() and i.background().style() != 0 for i in items)


def full_name(ws: Workspace, member: UUID) -> str:
    found = ws.members.get(member)
    assert found is not None
    return found.full_name


def text_of(widget: QWidget) -> str:
    return widget.text().replace("&", "")  # type: ignore[attr-defined]


def shoot(dialog: ConflictInboxDialog, state: str) -> None:
    dialog.layout().activate()  # what the next paint would show
    picture = dialog.grab()
    assert not picture.isNull()
    if folder := os.environ.get("CHIBO_SHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        picture.save(str(Path(folder) / f"conflicts_{state}.png"))


def test_the_packages_version_is_used_once_the_clerk_gives_their_name(
    qtbot, inbox: Inbox, province: Workspace
) -> None:
    dialog = open_dialog(qtbot, province)
    # Given the window opened at the province, each conflict is listed with what, whose and who
    today = format_date(date.today())
    assert dialog.stack.currentWidget() is dialog.splitter
    assert sorted(dialog.list.item(r).text() for r in range(dialog.list.count())) == [
        f"Party member: {name}\nfrom {SENDER}, arrived {today}" for name in sorted(CLAIMS)
    ]
    assert dialog.list.currentRow() == 0
    shown = dialog.record_name(dialog.conflicts[0])
    other = next(name for name in CLAIMS if name != shown)
    # And the reason is said, with the two versions side by side, what differs highlighted
    assert dialog.title.text() == f"Party member: {shown}"
    assert dialog.reason.text().startswith("This record was written here by another office.")
    assert cells(dialog, "Full name") == ["Full name", shown, CLAIMS[shown]]
    assert dialog.field_row("Full name") == 0
    assert highlighted(dialog, "Full name")
    if shown == MEMBERS[0]:
        assert cells(dialog, "Cell") == ["Cell", inbox.here_cell, inbox.package_cell]
    assert highlighted(dialog, "Cell")
    assert not highlighted(dialog, "Gender")
    assert cells(dialog, "Deleted") == ["Deleted", "No", "No"]
    assert dialog.field_row("Deleted") == dialog.table.rowCount() - 1
    assert dialog.field_row("version") == dialog.field_row("sort_key") == -1
    assert dialog.differences.text() == "What differs (highlighted): Full name, Cell."
    assert dialog.incoming_button.isEnabled() and dialog.local_button.isEnabled()

    # When the package's version is chosen without a name
    with qtbot.assertNotEmitted(dialog.decided):
        dialog.incoming_button.click()

    # Then the name is asked for in red and nothing changed
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "Who decides: this field is required; please fill it in."
    assert dialog.problem.palette().windowText().color() == PROBLEM_COLOUR
    assert len(province.sync.conflicts()) == 2
    assert full_name(province, inbox.members[shown]) == shown

    # When the clerk writes their name and chooses the package's version again
    qtbot.keyClicks(dialog.by_edit, "L")  # (QTest cannot type "ê": the rest is set)
    assert not dialog.problem.isVisible()
    dialog.by_edit.setText(CLERK)
    with qtbot.waitSignal(dialog.decided, timeout=5_000):
        dialog.incoming_button.click()

    # Then the province holds the package's version, and the other conflict is shown
    assert full_name(province, inbox.members[shown]) == CLAIMS[shown]
    assert full_name(province, inbox.members[other]) == other
    assert len(province.sync.conflicts()) == 1
    assert dialog.list.count() == 1 and dialog.list.currentRow() == 0
    assert dialog.title.text() == f"Party member: {other}"
    assert cells(dialog, "Full name") == ["Full name", other, CLAIMS[other]]
    assert dialog.done_line.text() == f"The package's version of Party member: {shown} is used now."
    assert dialog.by_edit.text() == CLERK  # the same clerk goes on

    # When the last one is decided too, nothing is left to decide
    with qtbot.waitSignal(dialog.decided, timeout=5_000):
        dialog.incoming_button.click()
    assert full_name(province, inbox.members[other]) == CLAIMS[other]
    assert province.sync.conflicts() == []
    assert dialog.list.count() == 0
    assert dialog.stack.currentWidget() is dialog.empty
    assert dialog.empty.text() == "There are no conflicts waiting for a decision."
    assert not dialog.incoming_button.isVisible() and not dialog.by_edit.isVisible()
    assert not dialog.problem.isVisible()


def test_keeping_the_version_here_changes_nothing_but_the_inbox(
    qtbot, inbox: Inbox, province: Workspace
) -> None:
    dialog = open_dialog(qtbot, province)
    dialog.by_edit.setText(CLERK)
    kept = dialog.record_name(dialog.current())  # type: ignore[arg-type]

    with qtbot.waitSignal(dialog.decided, timeout=5_000):
        dialog.local_button.click()

    member = province.members.get(inbox.members[kept])
    assert member is not None and member.full_name == kept
    assert province.units.get(member.unit_id).name == inbox.here_cell  # type: ignore[union-attr]
    [left] = province.sync.conflicts()
    assert left.record_id != member.id
    assert dialog.list.count() == 1
    assert dialog.done_line.text() == f"The version here of Party member: {kept} was kept."


def test_a_conflict_decided_meanwhile_is_said_and_taken_off_the_list(
    qtbot, province: Workspace
) -> None:
    dialog = open_dialog(qtbot, province)
    shown = dialog.current()
    assert shown is not None
    province.sync.decide(shown.id, keep_incoming=False, by="Người khác")
    dialog.by_edit.setText(CLERK)

    with qtbot.assertNotEmitted(dialog.decided):
        dialog.incoming_button.click()

    assert dialog.problem.text() == "This conflict has already been decided."
    assert dialog.problem.isVisible()
    assert dialog.list.count() == 1
    assert dialog.current() is not None and dialog.current().id != shown.id  # type: ignore[union-attr]


def test_the_window_speaks_vietnamese(qtbot, inbox: Inbox, province: Workspace) -> None:
    i18n.install("vi")
    dialog = open_dialog(qtbot, province)
    shown = dialog.record_name(dialog.conflicts[0])

    assert dialog.windowTitle() == "Xung đột chờ quyết định"
    assert dialog.list.item(0).text().startswith(f"Đảng viên: {shown}\ntừ {SENDER}, nhận ngày ")
    assert [text_of(b) for b in (dialog.incoming_button, dialog.local_button)] == [
        "Dùng bản trong gói",
        "Giữ bản hiện có",
    ]
    assert text_of(dialog.by_label) == "Người quyết định:"
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Thông tin", "Bản hiện có", "Bản trong gói"]
    assert cells(dialog, "Họ và tên")[1:] == [shown, CLAIMS[shown]]
    assert cells(dialog, "Giới tính")[1:] == ["Nam", "Nam"]
    assert cells(dialog, "Đã xóa")[1:] == ["Không", "Không"]
    assert dialog.reason.text().startswith("Bản ghi này đã được một cơ quan khác ghi vào đây.")
    assert (
        dialog.differences.text() == "Những thông tin khác nhau (được tô đậm): Họ và tên, Chi bộ."
    )
    shoot(dialog, "selected")

    dialog.incoming_button.click()
    assert dialog.problem.text() == "Người quyết định: bắt buộc phải nhập; xin điền vào."
    shoot(dialog, "name_missing")

    dialog.by_edit.setText(CLERK)
    dialog.local_button.click()
    assert dialog.done_line.text() == f"Đã giữ bản hiện có của Đảng viên: {shown}."
    dialog.incoming_button.click()

    assert dialog.stack.currentWidget() is dialog.empty
    assert dialog.empty.text() == "Không có xung đột nào chờ quyết định."
    shoot(dialog, "empty")


class _Inbox:
    """A sync service's inbox only, for the kinds of conflict a test cannot easily make."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        self.open = conflicts

    def conflicts(self) -> list[Conflict]:
        return list(self.open)

    def peers(self) -> list[object]:
        return []


def test_a_record_that_cannot_be_read_can_only_be_left_out(qtbot) -> None:
    # Given an unreadable new record, from an office not enrolled (any more)
    record = uuid.uuid4()
    conflict = Conflict(
        id=uuid.uuid4(),
        package_id=uuid.uuid4(),
        sender_site=uuid.uuid4(),
        table_name="attendance",
        record_id=record,
        reason=ConflictReason.INVALID,
        incoming={"id": record.hex, "member_name": "Đỗ Văn Nam", "presence": "???", "deleted": 0},
        local=None,
        created_at=datetime(2026, 3, 1, 20, 0, tzinfo=UTC),
    )
    dialog = ConflictInboxDialog(_Inbox([conflict]))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)

    # Then it is named, the version here is said to be none, and only keeping it out is offered
    arrived = format_date(conflict.created_at.astimezone().date())
    assert dialog.list.item(0).text() == (
        f"Attendance: Đỗ Văn Nam\nfrom an office not enrolled here, arrived {arrived}"
    )
    assert dialog.reason.text() == (
        "The record holds a value this program cannot read; it cannot be used."
    )
    assert cells(dialog, "Presence") == ["Presence", "(none)", "???"]
    assert cells(dialog, "Deleted") == ["Deleted", "(none)", "No"]
    assert not highlighted(dialog, "Presence")
    assert dialog.differences.text() == "This office has no version of this record."
    assert not dialog.incoming_button.isEnabled()
    assert dialog.local_button.isEnabled()
