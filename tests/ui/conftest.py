"""Fixtures for the window's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from chibo_desktop.ui import i18n


@pytest.fixture
def english_sources() -> Iterator[None]:
    """English sources, and afterwards the language the session had before."""
    was_vietnamese = QLocale().language() == QLocale.Language.Vietnamese
    i18n.install("en")
    yield
    i18n.install("vi" if was_vietnamese else "en")
