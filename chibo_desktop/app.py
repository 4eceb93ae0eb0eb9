"""Composition root of the window: paths → open and migrate the database → services → Qt."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from chibo_desktop import paths
from chibo_desktop.services.backups import BackupFolder
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.minutes_print import PrintedDocument
from chibo_desktop.services.workspace import (
    DatabaseTooNew,
    DatabaseUnreadable,
    Workspace,
    open_workspace,
)
from chibo_desktop.ui import i18n, startup, startup_probe
from chibo_desktop.ui.backup_texts import describe_backup_error
from chibo_desktop.ui.dialogs.damaged_database_dialog import DamagedDatabaseDialog
from chibo_desktop.ui.dialogs.first_run_dialog import FirstRunDialog
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.dialogs.minutes_print_preview import load_pdf
from chibo_desktop.ui.dialogs.sign_in_dialog import FirstAdministratorDialog, SignInDialog
from chibo_desktop.ui.main_window import PREFERRED_SIZE, MainWindow
from chibo_desktop.ui.messages import APP_TITLE, tr
from chibo_desktop.ui.operations import errors_shown
from chibo_desktop.ui.screen_fit import cramped

_CLOSING_BACKUP = QT_TRANSLATE_NOOP("Messages", "Backing up the data before closing…")
_log = logging.getLogger(__name__)
# A fixed day, so that the demo always has finalised minutes to print.
SELF_TEST_DEMO = DemoSettings(members=60, cells=3, years=1, seed=1, today=date(2026, 11, 21))


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Chi bộ Desktop")
    app.setOrganizationName(paths.APP_NAME)
    app.setWindowIcon(QIcon(str(paths.icon_file())))
    for font in sorted(paths.fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    return app


def _cannot_open_message(
    app: QApplication, db_path: Path, error: DatabaseTooNew | DatabaseUnreadable
) -> str:
    if isinstance(error, DatabaseTooNew):
        return app.translate(
            "App",
            "{path} was made by a newer version of Chi bộ Desktop (schema {found}). "
            "Please install the newer version.",
        ).format(path=db_path, found=error.found)
    return app.translate(
        "App",
        "{path} cannot be read as a Chi bộ Desktop database ({detail}). "
        "Check the file, or restore a backup.",
    ).format(path=db_path, detail=error.detail)


def run_gui(
    db_path: Path,
    lang: str | None = None,
    self_test: bool = False,
    volume_kind: Callable[[Path], paths.VolumeKind] = paths.volume_kind,
) -> int:
    startup_probe.note("start")
    app = _application()
    lang = i18n.install(lang)
    _log.info("Qt %s, language %s", qVersion(), lang)
    if self_test:
        return _run_self_test(app, db_path)
    lock = startup.lock_single_instance(paths.user_data_dir())
    if lock is None:
        _say(startup.already_running_text())
        return 1
    try:
        checked = startup.checked_location(db_path, volume_kind)
        return 0 if checked is None else _run_window(app, checked)
    finally:
        lock.unlock()


def _run_window(app: QApplication, db_path: Path) -> int:
    """Open the database (a damaged one: restore a backup first), show the window; when the
    clerk chose a backup to restore, close the database, put the backup in place and open it
    again."""
    while True:
        workspace = _open(app, db_path)
        if workspace is None:
            return 2
        try:
            if (
                workspace.site is None
                and not FirstRunDialog(workspace.setup, workspace.demo).exec()
            ):
                return 0
            if not _signed_in(workspace):  # after a restore too: the restored accounts
                return 0
            chosen = _show_window(app, workspace)
            if chosen is None:
                _back_up_on_closing(workspace)
        finally:
            workspace.close()
        if chosen is None:
            return 0
        startup.restore(BackupFolder(db_path, paths.backups_dir()), chosen)


def _show_window(app: QApplication, workspace: Workspace) -> Path | None:
    """The window, until it closes; the backup the clerk chose to restore, if any. An error
    nothing caught meanwhile is logged and shown."""
    window: MainWindow | None = None
    with errors_shown(lambda: window):
        window = MainWindow(workspace)
        if cramped(window, *PREFERRED_SIZE):  # a small screen, or large print
            window.showMaximized()
        else:
            window.show()
        startup_probe.watch_window(window)
        window.back_up_daily()
        app.exec()
    return window.restore_requested


def _open(app: QApplication, db_path: Path) -> Workspace | None:
    """The workspace; a damaged database is offered the newest good backup (or another)
    instead, and opened once it is restored. None: it cannot be opened (said)."""
    while True:
        try:
            return open_workspace(db_path)
        except DatabaseTooNew as error:
            _log.warning("The database cannot be opened: %s", error)
            _say(_cannot_open_message(app, db_path, error))
            return None
        except DatabaseUnreadable as error:  # damaged pages, or not a database at all
            _log.warning("The database cannot be opened: %s", error)
            folder = BackupFolder(db_path, paths.backups_dir())
            dialog = DamagedDatabaseDialog(folder, error.detail)
            if not dialog.exec() or dialog.chosen is None:
                return None
            if startup.restore(folder, dialog.chosen.path) is None:
                return None


def _back_up_on_closing(workspace: Workspace) -> None:
    """A backup when anything was written since the last one, with a word on screen meanwhile
    (the window is gone; a province's database takes some seconds)."""
    if not workspace.backups.closing_needed():
        return
    busy = QProgressDialog(tr(_CLOSING_BACKUP), "", 0, 0)
    busy.setCancelButton(None)  # type: ignore[arg-type]
    busy.setMinimumDuration(0)
    busy.show()
    QApplication.processEvents()
    try:
        workspace.backups.on_closing()
    except Exception as error:  # said; the data itself is safe in the database
        busy.close()
        _say(describe_backup_error(error))
    finally:
        busy.close()


def _say(text: str) -> None:
    """A warning before or after the window (no parent)."""
    inform(None, tr(APP_TITLE), text, warning=True)  # type: ignore[arg-type]


def _run_self_test(app: QApplication, db_path: Path) -> int:
    try:
        workspace = open_workspace(db_path)
    except (DatabaseTooNew, DatabaseUnreadable) as error:
        print(_cannot_open_message(app, db_path, error), file=sys.stderr)
        return 2
    try:
        if workspace.site is None:
            workspace.demo.generate(SELF_TEST_DEMO)
        return _self_test(MainWindow(workspace), workspace)
    finally:
        workspace.close()


def _signed_in(workspace: Workspace) -> bool:
    """No data is shown before someone signs in; a database with no account yet (new, or
    upgraded from before accounts) first gets its administrator."""
    if not workspace.accounts.any_exist():
        dialog: QDialog = FirstAdministratorDialog(workspace.accounts)
    else:
        dialog = SignInDialog(workspace.accounts)
    return bool(startup_probe.watch_dialog(dialog).exec())


def _self_test(window: MainWindow, workspace: Workspace) -> int:
    """Render the main window offscreen and check it shows the roster; print the minutes of a
    finalised meeting and read the PDF back through QtPdf (fonts, ReportLab and the print
    preview's renderer are all in the frozen folder); seal and open a USB package (libsodium)."""
    window.show()
    QGuiApplication.processEvents()
    shot = window.grab()
    rows = window.roster.model.rowCount()
    window.close()
    if shot.isNull() or rows == 0:
        print(f"self-test failed: image null={shot.isNull()}, roster rows={rows}", file=sys.stderr)
        return 1
    cells = [u.id for u in workspace.units.all() if u.is_cell]
    held = [m for m in workspace.meetings.in_year(cells, 2026) if m.state.locked]
    if not held:
        print("self-test failed: no finalised minutes to print", file=sys.stderr)
        return 1
    pdf = workspace.minutes_print.render(held[0].id, PrintedDocument.MINUTES)
    pages = load_pdf(pdf, window).pageCount()
    if pages == 0:
        print("self-test failed: the printed minutes do not open in QtPdf", file=sys.stderr)
        return 1
    if not workspace.sync.check_crypto():
        print("self-test failed: a package sealed to this site does not open", file=sys.stderr)
        return 1
    print(
        f"self-test ok: {shot.width()}x{shot.height()} window, {rows} roster rows, "
        f"minutes of {len(pdf) // 1024} KB with {pages} page(s), a sealed package opened"
    )
    return 0
