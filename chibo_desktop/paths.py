"""Where things live. The one module that knows source vs frozen (PyInstaller) and per-user folders.

Nothing is ever written beside the executable: user data goes to the per-user data folder, or to
``$CHIBO_HOME`` when that is set (tests and development use it to keep real data out of reach).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ChiboDesktop"
DATABASE_FILE_NAME = "chibo.sqlite"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def user_data_dir() -> Path:
    home = os.environ.get("CHIBO_HOME")
    base = Path(home) if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def default_database_path() -> Path:
    return user_data_dir() / DATABASE_FILE_NAME


def backups_dir() -> Path:
    folder = user_data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def settings_file() -> Path:
    """The user's preferences (window layout, columns shown): an .ini in the data folder."""
    return user_data_dir() / "settings.ini"
