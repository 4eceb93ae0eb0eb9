"""The import wizard, driven as a person would: choose the file, check the columns and the rows,
import the good rows, and take it all back with one undo from the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWizard, QWizardPage
from roster_files import add_members_on_roster, messy_roster_rows, write_xlsx

from chibo_desktop.domain.entities import Changes
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs.import_wizard import ImportWizard
from chibo_desktop.ui.main_window import MainWindow
from chibo_desktop.ui.table_models.import_preview_table_model import ImportPreviewTableModel


@pytest.fixture
def messy(tmp_path: Path, workspace: Workspace) -> Path:
    i18n.install("en")
    add_members_on_roster(workspace)
    return write_xlsx(tmp_path / "danh sách.xlsx", messy_roster_rows())


@pytest.fixture
def wizard(qtbot, workspace: Workspace) -> ImportWizard:
    wizard = ImportWizard(workspace.roster_import, workspace.units)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_page(qtbot, wizard: ImportWizard, expected: QWizardPage) -> None:
    """Press Next (or Import) and wait for the background work to bring the next page."""
    assert wizard.currentPage().isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is expected, timeout=10_000)


def member_count(workspace: Workspace) -> int:
    return workspace.members.count(MemberQuery(on_roll_only=False))


def test_wizard_previews_the_messy_file_and_imports_the_good_rows(
    qtbot, wizard: ImportWizard, workspace: Workspace, messy: Path
) -> None:
    count_before = member_count(workspace)

    # Given the file chosen on the first page
    wizard.file_page.path.setText(str(messy))
    next_page(qtbot, wizard, wizard.mapping_page)

    # Then the columns were recognised under the title rows
    mapping = wizard.mapping_page
    assert mapping.header_row.value() == 5
    assert mapping.columns.rowCount() == 11
    assert mapping.columns.item(3, mapping.HEADER).text() == "D: Sinh ngày"
    assert mapping.columns.cellWidget(3, mapping.FIELD).currentText() == "Date of birth"
    assert mapping.columns.cellWidget(0, mapping.FIELD).currentText() == "(not imported)"
    assert mapping.columns.item(3, mapping.EXAMPLE).text() == "01/05/1970"  # not "(4)"
    assert mapping.missing_fields() == []

    # When the rows are checked
    next_page(qtbot, wizard, wizard.preview_page)

    # Then every row is listed with its status, and the counts say what will happen
    preview = wizard.preview_page
    assert preview.model.rowCount() == 9
    assert preview.counts.text() == (
        "Rows read: 9. Good: 2. With errors: 3. Duplicates: 4. Cells to create: 1."
    )
    statuses = {
        preview.model.result_at(r).row: preview.model.index(r, preview.model.STATUS).data()
        for r in range(preview.model.rowCount())
    }
    assert statuses[8] == "Error"
    assert statuses[13] == "Duplicate"
    assert statuses[14] == "Good"
    preview.only_problems.setChecked(True)
    assert preview.rows.rowCount() == 7
    assert preview.model.rowCount() == 7
    preview.view.selectRow(0)
    assert preview.detail.text().startswith("Row 8: Date of birth: “31/02/1980” is not a date")

    # When the person goes on: importing is refused until they choose to leave out bad rows
    next_page(qtbot, wizard, wizard.confirm_page)
    confirm = wizard.confirm_page
    assert not confirm.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert confirm.create_cells.isChecked()
    assert confirm.cell_names.text() == "Chi bộ thôn Bắc"
    assert member_count(workspace) == count_before
    imported: list[Changes] = []
    wizard.imported.connect(imported.append)
    confirm.only_good.setChecked(True)
    next_page(qtbot, wizard, wizard.result_page)

    # Then the two good rows and their new cell are written, as one step
    assert member_count(workspace) == count_before + 2
    assert len(imported) == 1 and len(imported[0].member_ids) == 2
    assert "2 members were imported" in wizard.result_page.message.text()
    assert workspace.undo.undo_label is not None
    assert workspace.undo.undo_label.count == 2


def test_declining_new_cells_leaves_their_rows_out(
    qtbot, wizard: ImportWizard, workspace: Workspace, messy: Path
) -> None:
    wizard.file_page.path.setText(str(messy))
    next_page(qtbot, wizard, wizard.mapping_page)
    next_page(qtbot, wizard, wizard.preview_page)
    next_page(qtbot, wizard, wizard.confirm_page)
    confirm = wizard.confirm_page
    confirm.create_cells.setChecked(False)
    qtbot.waitUntil(lambda: confirm.isEnabled(), timeout=10_000)
    assert wizard.preview is not None and wizard.preview.new_cells == ()
    assert confirm.only_good.text().startswith("Import &only the 1 good rows")
    confirm.only_good.setChecked(True)
    next_page(qtbot, wizard, wizard.result_page)
    assert not [u for u in workspace.units.all() if u.name == "Chi bộ thôn Bắc"]


def test_a_column_is_mapped_by_hand_when_its_header_is_not_known(
    qtbot, wizard: ImportWizard, workspace: Workspace, tmp_path: Path
) -> None:
    i18n.install("en")
    rows = [
        ["Tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "Chi bộ"],
        ["Lê Văn Cường", "Nam", "02/07/1968", "02/09/1990", "Chi bộ thôn Đông"],
    ]
    wizard.file_page.path.setText(str(write_xlsx(tmp_path / "ten.xlsx", rows)))
    next_page(qtbot, wizard, wizard.mapping_page)
    mapping = wizard.mapping_page
    assert mapping.missing_fields() == ["full_name"]
    assert not mapping.isComplete()
    assert "✗ Full name" in mapping.required.text()
    combo = mapping.columns.cellWidget(0, mapping.FIELD)
    combo.setCurrentIndex(combo.findData("full_name"))
    combo.activated.emit(combo.currentIndex())  # as a person's choice in the list does
    assert mapping.isComplete()
    next_page(qtbot, wizard, wizard.preview_page)
    next_page(qtbot, wizard, wizard.confirm_page)
    assert wizard.confirm_page.isComplete()  # every row is good: nothing to choose
    next_page(qtbot, wizard, wizard.result_page)
    assert workspace.members.page(MemberQuery(text="Lê Văn Cường"), 0, 1)


def test_an_unreadable_file_is_explained_on_the_first_page(
    qtbot, wizard: ImportWizard, tmp_path: Path
) -> None:
    i18n.install("en")
    missing = tmp_path / "khong co.xlsx"
    wizard.file_page.path.setText(str(missing))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.file_page.problem.isVisible(), timeout=10_000)
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.problem.text() == f"{missing}: there is no such file."


def test_the_preview_model_is_a_sound_qt_model(
    qtbot, qtmodeltester, wizard: ImportWizard, messy: Path
) -> None:
    wizard.file_page.path.setText(str(messy))
    next_page(qtbot, wizard, wizard.mapping_page)
    next_page(qtbot, wizard, wizard.preview_page)
    model = wizard.preview_page.model
    qtmodeltester.check(model)
    index = model.index(0, ImportPreviewTableModel.NAME)
    assert model.data(index, ImportPreviewTableModel.ENTITY_ROLE).row == 7


def test_main_window_imports_from_the_file_menu_and_one_undo_takes_it_back(
    qtbot, workspace: Workspace, messy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    count_before = member_count(workspace)

    def drive(wizard: ImportWizard) -> int:
        """What the person does in the (modal) wizard."""
        wizard.show()
        wizard.file_page.path.setText(str(messy))
        next_page(qtbot, wizard, wizard.mapping_page)
        next_page(qtbot, wizard, wizard.preview_page)
        next_page(qtbot, wizard, wizard.confirm_page)
        wizard.confirm_page.only_good.setChecked(True)
        next_page(qtbot, wizard, wizard.result_page)
        wizard.accept()
        return 1

    monkeypatch.setattr(ImportWizard, "exec", drive)
    assert window.import_action.shortcut() == QKeySequence("Ctrl+I")
    window.import_action.trigger()

    assert member_count(workspace) == count_before + 2
    assert window.undo_action.text() == "&Undo: import 2 members from danh sách.xlsx"
    assert window.roster.model.total == count_before + 2
    window.undo_action.trigger()
    assert member_count(workspace) == count_before
    assert not [u for u in workspace.units.all() if u.name == "Chi bộ thôn Bắc"]
