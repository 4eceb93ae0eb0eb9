"""Vietnamese text: normalisation, tone-insensitive search keys and the Vietnamese sort order.

Stored text is always NFC. Search folds tone marks and letter modifiers away and treats đ as d, so
"nguyen van duc" finds "Nguyễn Văn Đức".

Ordering follows the Vietnamese collation of CLDR/ICU (the one ``QCollator`` uses for the ``vi``
locale): ă, â, đ, ê, ô, ơ, ư are letters of their own; tone marks matter only when the letters are
equal, in the order none < huyền < hỏi < ngã < sắc < nặng; case last. The key is computed here, in
plain Python, because the roster of a whole province is ordered by SQLite through an index on the
stored key; ``tests/domain/test_text.py`` checks the key against ``QCollator`` itself.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_TONE_RANK = {
    "\u0300": "1",  # huyền
    "\u0309": "2",  # hỏi
    "\u0303": "3",  # ngã
    "\u0301": "4",  # sắc
    "\u0323": "5",  # nặng
}
_MODIFIERS = {"\u0306": "breve", "\u0302": "circumflex", "\u031b": "horn"}
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]  # fmt: skip
# Level separator sorts below every primary weight, so a prefix ("An") comes before "Anh".
_LEVEL_SEPARATOR = "\x01"
_SPACE_WEIGHT = "\x02"
_PUNCTUATION_WEIGHT = "\x03"
_DIGIT_BASE = 0x10
_LETTER_BASE = 0x30
_OTHER_BASE = 0x100
_PRIMARY = {letter: chr(_LETTER_BASE + rank) for rank, letter in enumerate(_ALPHABET)}
_WHITESPACE = re.compile(r"\s+")


def nfc(value: str) -> str:
    """The stored form of any text: NFC, trimmed, inner runs of white space made one space."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", value)).strip()


_SPACES = re.compile(r"[^\S\n]+")  # white space other than line breaks


def nfc_text(value: str) -> str:
    """The stored form of a text of several lines (a conclusion, a speech): like ``nfc`` within
    each line, keeping the line breaks (the printout keeps the paragraphs)."""
    lines = [
        _SPACES.sub(" ", line).strip() for line in unicodedata.normalize("NFC", value).splitlines()
    ]
    return "\n".join(lines).strip("\n")


@functools.lru_cache(maxsize=1 << 16)
def fold(value: str) -> str:
    """Search key: lower case, without tone marks or letter modifiers, đ as d, single spaces."""
    decomposed = unicodedata.normalize("NFD", value.lower().replace("đ", "d").replace("Đ", "d"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WHITESPACE.sub(" ", stripped).strip()


def split_name(full_name: str) -> tuple[str, str]:
    """("Nguyễn Văn", "Đức") from "Nguyễn Văn Đức": the given name is the last word."""
    words = nfc(full_name).split(" ")
    return " ".join(words[:-1]), words[-1]


def _letter_weights(ch: str) -> tuple[str, str, str]:
    """Primary, secondary (tone) and tertiary (case) weight of one character."""
    upper = ch != ch.lower()
    lower = ch.lower()
    decomposed = unicodedata.normalize("NFD", lower)
    base, marks = decomposed[0], decomposed[1:]
    tone = "0"
    for mark in marks:
        if mark in _TONE_RANK:
            tone = _TONE_RANK[mark]
        elif mark in _MODIFIERS:
            base = unicodedata.normalize("NFC", base + mark)
    case = "1" if upper else "0"
    if base in _PRIMARY:
        return _PRIMARY[base], tone, case
    if base.isdigit():
        return chr(_DIGIT_BASE + int(unicodedata.digit(base, 0))), tone, case
    if base.isspace():
        return _SPACE_WEIGHT, tone, case
    if not base.isalnum():
        return _PUNCTUATION_WEIGHT, tone, case
    return chr(_OTHER_BASE + ord(base)), tone, case


# Cached: names are made of few parts that repeat endlessly (a province import or the demo calls
# this 600,000 times with ~99.7% hits).
@functools.lru_cache(maxsize=1 << 16)
def collation_key(value: str) -> str:
    """A string whose binary order is the Vietnamese collation order of ``value``."""
    primary, secondary, tertiary = [], [], []
    for ch in nfc(value):
        p, s, t = _letter_weights(ch)
        primary.append(p)
        secondary.append(s)
        tertiary.append(t)
    return (
        "".join(primary)
        + _LEVEL_SEPARATOR
        + "".join(secondary)
        + _LEVEL_SEPARATOR
        + "".join(tertiary)
    )


_DIGITS = re.compile(r"\d+")


def unit_sort_key(name: str) -> str:
    """Units in the order the tree shows them: Vietnamese collation, numbers by value ("thôn 2"
    before "thôn 10")."""
    return collation_key(_DIGITS.sub(lambda m: m.group().rjust(9, "0"), name))


def name_sort_key(full_name: str) -> str:
    """Vietnamese list order: by given name, then family and middle names."""
    rest, given = split_name(full_name)
    return collation_key(given) + _LEVEL_SEPARATOR + collation_key(rest)
