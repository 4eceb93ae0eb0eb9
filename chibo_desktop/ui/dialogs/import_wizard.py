"""Importing members from an Excel or CSV file, step by step: choose the file, check which column
holds what, look at every row and its problems, then import in one step (one Ctrl+Z undoes it).

Reading, checking and writing run on the database worker (``BackgroundRunner``): a page's "Next"
starts the work and the wizard moves on when it is done.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from chibo_desktop.domain.entities import Changes
from chibo_desktop.domain.progress import Cancelled, CancelToken, Progress
from chibo_desktop.domain.roster_columns import (
    CELL_FIELD,
    IMPORTABLE_FIELDS,
    REQUIRED_FIELDS,
    cell_text,
    is_column_number_row,
)
from chibo_desktop.services.roster_import import (
    ColumnMapping,
    FileUnreadable,
    ImportOptions,
    ImportPreview,
    RosterImportService,
    RowStatus,
    SheetTable,
)
from chibo_desktop.services.units import UnitService
from chibo_desktop.ui.import_report import describe_unreadable, row_line
from chibo_desktop.ui.messages import field_label
from chibo_desktop.ui.operations import BackgroundRunner, show_error
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.table_models.import_preview_table_model import ImportPreviewTableModel
from chibo_desktop.ui.widgets.readable import PROBLEM_COLOUR, coloured, make_readable

_EXAMPLE_ROWS = 20  # how far below the headers an example value is looked for
_NAMES_SHOWN = 8  # new cells named in the confirmation before "…"
_ERROR = PROBLEM_COLOUR.name()
_OK = "#1e7b34"


def _column_letter(index: int) -> str:
    """Excel's name of a column: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def problem_label() -> QLabel:
    """Why the file cannot be read, hidden until there is something to say."""
    label = coloured(QLabel(), PROBLEM_COLOUR)
    label.setWordWrap(True)
    label.hide()
    return label


# -- shared with the import of evaluation results (evaluation_import_dialog) -----------------------
def choose_file(parent: QWidget, start: str) -> str:
    """The spreadsheet the person chooses to import, or "" when they choose none."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportWizard", "Choose the file"),
        start,
        QCoreApplication.translate(
            "ImportWizard", "Excel and CSV files (*.xlsx *.xlsm *.xls *.csv);;All files (*)"
        ),
    )
    return chosen


def rows_view(rows: QSortFilterProxyModel, row_column: int) -> QTableView:
    """The file's rows as analysed, one line each, in the file's order until a header is
    clicked; one row is chosen at a time, to show all it says below the table."""
    view = QTableView()
    view.setModel(rows)
    view.setSortingEnabled(True)
    view.sortByColumn(row_column, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    return view


def row_detail(line_spacing: int) -> QLabel:
    """Below the rows: all the chosen row says, in full and selectable (to copy a problem)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setMinimumHeight(line_spacing * 3)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class ImportWizard(QWizard):
    """``imported`` carries the ``Changes`` of the import as soon as it is written."""

    imported = Signal(object)

    def __init__(
        self, service: RosterImportService, units: UnitService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.units = units
        self.runner = BackgroundRunner(self)
        self.table: SheetTable | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: ImportPreview | None = None
        self.changes: Changes | None = None
        self._advancing = False
        self.setWindowTitle(self.tr("Import members from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        # Qt ships no Vietnamese for its own wizard buttons.
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.CommitButton, self.tr("&Import")),
            (QWizard.WizardButton.FinishButton, self.tr("&Close")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.confirm_page = ConfirmPage(self)
        self.result_page = ResultPage(self)
        for page in (
            self.file_page,
            self.mapping_page,
            self.preview_page,
            self.confirm_page,
            self.result_page,
        ):
            self.addPage(page)
        fit_to_screen(self, 1000, 700)
        make_readable(self)

    # -- shared by the pages -----------------------------------------------------------------------
    def options(self) -> ImportOptions:
        return ImportOptions(
            create_missing_cells=self.confirm_page.create_cells.isChecked(),
            default_cell_id=self.mapping_page.default_cell.currentData(),
        )

    def advancing(self) -> bool:
        """True while the wizard moves on after a page's background work: validate it."""
        return self._advancing

    def work_then_next(
        self,
        title: str,
        work: Callable[[Any, Any], Any],
        keep: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work`` in the background; ``keep`` its result and go to the next page."""
        page = self.currentPage()
        page.setEnabled(False)
        self.button(QWizard.WizardButton.NextButton).setEnabled(False)
        self.button(QWizard.WizardButton.CommitButton).setEnabled(False)

        def done(result: Any) -> None:
            page.setEnabled(True)
            keep(result)
            self._advancing = True
            try:
                self.next()
            finally:
                self._advancing = False

        def refused(error: BaseException) -> None:
            page.setEnabled(True)
            page.completeChanged.emit()  # the wizard enables its buttons again
            if failed is not None:
                failed(error)
            elif not isinstance(error, Cancelled):
                show_error(self, error)

        self.runner.run(title, work, done, refused)

    def analysis(self) -> Callable[[Progress, CancelToken], ImportPreview]:
        """The work of checking every row with the current mapping and options."""
        table, mapping, options = self.table, self.mapping, self.options()
        assert table is not None and mapping is not None
        return lambda progress, cancel: self.service.analyse(
            table, mapping, options, progress, cancel
        )

    def keep_preview(self, preview: ImportPreview) -> None:
        self.preview = preview

    def done(self, result: int) -> None:
        self.runner.wait()  # never close while the worker still writes
        super().done(result)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._read_path: str | None = None
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx or the older .xls) or a CSV file, with one member per "
                "row. Title rows above the table are fine."
            )
        )
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("e.g. D:\\Danh sách đảng viên.xlsx"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.problem = problem_label()
        explanation = QLabel(
            self.tr(
                "The next steps show which column holds what, then every row with its "
                "problems. Nothing is saved until you press Import, and one Undo (Ctrl+Z) takes "
                "the whole import back."
            )
        )
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        layout.addWidget(file_label)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addSpacing(12)
        layout.addWidget(explanation)
        layout.addStretch(1)

    def _browse(self) -> None:
        chosen = choose_file(self, self.path.text())
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        path = self.path.text().strip()
        if self._wizard.advancing() or (path == self._read_path and self._wizard.table):
            return True
        self.problem.hide()
        wizard = self._wizard

        def keep(table: SheetTable) -> None:
            self._read_path = path
            wizard.table = table
            wizard.mapping = wizard.service.guess_mapping(table)

        def failed(error: BaseException) -> None:
            if isinstance(error, FileUnreadable):
                self.problem.setText(describe_unreadable(error))
                self.problem.show()
            elif not isinstance(error, Cancelled):
                show_error(self, error)

        wizard.work_then_next(
            self.tr("Reading the file…"),
            lambda _progress, _cancel: wizard.service.read(Path(path)),
            keep,
            failed,
        )
        return False


class MappingPage(QWizardPage):
    HEADER, FIELD, EXAMPLE = range(3)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the file and what it will be imported as. Correct any column "
                "that was not recognised; columns set to “not imported” are left out."
            )
        )
        self.sheet = QComboBox()
        self.sheet.activated.connect(self._sheet_chosen)
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet)
        self.header_row = QSpinBox()
        self.header_row.setMinimum(1)
        self.header_row.valueChanged.connect(self._header_row_changed)
        self.default_cell = QComboBox()
        self.default_cell.currentIndexChanged.connect(self._refresh_required)
        top = QHBoxLayout()
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet)
        top.addSpacing(16)
        header_row_label = QLabel(self.tr("&Headers are on row:"))
        header_row_label.setBuddy(self.header_row)
        top.addWidget(header_row_label)
        top.addWidget(self.header_row)
        top.addStretch(1)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Imported as"), self.tr("First value")]
        )
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(self.HEADER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.EXAMPLE, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.required = QLabel()
        self.required.setWordWrap(True)
        self.required.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        form.addRow(self.tr("&Cell for rows that name none:"), self.default_cell)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.required)
        layout.addLayout(form)
        self._combos: list[QComboBox] = []

    def initializePage(self) -> None:
        wizard = self._wizard
        assert wizard.table is not None and wizard.mapping is not None
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(wizard.table.sheets))
        self.sheet.setCurrentText(wizard.table.sheet)
        self.sheet.blockSignals(False)
        several = len(wizard.table.sheets) > 1
        self.sheet.setVisible(several)
        self.sheet_label.setVisible(several)
        self.default_cell.blockSignals(True)
        self.default_cell.clear()
        self.default_cell.addItem(self.tr("(none: such rows are reported)"), None)
        for unit in sorted(wizard.units.all(), key=lambda u: u.name):
            if unit.is_cell and unit.dissolved_on is None:
                self.default_cell.addItem(unit.name, unit.id)
        self.default_cell.blockSignals(False)
        self._show_mapping()

    def _show_mapping(self) -> None:
        wizard = self._wizard
        table, mapping = wizard.table, wizard.mapping
        assert table is not None and mapping is not None
        self.header_row.blockSignals(True)
        self.header_row.setMaximum(max(len(table.rows), 1))
        self.header_row.setValue(mapping.header_row)
        self.header_row.blockSignals(False)
        below = [
            row
            for row in table.rows[mapping.header_row : mapping.header_row + _EXAMPLE_ROWS]
            if not is_column_number_row(row)
        ]
        self.columns.setRowCount(len(mapping.headers))
        self._combos = []
        for column, header in enumerate(mapping.headers):
            shown = f"{_column_letter(column)}: {header}" if header else _column_letter(column)
            self.columns.setItem(column, self.HEADER, QTableWidgetItem(shown))
            example = next(
                (cell_text(r[column]) for r in below if column < len(r) and cell_text(r[column])),
                "",
            )
            self.columns.setItem(column, self.EXAMPLE, QTableWidgetItem(example))
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
            for field in IMPORTABLE_FIELDS:
                combo.addItem(field_label(field.name), field.name)
            combo.activated.connect(lambda _i, c=column, box=combo: self._field_chosen(c, box))
            self.columns.setCellWidget(column, self.FIELD, combo)
            self._combos.append(combo)
        self._refresh_fields()

    def _refresh_fields(self) -> None:
        mapping = self._wizard.mapping
        assert mapping is not None
        for combo, field in zip(self._combos, mapping.fields, strict=True):
            combo.setCurrentIndex(combo.findData(field))
        self._refresh_required()

    def missing_fields(self) -> list[str]:
        mapping = self._wizard.mapping
        has_default = self.default_cell.currentData() is not None
        return [
            f
            for f in REQUIRED_FIELDS
            if mapping is None
            or (f not in mapping.fields and not (f == CELL_FIELD and has_default))
        ]

    def _refresh_required(self) -> None:
        missing = set(self.missing_fields())
        parts = [
            f'<span style="color:{_ERROR}">✗ {html.escape(field_label(f))}</span>'
            if f in missing
            else f'<span style="color:{_OK}">✓ {html.escape(field_label(f))}</span>'
            for f in REQUIRED_FIELDS
        ]
        text = self.tr("Columns every file needs: {fields}").format(fields=" &nbsp; ".join(parts))
        if missing:
            text += "<br>" + html.escape(
                self.tr("Choose the column for each field marked ✗ before going on.")
            )
        self.required.setText(text)
        self.completeChanged.emit()

    def _field_chosen(self, column: int, combo: QComboBox) -> None:
        wizard = self._wizard
        assert wizard.mapping is not None
        wizard.mapping = wizard.mapping.with_field(column, combo.currentData())
        self._refresh_fields()

    def _header_row_changed(self, row: int) -> None:
        wizard = self._wizard
        assert wizard.table is not None
        wizard.mapping = wizard.service.guess_mapping(wizard.table, row)
        self._show_mapping()

    def _sheet_chosen(self, _index: int) -> None:
        wizard = self._wizard
        assert wizard.table is not None
        path, sheet = wizard.table.path, self.sheet.currentText()

        def keep(table: SheetTable) -> None:
            wizard.table = table
            wizard.mapping = wizard.service.guess_mapping(table)
            self._show_mapping()

        wizard.runner.run(
            self.tr("Reading the file…"),
            lambda _progress, _cancel: wizard.service.read(path, sheet),
            keep,
        )

    def isComplete(self) -> bool:
        return not self.missing_fields()

    def validatePage(self) -> bool:
        wizard = self._wizard
        if wizard.advancing():
            return True
        wizard.work_then_next(self.tr("Checking the rows…"), wizard.analysis(), wizard.keep_preview)
        return False


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr(
                "Every row of the file with what is wrong with it. Rows with errors or "
                "duplicates of members already on the roster are not imported."
            )
        )
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.only_problems = QCheckBox(self.tr("Show only rows with &problems"))
        self.model = ImportPreviewTableModel(self)
        self.rows = QSortFilterProxyModel(self)  # sorting by a click on a column's header
        self.rows.setSourceModel(self.model)
        self.rows.setSortRole(ImportPreviewTableModel.SORT_ROLE)
        self.only_problems.toggled.connect(self.model.set_only_problems)
        self.model.modelReset.connect(self._no_row_chosen)
        self.view = rows_view(self.rows, ImportPreviewTableModel.ROW)
        header = self.view.horizontalHeader()
        for column in (
            ImportPreviewTableModel.ROW,
            ImportPreviewTableModel.BIRTH_DATE,
            ImportPreviewTableModel.STATUS,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            ImportPreviewTableModel.PROBLEMS, QHeaderView.ResizeMode.Stretch
        )
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.detail = row_detail(self.fontMetrics().lineSpacing())
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        self.model.set_preview(preview)
        # Names and cells as wide as they need, up to a quarter of the table each: the rest
        # goes to the problems, whose full text is also shown below the table.
        widest = self._wizard.width() // 4  # the view is not laid out yet
        for column in (ImportPreviewTableModel.NAME, ImportPreviewTableModel.CELL):
            self.view.resizeColumnToContents(column)
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), widest))
        self.counts.setText(self.counts_text(preview))

    def _no_row_chosen(self) -> None:
        self.detail.setText(self.tr("Choose a row to read all of its problems."))

    def counts_text(self, preview: ImportPreview) -> str:
        text = self.tr(
            "Rows read: {rows}. Good: {good}. With errors: {errors}. Duplicates: {duplicates}."
        ).format(
            rows=len(preview.rows),
            good=preview.count(RowStatus.OK),
            errors=preview.count(RowStatus.ERROR),
            duplicates=preview.count(RowStatus.DUPLICATE),
        )
        if preview.new_cells:
            text += " " + self.tr("Cells to create: {count}.").format(count=len(preview.new_cells))
        return text

    def _row_chosen(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        result = self.rows.data(current, ImportPreviewTableModel.ENTITY_ROLE)
        if result.problems:
            self.detail.setText(row_line(result))
        else:
            self.detail.setText(self.tr("Row {row}: no problem.").format(row=result.row))

    def isComplete(self) -> bool:
        preview = self._wizard.preview
        return preview is not None and bool(preview.rows)


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Everything is written at once; one Undo takes it all back."))
        self.setCommitPage(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.create_cells = QCheckBox()
        self.create_cells.setChecked(True)
        self.create_cells.toggled.connect(self._create_cells_toggled)
        self.cell_names = QLabel()
        self.cell_names.setWordWrap(True)
        self.cell_names.setIndent(24)
        self.only_good = QCheckBox()
        self.only_good.toggled.connect(self._refresh_warning)
        self.warning = coloured(QLabel(), PROBLEM_COLOUR)
        self.warning.setWordWrap(True)
        self.problem = problem_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.create_cells)
        layout.addWidget(self.cell_names)
        layout.addSpacing(8)
        layout.addWidget(self.only_good)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.only_good.setChecked(False)
        self.problem.hide()
        self._show()

    def _show(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        good = preview.count(RowStatus.OK)
        bad = len(preview.rows) - good
        self.summary.setText(
            self.tr("{good} of the {rows} rows of “{file}” can be imported.").format(
                good=good, rows=len(preview.rows), file=preview.table.path.name
            )
        )
        planned = preview.new_cells
        names = [c.unit.name for c in planned[:_NAMES_SHOWN]]
        shown = ", ".join(names) + (", …" if len(planned) > _NAMES_SHOWN else "")
        if planned or not self.create_cells.isChecked():
            self.create_cells.show()
            count = len(planned) if self.create_cells.isChecked() else self._declined_count()
            self.create_cells.setText(
                self.tr("&Create the cells the file names that do not exist yet ({count})").format(
                    count=count
                )
            )
            self.cell_names.setText(shown)
            self.cell_names.setVisible(bool(shown))
        else:
            self.create_cells.hide()
            self.cell_names.hide()
        self.only_good.setVisible(bad > 0)
        self.only_good.setText(
            self.tr(
                "Import &only the {good} good rows and leave out the {bad} rows with problems"
            ).format(good=good, bad=bad)
        )
        self._refresh_warning()

    def _declined_count(self) -> int:
        """Cells not created: the rows naming them are reported as unknown cells."""
        preview = self._wizard.preview
        assert preview is not None
        return len(
            {
                p.params["cell"]
                for r in preview.rows
                for p in r.problems
                if p.code == "cell_not_found"
            }
        )

    def _refresh_warning(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        good = preview.count(RowStatus.OK)
        if not good:
            self.warning.setText(self.tr("No row can be imported. Correct the file and try again."))
        elif good < len(preview.rows) and not self.only_good.isChecked():
            self.warning.setText(
                self.tr(
                    "The file has rows with problems. Correct them in the file and start again, "
                    "or choose to import only the good rows."
                )
            )
        else:
            self.warning.setText("")
        self.warning.setVisible(bool(self.warning.text()))
        self.completeChanged.emit()

    def _create_cells_toggled(self) -> None:
        """Rows naming a missing cell are good only when the cell is created: check again."""
        wizard = self._wizard
        self.setEnabled(False)

        def shown(preview: ImportPreview) -> None:
            wizard.keep_preview(preview)
            self.setEnabled(True)
            self._show()

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            self._refresh_warning()
            if not isinstance(error, Cancelled):
                show_error(self, error)

        wizard.runner.run(self.tr("Checking the rows…"), wizard.analysis(), shown, failed)

    def isComplete(self) -> bool:
        preview = self._wizard.preview
        if preview is None or not self.isEnabled():
            return False
        good = preview.count(RowStatus.OK)
        return good > 0 and (good == len(preview.rows) or self.only_good.isChecked())

    def validatePage(self) -> bool:
        wizard = self._wizard
        if wizard.advancing():
            return True
        preview, only_good = wizard.preview, self.only_good.isChecked()
        assert preview is not None

        def keep(changes: Changes) -> None:
            wizard.changes = changes
            wizard.imported.emit(changes)

        def failed(error: BaseException) -> None:
            if not isinstance(error, Cancelled):
                show_error(self, error)

        wizard.work_then_next(
            self.tr("Importing…"),
            lambda _progress, _cancel: wizard.service.apply(preview, only_good_rows=only_good),
            keep,
            failed,
        )
        return False


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Done"))
        self.setSubTitle(self.tr("The members are on the roster."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        changes, preview = self._wizard.changes, self._wizard.preview
        assert changes is not None and preview is not None
        text = self.tr("{count} members were imported from “{file}”.").format(
            count=len(changes.member_ids), file=preview.table.path.name
        )
        if changes.unit_ids:
            text += " " + self.tr("New cells created: {count}.").format(count=len(changes.unit_ids))
        text += "\n\n" + self.tr(
            "To take the whole import back, choose Edit → Undo (Ctrl+Z) in the main window."
        )
        self.message.setText(text)
