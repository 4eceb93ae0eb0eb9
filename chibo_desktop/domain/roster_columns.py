"""What the columns of a roster file may hold, how their headers are written, and how the values
typed into them become member fields.

Offices keep their rosters in Excel sheets made over the years from several templates: headers are
written with or without tone marks, in several wordings ("Họ và tên" / "Họ tên", "Sinh ngày" /
"Ngày sinh"), with line breaks and notes in brackets, below a few title rows. Headers are matched on
their folded form (``fold``), so "NGAY SINH", "Ngày\\nsinh" and "Ngày sinh (dd/mm/yyyy)" all name
the date of birth.

Values come as Excel gives them: dates as dates or as typed text, numbers as numbers (an ID number
typed into a number cell has lost its leading zeros). A value that cannot be read raises
``ValueProblem`` with a code the ui turns into a sentence; nothing is guessed silently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.enums import CellKind, Gender, TheoryLevel
from chibo_desktop.domain.text import fold, nfc
from chibo_desktop.domain.validation import PARTY_CARD_LENGTHS, PERSONAL_ID_LENGTH

# What a spreadsheet cell holds once read (openpyxl, xlrd and csv all give these).
CellValue = str | int | float | bool | date | datetime | None

# The cell a member belongs to is named in the file; its field in problems is the member's unit.
CELL_FIELD = "unit_id"
HEADER_SCAN_ROWS = 30  # title rows above the table rarely exceed a dozen
MIN_HEADER_MATCHES = 2
MAX_LOST_ZEROS = 3  # CCCD numbers start with a 3-digit province code, e.g. 001 for Hà Nội


class FieldKind(Enum):
    TEXT = "text"
    DATE = "date"
    GENDER = "gender"
    THEORY = "theory"
    NUMBER = "number"  # an ID or card number: digits, leading zeros matter
    PHONE = "phone"
    CELL = "cell"
    # The evaluation file's own (domain/evaluation_columns.py).
    FORM = "form"
    SCORE = "score"
    LEVEL = "level"


@dataclass(frozen=True, slots=True)
class ImportableField:
    name: str  # the Member field ("unit_id" for the cell's name)
    kind: FieldKind
    # Folded header wordings. A wording of two words or more also names the field when the
    # header goes on after it ("ngay sinh duong lich"); ``exact`` ones only when alone, because
    # they begin other headers too ("so the" begins "so the bhyt", the health insurance card).
    aliases: tuple[str, ...]
    exact: tuple[str, ...] = ()
    required: bool = False  # a file without this column cannot be imported
    lengths: tuple[int, ...] = ()  # NUMBER: the valid digit counts


IMPORTABLE_FIELDS: tuple[ImportableField, ...] = (
    ImportableField(
        "full_name",
        FieldKind.TEXT,
        (
            "ho va ten", "ho ten", "ho va ten dang vien", "ho ten dang vien", "ten dang vien",
            "ho va ten khai sinh", "ho ten khai sinh", "ho va ten dang dung", "ho ten dang dung",
        ),
        required=True,
    ),
    ImportableField(
        "other_name", FieldKind.TEXT, ("ten goi khac", "ho ten goi khac", "ten khac", "bi danh")
    ),
    ImportableField("gender", FieldKind.GENDER, ("gioi tinh",), ("gioi", "nam nu", "phai"), True),
    ImportableField(
        "birth_date",
        FieldKind.DATE,
        (
            "ngay sinh", "sinh ngay", "ngay thang nam sinh", "ngay sinh thang nam",
            "ngay thang sinh", "nam sinh",
        ),
        required=True,
    ),
    ImportableField("ethnicity", FieldKind.TEXT, ("dan toc",)),
    ImportableField("religion", FieldKind.TEXT, ("ton giao",)),
    ImportableField(
        "personal_id",
        FieldKind.NUMBER,
        (
            "so cccd", "so dinh danh", "so dinh danh ca nhan", "ma dinh danh", "so can cuoc",
            "can cuoc cong dan", "so can cuoc cong dan", "so cmnd", "cmnd cccd", "so cmnd cccd",
            "so cccd cmnd", "cccd cmnd",
        ),
        ("cccd", "cmnd", "can cuoc", "dinh danh"),
        lengths=(PERSONAL_ID_LENGTH,),
    ),
    ImportableField(
        "party_card",
        FieldKind.NUMBER,
        ("so the dang", "so the dang vien", "the dang", "the dang vien"),
        ("so the", "so the dv"),
        lengths=PARTY_CARD_LENGTHS,
    ),
    ImportableField(
        "card_issued_on",
        FieldKind.DATE,
        (
            "ngay cap the", "ngay cap the dang", "ngay cap the dang vien", "ngay phat the",
            "ngay phat the dang", "ngay phat the dang vien",
        ),
    ),
    ImportableField(
        "card_issued_place",
        FieldKind.TEXT,
        (
            "noi cap the", "noi cap the dang", "noi cap the dang vien", "noi phat the",
            "noi phat the dang", "noi phat the dang vien", "don vi cap the",
        ),
    ),
    ImportableField(
        "life_history_number",
        FieldKind.TEXT,
        ("so ly lich", "so ly lich dang vien", "so ll dang vien", "ly lich so"),
        ("so ll", "so lldv"),
    ),
    ImportableField(
        "birth_place",
        FieldKind.TEXT,
        ("noi sinh", "noi dang ky khai sinh", "noi dang ki khai sinh", "noi khai sinh"),
    ),
    ImportableField("hometown", FieldKind.TEXT, ("que quan", "nguyen quan"), ("que",)),
    ImportableField(
        "residence_province",
        FieldKind.TEXT,
        (
            "tinh thanh pho", "tinh thanh", "tinh tp", "thuong tru tinh",
            "thuong tru tinh thanh pho", "tinh thanh pho thuong tru", "tinh thuong tru",
        ),
        ("tinh",),
    ),
    ImportableField(
        "residence_commune",
        FieldKind.TEXT,
        (
            "xa phuong", "phuong xa", "xa phuong dac khu", "xa phuong thi tran",
            "thuong tru xa", "thuong tru xa phuong", "xa phuong thuong tru", "xa thuong tru",
        ),
        ("xa", "phuong"),
    ),
    ImportableField(
        "residence_address",
        FieldKind.TEXT,
        (
            "dia chi thuong tru", "noi thuong tru", "noi o hien nay", "cho o hien nay",
            "dia chi cu tru", "noi cu tru", "thon to so nha", "thon to dan pho", "dia chi noi o",
        ),
        ("dia chi", "thuong tru", "noi o", "cho o", "so nha", "thon xom"),
    ),
    ImportableField(
        CELL_FIELD,
        FieldKind.CELL,
        (
            "chi bo", "chi bo sinh hoat", "chi bo dang sinh hoat", "to chuc dang dang sinh hoat",
            "noi sinh hoat", "noi sinh hoat dang", "sinh hoat tai chi bo", "ten chi bo",
            "chi bo truc thuoc",
        ),
        ("to chuc dang", "don vi"),
        required=True,
    ),
    ImportableField(
        "admission_date",
        FieldKind.DATE,
        (
            "ngay vao dang", "ngay ket nap", "ngay ket nap dang", "ngay ket nap vao dang",
            "ngay vao dang du bi",
        ),
        ("vao dang",),
        required=True,
    ),
    ImportableField(
        "ceremony_date",
        FieldKind.DATE,
        ("ngay le ket nap", "ngay to chuc le ket nap", "ngay to chuc ket nap"),
        ("le ket nap",),
    ),
    ImportableField(
        "official_date",
        FieldKind.DATE,
        (
            "ngay chinh thuc", "ngay vao dang chinh thuc", "ngay cong nhan chinh thuc",
            "ngay dang vien chinh thuc", "ngay chuyen chinh thuc",
        ),
        ("chinh thuc",),
    ),
    ImportableField(
        "education",
        FieldKind.TEXT,
        (
            "giao duc pho thong", "trinh do giao duc pho thong", "trinh do van hoa",
            "trinh do hoc van",
        ),
        ("van hoa", "hoc van", "gdpt"),
    ),
    ImportableField(
        "qualification",
        FieldKind.TEXT,
        (
            "chuyen mon nghiep vu", "trinh do chuyen mon", "trinh do chuyen mon nghiep vu",
            "trinh do chuyen mon cao nhat",
        ),
        ("chuyen mon", "chuyen nganh"),
    ),
    ImportableField(
        "theory_level",
        FieldKind.THEORY,
        ("ly luan chinh tri", "trinh do ly luan chinh tri", "trinh do llct"),
        ("llct", "ly luan"),
    ),
    ImportableField("foreign_language", FieldKind.TEXT, ("ngoai ngu", "trinh do ngoai ngu")),
    ImportableField("it_skill", FieldKind.TEXT, ("tin hoc", "trinh do tin hoc")),
    ImportableField(
        "phone",
        FieldKind.PHONE,
        ("so dien thoai", "dien thoai", "so dt", "dien thoai di dong", "so dien thoai di dong"),
        ("sdt", "dt", "di dong"),
    ),
    ImportableField("notes", FieldKind.TEXT, ("ghi chu", "ghi chu khac")),
)  # fmt: skip
FIELDS_BY_NAME = {f.name: f for f in IMPORTABLE_FIELDS}
REQUIRED_FIELDS = tuple(f.name for f in IMPORTABLE_FIELDS if f.required)
# Row numbers ("STT") are the file's own; they are not stored.
IGNORED_HEADERS = frozenset({"stt", "tt", "so tt", "so thu tu", "thu tu"})


@dataclass(frozen=True, slots=True)
class _HeaderIndex:
    """A set of fields' header wordings, ready for matching."""

    exact: dict[str, str]
    prefixes: list[tuple[str, str]]

    @classmethod
    def of(cls, fields: Sequence[ImportableField]) -> _HeaderIndex:
        exact = {alias: f.name for f in fields for alias in (*f.aliases, *f.exact)}
        # Longest first, so "noi sinh hoat" (the cell) wins over "noi sinh" (the birth place).
        prefixes = sorted(
            ((alias, f.name) for f in fields for alias in f.aliases if " " in alias),
            key=lambda pair: -len(pair[0]),
        )
        return cls(exact, prefixes)


# Other files (a year's evaluation results) pass their own fields to the header functions; each
# set is indexed once. The set itself is kept beside its index so that its id is never reused.
_INDEXES: dict[int, tuple[Sequence[ImportableField], _HeaderIndex]] = {}


def _index(fields: Sequence[ImportableField]) -> _HeaderIndex:
    found = _INDEXES.get(id(fields))
    if found is None or found[0] is not fields:
        found = (fields, _HeaderIndex.of(fields))
        _INDEXES[id(fields)] = found
    return found[1]


_ADMITTED_WORDS = "ket nap"
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


class ValueProblem(ValueError):
    """A cell whose value cannot become the field's value; ``code`` and ``params`` as in Problem."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


# -- headers -------------------------------------------------------------------------------------
def header_key(text: str) -> str:
    """The comparable form of a header: folded, notes in brackets and punctuation dropped."""
    return _NOT_ALNUM.sub(" ", _BRACKETS.sub(" ", fold(text))).strip()


def match_header(text: str, fields: Sequence[ImportableField] = IMPORTABLE_FIELDS) -> str | None:
    """The field (of ``fields``, the roster's by default) a header names, or None (unknown,
    empty, or a row-number column)."""
    key = header_key(text)
    if not key or key in IGNORED_HEADERS:
        return None
    index = _index(fields)
    if key in index.exact:
        return index.exact[key]
    for alias, name in index.prefixes:
        if key.startswith(alias + " "):
            return name
    return None


def guess_mapping(
    headers: Sequence[str], fields: Sequence[ImportableField] = IMPORTABLE_FIELDS
) -> dict[int, str]:
    """Column index → field for the headers that name one; a field goes to its first column."""
    names = [match_header(h, fields) for h in headers]
    # "Ngày kết nạp" is the admission date, unless the file also has "Ngày vào Đảng": then it is
    # the date of the ceremony (the decision and the ceremony are two dates, DOMAIN.md).
    admissions = [i for i, name in enumerate(names) if name == "admission_date"]
    ceremonies = [i for i in admissions if _ADMITTED_WORDS in header_key(headers[i])]
    if "ceremony_date" not in names and ceremonies and len(ceremonies) < len(admissions):
        names[ceremonies[0]] = "ceremony_date"
    mapping: dict[int, str] = {}
    for index, name in enumerate(names):
        if name is not None and name not in mapping.values():
            mapping[index] = name
    return mapping


def find_header_row(
    rows: Sequence[Sequence[CellValue]], fields: Sequence[ImportableField] = IMPORTABLE_FIELDS
) -> int | None:
    """Index of the row (among the first ``HEADER_SCAN_ROWS``) naming the most of ``fields``,
    or None when no row names at least ``MIN_HEADER_MATCHES``. Earlier rows win ties: a
    column-number row below the headers names nothing."""
    best, best_count = None, MIN_HEADER_MATCHES - 1
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        count = len(guess_mapping([cell_text(v) for v in row], fields))
        if count > best_count:
            best, best_count = index, count
    return best


_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")


_FOOTER = re.compile(r"^(tong cong|tong so|cong\s*[:\d]|nguoi lap|xac nhan|t/m\b)")


def is_footer_text(text: str) -> bool:
    """True for the words under a table ("Tổng cộng: 45", "Người lập biểu", "T/M Đảng ủy")
    that can stand in the name column."""
    return bool(_FOOTER.match(fold(text)))


def is_column_number_row(row: Sequence[CellValue]) -> bool:
    """True for the "(1) (2) (3) …" row many templates put under the headers."""
    texts = [cell_text(v) for v in row if cell_text(v)]
    return len(texts) >= 2 and all(_COLUMN_NUMBER.match(t) for t in texts)


# -- values --------------------------------------------------------------------------------------
def cell_text(value: CellValue) -> str:
    """A value as a person sees it in the cell (numbers without ".0", dates as dd/mm/yyyy)."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, datetime):
        return format_date(value.date())
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return nfc(str(value))


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DMY = re.compile(
    r"^(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_YEAR_ONLY = re.compile(r"^\d{4}$")
_MONTH_YEAR = re.compile(r"^\d{1,2}\s*[/.\-]\s*\d{4}$")


def parse_date_value(value: CellValue, today: date) -> date | None:
    """A date from an Excel date cell or from text: dd/mm/yyyy (also d/m/yyyy, dots or dashes),
    d/m/yy, yyyy-mm-dd. A bare year, or a month and year, is refused: a date of birth or of
    admission needs the day. Empty is None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    if not text:
        return None
    if _YEAR_ONLY.match(text) or _MONTH_YEAR.match(text):
        raise ValueProblem("incomplete_date", value=text)
    if isinstance(value, (int, float)):
        # A number in a date column is a date serial shown without date formatting, or a typo;
        # either way the person must look at it.
        raise ValueProblem("bad_date", value=text)
    iso, dmy = _ISO.match(text), _DMY.match(text)
    try:
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if dmy:
            day, month, year_text = int(dmy.group(1)), int(dmy.group(3)), dmy.group(4)
            year = int(year_text)
            if len(year_text) == 2:
                # Two-digit years: the latest year not after this one ("75" → 1975, "03" → 2003).
                year += 2000 if year <= today.year % 100 else 1900
            return date(year, month, day)
    except ValueError:
        pass  # 31/02/1980: the pattern fits, the day does not exist
    raise ValueProblem("bad_date", value=text)


_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$")


def _integral_digits(value: CellValue) -> str | None:
    """The digits of a whole number typed into a number cell, None for anything else."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return str(int(value))


def parse_number_value(value: CellValue, lengths: tuple[int, ...]) -> str:
    """An ID or card number. Excel keeps a number typed into a number cell as a number, which
    drops its leading zeros (001075000123 becomes 1075000123): such a value is refused with the
    likely number, since guessing would store a wrong ID when the person mistyped instead."""
    if value is None:
        return ""
    digits = _integral_digits(value)
    if digits is not None:
        if len(digits) not in lengths:
            padded = [n for n in lengths if 0 < n - len(digits) <= MAX_LOST_ZEROS]
            if padded:
                raise ValueProblem(
                    "leading_zeros_lost", value=digits, suggested=digits.zfill(padded[0])
                )
        return digits
    text = cell_text(value).removeprefix("'")  # the apostrophe that makes Excel keep text
    if _SCIENTIFIC.match(text):
        # 1.23457E+11: what Excel shows (and writes to CSV) for a long number; digits are lost.
        raise ValueProblem("scientific_notation", value=text)
    return text


VIETNAMESE_MOBILE_DIGITS = 10


def parse_phone_value(value: CellValue) -> str:
    digits = _integral_digits(value)
    if digits is not None:
        # Every Vietnamese number dialled at home starts with 0, which a number cell drops.
        return "0" + digits if len(digits) == VIETNAMESE_MOBILE_DIGITS - 1 else digits
    text = cell_text(value).removeprefix("'")
    if _SCIENTIFIC.match(text):
        raise ValueProblem("scientific_notation", value=text)
    return text


_GENDERS = {
    "nam": Gender.MALE,
    "m": Gender.MALE,
    "male": Gender.MALE,
    "nu": Gender.FEMALE,
    "f": Gender.FEMALE,
    "female": Gender.FEMALE,
}


def parse_gender_value(value: CellValue) -> Gender | None:
    text = cell_text(value)
    if not text:
        return None
    gender = _GENDERS.get(header_key(text))
    if gender is None:
        raise ValueProblem("bad_gender", value=text)
    return gender


# Highest first: "Cao cấp, cử nhân" is a bachelor's degree in political theory.
_THEORY_WORDS = (
    ("cu nhan", TheoryLevel.BACHELOR),
    ("cao cap", TheoryLevel.ADVANCED),
    ("trung cap", TheoryLevel.INTERMEDIATE),
    ("so cap", TheoryLevel.ELEMENTARY),
)
_NO_THEORY = frozenset({"khong", "chua", "chua qua dao tao", "chua dao tao", "khong co"})


def parse_theory_value(value: CellValue) -> TheoryLevel | None:
    text = cell_text(value)
    key = header_key(text)
    if not key or key in _NO_THEORY:
        return None
    for words, level in _THEORY_WORDS:
        if words in key:
            return level
    raise ValueProblem("bad_theory_level", value=text)


def parse_text_value(value: CellValue) -> str:
    return cell_text(value)


_CELL_PREFIX = "chi bo "


def cell_key(name: str) -> str:
    """Comparable form of a cell's name: "Chi bộ thôn Đông", "Thôn Đông" and "THON DONG" match."""
    key = fold(name)
    return key.removeprefix(_CELL_PREFIX)


def parse_cell_value(value: CellValue) -> str:
    """The cell's name. "Chi bộ thôn Đông, Đảng bộ xã Tân Lập" names the cell first."""
    return nfc(cell_text(value).split(",")[0])


# Words that begin a residential cell's name ("Chi bộ thôn Đông"), and of other kinds of cells.
_RESIDENTIAL_WORDS = (
    "thon", "ap", "khu pho", "to dan pho", "khu dan cu", "ban", "xom", "khu", "lang", "buon", "soc",
)  # fmt: skip
_KIND_WORDS = (
    (CellKind.POLICE, ("cong an",)),
    (CellKind.MILITARY, ("quan su",)),
    (CellKind.HEALTH, ("tram y te", "y te")),
    (CellKind.SCHOOL, ("truong", "mam non", "tieu hoc", "thcs", "thpt")),
    (CellKind.AGENCY, ("co quan", "ubnd", "uy ban", "hdnd", "hoi dong nhan dan")),
    (CellKind.ENTERPRISE, ("cong ty", "doanh nghiep", "hop tac xa", "htx")),
    (CellKind.RESIDENTIAL, _RESIDENTIAL_WORDS),
)


def cell_name_for(written: str) -> str:
    """The name a new cell gets from the name written in a file: "Chi bộ …" is kept, "Thôn Bắc"
    becomes "Chi bộ thôn Bắc", "Trường THCS Tân Lập" becomes "Chi bộ Trường THCS Tân Lập"."""
    name = nfc(written)
    folded = fold(name)
    if folded.startswith(_CELL_PREFIX):
        return name
    if any(folded == w or folded.startswith(w + " ") for w in _RESIDENTIAL_WORDS):
        first, _, rest = name.partition(" ")
        name = f"{first.lower()} {rest}".strip()
    return f"Chi bộ {name}"


def guess_cell_kind(name: str) -> CellKind:
    """The kind of a cell from its name; OTHER when the name does not say (the office can change
    it afterwards). Police, military, health and school words win over a village's name: "Chi bộ
    Trường Tiểu học thôn Đông" is a school's cell."""
    words = f" {_NOT_ALNUM.sub(' ', cell_key(name))} "
    for kind, markers in _KIND_WORDS:
        if any(f" {marker} " in words for marker in markers):
            return kind
    return CellKind.OTHER
