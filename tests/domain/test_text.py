"""Vietnamese text: stored form, tone-insensitive search keys and the Vietnamese sort order."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chibo_desktop.domain.text import (
    collation_key,
    fold,
    name_sort_key,
    nfc,
    split_name,
    unit_sort_key,
)

TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # none, huyền, hỏi, ngã, sắc, nặng
VOWELS = "aăâeêioôơuưy"
CONSONANTS = "bcdđghklmnpqrstvxfjwz"


def decomposed(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# -- nfc -----------------------------------------------------------------------------------------


def test_nfc_composes_decomposed_input() -> None:
    # Given a name typed with combining marks (as some Windows keyboards and old files do)
    typed = decomposed("Nguyễn Thị Ánh")
    assert typed != "Nguyễn Thị Ánh"

    # When it is put in the stored form
    stored = nfc(typed)

    # Then it is the precomposed text, character for character
    assert stored == "Nguyễn Thị Ánh"
    assert unicodedata.is_normalized("NFC", stored)


def test_nfc_trims_and_collapses_white_space() -> None:
    assert nfc("  Trần \t Văn\n\nBình  ") == "Trần Văn Bình"
    assert nfc("") == ""
    assert nfc("   ") == ""


# -- fold (search key) ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("nguyen van duc", "Nguyễn Văn Đức"),
        ("NGUYEN VAN DUC", "Nguyễn Văn Đức"),
        ("nguyễn văn đức", "Nguyễn Văn Đức"),
        ("Nguyen  Van   Duc", "Nguyễn Văn Đức"),
        ("dang thi", "ĐẶNG THỊ Hương"),
        ("uong", "Ưởng"),
        ("ngoc on", "Phạm Ngọc Ôn"),
    ],
)
def test_fold_makes_search_ignore_tones_modifiers_d_and_case(typed: str, stored: str) -> None:
    assert fold(typed) in fold(stored)


def test_fold_exact_values() -> None:
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"
    assert fold("đ Đ") == "d d"
    assert fold(decomposed("Phạm Thị Ngọc Ánh")) == "pham thi ngoc anh"
    assert fold("  Lê   Ơn ") == "le on"


def test_fold_keeps_letters_apart() -> None:
    # Folding removes marks, not letters: "Đức" must not match "Hùng".
    assert fold("hung") not in fold("Nguyễn Văn Đức")


# -- split_name ----------------------------------------------------------------------------------


def test_split_name_given_name_is_last_word() -> None:
    assert split_name("Nguyễn Văn Đức") == ("Nguyễn Văn", "Đức")
    assert split_name("  Tôn Nữ  Thị   Hà ") == ("Tôn Nữ Thị", "Hà")
    assert split_name("Đức") == ("", "Đức")
    assert split_name(decomposed("Lê Ánh")) == ("Lê", "Ánh")


# -- ordering ------------------------------------------------------------------------------------


def test_vietnamese_letters_order_as_letters_of_their_own() -> None:
    # a < ă < â < b … d < đ: the modified letters are letters, not accents
    assert sorted(["Bình", "Ân", "Đức", "Ăn", "An"], key=collation_key) == [
        "An",
        "Ăn",
        "Ân",
        "Bình",
        "Đức",
    ]
    assert sorted(["Ư", "U", "V", "Ơ", "Ô", "O", "P"], key=collation_key) == [
        "O",
        "Ô",
        "Ơ",
        "P",
        "U",
        "Ư",
        "V",
    ]
    assert sorted(["Dung", "Đào", "Duy", "E"], key=collation_key) == ["Dung", "Duy", "Đào", "E"]


def test_tones_order_only_between_equal_letters() -> None:
    # none < huyền < hỏi < ngã < sắc < nặng
    assert sorted(["Ạn", "Án", "Ãn", "Ản", "Àn", "An"], key=collation_key) == [
        "An",
        "Àn",
        "Ản",
        "Ãn",
        "Án",
        "Ạn",
    ]
    # …but a letter difference further on outweighs a tone difference earlier
    assert collation_key("Ánh") < collation_key("Ao")
    assert collation_key("Án") < collation_key("Anh")  # the shorter letters decide first
    assert collation_key("Án") > collation_key("An")


def test_prefix_and_case() -> None:
    assert collation_key("An") < collation_key("Anh")
    assert collation_key("an") < collation_key("An")  # case decides last: lower first
    assert collation_key("an") < collation_key("Àn")  # tone outranks case
    assert collation_key("Hà") == collation_key(decomposed("Hà"))  # keyed on the NFC form


def test_name_sort_key_orders_by_given_name_then_family_and_middle() -> None:
    names = [
        "Trần Văn Bình",
        "Nguyễn Thị Ân",
        "Lê Văn Đức",
        "Phạm An",
        "Vũ Thị Ăn",
        "Nguyễn Văn Bình",
        "Bùi Bình",
    ]
    assert sorted(names, key=name_sort_key) == [
        "Phạm An",
        "Vũ Thị Ăn",
        "Nguyễn Thị Ân",
        "Bùi Bình",  # same given name: then by family and middle names
        "Nguyễn Văn Bình",
        "Trần Văn Bình",
        "Lê Văn Đức",
    ]


def test_name_sort_key_family_name_never_outranks_given_name() -> None:
    # "Anh" follows "An" even though "A…" < "Z…" in the family names would say otherwise
    assert name_sort_key("Zương An") < name_sort_key("An Anh")


# -- agreement with Qt's collator for the vi locale -----------------------------------------------

_LETTERS = [nfc(v + t) for v in VOWELS for t in TONES] + list(CONSONANTS)
_ALPHABET = sorted({*_LETTERS, *(c.upper() for c in _LETTERS), *"0123456789", " ", "-"})
# Characters that differ only below the first level of their letter family (a ă â à Ấ …),
# so that pairs differing only in a modifier, a tone or case are drawn often.
_SIBLINGS = {ch: [other for other in _ALPHABET if fold(other) == fold(ch)] for ch in _ALPHABET}
_SIBLINGS[" "] = _SIBLINGS["-"] = [" ", "-"]  # the two separators people type in names
_vietnamese_text = st.text(alphabet=_ALPHABET, max_size=10)


@st.composite
def _close_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """A string and a near copy: a few characters swapped for siblings, inserted or dropped."""
    # separators drawn often: they are two of some 170 characters, but matter in every name
    a = draw(st.lists(st.sampled_from(_ALPHABET) | st.sampled_from(" -"), max_size=8))
    b = list(a)
    for _ in range(draw(st.integers(1, 3))):
        edit = draw(st.sampled_from(("sibling", "sibling", "insert", "drop")))
        if edit == "insert" or not b:
            b.insert(draw(st.integers(0, len(b))), draw(st.sampled_from(_ALPHABET)))
        else:
            at = draw(st.integers(0, len(b) - 1))
            if edit == "sibling":
                b[at] = draw(st.sampled_from(_SIBLINGS[b[at]]))
            else:
                del b[at]
    return "".join(a), "".join(b)


def _sign(value: int) -> int:
    return (value > 0) - (value < 0)


@pytest.fixture(scope="module")
def vi_collator():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale("vi"))
    # The defaults the roster relies on: case matters, punctuation counts, no numeric mode
    assert collator.locale().language() == QLocale.Language.Vietnamese
    return collator


def _agrees(collator, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    a, b = nfc(a), nfc(b)
    key_a, key_b = collation_key(a), collation_key(b)
    expected = _sign(collator.compare(a, b))
    assert _sign((key_a > key_b) - (key_a < key_b)) == expected, (a, b)


@settings(max_examples=200, deadline=None)
@given(_vietnamese_text, _vietnamese_text)
def test_collation_key_agrees_with_qcollator_vi(vi_collator, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    _agrees(vi_collator, a, b)


@settings(max_examples=500, deadline=None)
@given(_close_pairs())
def test_collation_key_agrees_with_qcollator_vi_on_near_copies(vi_collator, pair) -> None:  # type: ignore[no-untyped-def]
    _agrees(vi_collator, *pair)


def test_collation_key_agrees_with_qcollator_on_tricky_pairs(vi_collator) -> None:  # type: ignore[no-untyped-def]
    pairs = [
        ("An", "Anh"),
        ("an", "An"),
        ("Àn", "an"),
        ("Ánh", "Ao"),
        ("Đ", "Dz"),
        ("a b", "ab"),
        ("a-b", "a b"),
        ("a1", "aa"),
        ("9", "a"),
        ("Ư", "Uz"),
        ("", "a"),
    ]
    for a, b in pairs:
        key_order = _sign(
            (collation_key(a) > collation_key(b)) - (collation_key(a) < collation_key(b))
        )
        assert key_order == _sign(vi_collator.compare(a, b)), (a, b)


def test_units_sort_with_numbers_by_value() -> None:
    names = ["Chi bộ thôn 10", "Chi bộ thôn 2", "Chi bộ Trường Tiểu học", "Chi bộ thôn 1"]
    assert sorted(names, key=unit_sort_key) == [
        "Chi bộ thôn 1",
        "Chi bộ thôn 2",
        "Chi bộ thôn 10",
        "Chi bộ Trường Tiểu học",
    ]
