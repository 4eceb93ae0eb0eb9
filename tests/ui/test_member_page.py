"""A member's page on a real database: the full record, the lists saved through their small
forms, the timeline, undo, and problems said in Vietnamese.

The small forms are modal, as for the user: each test answers the next one from a zero timer
that runs once the form is on screen. Expected words come from the same labels the page uses, so
the tests hold whether or not the Vietnamese of a new string is compiled in yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Badge, Distinction, Member, PartyPost, Unit, new_id
from chibo_desktop.domain.enums import (
    DisciplineLevel,
    DistinctionKind,
    Gender,
    MemberStatus,
    PostKind,
    TheoryLevel,
)
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.validation import Problem
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs import member_dialog
from chibo_desktop.ui.dialogs.member_dialog import MemberDialog
from chibo_desktop.ui.dialogs.member_record_dialogs import (
    BadgeDialog,
    DistinctionDialog,
    PostDialog,
    StatusChangeDialog,
)
from chibo_desktop.ui.main_window import MainWindow
from chibo_desktop.ui.messages import (
    BADGE_NAME,
    DISCIPLINE_LEVELS,
    POST_KINDS,
    STATUSES,
    describe_problem,
    describe_undo,
    label,
    tr,
)
from chibo_desktop.ui.widgets.record_list import RecordList

PERSONAL, PARTY, EDUCATION, POSTS, DISTINCTIONS, BADGES, STATUS, TIMELINE = range(8)


@pytest.fixture(autouse=True)
def vietnamese() -> Iterator[None]:
    i18n.install("vi")
    yield
    i18n.install("en")


@pytest.fixture
def cells(workspace: Workspace) -> list[Unit]:
    return [u for u in workspace.units.all() if u.is_cell]


@pytest.fixture
def member(workspace: Workspace, cells: list[Unit]) -> Member:
    """Admitted 19/05/1990: the 30-year badge fell due in 2020."""
    new = Member(
        id=new_id(),
        full_name="Trần Văn Bảy",
        unit_id=cells[0].id,
        gender=Gender.MALE,
        birth_date=date(1960, 4, 2),
        admission_date=date(1990, 5, 19),
        official_date=date(1991, 5, 19),
    )
    workspace.members.add(new)
    workspace.undo.clear()
    stored = workspace.members.get(new.id)
    assert stored is not None
    return stored


@pytest.fixture
def page(qtbot, workspace: Workspace, cells: list[Unit], member: Member) -> MemberDialog:
    dialog = MemberDialog(
        workspace.members,
        cells,
        member=member,
        records=workspace.records,
        units=workspace.units.all(),
    )
    qtbot.addWidget(dialog)
    return dialog


def answer_next_form(fill: Callable[[QDialog], None]) -> None:
    """Fill and save the small form about to open; cancel it if filling fails, so the modal loop
    ends and the failure is reported instead of hanging the test."""

    def run() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, QDialog)
        try:
            fill(form)
        finally:
            if form.isVisible():
                form.reject()

    QTimer.singleShot(0, run)


def rows(records: RecordList) -> list[list[str]]:
    model = records.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_new_member_with_the_full_record_is_saved_and_read_back(
    qtbot, workspace: Workspace, cells: list[Unit]
) -> None:
    # Given the page of a new member
    dialog = MemberDialog(workspace.members, cells, records=workspace.records)
    qtbot.addWidget(dialog)
    # … whose lists wait for the member to be saved, and say so instead of showing empty lists
    assert dialog.tabs.count() == 8 and not dialog.findChildren(RecordList)
    assert all(isinstance(dialog.tabs.widget(i), QLabel) for i in range(POSTS, TIMELINE + 1))
    # When the clerk fills in the template's fields on the first three tabs
    dialog.full_name.insert("Hà Thị Mười")
    dialog.other_name.insert("Mười Hà")
    dialog.gender.setCurrentIndex(dialog.gender.findData(Gender.FEMALE.value))
    dialog.birth_date.edit.setText("5/2/1980")
    dialog.ethnicity.setCurrentText("Tày")
    dialog.religion.setCurrentText("Phật giáo")
    dialog.personal_id.setText("025180001234")
    dialog.phone.setText("0912 345 678")
    dialog.birth_place.insert("xã Tân Lập, tỉnh Phú Thọ")
    dialog.hometown.insert("xã Hùng Lô, tỉnh Phú Thọ")
    dialog.residence_province.insert("Phú Thọ")
    dialog.residence_commune.insert("xã Tân Lập")
    dialog.residence_address.insert("thôn Đông, số nhà 12")
    dialog.admission_date.edit.setText("03/02/2010")
    dialog.ceremony_date.edit.setText("20/02/2010")
    # (the probation hint appears while the official date is empty)
    assert not dialog.probation_hint.isHidden()
    assert format_date(date(2011, 2, 20)) in dialog.probation_hint.text()
    dialog.official_date.edit.setText("20/02/2011")
    assert dialog.probation_hint.isHidden()
    dialog.life_history_number.insert("LL-0456")
    dialog.party_card.setText("12345678")
    dialog.card_issued_on.edit.setText("01/06/2012")
    dialog.card_issued_place.insert("Tỉnh ủy Phú Thọ")
    dialog.education.setCurrentText("12/12")
    dialog.qualification.setCurrentText("Đại học")
    dialog.theory_level.setCurrentIndex(dialog.theory_level.findData(TheoryLevel.INTERMEDIATE))
    dialog.foreign_language.insert("Tiếng Anh B1")
    dialog.it_skill.insert("Ứng dụng CNTT cơ bản")
    dialog._save()
    # Then it is saved, and the service reads every field back
    assert dialog.problems_label.text() == ""
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    [stored] = workspace.members.page(MemberQuery(text="ha thi muoi"), 0, 5)
    assert stored.id in dialog.changes.member_ids
    assert (stored.other_name, stored.gender, stored.birth_date) == (
        "Mười Hà",
        Gender.FEMALE,
        date(1980, 2, 5),
    )
    assert (stored.ethnicity, stored.religion, stored.personal_id, stored.phone) == (
        "Tày",
        "Phật giáo",
        "025180001234",
        "0912 345 678",
    )
    assert (stored.birth_place, stored.hometown) == (
        "xã Tân Lập, tỉnh Phú Thọ",
        "xã Hùng Lô, tỉnh Phú Thọ",
    )
    assert (stored.residence_province, stored.residence_commune, stored.residence_address) == (
        "Phú Thọ",
        "xã Tân Lập",
        "thôn Đông, số nhà 12",
    )
    assert (stored.admission_date, stored.ceremony_date, stored.official_date) == (
        date(2010, 2, 3),
        date(2010, 2, 20),
        date(2011, 2, 20),
    )
    assert (stored.life_history_number, stored.party_card) == ("LL-0456", "12345678")
    assert (stored.card_issued_on, stored.card_issued_place) == (
        date(2012, 6, 1),
        "Tỉnh ủy Phú Thọ",
    )
    assert (stored.education, stored.qualification, stored.theory_level) == (
        "12/12",
        "Đại học",
        TheoryLevel.INTERMEDIATE,
    )
    assert (stored.foreign_language, stored.it_skill) == ("Tiếng Anh B1", "Ứng dụng CNTT cơ bản")
    assert stored.status is MemberStatus.ACTIVE


def test_a_post_a_discipline_and_a_badge_go_to_the_lists_and_the_timeline(
    page: MemberDialog, workspace: Workspace, member: Member, cells: list[Unit]
) -> None:
    # Given the page of a member admitted in 1990, with nothing in the lists
    assert rows(page.posts) == [] and rows(page.badges) == []
    offered: list[int] = []

    def secretary(form: QDialog) -> None:
        assert isinstance(form, PostDialog)
        form.post.setCurrentIndex(form.post.findData(PostKind.SECRETARY.value))
        form.started_on.edit.setText("01/08/2020")
        form.decision.setText("12-QĐ/ĐU")
        form._save()

    def reprimand(form: QDialog) -> None:
        assert isinstance(form, DistinctionDialog)
        assert form.discipline_kind.isChecked()  # the button said "discipline"
        form.decided_on.edit.setText("06/05/2024")
        form.title.setText("Vi phạm quy định nộp đảng phí")
        form.level.setCurrentIndex(form.level.findData(DisciplineLevel.REPRIMAND.value))
        form.decision_number.setText("07-QĐ/ĐU")
        form._save()

    def badge(form: QDialog) -> None:
        assert isinstance(form, BadgeDialog)
        offered.extend(form.years.itemData(i) for i in range(form.years.count()))
        assert form.years.currentData() == 30  # the one due, counted from 19/05/1990
        form.awarded_on.edit.setText("02/09/2020")
        form._save()

    # When the clerk adds a post, a discipline and a badge through their forms
    answer_next_form(secretary)
    page.posts.add_buttons[0].click()
    answer_next_form(reprimand)
    page.distinctions.add_buttons[1].click()
    answer_next_form(badge)
    page.badges.add_buttons[0].click()

    # Then each list shows its entry …
    secretary_label = label(POST_KINDS, PostKind.SECRETARY)
    assert [r[:3] for r in rows(page.posts)] == [[secretary_label, cells[0].name, "01/08/2020"]]
    [discipline_row] = rows(page.distinctions)
    assert discipline_row[1:5] == [
        "06/05/2024",
        "Vi phạm quy định nộp đảng phí",
        label(DISCIPLINE_LEVELS, DisciplineLevel.REPRIMAND),
        "07-QĐ/ĐU",
    ]
    assert rows(page.badges) == [[tr(BADGE_NAME).format(years=30), "02/09/2020", ""]]
    assert offered == [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]
    # … the timeline tells it in date order, and the window will refresh the member
    timeline = page.timeline.toPlainText()
    for text in (
        "19/05/1990",
        f"{secretary_label} — {cells[0].name}",
        "Vi phạm quy định nộp đảng phí",
        "07-QĐ/ĐU",
        tr(BADGE_NAME).format(years=30),
    ):
        assert text in timeline
    assert (
        timeline.index("01/08/2020") < timeline.index("02/09/2020") < timeline.index("06/05/2024")
    )
    assert page.changes.member_ids == {member.id}
    # When the last step is undone, the badge is gone and the others stay
    workspace.undo.undo()
    record = workspace.records.file(member.id)
    assert (len(record.posts), len(record.distinctions), record.badges) == (1, 1, [])


def test_a_status_change_through_the_status_tab_sets_the_status_and_can_be_undone(
    page: MemberDialog, workspace: Workspace, member: Member
) -> None:
    def exempt(form: QDialog) -> None:
        assert isinstance(form, StatusChangeDialog)
        form.status.setCurrentIndex(form.status.findData(MemberStatus.EXEMPT.value))
        form.effective_on.edit.setText("01/03/2026")
        form.decision_number.setText("15-QĐ/ĐU")
        form.note.setText("Tuổi cao, sức yếu")
        form._save()

    # When the clerk records that the member is exempt from Party work from 01/03/2026
    answer_next_form(exempt)
    page.status_changes.add_buttons[0].click()
    # Then the member's status follows, the Status list and the timeline show it
    now = workspace.members.get(member.id)
    assert now is not None and (now.status, now.status_date) == (
        MemberStatus.EXEMPT,
        date(2026, 3, 1),
    )
    assert rows(page.status_changes) == [
        [label(STATUSES, MemberStatus.EXEMPT), "01/03/2026", "15-QĐ/ĐU", "Tuổi cao, sức yếu"]
    ]
    assert "01/03/2026" in page.timeline.toPlainText()
    assert "Tuổi cao, sức yếu" in page.timeline.toPlainText()
    assert label(STATUSES, MemberStatus.EXEMPT) in page.subheading.text()
    # … and the main fields are saved over the member's new version, not refused as stale
    page.phone.setText("0987654321")
    page._save()
    assert page.problems_label.text() == ""
    saved = workspace.members.get(member.id)
    assert saved is not None and (saved.phone, saved.status) == ("0987654321", MemberStatus.EXEMPT)
    # When both steps are undone, the member is active again with an empty log
    workspace.undo.undo()
    workspace.undo.undo()
    back = workspace.members.get(member.id)
    assert back is not None and back.status is MemberStatus.ACTIVE
    assert workspace.records.file(member.id).status_changes == []


def test_problems_in_a_record_form_are_said_in_vietnamese_and_nothing_is_saved(
    page: MemberDialog, workspace: Workspace, member: Member
) -> None:
    shown: list[str] = []

    def incomplete(form: QDialog) -> None:
        assert isinstance(form, DistinctionDialog)
        form.decided_on.edit.setText("31/02/2024")  # no such day
        form._save()
        assert form.isVisible()  # the form stays open to be corrected
        shown.append(form.problems_label.text())

    answer_next_form(incomplete)
    page.distinctions.add_buttons[1].click()
    [text] = shown
    assert "“31/02/2024” không phải là ngày" in text
    assert "bắt buộc phải nhập" in text  # the Vietnamese of "this field is required"
    for problem in (Problem("title", "required"), Problem("discipline", "required")):
        assert describe_problem(problem) in text
    assert workspace.records.file(member.id).distinctions == []
    assert workspace.undo.undo_label is None and page.changes.empty


def test_a_problem_brings_its_tab_to_the_front(page: MemberDialog, workspace: Workspace) -> None:
    page.tabs.setCurrentIndex(PERSONAL)
    page.foreign_language.setText("x" * 2001)
    page._save()
    assert page.tabs.currentIndex() == EDUCATION
    assert describe_problem(Problem("foreign_language", "too_long", {"max": 2000})) in (
        page.problems_label.text()
    )
    page.foreign_language.clear()
    page.card_issued_on.edit.setText("31/02/2000")
    page.tabs.setCurrentIndex(TIMELINE)
    page._save()
    assert page.tabs.currentIndex() == PARTY
    assert "“31/02/2000” không phải là ngày" in page.problems_label.text()
    assert workspace.undo.undo_label is None


def test_saving_an_untouched_page_writes_nothing(page: MemberDialog, workspace: Workspace) -> None:
    page._save()
    assert page.result() == QDialog.DialogCode.Accepted.value
    assert page.changes.empty and workspace.undo.undo_label is None


def test_deleting_an_entry_asks_first_and_the_status_follows(
    page: MemberDialog, workspace: Workspace, member: Member, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.records.change_status(member.id, MemberStatus.DIED, date(2026, 2, 1))
    page._reload_records()
    asked: list[str] = []

    def answer_yes(_parent, _title, text, _action) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(member_dialog, "confirm", answer_yes)
    page.status_changes.table.selectRow(0)
    page.status_changes.delete_button.click()
    assert asked and member.full_name in asked[0] and "01/02/2026" in asked[0]
    assert rows(page.status_changes) == []
    now = workspace.members.get(member.id)
    assert now is not None and now.status is MemberStatus.ACTIVE


def test_entries_saved_before_cancel_still_refresh_the_window(
    qtbot, workspace: Workspace, member: Member
) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.roster.table.selectRow(0)

    def on_page() -> None:
        page = QApplication.activeModalWidget()
        assert isinstance(page, MemberDialog)

        def suspended(form: QDialog) -> None:
            assert isinstance(form, StatusChangeDialog)
            form.status.setCurrentIndex(form.status.findData(MemberStatus.SUSPENDED.value))
            form.effective_on.edit.setText("01/10/2026")
            form._save()

        try:
            answer_next_form(suspended)
            page.status_changes.add_buttons[0].click()
        finally:
            page.reject()  # "Cancel" on the page itself

    QTimer.singleShot(0, on_page)
    window.roster.edit_button.click()
    undo = workspace.undo.undo_label
    assert undo is not None and undo.action == "status.add"
    assert describe_undo(undo) in window.undo_action.text()
    assert window.roster.model.member_at(0).status is MemberStatus.SUSPENDED


def test_record_models_pass_qt_model_checks(
    qtmodeltester, page: MemberDialog, workspace: Workspace, member: Member, cells: list[Unit]
) -> None:
    records = workspace.records
    records.save(
        PartyPost(new_id(), member.id, cells[0].id, PostKind.DEPUTY_SECRETARY, date(2015, 1, 5))
    )
    records.save(
        Distinction(new_id(), member.id, DistinctionKind.AWARD, date(2020, 5, 1), "Giấy khen")
    )
    records.save(Badge(new_id(), member.id, 30, date(2020, 9, 2)))
    records.change_status(member.id, MemberStatus.EXEMPT, date(2025, 1, 2), note="Ốm")
    page._reload_records()
    for records_list in (page.posts, page.distinctions, page.badges, page.status_changes):
        assert records_list.model.rowCount() == 1
        qtmodeltester.check(records_list.model)


def test_alt_and_the_tab_number_brings_the_tab_to_the_front(qtbot, page: MemberDialog) -> None:
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    for key, tab in ((Qt.Key.Key_3, EDUCATION), (Qt.Key.Key_8, TIMELINE), (Qt.Key.Key_2, PARTY)):
        qtbot.keyClick(page, key, Qt.KeyboardModifier.AltModifier)
        assert page.tabs.currentIndex() == tab
