"""Alt + letter for captions made at run time (from data or a rule profile), each given a letter
that nothing else shown beside it answers."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

_MARKED = re.compile(r"&([^&\s])")
# Typable with Alt on any keyboard: Vietnamese letters are typed through an input method.
_TYPABLE = re.compile(r"[a-z0-9]")


def mnemonic_of(text: str) -> str | None:
    found = _MARKED.search(text)
    return found.group(1).casefold() if found else None


def taken_in(window: QWidget, apart_from: QWidget) -> set[str]:
    """The letters the buttons and captions of ``window`` already answer, but for those inside
    ``apart_from`` (pages of tabs never shown together with the one being built)."""
    shown = [w for w in window.findChildren(QAbstractButton) if not apart_from.isAncestorOf(w)]
    texts = [w.text() for w in shown]
    texts += [
        w.text()
        for w in window.findChildren(QLabel)
        if w.buddy() is not None and not apart_from.isAncestorOf(w)
    ]
    return {letter for text in texts if (letter := mnemonic_of(text)) is not None}


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` marked before its first typable letter not in ``taken`` (the letter then joins
    ``taken``); unmarked when every letter of it is taken."""
    escaped = text.replace("&", "&&")
    for index, char in enumerate(escaped):
        letter = char.casefold()
        if _TYPABLE.fullmatch(letter) and not char.isdigit() and letter not in taken:
            taken.add(letter)
            return escaped[:index] + "&" + escaped[index:]
    return escaped
