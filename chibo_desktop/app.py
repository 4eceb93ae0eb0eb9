"""Composition root of the window: paths → open and migrate the database → services → Qt."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from chibo_desktop import paths
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.minutes_print import PrintedDocument
from chibo_desktop.services.workspace import (
    DatabaseTooNew,
    DatabaseUnreadable,
    Workspace,
    open_workspace,
)
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs.first_run_dialog import FirstRunDialog
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.dialogs.minutes_print_preview import load_pdf
from chibo_desktop.ui.dialogs.sign_in_dialog import FirstAdministratorDialog, SignInDialog
from chibo_desktop.ui.main_window import MainWindow
from chibo_desktop.ui.messages import APP_TITLE, tr

# A fixed day, so that the demo always has finalised minutes to print.
SELF_TEST_DEMO = DemoSettings(members=60, cells=3, years=1, seed=1, today=date(2026, 11, 21))


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Chi bộ Desktop")
    app.setOrganizationName(paths.APP_NAME)
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


def run_gui(db_path: Path, lang: str = "vi", self_test: bool = False) -> int:
    app = _application()
    i18n.install(lang)
    try:
        workspace = open_workspace(db_path)
    except (DatabaseTooNew, DatabaseUnreadable) as error:
        message = _cannot_open_message(app, db_path, error)
        if self_test:
            print(message, file=sys.stderr)
        else:
            inform(None, tr(APP_TITLE), message, warning=True)  # type: ignore[arg-type]
        return 2
    try:
        if workspace.site is None:
            if self_test:
                workspace.demo.generate(SELF_TEST_DEMO)
            elif not FirstRunDialog(workspace.setup, workspace.demo).exec():
                return 0
        if not self_test and not _signed_in(workspace):
            return 0
        window = MainWindow(workspace)
        if self_test:
            return _self_test(window, workspace)
        window.show()
        return app.exec()
    finally:
        workspace.close()


def _signed_in(workspace: Workspace) -> bool:
    """No data is shown before someone signs in; a database with no account yet (new, or
    upgraded from before accounts) first gets its administrator."""
    if not workspace.accounts.any_exist():
        return bool(FirstAdministratorDialog(workspace.accounts).exec())
    return bool(SignInDialog(workspace.accounts).exec())


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
