"""Windows sized for the screen they open on: an old 1366 × 768 laptop, or large print (Windows'
125 % and 150 %), leaves far fewer pixels than the size a window would like."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# Room left for the title bar and the taskbar.
_WIDTH_SHARE, _HEIGHT_SHARE = 0.96, 0.9


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``width`` × ``height``, or as much of it as the screen of the window (or of its parent)
    has room for."""
    screen = (window.parentWidget() or window).screen().availableGeometry()
    window.resize(
        min(width, int(screen.width() * _WIDTH_SHARE)),
        min(height, int(screen.height() * _HEIGHT_SHARE)),
    )


def cramped(window: QWidget, width: int, height: int) -> bool:
    """Whether the screen of ``window`` has less room than ``width`` × ``height``: a main window
    then opens maximised, for every pixel it can have."""
    screen = window.screen().availableGeometry()
    return screen.width() < width or screen.height() < height
