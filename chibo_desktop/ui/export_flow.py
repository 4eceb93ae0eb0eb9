"""Exporting the roster from the window: choose the file, export in the background (every member
of the view, not only the loaded rows), then offer to open the file or its folder. The choosing
and the offer serve the other exports too (the minutes, the classification report)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from chibo_desktop.domain.progress import Cancelled
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.roster_export import ExportFormat, ExportResult, RosterExportService
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.export_texts import MEMBER_LIST, describe_export_error, roster_export_labels
from chibo_desktop.ui.export_texts import tr as export_tr
from chibo_desktop.ui.operations import BackgroundRunner

_CONTEXT = "ExportFlow"
SHEET_TITLE = QT_TRANSLATE_NOOP("ExportFlow", "Export to Excel")
PDF_TITLE = QT_TRANSLATE_NOOP("ExportFlow", "Print list (PDF)")
_FILTERS = {
    ExportFormat.XLSX: QT_TRANSLATE_NOOP("ExportFlow", "Excel workbook (*.xlsx)"),
    ExportFormat.CSV: QT_TRANSLATE_NOOP("ExportFlow", "CSV, comma separated (*.csv)"),
    ExportFormat.PDF: QT_TRANSLATE_NOOP("ExportFlow", "PDF document (*.pdf)"),
}
_EXPORTING = QT_TRANSLATE_NOOP("ExportFlow", "Exporting the members…")
_SAVED = QT_TRANSLATE_NOOP("ExportFlow", "{count} members saved to:\n{path}")
_SAVED_TO = QT_TRANSLATE_NOOP("ExportFlow", "Saved to:\n{path}")
_SAVED_PDF = QT_TRANSLATE_NOOP(
    "ExportFlow", "The member list ({count} members, {pages} pages) was saved to:\n{path}"
)
_OPEN_FILE = QT_TRANSLATE_NOOP("ExportFlow", "Open file")
_OPEN_FOLDER = QT_TRANSLATE_NOOP("ExportFlow", "Open folder")
_CLOSE = QT_TRANSLATE_NOOP("ExportFlow", "Close")
_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "ExportFlow", "Could not open {path}; open it from the folder instead."
)
# Characters Windows does not allow in file names (unit names may contain "/").
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|]+')


def tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def export_roster(
    parent: QWidget,
    runner: BackgroundRunner,
    exports: RosterExportService,
    query: MemberQuery,
    kind: ExportFormat,
    unit_name: str,
    columns: Sequence[str] | None = None,
) -> None:
    """Ask where to save, then export ``query`` as ``kind`` (the sheet dialog also offers CSV);
    ``columns`` are the sheet's (the printed list has its own)."""
    title = tr(PDF_TITLE if kind is ExportFormat.PDF else SHEET_TITLE)
    destination = ask_destination(parent, title, kind, unit_name)
    if destination is None:
        return
    labels = roster_export_labels()  # translated here, on the window's thread

    def failed(error: BaseException) -> None:
        if not isinstance(error, Cancelled):
            inform(parent, title, describe_export_error(error), warning=True)

    runner.run(
        tr(_EXPORTING),
        lambda progress, cancel: exports.export(
            query, destination, labels, columns, progress=progress, cancel=cancel
        ),
        lambda result: show_exported(parent, title, result),
        failed,
    )


def suggested_name(unit_name: str) -> str:
    name = export_tr(MEMBER_LIST)
    if unit_name.strip():
        name = f"{name} - {unit_name.strip()}"
    return safe_file_name(name)


def safe_file_name(name: str) -> str:
    """``name`` with the characters Windows does not allow in a file name replaced."""
    return _NOT_IN_FILE_NAMES.sub("-", name).rstrip(". ")


def ask_file(parent: QWidget, title: str, name: str, suffix: str, file_filter: str) -> Path | None:
    """Where to save a ``suffix`` (".pdf") file, suggested as ``name`` in the documents folder;
    None when cancelled."""
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(folder / f"{safe_file_name(name)}{suffix}"), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    # Typed without the extension: appended, not replaced, because names contain dots.
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def ask_destination(parent: QWidget, title: str, kind: ExportFormat, unit_name: str) -> Path | None:
    formats = [ExportFormat.XLSX, ExportFormat.CSV] if kind is ExportFormat.XLSX else [kind]
    filters = [tr(_FILTERS[f]) for f in formats]
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    suggested = folder / f"{suggested_name(unit_name)}.{kind.value}"
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), ";;".join(filters)
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower().lstrip(".") not in {f.value for f in formats}:
        # Typed without an extension: the chosen filter says which. Appended, not replaced,
        # because unit names may contain dots ("Chi bộ Tổ DP.1").
        picked = formats[filters.index(chosen_filter)] if chosen_filter in filters else kind
        path = path.with_name(f"{path.name}.{picked.value}")
    return path


def show_exported(parent: QWidget, title: str, result: ExportResult) -> None:
    """Say where the file went; offer to open it or the folder that holds it."""
    if result.pages is None:
        text = tr(_SAVED).format(count=result.members, path=result.path)
    else:
        text = tr(_SAVED_PDF).format(count=result.members, pages=result.pages, path=result.path)
    offer_to_open(parent, title, result.path, text)


def offer_to_open(parent: QWidget, title: str, path: Path, text: str | None = None) -> None:
    """Say ``text`` (by default, where the file was saved); offer to open the file or the folder
    that holds it."""
    if text is None:
        text = tr(_SAVED_TO).format(path=path)
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    open_file = box.addButton(tr(_OPEN_FILE), QMessageBox.ButtonRole.ActionRole)
    open_folder = box.addButton(tr(_OPEN_FOLDER), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr(_CLOSE), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_file)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_file:
        _open(parent, title, path)
    elif clicked is open_folder:
        _open(parent, title, path.parent)


def _open(parent: QWidget, title: str, path: Path) -> None:
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        inform(parent, title, tr(_CANNOT_OPEN).format(path=path), warning=True)
