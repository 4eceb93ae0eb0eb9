"""Importing a year's evaluation results from an Excel or CSV file a cell kept: choose the file,
read every row with the member it names and its problems, then import in one step (one Ctrl+Z
takes it back).

One window rather than the roster's wizard: the columns of a results file are few and named the
same way everywhere, so there is no mapping to correct; the headers found and the columns left
out are said above the rows. Reading, checking and writing run on the database worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.entities import Changes
from chibo_desktop.domain.progress import Cancelled, CancelToken, Progress
from chibo_desktop.services.evaluation_import import (
    EvaluationImportPreview,
    EvaluationImportService,
    FileUnreadable,
    RowAction,
    RowStatus,
)
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui.dialogs.import_wizard import (
    choose_file,
    problem_label,
    row_detail,
    rows_view,
)
from chibo_desktop.ui.evaluation_import_texts import (
    describe_import_refusal,
    report_lines,
    row_lines,
)
from chibo_desktop.ui.import_report import describe_unreadable
from chibo_desktop.ui.operations import BackgroundRunner
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.table_models.evaluation_import_table_model import (
    EvaluationImportTableModel,
)
from chibo_desktop.ui.widgets.readable import (
    DONE_COLOUR,
    PROBLEM_COLOUR,
    coloured,
    make_readable,
)

# Names and cells as wide as they need, up to this share of the window each: the rest goes to
# the problems, whose full text is also shown below the table.
_CAPPED_COLUMNS = (EvaluationImportTableModel.NAME, EvaluationImportTableModel.CELL)
_CAPPED_SHARE = 7


class EvaluationImportDialog(QDialog):
    """``changes`` holds what the import wrote once it is done (None until then)."""

    def __init__(
        self, service: EvaluationImportService, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.year = year
        self.runner = BackgroundRunner(self)
        self.preview: EvaluationImportPreview | None = None
        self.changes: Changes | None = None
        self._busy = False
        self._applied = False  # the rows shown are imported: check the file again to import more
        self.setWindowTitle(self.tr("Import the results of {year} from a file").format(year=year))

        intro = QLabel(
            self.tr(
                "An Excel (.xlsx, .xls) or CSV file with one member per row: the name, the date "
                "of birth or the ID number, and the results (form, scores, self-assessed level, "
                "the cell's proposal, the committee's decision). Title rows above the table are "
                "fine. Nothing is saved until you press Import, and one Undo (Ctrl+Z) takes the "
                "whole import back."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("e.g. D:\\Kết quả xếp loại 2026.xlsx"))
        self.path.returnPressed.connect(self.check_file)
        self.path.textChanged.connect(self._refresh_buttons)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.check_button = QPushButton(self.tr("&Check the file"))
        self.check_button.clicked.connect(self.check_file)
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        file_row.addWidget(self.check_button)

        self.problem = problem_label()
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.only_problems = QCheckBox(self.tr("Show only rows with &problems"))

        self.model = EvaluationImportTableModel(self)
        self.rows = QSortFilterProxyModel(self)
        self.rows.setSourceModel(self.model)
        self.rows.setSortRole(EvaluationImportTableModel.SORT_ROLE)
        self.only_problems.toggled.connect(self.model.set_only_problems)
        self.view = rows_view(self.rows, EvaluationImportTableModel.ROW)
        header = self.view.horizontalHeader()
        for column in range(EvaluationImportTableModel.COLUMN_COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in _CAPPED_COLUMNS:  # sized in _show_preview
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            EvaluationImportTableModel.PROBLEMS, QHeaderView.ResizeMode.Stretch
        )
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.model.modelReset.connect(self._no_row_chosen)
        self.detail = row_detail(self.fontMetrics().lineSpacing())

        self.only_good = QCheckBox()
        self.only_good.toggled.connect(self._refresh_buttons)
        self.warning = coloured(QLabel(), PROBLEM_COLOUR)
        self.warning.setWordWrap(True)
        self.done_message = coloured(QLabel(), DONE_COLOUR)
        self.done_message.setWordWrap(True)
        self.done_message.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.clicked.connect(self.import_rows)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.report)
        layout.addWidget(self.counts)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.only_good)
        layout.addWidget(self.warning)
        layout.addWidget(self.done_message)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1150, 720)
        make_readable(self)
        self._show_preview()

    # -- reading ---------------------------------------------------------------------------------
    def _browse(self) -> None:
        chosen = choose_file(self, self.path.text())
        if chosen:
            self.path.setText(chosen)
            self.check_file()

    def check_file(self) -> None:
        """Read the file and check every row (again, after the file was corrected)."""
        text = self.path.text().strip()
        if not text or self._busy:
            return
        path, service, year = Path(text), self.service, self.year

        def work(progress: Progress, cancel: CancelToken) -> EvaluationImportPreview:
            table = service.read(path)
            return service.analyse(table, service.guess_mapping(table), year, progress, cancel)

        self._start()
        self.problem.hide()
        self.runner.run(self.tr("Checking the file…"), work, self._previewed, self._failed)

    def _previewed(self, preview: EvaluationImportPreview) -> None:
        self._busy = False
        self.preview = preview
        self._applied = False
        self._show_preview()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, FileUnreadable):
            self.problem.setText(describe_unreadable(error))
        elif isinstance(error, Cancelled):
            self._refresh_buttons()
            return
        else:
            self.problem.setText(describe_import_refusal(error))
        self.problem.show()
        self._refresh_buttons()

    def _start(self) -> None:
        self._busy = True
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)

    # -- showing ---------------------------------------------------------------------------------
    def _show_preview(self) -> None:
        preview = self.preview
        self.model.set_preview(preview)  # type: ignore[arg-type]
        self.done_message.hide()
        if preview is None:
            self.report.setText("")
            self.counts.setText(self.tr("Choose the file to see its rows here."))
            self.only_good.hide()
            self._refresh_buttons()
            return
        # The report's lines without those about rows: the table shows them.
        lines = report_lines(preview)
        per_row = {line for result in preview.rows for line in row_lines(result)}
        self.report.setText("\n".join(line for line in lines[:-1] if line not in per_row))
        self.counts.setText(self.counts_text(preview))
        for column in _CAPPED_COLUMNS:
            self.view.resizeColumnToContents(column)
            widest = self.width() // _CAPPED_SHARE
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), widest))
        good = preview.count(RowStatus.OK)
        bad = len(preview.rows) - good
        self.only_good.setChecked(False)
        self.only_good.setVisible(good > 0 and bad > 0)
        self.only_good.setText(
            self.tr(
                "Import &only the {good} good rows and leave out the {bad} rows with problems"
            ).format(good=good, bad=bad)
        )
        self._refresh_buttons()

    def counts_text(self, preview: EvaluationImportPreview) -> str:
        return self.tr(
            "Rows read: {rows}. New: {new}. Updated: {updated}. Unchanged: {unchanged}. "
            "With errors: {errors}."
        ).format(
            rows=len(preview.rows),
            new=preview.count_action(RowAction.NEW),
            updated=preview.count_action(RowAction.UPDATE),
            unchanged=preview.count_action(RowAction.UNCHANGED),
            errors=preview.count(RowStatus.ERROR),
        )

    def _no_row_chosen(self) -> None:
        self.detail.setText(
            self.tr("Choose a row to read all of its problems.") if self.preview else ""
        )

    def _row_chosen(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        result = self.rows.data(current, EvaluationImportTableModel.ENTITY_ROLE)
        lines = row_lines(result)
        self.detail.setText(
            "\n".join(lines) if lines else self.tr("Row {row}: no problem.").format(row=result.row)
        )

    def blocked_reason(self) -> str:
        """Why Import cannot be pressed now ("" when it can)."""
        preview = self.preview
        if preview is None:
            return ""
        if preview.year_refusal is not None or not preview.has_results:
            return self.tr("Nothing can be imported; see the lines above the table.")
        if preview.missing_fields:
            return self.tr("The file has no column of names; nothing can be imported.")
        good = preview.count(RowStatus.OK)
        if not good:
            return self.tr("No row can be imported. Correct the file and check it again.")
        if good < len(preview.rows) and not self.only_good.isChecked():
            return self.tr(
                "The file has rows with problems. Correct them in the file and check it again, "
                "or choose to import only the good rows."
            )
        return ""

    def _refresh_buttons(self) -> None:
        reason = self.blocked_reason()
        self.warning.setText(reason)
        self.warning.setVisible(bool(reason))
        ready = self.preview is not None and not reason and not self._applied
        self.import_button.setEnabled(ready and not self._busy)
        self.check_button.setEnabled(bool(self.path.text().strip()) and not self._busy)

    # -- importing -------------------------------------------------------------------------------
    def import_rows(self) -> None:
        preview, only_good = self.preview, self.only_good.isChecked()
        if preview is None or self.blocked_reason() or self._busy:
            return

        def done(changes: Changes) -> None:
            self._busy = False
            self._applied = True
            self.changes = changes if self.changes is None else self.changes | changes
            self.done_message.setText(
                self.tr(
                    "Imported from “{file}”: {new} new, {updated} updated. To take the whole "
                    "import back, choose Edit → Undo (Ctrl+Z) in the main window."
                ).format(
                    file=preview.table.path.name,
                    new=preview.count_action(RowAction.NEW),
                    updated=preview.count_action(RowAction.UPDATE),
                )
            )
            self.done_message.show()
            self._refresh_buttons()
            self.close_button.setDefault(True)

        def failed(error: BaseException) -> None:
            self._busy = False
            if not isinstance(error, Cancelled):
                self.problem.setText(describe_import_refusal(error))
                self.problem.show()
            self._refresh_buttons()

        self._start()
        self.runner.run(
            self.tr("Importing…"),
            lambda _progress, _cancel: self.service.apply(preview, only_good_rows=only_good),
            done,
            failed,
        )

    def done(self, result: int) -> None:
        self.runner.wait()  # never close while the worker still writes
        super().done(result)


def run_evaluation_import(
    parent: QWidget | None, workspace: Workspace, year: int
) -> Changes | None:
    """Open the import window for ``year`` (modal); what the import wrote, or None when nothing
    was imported. The caller refreshes its screens and the undo menu from the result."""
    dialog = EvaluationImportDialog(workspace.evaluation_import, year, parent)
    dialog.exec()
    changes = dialog.changes
    dialog.deleteLater()
    return changes
