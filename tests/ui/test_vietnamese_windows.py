"""No English in the Vietnamese program: every window and dialog (``all_windows.DIALOGS``) is
opened on demo data, in Vietnamese, and every text a person can read in it is checked against the
English source strings (an untranslated one shows as its source) and for English words (a string
never passed to tr()).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from all_windows import DIALOGS, TODAY, window_classes
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget
from sync_sites import enrol, make_upper, opened
from visible_text import english_in, texts

from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.main_window import MainWindow
from chibo_desktop.ui.qt_strings import QT_STRINGS


def test_every_dialog_is_checked() -> None:
    missing = sorted(c.__name__ for c in window_classes() - set(DIALOGS))
    assert not missing, f"add these windows to DIALOGS: {missing}"


def test_qt_own_strings_are_translated(qtbot, demo_ws: Workspace) -> None:
    """Qt's print preview, wizard buttons and right-click menus look their texts up in our
    catalogue under Qt's own names; each must be found there."""
    untranslated = [
        (context, source)
        for context, source in QT_STRINGS
        if QCoreApplication.translate(context, source) == source
    ]
    assert not untranslated


def _english(window: QWidget) -> list[str]:
    return [
        f"{seen.where}: {seen.text!r} ({why})"
        for seen in texts(window)
        if (why := english_in(seen.text)) is not None
    ]


@pytest.mark.parametrize("window_class", list(DIALOGS), ids=lambda c: c.__name__)
def test_no_english_in_the_vietnamese_window(
    qtbot, demo_ws: Workspace, tmp_path: Path, window_class: type[QWidget]
) -> None:
    window = DIALOGS[window_class](demo_ws, tmp_path)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    found = _english(window)
    if isinstance(window, MainWindow):  # every tab, as a person would open them
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            found += _english(window)
    assert not sorted(set(found)), "\n".join(sorted(set(found)))


def test_no_english_in_the_upper_level_window(qtbot, tmp_path: Path) -> None:
    province, commune_file = tmp_path / "tinh.sqlite", tmp_path / "xa.sqlite"
    make_upper(province)
    with opened(commune_file) as ws:
        ws.demo.generate(DemoSettings(members=30, cells=2, years=1, seed=4, today=TODAY))
    usb = tmp_path / "usb"
    usb.mkdir()
    enrol(commune_file, province, usb)
    with opened(province) as ws:
        i18n.install("vi")
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.show()
        found = []
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            found += _english(window)
        window.close()
    assert not sorted(set(found)), "\n".join(sorted(set(found)))
