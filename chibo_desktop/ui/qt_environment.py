"""What the window's side knows of the system, for an error report: Qt's and PySide's versions
and the language the program speaks."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QLocale, qVersion


def qt_environment() -> dict[str, str]:
    return {"qt": qVersion(), "pyside": PySide6.__version__, "language": QLocale().name()}
