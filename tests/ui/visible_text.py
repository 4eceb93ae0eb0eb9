"""What a person can read in a window: every label, button, title, tab, menu entry, placeholder,
tooltip, list entry and table heading, with where it was found; and whether a text is English
left in the Vietnamese window."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QWidget,
    QWizard,
)

from chibo_desktop import paths

# English words that are not also Vietnamese syllables written without tone marks: one of them
# in a Vietnamese window is English that escaped translation (a string never passed to tr()).
ENGLISH_WORDS = frozenset(
    """
    the and of with from this that for your you are is be not none please select choose add
    edit delete remove cancel save open close file help member members meeting meetings cell
    cells report print yes error warning back next finish name date year month unit new all
    show hide details page zoom settings password account user search filter import export send
    receive undo redo apply ok previous first last fit landscape portrait setup done failed
    cannot could would should must will has have was were here there when what which who why
    how no of or any some total count status level score notes minutes agenda attendance
    present absent late comrade office commune province package backup restore check checked
    level levels classification evaluation review transfer transfers
    """.split()  # noqa: SIM905 (a list of words reads better as words)
)
# Words of those that are also Vietnamese, or are names a Vietnamese window uses as they are.
_ALSO_VIETNAMESE = frozenset({"no"})
_WORD = re.compile(r"[A-Za-z]+")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")


@dataclass(frozen=True)
class Seen:
    where: str  # "QLabel 'problems'", "menu Tệp", "column 3 of roster_view", …
    text: str


def readable(text: str) -> str:
    """A text as it shows: rich text as its plain words, mnemonic ampersands dropped."""
    if re.search(r"<[a-zA-Z/][^>]*>", text):  # rich text
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return re.sub(r"&(.)", r"\1", text).strip()


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__} '{name}'" if name else type(widget).__name__


def _model_texts(model: QAbstractItemModel | None, where: str) -> Iterator[Seen]:
    if model is None:
        return
    top = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for column in range(columns):
        heading = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(heading, str):
            yield Seen(f"column {column} heading of {where}", heading)
        for row in range(min(model.rowCount(top), 30)):  # enough to meet every kind of value
            value = model.index(row, column).data()
            if isinstance(value, str):
                yield Seen(f"row {row}, column {column} of {where}", value)


def _actions(actions: list[QAction], where: str) -> Iterator[Seen]:
    for action in actions:
        if action.isSeparator():
            continue
        yield Seen(f"{where} action", action.text())
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield Seen(f"{where} action tooltip", action.toolTip())
        if (menu := action.menu()) is not None:
            assert isinstance(menu, QMenu)
            yield from _actions(menu.actions(), f"{where} › {readable(menu.title())}")


def texts(top: QWidget) -> list[Seen]:
    """Everything readable in ``top`` and its children (shown or not yet shown)."""
    found: list[Seen] = [Seen("window title", top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        where = _name(widget)
        if widget.toolTip():
            found.append(Seen(f"tooltip of {where}", widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(Seen(where, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append(Seen(where, widget.title()))
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            found.append(Seen(f"placeholder of {where}", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [Seen(f"entry of {where}", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            found += [Seen(f"tab of {where}", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QToolBox):
            found += [Seen(f"page of {where}", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            found += _model_texts(widget.model(), where)
        elif isinstance(widget, QWizard):
            for button in (
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ):
                found.append(Seen(f"{where} button", widget.buttonText(button)))
        if isinstance(widget, QMenu):
            found.append(Seen(f"menu {where}", widget.title()))
        found += _actions(
            [a for a in widget.actions() if isinstance(a, QAction)], f"{where} context"
        )
    return [Seen(s.where, readable(s.text)) for s in found if readable(s.text)]


@cache
def english_sources() -> tuple[tuple[re.Pattern[str], str], ...]:
    """A pattern for each English source string the Vietnamese translation changes: a visible
    text it matches was shown untranslated. Placeholders ({name}, %n) match anything."""
    root = ET.parse(paths.translations_dir() / "chibo_vi.ts").getroot()
    patterns = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = "".join(message.find("translation").itertext())  # type: ignore[union-attr]
        plain = readable(source)
        literal = _PLACEHOLDER.sub(" ", plain)
        if readable(translation) == plain or not re.search(r"[A-Za-z]{3}", literal):
            continue
        parts = [re.escape(part) for part in _PLACEHOLDER.split(plain)]
        patterns.append((re.compile(".+?".join(parts), re.DOTALL), source))
    return tuple(patterns)


def english_in(text: str) -> str | None:
    """Why ``text`` is English left in a Vietnamese window, or None."""
    for pattern, source in english_sources():
        if pattern.fullmatch(text):
            return f"untranslated source {source!r}"
    words = {w.lower() for w in _WORD.findall(text)} & ENGLISH_WORDS - _ALSO_VIETNAMESE
    if words and not re.search(r"[/\\]", text):  # paths are shown as they are
        return f"English words {sorted(words)}"
    return None
