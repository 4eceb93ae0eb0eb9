"""The statistics dialog on a real database: the three forms computed on opening, recomputed on
request, and the warning when the recorded history does not add up."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QApplication

from chibo_desktop.domain.entities import Member, Unit, new_id
from chibo_desktop.domain.enums import Gender, MemberStatus
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs import statistics_dialog
from chibo_desktop.ui.dialogs.statistics_dialog import StatisticsDialog
from chibo_desktop.ui.main_window import MainWindow
from chibo_desktop.ui.table_models.statistics_table_models import FigureTableModel

THIS_YEAR = date.today().year
NEW_YEAR = date(THIS_YEAR, 1, 1)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.install("en")  # the source labels: these tests read the figures, not the wording
    yield


@pytest.fixture
def cells(workspace: Workspace) -> dict[str, Unit]:
    return {u.name: u for u in workspace.units.all() if u.is_cell}


def add(workspace: Workspace, name: str, unit: Unit, admitted: date, official: bool) -> Member:
    member = Member(
        id=new_id(),
        full_name=name,
        unit_id=unit.id,
        gender=Gender.FEMALE if " Thị " in name else Gender.MALE,
        birth_date=date(1970, 1, 1),
        admission_date=admitted,
        official_date=date(admitted.year + 1, admitted.month, admitted.day) if official else None,
    )
    workspace.members.add(member)
    return member


@pytest.fixture
def commune(workspace: Workspace, cells: dict[str, Unit]) -> Workspace:
    """Three members since 2000 in Đông (one died on 1 January), one admitted on 1 January in
    Đoài."""
    dong, doai = cells["Chi bộ thôn Đông"], cells["Chi bộ thôn Đoài"]
    add(workspace, "Trần Thị An", dong, date(2000, 2, 3), official=True)
    died = add(workspace, "Lê Văn Bình", dong, date(2000, 2, 3), official=True)
    add(workspace, "Phạm Văn Cường", dong, date(2000, 2, 3), official=True)
    add(workspace, "Hoàng Văn Dũng", doai, NEW_YEAR, official=False)
    workspace.records.change_status(died.id, MemberStatus.DIED, NEW_YEAR)
    return workspace


def figure(model: FigureTableModel, label: str) -> str:
    """The number shown beside the line whose label starts with ``label``."""
    for row in range(model.rowCount()):
        text = model.index(row, model.LABEL).data().strip()
        if text.startswith(label):
            return model.index(row, model.VALUE).data()
    raise AssertionError(f"no line {label!r} in {[r.label for r in model.rows()]}")


def opened(qtbot, workspace: Workspace, unit: Unit | None) -> StatisticsDialog:
    dialog = StatisticsDialog(workspace.statistics, unit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(
        lambda: all(
            m.rowCount() for m in (dialog.increase_decrease, dialog.profile, dialog.admission_rate)
        )
    )
    return dialog


def test_the_dialog_shows_the_three_forms_for_the_commune(qtbot, commune: Workspace) -> None:
    dialog = opened(qtbot, commune, None)

    # Biểu 1 for this year
    b1 = dialog.increase_decrease
    assert figure(b1, "Members at the start") == "3"
    assert figure(b1, "Admitted to the Party") == "1"
    assert figure(b1, "Passed away") == "1"
    assert figure(b1, "Members at the end") == "3"
    assert not any(row.warning for row in b1.rows())
    assert dialog.unexplained.isHidden()

    # Biểu 3 today, with each count as a share of the total
    b3 = dialog.profile
    assert figure(b3, "Members on the roll on") == "3"
    assert figure(b3, "Official members") == "2"
    assert figure(b3, "Probationary members") == "1"
    women = next(r for r in range(b3.rowCount()) if b3.index(r, 0).data().strip() == "Women")
    assert b3.index(women, b3.SHARE).data() == "33.33"
    assert figure(b3, "Residential") == "2"  # cells in operation

    # the admission rate: 1 admitted against the 3 on the roll on 31 December
    assert figure(dialog.admission_rate, "Admitted in") == "1"
    assert figure(dialog.admission_rate, "Admissions as a percentage") == "33.33"


def test_one_cell_and_another_period(qtbot, commune: Workspace, cells: dict[str, Unit]) -> None:
    dialog = opened(qtbot, commune, cells["Chi bộ thôn Đông"])
    assert figure(dialog.increase_decrease, "Members at the end") == "2"
    assert figure(dialog.profile, "Members on the roll on") == "2"

    # When the period is last year and the figures are computed again
    dialog.period_from.set_value(date(THIS_YEAR - 1, 1, 1))
    dialog.period_to.set_value(date(THIS_YEAR - 1, 12, 31))
    dialog.compute_increase_decrease()

    # Then nothing happened in Đông that year
    qtbot.waitUntil(lambda: figure(dialog.increase_decrease, "Passed away") == "0")
    assert figure(dialog.increase_decrease, "Members at the end") == "3"


def test_the_base_of_the_admission_rate_can_be_the_first_of_january(
    qtbot, commune: Workspace
) -> None:
    dialog = opened(qtbot, commune, None)
    dialog.rate_base.setCurrentIndex(1)
    dialog.compute_admission_rate()
    qtbot.waitUntil(lambda: f"01/01/{THIS_YEAR}" in dialog.admission_rate.rows()[1].label)
    # On 1 January: Dũng admitted and Bình dead that day, so still 3
    assert figure(dialog.admission_rate, "Members on the roll on") == "3"


def test_a_history_that_does_not_add_up_is_shown_with_the_names(
    qtbot, commune: Workspace, cells: dict[str, Unit]
) -> None:
    # Given a member admitted this year whose death was entered with last year's date
    wrong = add(commune, "Tạ Văn Sai", cells["Chi bộ thôn Đoài"], NEW_YEAR, official=False)
    commune.records.change_status(wrong.id, MemberStatus.DIED, date(THIS_YEAR - 1, 6, 1))

    dialog = opened(qtbot, commune, None)

    check = dialog.increase_decrease.rows()[-1]
    assert check.warning and check.value == 4  # 3 + 2 − 1, against 3 at the end
    assert not dialog.unexplained.isHidden()
    assert "Tạ Văn Sai" in dialog.unexplained.text()


def test_a_period_that_ends_before_it_starts_is_refused(
    qtbot, commune: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(statistics_dialog, "inform", lambda _p, _t, text, **_k: told.append(text))
    dialog = opened(qtbot, commune, None)
    dialog.period_to.set_value(date(THIS_YEAR - 1, 1, 1))
    dialog.compute_increase_decrease()
    assert told == ["The period ends before it starts; please check the dates."]
    dialog.profile_on.edit.setText("31/02/2020")
    dialog.compute_profile()
    assert told[-1] == "“31/02/2020” is not a date; write it as dd/mm/yyyy."


def test_the_models_follow_the_qt_rules(qtbot, qtmodeltester, commune: Workspace) -> None:
    dialog = opened(qtbot, commune, None)
    for model in (dialog.increase_decrease, dialog.profile, dialog.admission_rate):
        qtmodeltester.check(model)
        assert model.index(0, 0, model.index(0, 0)) == QModelIndex()


def test_the_main_window_opens_it_from_the_reports_menu(qtbot, commune: Workspace) -> None:
    window = MainWindow(commune)
    qtbot.addWidget(window)
    window.show()
    shown: list[StatisticsDialog] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StatisticsDialog)
        shown.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    window.statistics_action.trigger()
    assert len(shown) == 1


def test_the_forms_shown_are_exported_to_excel(
    qtbot, commune: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(statistics_dialog, "inform", lambda _p, _t, text, **_k: told.append(text))
    # Typed without the extension: it is added
    monkeypatch.setattr(
        statistics_dialog.QFileDialog,
        "getSaveFileName",
        lambda *_a: (str(tmp_path / "Thống kê 2026"), ""),
    )
    dialog = opened(qtbot, commune, None)

    dialog.export_button.click()

    saved = tmp_path / "Thống kê 2026.xlsx"
    assert told == [f"The figures were saved to:\n{saved}"]
    workbook = openpyxl.load_workbook(saved)
    assert workbook.sheetnames == [
        "Increase and decrease",
        "Profile of the members",
        "Admission rate",
    ]
    lines = {
        row[0]: row[1:] for row in workbook["Profile of the members"].iter_rows(values_only=True)
    }
    assert lines["Official members"] == (2, 66.67)  # labels unindented: Excel indents them
    rate = {row[0]: row[1] for row in workbook["Admission rate"].iter_rows(values_only=True)}
    assert rate["Admissions as a percentage of the base"] == 33.33
    assert [p for p in tmp_path.iterdir() if p.suffix == ".part"] == []
