"""Every form can be used from the keyboard, as many office clerks prefer: each labelled field has
a mnemonic (Alt + the underlined letter) that takes the cursor to it, no two things shown together
answer the same Alt + letter, and Tab goes through a form's fields in the order they are shown.
The main actions have keyboard shortcuts, shown beside them in the menus."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from all_windows import DIALOGS
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sync_sites import make_upper, opened

from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.main_window import MainWindow
from chibo_desktop.ui.widgets.date_field import DateField

_MNEMONIC = re.compile(r"&([^&\s])")
_TYPABLE = re.compile(r"[a-z0-9]")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text)
    return found.group(1).casefold() if found else None


def _widgets_in(item_layout: QLayout) -> list[QWidget]:
    found = []
    for index in range(item_layout.count()):
        item = item_layout.itemAt(index)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += _widgets_in(item.layout())
    return found


def _field_widgets(form: QFormLayout, row: int) -> list[QWidget]:
    item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
    if item is None:
        return []
    if item.widget() is not None:
        return [item.widget(), *item.widget().findChildren(QWidget)]
    return _widgets_in(item.layout()) if item.layout() is not None else []


def _takes_focus(widget: QWidget) -> bool:
    return widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


_INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, DateField)


def _is_input(widget: QWidget | None) -> bool:
    return isinstance(widget, _INPUTS) and _takes_focus(widget)


Row = tuple[QLayout, int, QLabel, list[QWidget]]


def form_rows(window: QWidget) -> list[Row]:
    """(layout, row, label, the field's widgets that take focus) of each labelled field: the
    rows of form layouts, and in grids and rows of widgets a caption left of a field."""
    rows: list[Row] = []
    for layout in window.findChildren(QLayout):
        try:
            rows += _labelled(layout)
        except RuntimeError:  # a layout Qt itself deleted meanwhile (QWizard rebuilds its own)
            continue
    return rows


def _labelled(layout: QLayout) -> list[Row]:
    rows: list[Row] = []
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = label.widget() if label is not None else None
            fields = [w for w in _field_widgets(layout, row) if _takes_focus(w)]
            if isinstance(label, QLabel) and label.text().strip() and fields:
                rows.append((layout, row, label, fields))
    elif isinstance(layout, QGridLayout):
        for row in range(layout.rowCount()):
            for column in range(layout.columnCount() - 1):
                label, field = (
                    item.widget() if (item := layout.itemAtPosition(row, c)) else None
                    for c in (column, column + 1)
                )
                if isinstance(label, QLabel) and label.text().strip() and _is_input(field):
                    rows.append((layout, row, label, _with_parts(field)))
    elif isinstance(layout, QHBoxLayout):
        widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
        for index, (label, field) in enumerate(itertools.pairwise(widgets)):
            if isinstance(label, QLabel) and label.text().strip() and _is_input(field):
                rows.append((layout, index, label, _with_parts(field)))
    return rows


def _with_parts(field: QWidget) -> list[QWidget]:
    return [field, *(w for w in field.findChildren(QWidget) if _takes_focus(w))]


def unlabelled_fields(window: QWidget) -> list[str]:
    """Form rows whose label has no mnemonic or does not lead to the row's field (rows of
    buttons that have their own mnemonics need none)."""
    wrong = []
    for _, _, label, fields in form_rows(window):
        buddy = label.buddy()
        if all(isinstance(f, QAbstractButton) and mnemonic(f.text()) for f in fields):
            continue  # a row of buttons (Kind: ( ) Award ( ) Discipline), each with its own
        if mnemonic(label.text()) is None or buddy is None:
            wrong.append(f"{label.text()!r}: no mnemonic or no buddy")
        elif buddy not in fields and buddy.focusProxy() not in fields:
            wrong.append(f"{label.text()!r}: its buddy is not the field beside it")
    return wrong


def clashing_mnemonics(window: QWidget) -> list[str]:
    """Alt + letter given to two things shown at the same time."""
    owners: dict[str, list[str]] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        else:
            text = ""
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                if (letter := mnemonic(widget.tabText(index))) is not None:
                    owners.setdefault(letter, []).append(widget.tabText(index))
        if (letter := mnemonic(text)) is not None:
            if isinstance(widget, QLabel) and widget.buddy() is None:
                continue  # a mnemonic that leads nowhere is reported by unlabelled_fields
            owners.setdefault(letter, []).append(text)
    clashes = [f"Alt+{k.upper()}: {v}" for k, v in sorted(owners.items()) if len(v) > 1]
    # Alt + Đ or Alt + Ư cannot be typed: Vietnamese is typed through a telex/VNI input method
    # on an ordinary keyboard, whose keys are the plain letters.
    untypable = [f"Alt+{k.upper()}: {v}" for k, v in owners.items() if not _TYPABLE.match(k)]
    return clashes + untypable


def out_of_order(window: QWidget) -> list[str]:
    """A form whose fields Tab does not visit in the order of its rows."""
    wrong = []
    rows_by_form: dict[int, list[tuple[int, QWidget]]] = {}
    for form, row, _, fields in form_rows(window):
        if all(f.isVisible() for f in fields[:1]):
            rows_by_form.setdefault(id(form), []).append((row, fields[0]))
    for rows in rows_by_form.values():
        wanted = [w for _, w in sorted(rows, key=lambda r: r[0])]
        chain, widget = [], wanted[0]
        for _ in range(2000):  # the whole focus chain of the window, once round
            if widget in wanted and widget not in chain:
                chain.append(widget)
            widget = widget.nextInFocusChain()
            if widget is wanted[0]:
                break
        if chain != wanted:
            names = [_label_of(window, w) for w in chain]
            wrong.append(
                f"Tab goes {names}, the form shows {[_label_of(window, w) for w in wanted]}"
            )
    return wrong


def _label_of(window: QWidget, field: QWidget) -> str:
    for _, _, label, fields in form_rows(window):
        if field in fields:
            return label.text()
    return type(field).__name__


@pytest.mark.parametrize("window_class", list(DIALOGS), ids=lambda c: c.__name__)
def test_every_form_field_is_reached_by_its_mnemonic_and_in_order(
    qtbot, demo_ws: Workspace, tmp_path: Path, window_class: type[QWidget]
) -> None:
    window = DIALOGS[window_class](demo_ws, tmp_path)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    pages = [window]
    problems = []
    for tabs in window.findChildren(QTabWidget):  # each page of a tabbed form, shown in turn
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            problems += clashing_mnemonics(window)
    problems += unlabelled_fields(window) + clashing_mnemonics(window) + out_of_order(window)
    del pages
    assert not problems, "\n".join(dict.fromkeys(problems))


MAIN_ACTIONS_WITH_SHORTCUTS = {
    "&Nhập danh sách từ Excel…",
    "&Sao lưu ngay",
    "&Thoát",
    "&Hoàn tác",
    "&Làm lại",
    "Tìm đảng &viên",
    "&Thống kê…",
    "&Thêm đảng viên…",
    "&In danh sách đảng viên (PDF)…",
    "&Xuất danh sách đảng viên ra Excel…",
    "&Gửi dữ liệu lên cấp trên…",
    "&Nhận dữ liệu…",
    "&Khóa cửa sổ",
    "&Nhật ký thay đổi…",
}


def test_main_actions_have_shortcuts_shown_in_the_menus(qtbot, demo_ws: Workspace) -> None:
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    shortcuts = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                shortcuts[action.text()] = action.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText
                )
    missing = sorted(t for t in MAIN_ACTIONS_WITH_SHORTCUTS if not shortcuts.get(t))
    assert not missing, f"no shortcut: {missing}; the menus have {shortcuts}"


def _clashes(texts: list[str]) -> list[str]:
    owners: dict[str, list[str]] = {}
    for text in texts:
        if (letter := mnemonic(text)) is not None:
            owners.setdefault(letter, []).append(text)
    return [
        f"Alt+{k.upper()}: {v}"
        for k, v in sorted(owners.items())
        if len(v) > 1 or not _TYPABLE.match(k)
    ]


def _menu_problems(window: MainWindow) -> list[str]:
    menus = [a.menu() for a in window.menuBar().actions()]
    problems = _clashes([a.text() for a in window.menuBar().actions()])
    while menus:
        menu = menus.pop()
        entries = [a for a in menu.actions() if not a.isSeparator()]
        problems += _clashes([a.text() for a in entries])
        menus += [a.menu() for a in entries if a.menu() is not None]
    return problems


def test_every_menu_entry_has_its_own_typable_letter(qtbot, demo_ws: Workspace) -> None:
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    problems = _menu_problems(window)
    assert not problems, "\n".join(problems)


def test_every_menu_entry_of_the_province_has_its_own_typable_letter(qtbot, tmp_path: Path) -> None:
    """The province's window has other menus (decisions down, no sending up)."""
    make_upper(tmp_path / "tinh.sqlite")
    with opened(tmp_path / "tinh.sqlite") as ws:
        i18n.install("vi")
        window = MainWindow(ws)
        qtbot.addWidget(window)
        problems = _menu_problems(window)
        window.close()
    assert not problems, "\n".join(problems)
