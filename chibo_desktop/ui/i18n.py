"""Loading the Vietnamese translation (resources/translations/chibo_vi.qm)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from chibo_desktop import paths

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def install(lang: str) -> None:
    """Install the translators for ``lang`` ("vi" or "en") into the running application."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English)
    QLocale.setDefault(locale)
    if lang != "vi":
        return  # English is the source language
    translator = QTranslator()
    if not translator.load("chibo_vi", str(paths.translations_dir())):
        raise FileNotFoundError(paths.translations_dir() / "chibo_vi.qm")
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
