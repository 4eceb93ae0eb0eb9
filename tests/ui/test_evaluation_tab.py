"""The evaluation and classification tab on a real database: opening a year from the banner,
entering a member's results through the form and seeing the summary change, the rules in
words, closing and reopening (read-only while closed), the drill-down from the summary to a
cell, the chart's figures, exporting, and the empty states.

The year is 2026: the Quy định 366 profile (100-point scale) is in force on its 31 December.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from tab_helpers import add_member, cells, commune, double_click, held_as_in_window

from chibo_desktop.domain.entities import Changes, Unit, new_id
from chibo_desktop.domain.enums import MemberStatus
from chibo_desktop.domain.evaluation import UnitEvaluation
from chibo_desktop.domain.rules import Level
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs.evaluation_year_dialogs import (
    CheckDialog,
    CloseYearDialog,
    OpenYearDialog,
    ReopenYearDialog,
)
from chibo_desktop.ui.dialogs.member_evaluation_dialog import MemberEvaluationDialog
from chibo_desktop.ui.table_models.evaluation_table_models import (
    ClassificationTableModel,
    MemberAnnexTableModel,
)
from chibo_desktop.ui.tabs.evaluation_tab import EvaluationTab

YEAR = 2026
TODAY = date(2026, 11, 21)


@pytest.fixture
def tab(qtbot, workspace: Workspace) -> EvaluationTab:
    return held_as_in_window(
        qtbot,
        lambda on_changes: EvaluationTab(
            workspace.evaluations,
            workspace.units,
            on_changes,
            exports=workspace.classification_export,
            import_results=None,
            today=lambda: TODAY,
        ),
    )


@pytest.fixture
def dong(workspace: Workspace) -> Unit:
    """Chi bộ thôn Đông with three official members and one exempt member."""
    cell = cells(workspace)["Chi bộ thôn Đông"]
    for name in ("Nguyễn Văn Bình", "Trần Thị Lan", "Lê Văn Tám"):
        add_member(workspace, name, cell)
    add_member(
        workspace,
        "Đỗ Văn Nam",
        cell,
        status=MemberStatus.EXEMPT,
        status_date=date(2024, 3, 1),
    )
    return cell


def open_the_year(workspace: Workspace) -> None:
    workspace.evaluations.open_year(commune(workspace).id, YEAR)


def summary_row(tab: EvaluationTab, name: str) -> int:
    model = tab.report_model
    for row in range(model.rowCount()):
        if model.index(row, ClassificationTableModel.UNIT).data() == name:
            return row
    raise AssertionError(name)


def summary_text(tab: EvaluationTab, name: str, column: int) -> str:
    return tab.report_model.index(summary_row(tab, name), column).data()


def annex_row(tab: EvaluationTab, name: str) -> int:
    model = tab.annex_model
    for row in range(model.rowCount()):
        if model.row_at(row).member.full_name == name:
            return row
    raise AssertionError(name)


def fill_dialog(monkeypatch: pytest.MonkeyPatch, dialog_class: type, fill) -> list:
    """Replace ``dialog_class.exec``: fill the form as a person would, then press its main
    button. The dialogs shown are collected."""
    shown: list = []

    def exec_(self) -> int:
        shown.append(self)
        fill(self)
        if isinstance(self, MemberEvaluationDialog):
            self.save()
        else:
            self._save()
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return shown


def every_level_decided(workspace: Workspace, level: Level = Level.GOOD) -> None:
    """Every member reviewed in the year gets ``level`` at every stage, with scores to match;
    every cell and the commune get their own level: nothing blocks closing the year."""
    ev = workspace.evaluations
    for cell in cells(workspace).values():
        for row in ev.cell_sheet(cell.id, YEAR).rows:
            if row.reviewed_here:
                ev.save_member(
                    dataclasses.replace(
                        ev.new_member_evaluation(row, cell.id, YEAR),
                        general_score=25,
                        task_score=55,
                        self_level=level,
                        proposed_level=level,
                        final_level=level,
                    )
                )
        ev.save_unit(UnitEvaluation(new_id(), cell.id, YEAR, Level.GOOD, Level.GOOD))
    ev.save_unit(UnitEvaluation(new_id(), commune(workspace).id, YEAR, Level.GOOD))


# -- the year --------------------------------------------------------------------------------------
def test_a_year_not_opened_is_opened_from_the_banner(
    tab: EvaluationTab, workspace: Workspace, dong: Unit, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.show_unit(commune(workspace))
    assert tab.year.currentData() == YEAR  # the current year comes first
    assert "has not been opened yet. Open the year to start entering results." in (
        tab.banner_text.text()
    )
    assert tab.open_button.isVisibleTo(tab) and not tab.check_button.isVisibleTo(tab)
    assert not tab.details.isVisibleTo(tab)  # no levels before the year is opened
    assert summary_text(tab, "Chi bộ thôn Đông", ClassificationTableModel.TOTAL) == "4"
    assert summary_text(tab, "Chi bộ thôn Đông", ClassificationTableModel.REQUIRED) == "3"

    shown = fill_dialog(
        monkeypatch, OpenYearDialog, lambda d: d.review_on.edit.setText("20/12/2026")
    )
    tab.open_button.click()

    record = workspace.evaluations.review_year(commune(workspace).id, YEAR)
    assert record is not None and record.review_on == date(2026, 12, 20)
    assert "Members admitted after 20/06/2026" in shown[0].cutoff.text()
    assert "is <b>open</b> (review date 20/12/2026)" in tab.banner_text.text()
    assert tab.check_button.isVisibleTo(tab) and tab.close_button.isVisibleTo(tab)
    assert not tab.open_button.isVisibleTo(tab)
    assert tab.year.currentText() == "2026 — open"
    assert tab.applied[-1].evaluations  # type: ignore[attr-defined]


def test_a_review_date_outside_the_year_is_refused_in_words(
    qtbot, workspace: Workspace, dong: Unit
) -> None:
    i18n.install("en")
    dialog = OpenYearDialog(workspace.evaluations, commune(workspace).id, "Tân Lập", YEAR)
    qtbot.addWidget(dialog)
    dialog.review_on.edit.setText("05/01/2027")
    dialog._save()
    assert dialog.problems.text() == "Review date: the review date must be in 2026."
    assert workspace.evaluations.review_year(commune(workspace).id, YEAR) is None


# -- the summary and a cell ------------------------------------------------------------------------
def test_double_clicking_a_cell_opens_its_members_and_back_returns(
    qtbot, tab: EvaluationTab, workspace: Workspace, dong: Unit
) -> None:
    open_the_year(workspace)
    tab.show_unit(commune(workspace))
    assert tab.shown_cell() is None and not tab.back_button.isVisibleTo(tab)

    double_click(qtbot, tab.report_table, summary_row(tab, "Chi bộ thôn Đông"))

    assert tab.shown_cell() == dong
    assert tab.heading.text() == "Chi bộ thôn Đông: evaluation of 2026"
    assert tab.back_button.isVisibleTo(tab)
    names = [tab.annex_model.row_at(r).member.full_name for r in range(tab.annex_model.rowCount())]
    assert sorted(names) == sorted(["Nguyễn Văn Bình", "Trần Thị Lan", "Lê Văn Tám", "Đỗ Văn Nam"])

    tab.back_button.click()
    assert tab.shown_cell() is None
    assert tab.selected_report_row() == dong.id

    # The tree choosing the cell shows it too, with no way "back" (the tree is the way).
    tab.show_unit(dong)
    assert tab.shown_cell() == dong and not tab.back_button.isVisibleTo(tab)


def test_a_member_not_reviewed_says_why_and_cannot_be_edited(
    tab: EvaluationTab, workspace: Workspace, dong: Unit
) -> None:
    open_the_year(workspace)
    tab.show_unit(dong)
    row = annex_row(tab, "Đỗ Văn Nam")
    remarks = tab.annex_model.index(row, MemberAnnexTableModel.REMARKS)
    assert remarks.data() == "Exempt from activity since 01/03/2024"
    assert remarks.data(Qt.ItemDataRole.ForegroundRole).name() == "#6d6d6d"  # greyed

    tab.annex_table.selectRow(row)

    assert "Not reviewed: exempt from Party work and activity since 01/03/2024." in (
        tab.member_line.text()
    )
    assert not tab.edit_button.isEnabled()
    assert tab.edit_member() is None


def test_entering_a_members_results_changes_the_summary_row(
    tab: EvaluationTab, workspace: Workspace, dong: Unit, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_the_year(workspace)
    tab.show_unit(commune(workspace))
    assert summary_text(tab, "Chi bộ thôn Đông", ClassificationTableModel.REVIEWED) == "0"
    tab.report_table.selectRow(summary_row(tab, "Chi bộ thôn Đông"))
    tab.open_cell_button.click()
    tab.annex_table.selectRow(annex_row(tab, "Trần Thị Lan"))
    totals: list[str] = []

    def fill(dialog: MemberEvaluationDialog) -> None:
        assert dialog.heading.text() == "Trần Thị Lan"
        assert dialog.form_type.currentData() == "2C"  # a residential cell's member
        dialog.general_score.setValue(27)
        dialog.task_score.setValue(65)
        totals.append(dialog.total.text())
        set_level(dialog.self_level, Level.EXCELLENT)
        set_level(dialog.proposed_level, Level.EXCELLENT)
        set_level(dialog.final_level, Level.GOOD)
        dialog.tasks_late.setValue(0)
        dialog.tasks_above.setValue(40)
        dialog.notes.setPlainText("Tích cực trong công tác mặt trận")

    fill_dialog(monkeypatch, MemberEvaluationDialog, fill)
    tab.edit_button.click()

    assert totals == ["92 points: “Completed duties excellently” (90–100 points)"]
    saved = workspace.evaluations.cell_sheet(dong.id, YEAR)
    lan = next(r for r in saved.rows if r.member.full_name == "Trần Thị Lan").evaluation
    assert lan is not None
    assert (lan.general_score, lan.task_score, lan.final_level) == (27, 65, Level.GOOD)
    assert lan.notes == "Tích cực trong công tác mặt trận"
    row = annex_row(tab, "Trần Thị Lan")
    assert tab.annex_model.index(row, MemberAnnexTableModel.SCORE).data() == "92"
    assert tab.annex_model.index(row, MemberAnnexTableModel.FINAL).data() == "HTTNV"

    tab.back_button.click()
    assert summary_text(tab, "Chi bộ thôn Đông", ClassificationTableModel.REVIEWED) == "1"
    good = ClassificationTableModel.FIRST_LEVEL + 1
    assert summary_text(tab, "Chi bộ thôn Đông", good) == "1\n100.00%"
    assert summary_text(tab, "Total", good) == "1\n100.00%"
    assert summary_text(tab, "Total", ClassificationTableModel.CAP) == "0.00%\n≤ 20%"


def set_level(combo, level: Level | None) -> None:
    combo.setCurrentIndex(combo.findData(level.value if level else ""))


def test_the_rules_speak_in_words_while_the_form_is_filled(
    qtbot, tab: EvaluationTab, workspace: Workspace, dong: Unit
) -> None:
    open_the_year(workspace)
    tab.show_unit(dong)
    tab.annex_table.selectRow(annex_row(tab, "Lê Văn Tám"))
    row = tab.selected_member()
    assert row is not None
    dialog = MemberEvaluationDialog(
        workspace.evaluations,
        row,
        dong.id,
        dong.name,
        YEAR,
        workspace.evaluations.profile(YEAR),
        tab.apply_changes,
    )
    qtbot.addWidget(dialog)
    assert "Comrade Lê Văn Tám has no final level yet" in dialog.findings.sentences()[0]

    dialog.general_score.setValue(25)
    dialog.task_score.setValue(50)
    set_level(dialog.self_level, Level.EXCELLENT)

    sentences = " ".join(dialog.findings.sentences())
    assert (
        "Comrade Lê Văn Tám: the self-assessment is “Completed duties excellently” but 75 points "
        "fall in “Completed duties well”; correct the level or the scores." in sentences
    )
    assert "To correct before the year is closed: 3." in dialog.findings.summary.text()

    dialog.forbidden.setChecked(True)
    set_level(dialog.self_level, Level.GOOD)
    set_level(dialog.final_level, Level.GOOD)
    sentences = " ".join(dialog.findings.sentences())
    assert (
        "a violation of what Party members must not do is recorded, so the level can only be "
        "“Did not complete duties”; change the self-assessment and the final level." in sentences
    )
    assert dialog.save()  # a finding does not stop saving; it stops closing the year

    # The annex marks the member, and the line under it says the first thing to correct.
    tab.annex_table.selectRow(annex_row(tab, "Lê Văn Tám"))
    remarks = tab.annex_model.index(annex_row(tab, "Lê Văn Tám"), MemberAnnexTableModel.REMARKS)
    assert remarks.data() == "⚠ 1 to correct"
    assert "so the level can only be “Did not complete duties”" in tab.member_line.text()


def test_save_and_next_goes_through_the_members_to_review(
    tab: EvaluationTab, workspace: Workspace, dong: Unit
) -> None:
    open_the_year(workspace)
    tab.show_unit(dong)
    names = [tab.annex_model.row_at(r).member.full_name for r in range(tab.annex_model.rowCount())]
    reviewed = [n for n in names if n != "Đỗ Văn Nam"]
    tab.annex_table.selectRow(annex_row(tab, reviewed[0]))
    row = tab.selected_member()
    assert row is not None
    dialog = MemberEvaluationDialog(
        workspace.evaluations,
        row,
        dong.id,
        dong.name,
        YEAR,
        workspace.evaluations.profile(YEAR),
        tab.apply_changes,
        next_row=tab._next_row,
    )
    seen = []
    for _ in reviewed:
        seen.append(dialog.row.member.full_name)
        set_level(dialog.final_level, Level.COMPLETED)
        dialog.save(go_next=True)
    assert seen == reviewed  # the exempt member is skipped
    assert dialog.saved == 3
    assert tab.annex_model.index(annex_row(tab, reviewed[-1]), MemberAnnexTableModel.FINAL).data()


# -- checking, closing, reopening ------------------------------------------------------------------
def test_the_check_lists_what_blocks_closing_and_goes_to_the_member(
    tab: EvaluationTab, workspace: Workspace, dong: Unit, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_the_year(workspace)
    every_level_decided(workspace)
    sheet = workspace.evaluations.cell_sheet(dong.id, YEAR)
    tam = next(r for r in sheet.rows if r.member.full_name == "Lê Văn Tám")
    assert tam.evaluation is not None
    workspace.evaluations.save_member(dataclasses.replace(tam.evaluation, final_level=None))
    tab.show_unit(commune(workspace))
    checks: list[CheckDialog] = []

    def exec_(self: CheckDialog) -> int:
        checks.append(self)
        return 0

    monkeypatch.setattr(CheckDialog, "exec", exec_)
    tab.close_button.click()  # something blocks it: the check list instead of closing

    assert workspace.evaluations.review_year(commune(workspace).id, YEAR).closed is False
    dialog = checks[0]
    assert dialog.sentences() == [
        "Must correct — Chi bộ thôn Đông: Comrade Lê Văn Tám has no final level yet: "
        "enter the level decided by the committee."
    ]
    assert "The year cannot be closed yet: 1 thing(s) to correct." in dialog.summary.text()

    dialog.list.itemActivated.emit(dialog.list.item(0))  # a double-click on the line

    assert tab.shown_cell() == dong
    chosen = tab.selected_member()
    assert chosen is not None and chosen.member.full_name == "Lê Văn Tám"


def test_a_closed_year_is_read_only_and_reopening_needs_a_name_and_a_reason(
    tab: EvaluationTab, workspace: Workspace, dong: Unit, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_the_year(workspace)
    every_level_decided(workspace)
    tab.show_unit(commune(workspace))
    fill_dialog(monkeypatch, CloseYearDialog, lambda d: d.by.setText("Nguyễn Văn Hùng"))
    tab.close_button.click()

    record = workspace.evaluations.review_year(commune(workspace).id, YEAR)
    assert record is not None and record.closed and record.closed_by == "Nguyễn Văn Hùng"
    closed_on = record.closed_on.strftime("%d/%m/%Y")  # type: ignore[union-attr]
    assert f"was <b>closed</b> on {closed_on} by Nguyễn Văn Hùng" in tab.banner_text.text()
    assert tab.reopen_button.isVisibleTo(tab) and not tab.close_button.isVisibleTo(tab)
    assert not tab.commune_form.save_button.isEnabled()
    assert tab.year.currentText() == "2026 — closed"

    # The cell: nothing can be changed, the member's results can only be read.
    tab.show_unit(dong)
    assert not tab.cell_form.self_level.isEnabled()
    assert tab.edit_button.text() == "&See the member's results…"
    tab.annex_table.selectRow(annex_row(tab, "Trần Thị Lan"))
    opened: list[MemberEvaluationDialog] = []
    monkeypatch.setattr(MemberEvaluationDialog, "exec", lambda self: opened.append(self) or 0)
    tab.edit_button.click()
    assert not opened[0].save_button.isVisibleTo(opened[0])
    assert not opened[0].final_level.isEnabled()

    # Reopening: the reason is required, then both are kept and shown.
    reasons = iter(["", "Quyết định số 12 của Đảng ủy sửa mức xếp loại"])
    shown = fill_dialog(
        monkeypatch,
        ReopenYearDialog,
        lambda d: (d.by.setText("Trần Văn Quý"), d.reason.setPlainText(next(reasons))),
    )
    tab.reopen_button.click()
    assert shown[0].problems.text() == "Reason: this field is required; please fill it in."
    assert workspace.evaluations.review_year(commune(workspace).id, YEAR).closed

    tab.reopen_button.click()
    record = workspace.evaluations.review_year(commune(workspace).id, YEAR)
    assert record is not None and not record.closed
    assert [(r.by, r.reason) for r in record.reopenings] == [
        ("Trần Văn Quý", "Quyết định số 12 của Đảng ủy sửa mức xếp loại")
    ]
    assert "Reopened on" in tab.banner_text.text()
    assert "Trần Văn Quý: Quyết định số 12 của Đảng ủy sửa mức xếp loại" in (tab.banner_text.text())
    assert tab.edit_button.text() == "&Enter the member's results…"

    # Closed again and reopened once more: the dialog lists the earlier reopening.
    workspace.evaluations.close_year(commune(workspace).id, YEAR, "Nguyễn Văn Hùng")
    tab.refresh()
    again = ReopenYearDialog(
        workspace.evaluations,
        commune(workspace).id,
        workspace.evaluations.review_year(commune(workspace).id, YEAR),  # type: ignore[arg-type]
    )
    texts = " ".join(label.text() for label in again.findChildren(type(tab.heading)))
    assert "Trần Văn Quý: Quyết định số 12 của Đảng ủy sửa mức xếp loại" in texts
    again.deleteLater()


# -- the commune's figures -------------------------------------------------------------------------
def test_the_chart_shows_each_years_levels(
    tab: EvaluationTab, workspace: Workspace, dong: Unit
) -> None:
    ev = workspace.evaluations
    ev.open_year(commune(workspace).id, YEAR - 1)
    levels = iter([Level.EXCELLENT, Level.GOOD, Level.GOOD])
    for row in ev.cell_sheet(dong.id, YEAR - 1).rows:
        if row.reviewed_here:
            level = next(levels)
            ev.save_member(
                dataclasses.replace(
                    ev.new_member_evaluation(row, dong.id, YEAR - 1), final_level=level
                )
            )
    open_the_year(workspace)
    every_level_decided(workspace, Level.GOOD)
    tab.show_unit(commune(workspace))
    tab.details.setCurrentWidget(tab.chart)

    chart = tab.chart
    assert chart.bar_years() == [YEAR - 1, YEAR]
    assert chart.bar_values() == {
        Level.EXCELLENT: [1, 0],
        Level.GOOD: [2, 3],
        Level.COMPLETED: [0, 0],
        Level.NOT_COMPLETED: [0, 0],
    }
    assert chart.pie_labels() == ["HTTNV: 3 (100.00%)"]
    assert chart.bar_chart.title() == "Members by level, 2025–2026"
    # The same figures in the comparison table, this year last and in bold.
    history = tab.history_model
    assert [history.year_at(r).year for r in range(history.rowCount())] == [YEAR - 1, YEAR]
    assert history.index(0, history.FIRST_LEVEL).data() == "1 (33.33%)"  # English numbers
    assert history.index(1, history.CAP).data() == "0.00%"


def test_the_organisation_table_and_the_communes_own_level(
    tab: EvaluationTab, workspace: Workspace, dong: Unit
) -> None:
    open_the_year(workspace)
    ev = workspace.evaluations
    ev.save_unit(UnitEvaluation(new_id(), dong.id, YEAR, Level.GOOD, Level.EXCELLENT))
    school = cells(workspace)["Chi bộ Trường Tiểu học Tân Lập"]
    ev.save_unit(UnitEvaluation(new_id(), school.id, YEAR, newly_formed=True))
    tab.show_unit(commune(workspace))

    model = tab.organisation_model
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert rows["Completed duties excellently"] == "1"
    assert rows["Not classified (newly formed)"] == "1"
    assert rows["Not decided yet"] == "1"
    assert summary_text(tab, "Chi bộ thôn Đông", ClassificationTableModel.UNIT_LEVEL) == (
        "HTTNV /\nHTXSNV"
    )
    assert summary_text(
        tab, "Chi bộ Trường Tiểu học Tân Lập", ClassificationTableModel.UNIT_LEVEL
    ) == ("Newly formed")

    form = tab.commune_form
    set_level(form.self_level, Level.GOOD)
    form.exception.setText("Quyết định số 25-QĐ/TU ngày 20/12/2026")
    form.save()

    own = ev.unit_evaluation(commune(workspace).id, YEAR)
    assert own is not None and own.self_level is Level.GOOD
    assert own.cap_exception_decision == "Quyết định số 25-QĐ/TU ngày 20/12/2026"
    assert summary_text(tab, "Total", ClassificationTableModel.UNIT_LEVEL) == "HTTNV /\n—"
    assert workspace.undo.undo_label is not None  # the main window's Undo can take it back


def test_a_cell_over_the_cap_is_red_and_said_in_words(
    tab: EvaluationTab, workspace: Workspace, dong: Unit
) -> None:
    open_the_year(workspace)
    every_level_decided(workspace, Level.GOOD)
    ev = workspace.evaluations
    sheet = ev.cell_sheet(dong.id, YEAR)
    first = next(r for r in sheet.rows if r.reviewed_here)
    assert first.evaluation is not None
    ev.save_member(
        dataclasses.replace(
            first.evaluation,
            general_score=28,
            task_score=65,
            self_level=Level.EXCELLENT,
            proposed_level=Level.EXCELLENT,
            final_level=Level.EXCELLENT,
            tasks_late_percent=0,
            tasks_above_percent=50,
        )
    )
    tab.show_unit(commune(workspace))

    cap = tab.report_model.index(summary_row(tab, "Chi bộ thôn Đông"), ClassificationTableModel.CAP)
    assert cap.data() == "50.00%\n> 20%"
    assert cap.data(Qt.ItemDataRole.ForegroundRole).name() == "#b0281a"
    assert "the cap of 20% allows at most 0" in cap.data(Qt.ItemDataRole.ToolTipRole)

    tab.show_unit(dong)
    assert "over the cap of 20%, at most 0 are allowed; lower some levels." in (tab.cap_line.text())
    assert "Chi bộ thôn Đông: 1 members are “Completed duties excellently”" in (
        tab.cell_findings.text()
    )


# -- exporting and importing -----------------------------------------------------------------------
def test_the_report_and_the_annex_are_exported_where_the_user_chooses(
    tab: EvaluationTab,
    workspace: Workspace,
    dong: Unit,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_the_year(workspace)
    every_level_decided(workspace)
    offered: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _parent, _title, suggested, _filter: (
            str(tmp_path / Path(suggested).name),
            "",
        ),
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda self: offered.append(self.text()) or 0)
    tab.show_unit(commune(workspace))

    report = tab.export(".pdf", annex=False)
    assert report == tmp_path / "Classification report 2026 - Đảng bộ xã Tân Lập.pdf"
    assert report.read_bytes().startswith(b"%PDF")
    data = tab.export(".json", annex=False)
    assert data is not None and data.stat().st_size > 0

    tab.show_unit(dong)
    annex = tab.export(".xlsx", annex=True)
    assert annex == tmp_path / "Classification annex 2026 - Chi bộ thôn Đông.xlsx"
    assert annex.read_bytes().startswith(b"PK")
    assert offered and offered[-1].startswith("Saved to:")


def test_the_import_button_hands_the_year_to_the_import_and_shows_its_changes(
    qtbot, workspace: Workspace, dong: Unit
) -> None:
    i18n.install("en")
    asked: list[int] = []

    def import_results(_parent, year: int) -> Changes:
        asked.append(year)
        return Changes(evaluations=True)

    tab = EvaluationTab(
        workspace.evaluations,
        workspace.units,
        lambda _changes: None,
        import_results=import_results,
        today=lambda: TODAY,
    )
    qtbot.addWidget(tab)
    tab.show_unit(commune(workspace))
    assert tab.import_button.isVisibleTo(tab) and not tab.import_button.isEnabled()

    open_the_year(workspace)
    tab.refresh()
    tab.import_button.click()
    assert asked == [YEAR]


# -- empty states ----------------------------------------------------------------------------------
def test_empty_states_say_what_to_do(tab: EvaluationTab, workspace: Workspace, dong: Unit) -> None:
    open_the_year(workspace)
    doai = cells(workspace)["Chi bộ thôn Đoài"]
    tab.show_unit(doai)
    assert tab.empty.isVisibleTo(tab)
    assert tab.empty.text() == "Chi bộ thôn Đoài had no members on the roll on 31/12/2026."
    assert not tab.annex_table.isVisibleTo(tab)

    tab.show_unit(commune(workspace))
    assert not tab.empty.isVisibleTo(tab)
    tab.details.setCurrentWidget(tab.chart)
    assert tab.chart.empty.isVisibleTo(tab)
    assert tab.chart.empty.text().startswith("No final levels recorded yet")
    assert tab.history_empty.text() == "No earlier year is recorded yet."


def test_a_commune_without_cells_says_so(qtbot, tmp_path: Path) -> None:
    from chibo_desktop.domain.enums import SiteRole
    from chibo_desktop.services.workspace import open_workspace

    i18n.install("en")
    ws = open_workspace(tmp_path / "empty.sqlite")
    try:
        ws.setup.initialize(
            office_name="Văn phòng Đảng ủy xã Hòa An",
            place_name="Hòa An",
            role=SiteRole.COMMUNE,
            root_name="Đảng bộ xã Hòa An",
            cells=[],
        )
        tab = EvaluationTab(ws.evaluations, ws.units, lambda _c: None, today=lambda: TODAY)
        qtbot.addWidget(tab)
        tab.show_unit(None)
        assert tab.empty.text() == "No cells yet. Add a cell in the organisation tree on the left."
        assert not tab.pages.isVisibleTo(tab)
    finally:
        ws.close()


# -- the models, checked by Qt's tester ------------------------------------------------------------
def test_the_tables_keep_qts_model_rules(
    qtmodeltester, tab: EvaluationTab, workspace: Workspace, dong: Unit
) -> None:
    open_the_year(workspace)
    every_level_decided(workspace)
    tab.show_unit(commune(workspace))
    for model in (tab.report_model, tab.organisation_model, tab.history_model):
        qtmodeltester.check(model)
    tab.show_unit(dong)
    qtmodeltester.check(tab.annex_model)


def test_the_tab_reads_in_vietnamese(tab: EvaluationTab, workspace: Workspace, dong: Unit) -> None:
    i18n.install("vi")
    try:
        widget = EvaluationTab(
            workspace.evaluations, workspace.units, lambda _c: None, today=lambda: TODAY
        )
        widget.show_unit(dong)
        assert widget.heading.text() == "Chi bộ thôn Đông: đánh giá, xếp loại năm 2026"
        assert widget.open_button.text() == "&Mở đợt đánh giá của năm…"
        row = next(
            r
            for r in range(widget.annex_model.rowCount())
            if widget.annex_model.row_at(r).member.full_name == "Đỗ Văn Nam"
        )
        remarks = widget.annex_model.index(row, MemberAnnexTableModel.REMARKS).data()
        assert remarks == "Miễn sinh hoạt từ 01/03/2024"
        widget.deleteLater()
    finally:
        i18n.install("en")


# -- in the window ------------------------------------------------------------------------------
def test_the_window_shows_the_tab_third_and_it_follows_the_tree(
    qtbot, workspace: Workspace, dong: Unit
) -> None:
    from chibo_desktop.ui.main_window import MainWindow

    i18n.install("en")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.tabText(2) == "Evaluation and classification"
    window.tabs.setCurrentWidget(window.evaluation)

    item = next(
        window.tree.topLevelItem(0).child(i)
        for i in range(window.tree.topLevelItem(0).childCount())
        if window.tree.topLevelItem(0).child(i).text(0) == "Chi bộ thôn Đông"
    )
    window.tree.setCurrentItem(item)
    assert window.evaluation.shown_cell() == dong

    # A change made elsewhere (here: the year opened) reaches the tab through the window.
    window.apply_changes(workspace.evaluations.open_year(commune(workspace).id, date.today().year))
    assert window.evaluation.year_state == "open"

    # While another tab is shown the evaluation tab waits, and catches up when shown again.
    window.tabs.setCurrentWidget(window.roster)
    window.tree.setCurrentItem(window.tree.topLevelItem(0))
    assert window.evaluation.heading.text().startswith("Chi bộ thôn Đông")  # not re-read unseen
    window.tabs.setCurrentWidget(window.evaluation)
    assert window.evaluation.shown_cell() is None
    assert window.evaluation.heading.text().startswith("Đảng bộ xã Tân Lập: classification of")
