"""Text sizes and colours shared by the member page and its small forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

# Many users are elderly: text is never smaller than this on the physical screen. A user who
# already enlarged everything (Windows display scaling, QT_SCALE_FACTOR) needs no more, and a
# larger font would push the page off a small screen.
READABLE_POINT_SIZE = 11.0
HINT_COLOUR = QColor("#555555")
PROBLEM_COLOUR = QColor("#c0392b")
DONE_COLOUR = QColor("#1e7b34")


def make_readable(window: QWidget) -> None:
    """Enlarge the font of ``window`` (and so of its children) when the system's is too small."""
    font = QFont(window.font())
    wanted = READABLE_POINT_SIZE / max(window.devicePixelRatioF(), 1.0)
    if font.pointSizeF() < wanted:
        font.setPointSizeF(wanted)
        window.setFont(font)


def coloured(label: QLabel, colour: QColor) -> QLabel:
    """Colour a label's text through its palette: a style sheet would drop the inherited font."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    return label


def message(colour: QColor) -> QLabel:
    """An empty, wrapping, selectable line of a colour, for what an action did or refused (shown
    when it has something to say)."""
    label = coloured(QLabel(), colour)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def hint(text: str) -> QLabel:
    """A grey explanatory sentence that wraps."""
    label = QLabel(text)
    label.setWordWrap(True)
    # A form may give a wrapped label more height than it fills; the spare goes below it, so the
    # hint stays next to the field it explains.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return coloured(label, HINT_COLOUR)
