"""The cell meetings tab on a real database: the commune's year at a glance, scheduling a year,
the year plan, a cell's calendar and its minutes button, and the agenda templates.

Years are chosen around the real today: the service judges months against it, so the past year
has every month over and the next year none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from meeting_helpers import held, planned
from PySide6.QtCore import QModelIndex, Qt
from tab_helpers import add_member, cells, commune, double_click, held_as_in_window

from chibo_desktop.domain.enums import SiteRole
from chibo_desktop.domain.meeting_rules import MonthStatus
from chibo_desktop.domain.meetings import (
    DEFAULT_AGENDAS,
    MeetingKind,
    MeetingState,
    ThematicTopic,
)
from chibo_desktop.services.workspace import Workspace, open_workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs import meeting_plan_dialog
from chibo_desktop.ui.dialogs.meeting_plan_dialog import AgendaTemplateDialog, MeetingPlanDialog
from chibo_desktop.ui.table_models.meeting_table_models import CellOverviewTableModel
from chibo_desktop.ui.tabs import meetings_tab
from chibo_desktop.ui.tabs.meetings_tab import AddMeetingDialog, MeetingsTab, RescheduleDialog

PAST = date.today().year - 1  # every month is over
NEXT = date.today().year + 1  # no month is over


@pytest.fixture
def tab(qtbot, workspace: Workspace) -> MeetingsTab:
    return held_as_in_window(
        qtbot,
        lambda on_changes: MeetingsTab(
            workspace.meetings, workspace.units, on_changes, members=workspace.members
        ),
    )


def grid(tab: MeetingsTab) -> dict[str, list[str]]:
    """Each cell's row of the overview as shown: the twelve months' texts."""
    model = tab.overview_model
    shown = {}
    for row in range(model.rowCount()):
        name = model.index(row, CellOverviewTableModel.CELL).data()
        shown[name] = [
            model.index(row, CellOverviewTableModel.FIRST_MONTH + m).data() for m in range(12)
        ]
    return shown


def row_text(tab: MeetingsTab, cell_name: str, column: int) -> str:
    model = tab.overview_model
    for row in range(model.rowCount()):
        if model.index(row, CellOverviewTableModel.CELL).data() == cell_name:
            return model.index(row, column).data()
    raise AssertionError(cell_name)


def test_the_overview_shows_each_cells_months_and_what_is_missing(
    tab: MeetingsTab, workspace: Workspace
) -> None:
    dong = cells(workspace)["Chi bộ thôn Đông"]
    for name in ("Nguyễn Văn Bình", "Trần Thị Lan", "Lê Văn Tám"):
        add_member(workspace, name, dong)
    workspace.meetings.finalise(
        held(workspace, planned(workspace, dong, date(PAST, 1, 3))).meeting.id
    )
    held(workspace, planned(workspace, dong, date(PAST, 2, 3)))  # minutes still a draft
    held(workspace, planned(workspace, dong, date(PAST, 3, 20), MeetingKind.THEMATIC))
    planned(workspace, dong, date(PAST, 4, 3))  # planned, never held
    plan = workspace.meetings.plan(dong.id, PAST)
    workspace.meetings.save_plan(dataclasses.replace(plan, liaison="Hoàng Văn Thái"))

    tab.year.setValue(PAST)
    tab.show_unit(commune(workspace))

    shown = grid(tab)
    assert set(shown) == set(cells(workspace))
    assert shown["Chi bộ thôn Đông"] == ["✓", "Writing"] + ["Missing"] * 10
    assert shown["Chi bộ thôn Đoài"] == ["Missing"] * 12
    assert row_text(tab, "Chi bộ thôn Đông", CellOverviewTableModel.WARNINGS) == (
        "Missing month 3, 4, 5, 6, 7, 8, 9, 10, 11, 12\nQuarter 2, 3, 4: no thematic meeting"
    )
    assert row_text(tab, "Chi bộ thôn Đoài", CellOverviewTableModel.WARNINGS) == (
        "Missing month 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12\n"
        "Quarter 1, 2, 3, 4: no thematic meeting"
    )
    assert row_text(tab, "Chi bộ thôn Đông", CellOverviewTableModel.LIAISON) == "Hoàng Văn Thái"
    # Colour goes with the word: each status has its own background.
    model = tab.overview_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Chi bộ thôn Đông")
    months = [model.index(row, CellOverviewTableModel.FIRST_MONTH + m) for m in range(3)]
    assert [i.data(CellOverviewTableModel.STATUS_ROLE) for i in months] == [
        MonthStatus.FINALISED,
        MonthStatus.HELD,
        MonthStatus.MISSING,
    ]
    backgrounds = {i.data(Qt.ItemDataRole.BackgroundRole).name() for i in months}
    assert len(backgrounds) == 3
    assert tab.legend.isVisibleTo(tab) and tab.overview_table.isVisibleTo(tab)


def test_scheduling_the_year_plans_twelve_meetings_per_cell_after_asking(
    tab: MeetingsTab, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.year.setValue(NEXT)
    tab.show_unit(None)
    questions: list[str] = []
    answer = False

    def confirm(_parent, _title, text, _action) -> bool:
        questions.append(text)
        return answer

    monkeypatch.setattr(meetings_tab, "confirm", confirm)
    assert tab.empty.text().startswith(f"No meeting schedule for {NEXT} yet.")

    tab.generate_button.click()  # declined: nothing is written
    assert workspace.meetings.in_year([c.id for c in cells(workspace).values()], NEXT) == []

    answer = True
    tab.generate_button.click()

    assert f"Schedule the meetings of 3 cell(s) for {NEXT}?" in questions[-1]
    for cell in cells(workspace).values():
        year = workspace.meetings.in_year([cell.id], NEXT)
        assert sorted(m.on.month for m in year) == list(range(1, 13))
        assert {m.kind for m in year} == {MeetingKind.REGULAR}
    assert all(months == ["Planned"] * 12 for months in grid(tab).values())
    assert not tab.empty.isVisibleTo(tab)
    assert tab.applied[-1].meetings  # type: ignore[attr-defined]

    # One undo step takes the whole year away again.
    tab.apply_changes(workspace.undo.undo())
    assert all(months == [""] * 12 for months in grid(tab).values())


def test_the_plan_dialog_saves_the_day_topics_liaison_and_term(
    qtbot, tab: MeetingsTab, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    dong = cells(workspace)["Chi bộ thôn Đông"]
    dialog = MeetingPlanDialog(workspace.meetings, dong, NEXT, members=workspace.members)
    qtbot.addWidget(dialog)
    rows = dialog.topics.row_widgets()
    assert [month.currentData() for month, _topic in rows] == [3, 6, 9, 12]  # one per quarter
    dialog.day.setValue(15)
    rows[0][1].setText("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")
    rows[1][0].setCurrentIndex(7)  # August
    rows[1][1].setText("Công tác xây dựng nông thôn mới")
    dialog.liaison.setText("Hoàng Văn Thái")
    dialog.term_started_on.edit.setText("31/02/2025")
    dialog._save()
    assert "Committee term began on" in dialog.problems.text()
    assert "is not a date" in dialog.problems.text()

    dialog.term_started_on.edit.setText("01/10/2025")
    dialog._save()

    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.changes.meetings
    plan = workspace.meetings.plan(dong.id, NEXT)
    assert plan.day_of_month == 15
    assert plan.thematic_topics == (
        ThematicTopic(3, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
        ThematicTopic(8, "Công tác xây dựng nông thôn mới"),
    )
    assert (plan.liaison, plan.liaison_id) == ("Hoàng Văn Thái", None)
    assert plan.term_started_on == date(2025, 10, 1)

    # Scheduling the cell's year follows its plan.
    monkeypatch.setattr(meetings_tab, "confirm", lambda *_args: True)
    tab.year.setValue(NEXT)
    tab.show_unit(dong)
    tab.generate_button.click()
    year = workspace.meetings.in_year([dong.id], NEXT)
    assert {m.on.day for m in year if m.kind is MeetingKind.REGULAR} == {15}
    thematic = [(m.on, m.topic) for m in year if m.kind is MeetingKind.THEMATIC]
    assert thematic == [
        (date(NEXT, 3, 15), "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
        (date(NEXT, 8, 15), "Công tác xây dựng nông thôn mới"),
    ]
    assert "Assigned committee member: Hoàng Văn Thái" in tab.plan_info.text()


def test_the_liaison_can_be_picked_from_the_members(qtbot, workspace: Workspace) -> None:
    i18n.install("en")
    dong = cells(workspace)["Chi bộ thôn Đông"]
    member = add_member(workspace, "Hoàng Văn Thái", dong)
    dialog = MeetingPlanDialog(workspace.meetings, dong, NEXT, members=workspace.members)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.liaison, "thai")  # without tone marks, as many type
    completer = dialog.liaison.completer()
    assert completer is not None
    suggestions = completer.completionModel()
    assert suggestions.rowCount() == 1
    assert suggestions.index(0, 0).data() == "Hoàng Văn Thái (1970)"
    completer.activated[QModelIndex].emit(suggestions.index(0, 0))  # as choosing it does
    assert dialog.liaison.text() == "Hoàng Văn Thái"
    dialog._save()
    plan = workspace.meetings.plan(dong.id, NEXT)
    assert (plan.liaison, plan.liaison_id) == ("Hoàng Văn Thái", member.id)


def test_the_commune_plan_sets_the_day_cells_without_a_plan_follow(
    qtbot, workspace: Workspace
) -> None:
    i18n.install("en")
    dialog = MeetingPlanDialog(workspace.meetings, commune(workspace), NEXT)
    qtbot.addWidget(dialog)
    assert not dialog.topics.isVisibleTo(dialog)  # topics belong to each cell's plan
    dialog.day.setValue(10)
    dialog._save()
    assert workspace.meetings.plan(cells(workspace)["Chi bộ thôn Đoài"].id, NEXT).day_of_month == 10


def test_double_clicking_a_meeting_asks_for_its_minutes(
    qtbot, tab: MeetingsTab, workspace: Workspace
) -> None:
    dong = cells(workspace)["Chi bộ thôn Đông"]
    first = planned(workspace, dong, date(NEXT, 2, 3))
    second = planned(workspace, dong, date(NEXT, 3, 3), MeetingKind.THEMATIC)
    tab.year.setValue(NEXT)
    tab.show_unit(dong)
    tab.show()
    qtbot.waitExposed(tab)
    assert [tab.meeting_model.meeting_at(r).id for r in range(2)] == [first.id, second.id]
    assert tab.meeting_model.index(1, 0).data() == f"03/03/{NEXT}"
    assert tab.meeting_model.index(1, 1).data() == "Thematic"
    assert tab.meeting_model.index(1, 3).data() == "Planned"

    with qtbot.waitSignal(tab.open_minutes) as blocker:
        double_click(qtbot, tab.meeting_table, 1)
    assert blocker.args == [second.id]

    tab.meeting_table.selectRow(0)
    with qtbot.waitSignal(tab.open_minutes) as blocker:
        tab.minutes_button.click()
    assert blocker.args == [first.id]


def test_a_cell_opened_from_the_overview_shows_its_calendar_and_warnings(
    qtbot, tab: MeetingsTab, workspace: Workspace
) -> None:
    tab.year.setValue(PAST)
    tab.show_unit(None)
    tab.show()
    qtbot.waitExposed(tab)
    doai_row = next(
        r
        for r in range(tab.overview_model.rowCount())
        if tab.overview_model.overview_at(r).unit.name == "Chi bộ thôn Đoài"
    )
    double_click(qtbot, tab.overview_table, doai_row)

    assert tab.shown_cell() is not None and tab.shown_cell().name == "Chi bộ thôn Đoài"
    assert tab.back_button.isVisible()
    assert tab.empty.text() == (
        f"No meeting schedule for {PAST} yet. Click “Schedule the year” to create the "
        "12-month schedule."
    )
    assert tab.warnings.text().splitlines() == [
        "⚠ Month 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12: the month is over but there are no "
        "minutes of a regular meeting.",
        "⚠ Quarter 1, 2, 3, 4: the quarter is over without a thematic meeting (at least one "
        "is needed each quarter).",
    ]
    tab.back_button.click()
    assert tab.shown_cell() is None
    assert tab.overview_table.isVisible()


def test_without_cells_the_tab_says_where_to_add_them(qtbot, db_path: Path) -> None:
    i18n.install("en")
    workspace = open_workspace(db_path)
    try:
        workspace.setup.initialize(
            office_name="Văn phòng Đảng ủy xã Tân Lập",
            place_name="Tân Lập",
            role=SiteRole.COMMUNE,
            root_name="Đảng bộ xã Tân Lập",
        )
        tab = MeetingsTab(workspace.meetings, workspace.units, lambda _changes: None)
        qtbot.addWidget(tab)
        assert tab.empty.text() == "No cells yet. Add a cell in the organisation tree on the left."
        assert tab.empty.isVisibleTo(tab)
        assert not tab.overview_table.isVisibleTo(tab)
        assert not tab.generate_button.isEnabled()
    finally:
        workspace.close()


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The texts of the message boxes the meeting screens show."""
    texts: list[str] = []
    monkeypatch.setattr(
        meeting_plan_dialog, "inform", lambda _parent, _title, text, **_kw: texts.append(text)
    )
    yield texts


def test_a_held_meeting_cannot_be_moved_or_deleted_and_the_tab_says_why(
    tab: MeetingsTab, workspace: Workspace, said: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dong = cells(workspace)["Chi bộ thôn Đông"]
    add_member(workspace, "Nguyễn Văn Bình", dong)
    january = planned(workspace, dong, date(NEXT, 1, 3))
    held(workspace, january)
    planned(workspace, dong, date(NEXT, 2, 3))
    monkeypatch.setattr(meetings_tab, "confirm", lambda *_args: True)
    tab.year.setValue(NEXT)
    tab.show_unit(dong)
    assert tab.meeting_model.index(0, 3).data() == "Minutes being written"

    tab.meeting_table.selectRow(0)
    tab.remove_button.click()
    assert "already been held" in said[-1]
    assert workspace.meetings.get(january.id).state is MeetingState.DRAFT

    tab.meeting_table.selectRow(1)
    tab.remove_button.click()
    assert [m.id for m in workspace.meetings.in_year([dong.id], NEXT)] == [january.id]
    assert tab.meeting_model.rowCount() == 1


def test_a_meeting_is_added_and_moved_through_the_forms(
    qtbot, tab: MeetingsTab, workspace: Workspace
) -> None:
    dong = cells(workspace)["Chi bộ thôn Đông"]
    tab.year.setValue(NEXT)
    tab.show_unit(dong)
    add = AddMeetingDialog(workspace.meetings, [dong], dong, None)
    qtbot.addWidget(add)
    add._save()
    assert (
        add.problems.text()
        == "• Date of the meeting: write the date as dd/mm/yyyy, e.g. 03/03/2026."
    )
    add.planned_on.edit.setText(f"20/5/{NEXT}")
    add.kind.setCurrentIndex(add.kind.findData(MeetingKind.THEMATIC.value))
    add.topic.setText("Công tác dân vận")
    add._save()
    [meeting] = workspace.meetings.in_year([dong.id], NEXT)
    assert (meeting.on, meeting.kind, meeting.topic) == (
        date(NEXT, 5, 20),
        MeetingKind.THEMATIC,
        "Công tác dân vận",
    )

    move = RescheduleDialog(workspace.meetings, meeting, dong.name)
    qtbot.addWidget(move)
    assert move.planned_on.text() == f"20/05/{NEXT}"
    move.planned_on.edit.setText(f"27/05/{NEXT}")
    move._save()
    assert workspace.meetings.get(meeting.id).planned_on == date(NEXT, 5, 27)

    hold_member = add_member(workspace, "Nguyễn Văn Bình", dong)
    assert hold_member.unit_id == dong.id
    held(workspace, workspace.meetings.get(meeting.id))
    late = RescheduleDialog(workspace.meetings, meeting, dong.name)
    qtbot.addWidget(late)
    late.planned_on.edit.setText(f"28/05/{NEXT}")
    late._save()
    assert "already been held" in late.problems.text()
    assert late.result() != late.DialogCode.Accepted


def test_agenda_templates_are_reordered_edited_and_restored(qtbot, workspace: Workspace) -> None:
    i18n.install("en")
    dialog = AgendaTemplateDialog(workspace.meetings)
    qtbot.addWidget(dialog)
    regular = list(DEFAULT_AGENDAS[MeetingKind.REGULAR])
    dialog.items.setCurrentRow(1)
    dialog.move_item(1)  # the monthly report after the review of last month's tasks
    dialog.items.setCurrentRow(len(regular) - 1)
    dialog.remove_item()
    dialog.add_item()
    dialog.items.currentItem().setText("Bầu tổ trưởng tổ đảng")
    dialog.kind.setCurrentIndex(dialog.kind.findData(MeetingKind.THEMATIC.value))
    for _ in range(dialog.items.count()):
        dialog.items.setCurrentRow(0)
        dialog.remove_item()
    dialog._save()
    assert "Agenda items: the agenda of thematic needs at least one item." in (
        dialog.problems.text()
    )

    dialog.restore_default()
    dialog._save()

    assert dialog.result() == dialog.DialogCode.Accepted
    expected = [regular[0], regular[2], regular[1], *regular[3:-1], "Bầu tổ trưởng tổ đảng"]
    assert list(workspace.meetings.agenda_template(MeetingKind.REGULAR).items) == expected
    assert (
        workspace.meetings.agenda_template(MeetingKind.THEMATIC).items
        == (DEFAULT_AGENDAS[MeetingKind.THEMATIC])
    )
