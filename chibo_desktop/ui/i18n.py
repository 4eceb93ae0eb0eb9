"""Loading the Vietnamese translation (resources/translations/chibo_vi.qm)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from chibo_desktop import paths

# Each language by its own name, as a person who reads only that language finds it.
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
_SETTING = "ui/language"
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def _settings() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def chosen_language() -> str:
    """The language chosen in the window (Help → Language); Vietnamese until one is."""
    lang = _settings().value(_SETTING, "vi")
    return lang if lang in LANGUAGES else "vi"


def choose_language(lang: str) -> None:
    """Remember ``lang`` for the next start (the open windows keep theirs until then)."""
    settings = _settings()
    settings.setValue(_SETTING, lang)
    settings.sync()


def install(lang: str | None = None) -> str:
    """Install the translators for ``lang`` ("vi" or "en"; None: the chosen language) into the
    running application; returns the language installed."""
    lang = lang or chosen_language()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English)
    QLocale.setDefault(locale)
    if lang != "vi":
        return lang  # English is the source language
    translator = QTranslator()
    if not translator.load("chibo_vi", str(paths.translations_dir())):
        raise FileNotFoundError(paths.translations_dir() / "chibo_vi.qm")
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return lang
