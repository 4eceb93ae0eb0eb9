"""Hostile spreadsheets for the fuzz tests of the roster and evaluation imports: any bytes under a
spreadsheet's name, real files damaged (their bytes, or the XML inside an .xlsx), and real
.xlsx, .xls and .csv files holding whatever a table may hold."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

from hostile_values import edge_integers, tricky_text
from hypothesis import strategies as st
from roster_files import HEADERS, write_csv, write_xls, write_xlsx

from chibo_desktop.services.roster_import import SUFFIXES

# Vietnamese letters and the punctuation of a roster: what Windows-1258 can carry too.
_VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "0123456789 ,.;:/-()'\"\n\t"
)
vietnamese_text = st.text(_VIETNAMESE, max_size=30)
# What an .xlsx can hold: XML 1.0 has no control characters but tab and line breaks.
sheet_text = st.text(
    st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from("\t\n"), max_size=30
)
NAMES = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "HOANG THI EM", "Vũ", "")
GENDERS = ("Nam", "Nữ", "nu", "M", "F", "x", "Nam/Nữ")
CELLS = ("Chi bộ thôn Đông", "thôn Bắc", "Đảng bộ xã Tân Lập", "Trường THCS", ",", "Chi bộ ")
LEVELS = ("HTXSNV", "Hoàn thành tốt nhiệm vụ", "ht", "KHTNV", "Xuất sắc", "2C", "Mẫu 2A")
EVALUATION_HEADERS = (
    "Mẫu phiếu",
    "Điểm tiêu chí chung",
    "Điểm nhiệm vụ",
    "Tổng điểm",
    "Tự xếp loại",
    "Chi bộ đề xuất",
    "Đảng ủy quyết định",
    "Ghi chú",
)
day_texts = st.builds(
    lambda d, form: d.strftime(form),
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
    st.sampled_from(["%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d.%m.%Y", "%m/%Y", "%Y"]),
)
numbers = st.one_of(
    edge_integers.filter(lambda n: abs(n) < 10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([1.23457e11, 1e300, -0.0, 0.5]),
)
digit_texts = st.text("0123456789", max_size=15)


def cell_values(text: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    """What a cell of a roster or a results sheet may hold, as the file's kind can hold it."""
    return st.one_of(
        st.none(),
        text,
        st.sampled_from(NAMES + GENDERS + CELLS + LEVELS),
        day_texts,
        st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
        numbers,
        digit_texts,
        tricky_text.filter(lambda t: "\x00" not in t and "\u202e" not in t),
    )


def header_texts(text: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from([h for h in HEADERS if h] + list(EVALUATION_HEADERS)), text, st.none()
    )


@st.composite
def tables(draw: st.DrawFn, text: st.SearchStrategy[str], real: list[list[Any]]) -> list[list[Any]]:
    """A real table (``real``) with values changed here and there; or titles, a header row
    (mostly headers the imports know), maybe the "(1) (2) …" row, and rows of any values,
    ragged as real files are."""
    if draw(st.booleans()):
        rows = [list(row) for row in real]
        for row in rows:
            for index in range(len(row)):
                if draw(st.integers(0, 5)) == 5:
                    row[index] = draw(cell_values(text))
        return rows
    width = draw(st.integers(1, 12))
    rows: list[list[Any]] = [
        draw(st.lists(text, max_size=3)) for _ in range(draw(st.integers(0, 2)))
    ]
    rows.append([draw(header_texts(text)) for _ in range(width)])
    if draw(st.booleans()):
        rows.append([f"({n})" for n in range(1, width + 1)])
    for _ in range(draw(st.integers(0, 6))):
        row_width = max(0, width + draw(st.integers(-2, 2)))
        rows.append([draw(cell_values(text)) for _ in range(row_width)])
    return rows


def _shown(value: Any) -> str:
    """A value as a CSV file holds it: the text Excel would have written."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


@st.composite
def table_files(draw: st.DrawFn, folder: Path, real: list[list[Any]]) -> Path:
    """A real .xlsx, .xls or .csv file holding a table drawn from ``real``."""
    kind = draw(st.sampled_from(["xlsx", "xls", "csv-utf8", "csv-1258", "csv-utf16"]))
    if kind == "xlsx":
        rows = draw(tables(sheet_text, real))
        return write_xlsx(folder / "danh sach.xlsx", _without_formulas(rows))
    if kind == "xls":
        rows = draw(tables(st.text(_VIETNAMESE, max_size=30), real))
        # An .xls cell holds a 64-bit float: an integer beyond it is not a number Excel writes.
        rows = [
            [v if not isinstance(v, int) or abs(v) < 2**53 else str(v) for v in r] for r in rows
        ]
        return write_xls(folder / "danh sach.xls", rows)
    encoding = {"csv-utf8": "utf-8-sig", "csv-1258": "cp1258", "csv-utf16": "utf-16"}[kind]
    text = (
        vietnamese_text
        if kind == "csv-1258"
        else st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
    )
    rows = draw(tables(text, real))
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    texts = [[_shown(v) for v in row] for row in rows]
    return write_csv(folder / "danh sach.csv", texts, delimiter=delimiter, encoding=encoding)


def _without_formulas(rows: list[list[Any]]) -> list[list[Any]]:
    """openpyxl writes a text starting with "=" as a formula, which has no value until Excel
    computes it: read back, such a cell is empty, which the tables already draw."""
    return [
        [v if not (isinstance(v, str) and v.startswith("=")) else None for v in r] for r in rows
    ]


# -- damaged files ---------------------------------------------------------------------------------
def real_files(folder: Path, rows: list[list[Any]]) -> dict[str, bytes]:
    """A real table as each kind of file."""
    texts = [[_shown(v) for v in row] for row in rows]
    return {
        ".xlsx": write_xlsx(folder / "that.xlsx", rows).read_bytes(),
        ".xls": write_xls(folder / "that.xls", rows).read_bytes(),
        ".csv": write_csv(folder / "that.csv", texts, ";", "utf-8-sig").read_bytes(),
    }


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """The bytes cut short, or changed, deleted or added at a few places."""
    if draw(st.booleans()):
        return original[: draw(st.integers(0, len(original) - 1))]
    changed = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(changed) - 1))
        action = draw(st.sampled_from(["set", "delete", "insert"]))
        if action == "set":
            changed[index] = draw(st.integers(0, 255))
        elif action == "delete":
            del changed[index]
        else:
            changed[index:index] = draw(st.binary(min_size=1, max_size=8))
    return bytes(changed)


XML_FRAGMENTS = (
    b"<",
    b">",
    b"&",
    b"&amp;",
    b'"',
    b"<row/>",
    b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
    b'<c r="A1" t="s"><v>999999</v></c>',
    b'<c r="B2" t="d"><v>not a date</v></c>',
    b'<c r="C3" t="n"><v>1e999</v></c>',
    b'<c r="ZZZZ9" t="b"><v>2</v></c>',
    b'<sheet name="x" sheetId="9" r:id="rId99"/>',
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    b"\xff\xfe",
)


@st.composite
def mutated_xlsx(draw: st.DrawFn, original: bytes) -> bytes:
    """A real .xlsx whose XML parts are changed inside a well-formed zip: what openpyxl parses,
    not what the zip's checksums catch."""
    with zipfile.ZipFile(io.BytesIO(original)) as book:
        parts = {info.filename: book.read(info) for info in book.infolist()}
    xml = sorted(name for name in parts if name.endswith((".xml", ".rels")))
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from(xml))
        content = parts[name]
        index = draw(st.integers(0, len(content)))
        cut = draw(st.integers(0, 40))
        insert = draw(st.sampled_from(XML_FRAGMENTS) | st.binary(max_size=6))
        parts[name] = content[:index] + insert + content[index + cut :]
    if draw(st.integers(0, 5)) == 5:
        parts.pop(draw(st.sampled_from(sorted(parts))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for name, content in parts.items():
            book.writestr(name, content)
    return out.getvalue()


@st.composite
def hostile_file(
    draw: st.DrawFn, folder: Path, real: list[list[Any]], originals: dict[str, bytes]
) -> Path:
    """Any bytes, a real table's file (``originals``: ``real_files`` of it) damaged, or a real
    file with a table drawn from it, under any of the names an import accepts."""
    how = draw(st.sampled_from(["bytes", "damaged", "xlsx-xml", "xlsx-xml", "table"]))
    if how == "table":
        return draw(table_files(folder, real))
    suffix = draw(st.sampled_from(SUFFIXES))
    if how == "bytes":
        content = draw(st.binary(max_size=1024))
    elif how == "damaged":
        content = draw(mutated(originals[draw(st.sampled_from(sorted(originals)))]))
    else:
        content = draw(mutated_xlsx(originals[".xlsx"]))
    path = folder / f"tep tu USB{suffix}"
    path.write_bytes(content)
    return path
