"""Exporting from the roster tab: the current view (unit, search, show-all), every member of it
rather than the rows loaded so far, in the background, then "open the file or its folder"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from chibo_desktop.domain.entities import Member, new_id
from chibo_desktop.domain.enums import Gender
from chibo_desktop.services.roster_export import COLUMN_KEYS, ExportFormat, ExportResult
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import export_flow, i18n
from chibo_desktop.ui.main_window import MainWindow
from chibo_desktop.ui.table_models.roster_table_model import PAGE_SIZE, RosterTableModel

MEMBERS = PAGE_SIZE + 50  # more than the table loads at first


@pytest.fixture
def window(qtbot: Any, workspace: Workspace) -> Iterator[MainWindow]:
    i18n.install("en")  # the English sources: these tests do not wait for the translators
    cells = [u for u in workspace.units.all() if u.is_cell]
    members = [
        Member(
            id=new_id(),
            full_name=f"Nguyễn Văn Ước {n:03d}" if n % 2 else f"Đặng Thị Ánh {n:03d}",
            unit_id=cells[n % 2].id,
            gender=Gender.MALE if n % 2 else Gender.FEMALE,
            birth_date=date(1970, 1, 1 + n % 28),
            admission_date=date(1995, 5, 19),
            official_date=date(1996, 5, 19),
            party_card=f"{n:08d}",
        )
        for n in range(MEMBERS)
    ]
    with workspace.store.transaction():
        workspace.store.insert_new(members)
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    yield win
    i18n.install("vi")  # the program's default, as other tests expect


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[ExportResult]:
    """The results the "saved" message would show (its own test is below)."""
    results: list[ExportResult] = []
    monkeypatch.setattr(
        export_flow, "show_exported", lambda _parent, _title, result: results.append(result)
    )
    return results


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path, chosen_filter: str = "") -> list[str]:
    """Answer the save dialog with ``path``; the suggested names it was offered are returned."""
    offered: list[str] = []

    def answer(_parent: Any, _title: str, suggested: str, filters: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(path), chosen_filter or filters.split(";;")[0]

    monkeypatch.setattr(export_flow.QFileDialog, "getSaveFileName", answer)
    return offered


def test_export_to_excel_writes_every_member_of_the_view(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[ExportResult],
    tmp_path: Path,
) -> None:
    roster = window.roster
    assert roster.model.rowCount() == PAGE_SIZE < roster.model.total == MEMBERS
    assert roster.export_button.isEnabled() and roster.print_button.isEnabled()
    offered = save_as(monkeypatch, tmp_path / "all.xlsx")

    qtbot.mouseClick(roster.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1)

    assert Path(offered[0]).name == "Member list - Đảng bộ xã Tân Lập.xlsx"
    assert shown[0].members == MEMBERS
    sheet = load_workbook(tmp_path / "all.xlsx").active
    assert sheet.max_row == MEMBERS + 1
    assert sheet["B2"].value == roster.model.member_at(0).full_name  # in the view's order
    # The columns shown on screen, after the row number.
    assert [c.value for c in sheet[1]] == [
        "No.",
        "Full name",
        "Date of birth",
        "Gender",
        "Cell",
        "Admission date",
        "Official date",
        "Status",
    ]


def test_the_sheet_has_the_columns_the_user_chose(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[ExportResult],
    tmp_path: Path,
) -> None:
    table = window.roster.table
    table.setColumnHidden(RosterTableModel.GENDER, True)
    table.setColumnHidden(RosterTableModel.UNIT, True)
    table.setColumnHidden(RosterTableModel.PARTY_CARD, False)
    table.horizontalHeader().moveSection(
        table.horizontalHeader().visualIndex(RosterTableModel.PARTY_CARD), 1
    )
    save_as(monkeypatch, tmp_path / "chosen.xlsx")
    window.roster.export_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1)
    sheet = load_workbook(tmp_path / "chosen.xlsx").active
    assert [c.value for c in sheet[1]] == [
        "No.",
        "Full name",
        "Party card number",
        "Date of birth",
        "Admission date",
        "Official date",
        "Status",
    ]
    assert sheet["C2"].value == window.roster.model.member_at(0).party_card


def test_every_roster_column_can_be_exported() -> None:
    assert set(RosterTableModel.KEYS) <= set(COLUMN_KEYS)


def test_export_follows_the_search_and_the_chosen_cell(
    qtbot: Any,
    window: MainWindow,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[ExportResult],
    tmp_path: Path,
) -> None:
    roster = window.roster
    cell = next(u for u in workspace.units.all() if u.name == "Chi bộ thôn Đông")
    roster.show_unit(cell)
    roster.search.setText("anh")
    qtbot.waitUntil(lambda: roster.model.total == MEMBERS // 2)
    # Typed without an extension, with the CSV filter chosen: it becomes a .csv file.
    offered = save_as(monkeypatch, tmp_path / "dong", "CSV, comma separated (*.csv)")

    roster.export_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1)

    assert Path(offered[0]).name == "Member list - Chi bộ thôn Đông.xlsx"
    assert shown[0].path == tmp_path / "dong.csv" and shown[0].format is ExportFormat.CSV
    lines = (tmp_path / "dong.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == MEMBERS // 2 + 1
    assert all("Đặng Thị Ánh" in line for line in lines[1:])


def test_print_list_writes_the_party_document(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[ExportResult],
    tmp_path: Path,
) -> None:
    save_as(monkeypatch, tmp_path / "list.pdf")
    window.roster.print_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].pages is not None and shown[0].pages > 5
    first = PdfReader(tmp_path / "list.pdf").pages[0].extract_text()
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in first and "ĐẢNG ỦY XÃ TÂN LẬP" in first


def test_a_failed_export_says_why(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[ExportResult],
    tmp_path: Path,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        export_flow, "inform", lambda _parent, _title, text, warning=False: warnings.append(text)
    )
    save_as(monkeypatch, tmp_path / "gone" / "list.xlsx")
    window.roster.export_button.click()
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert warnings == [
        f"The folder {tmp_path / 'gone'} does not exist; choose another place to save."
    ]
    assert not shown


def test_cancelling_the_save_dialog_does_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, shown: list[ExportResult]
) -> None:
    monkeypatch.setattr(export_flow.QFileDialog, "getSaveFileName", lambda *_: ("", ""))
    window.roster.export_button.click()
    assert not shown


def test_nothing_to_export_disables_the_buttons(qtbot: Any, window: MainWindow) -> None:
    window.roster.search.setText("không có ai")
    qtbot.waitUntil(lambda: window.roster.model.total == 0)
    assert not window.roster.export_button.isEnabled()
    assert not window.roster.print_button.isEnabled()


@pytest.mark.parametrize(("button", "opened"), [("Open file", "list.pdf"), ("Open folder", "")])
def test_the_saved_message_opens_the_file_or_its_folder(
    qtbot: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    button: str,
    opened: str,
) -> None:
    urls: list[QUrl] = []
    monkeypatch.setattr(
        export_flow.QDesktopServices, "openUrl", lambda url: urls.append(url) or True
    )
    texts: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, click)
    result = ExportResult(tmp_path / "list.pdf", ExportFormat.PDF, members=12, pages=2)
    export_flow.show_exported(window, "Print list (PDF)", result)

    assert texts == [
        f"The member list (12 members, 2 pages) was saved to:\n{tmp_path / 'list.pdf'}"
    ]
    assert [Path(u.toLocalFile()) for u in urls] == [tmp_path / opened if opened else tmp_path]
