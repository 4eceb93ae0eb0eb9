"""Real roster files for the import tests: .xlsx written by openpyxl, .csv in the encodings Excel
writes, and old .xls (BIFF8 in an OLE2 compound file) written here.

No package in the environment writes .xls (xlwt is unmaintained and not a dependency), so
``write_xls`` writes the format itself: the few BIFF8 records a sheet of text, numbers and dates
needs (as described in Microsoft's [MS-XLS] and [MS-CFB] specifications), inside a one-stream
compound file. The import reads it with xlrd, exactly as it reads a file saved by Excel.
"""

from __future__ import annotations

import datetime as dt
import struct
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import openpyxl

from chibo_desktop.domain.entities import Member, new_id
from chibo_desktop.domain.enums import Gender
from chibo_desktop.services.workspace import Workspace

Value = str | int | float | dt.date | None

TITLE_ROWS: list[list[Value]] = [
    ["ĐẢNG BỘ XÃ TÂN LẬP", None, None, None, "ĐẢNG CỘNG SẢN VIỆT NAM"],
    [],
    [None, None, "DANH SÁCH ĐẢNG VIÊN"],
    [],
]
# Headers as offices write them: short and long wordings, no tone marks in some, a line break,
# a note in brackets, a row-number column.
HEADERS: list[Value] = [
    "STT",
    "Họ tên",
    "Gioi tinh",
    "Sinh ngày",
    "Số CCCD (12 số)",
    "Số thẻ đảng viên",
    "Tổ chức Đảng đang sinh hoạt",
    "Ngay vao Dang",
    "Ngày\nchính thức",
    "Trình độ LLCT",
    "Ghi chú",
]
COLUMN_NUMBERS: list[Value] = [f"({n})" for n in range(1, len(HEADERS) + 1)]
FOOTER_ROWS: list[list[Value]] = [
    [],
    [None, "Tổng cộng: 9 đảng viên"],
    [None, None, None, None, None, None, "NGƯỜI LẬP BIỂU"],
]


def write_xlsx(path: Path, rows: Sequence[Sequence[Value]], sheet: str = "Danh sách") -> Path:
    book = openpyxl.Workbook()
    worksheet = book.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(list(row))
    book.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[str]], delimiter: str, encoding: str) -> Path:
    """Quoted only where needed, CRLF line ends, as Excel writes CSV."""

    def quoted(value: str) -> str:
        if any(ch in value for ch in (delimiter, '"', "\n")):
            return '"' + value.replace('"', '""') + '"'
        return value

    text = "".join(delimiter.join(quoted(v) for v in row) + "\r\n" for row in rows)
    if encoding == "cp1258":
        text = _as_windows_1258(text)
    path.write_bytes(text.encode(encoding))
    return path


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _as_windows_1258(text: str) -> str:
    """Windows-1258 has the letters with a breve, circumflex or horn, but writes tone marks as
    combining characters after them ("ệ" is "ê" + dot below), as Windows converts text."""
    out = []
    for ch in text:
        try:
            ch.encode("cp1258")
            out.append(ch)
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = "".join(c for c in parts if c not in _TONE_MARKS)
            tones = "".join(c for c in parts if c in _TONE_MARKS)
            out.append(unicodedata.normalize("NFC", base) + tones)
    return "".join(out)


# -- .xls (BIFF8) ---------------------------------------------------------------------------------
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)  # serial 0 of the 1900 date system (with its leap bug)
_XF_GENERAL, _XF_DATE = 1, 2  # cell formats written below: General, and built-in format 14
_ENDOFCHAIN, _FREESECT, _FATSECT, _NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
_SECTOR = 512
_MIN_REGULAR_STREAM = 4096  # smaller streams would go to the mini stream, which is not written


def _record(code: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", code, len(data)) + data


def _bof(stream_type: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, stream_type, 0x0DBB, 0x07CC, 0, 6))


def _xf(format_index: int, is_style: bool) -> bytes:
    type_and_parent = 0xFFF4 if is_style else 0x0000  # a style XF, or a cell XF of style 0
    return _record(0x00E0, struct.pack("<HHHBBBBIiH", 0, format_index, type_and_parent, 0x20, 0,
                                       0, 0, 0, 0, 0x20C0))  # fmt: skip


def _cell(row: int, col: int, value: Value) -> bytes:
    if value is None:
        return b""
    if isinstance(value, str):
        text = value.encode("utf-16-le")
        data = struct.pack("<HHHHB", row, col, _XF_GENERAL, len(value), 1) + text
        return _record(0x0204, data)  # LABEL
    if isinstance(value, dt.date):
        moment = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
        serial = (moment - _EXCEL_EPOCH).total_seconds() / 86400
        return _record(0x0203, struct.pack("<HHHd", row, col, _XF_DATE, serial))  # NUMBER
    return _record(0x0203, struct.pack("<HHHd", row, col, _XF_GENERAL, float(value)))


def _workbook_stream(sheet_name: str, rows: Sequence[Sequence[Value]]) -> bytes:
    name = sheet_name.encode("utf-16-le")
    sheet = _bof(0x0010)
    width = max((len(r) for r in rows), default=0)
    sheet += _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))  # DIMENSIONS
    sheet += b"".join(_cell(r, c, v) for r, row in enumerate(rows) for c, v in enumerate(row))
    sheet += _record(0x000A)  # EOF
    head = _bof(0x0005) + _record(0x0042, struct.pack("<H", 1200))  # CODEPAGE: UTF-16
    head += _record(0x0022, struct.pack("<H", 0))  # DATEMODE: 1900
    head += _xf(0, is_style=True) + _xf(0, is_style=False) + _xf(14, is_style=False)
    boundsheet_size = 4 + 8 + len(name)
    sheet_offset = len(head) + boundsheet_size + 4  # after BOUNDSHEET and the globals' EOF
    head += _record(0x0085, struct.pack("<IBBBB", sheet_offset, 0, 0, len(sheet_name), 1) + name)
    stream = head + _record(0x000A) + sheet
    return stream.ljust(_MIN_REGULAR_STREAM, b"\0")


def _directory_entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", _NOSTREAM, _NOSTREAM, child)
        + b"\0" * 16  # CLSID
        + b"\0" * 4  # state bits
        + b"\0" * 16  # creation and modification times
        + struct.pack("<IQ", start, size)
    )


def write_xls(path: Path, rows: Sequence[Sequence[Value]], sheet: str = "Sheet1") -> Path:
    """An Excel 97-2003 workbook with one sheet holding ``rows`` (dates as date cells)."""
    stream = _workbook_stream(sheet, rows)
    stream_sectors = -(-len(stream) // _SECTOR)
    if stream_sectors + 2 > _SECTOR // 4:
        raise ValueError("too many rows for the one-sector allocation table written here")
    fat = [_FATSECT, _ENDOFCHAIN]  # sector 0: this table; sector 1: the directory
    fat += [n + 1 for n in range(2, 2 + stream_sectors - 1)] + [_ENDOFCHAIN]
    fat += [_FREESECT] * (_SECTOR // 4 - len(fat))
    directory = (
        _directory_entry("Root Entry", 5, 1, _ENDOFCHAIN, 0)
        + _directory_entry("Workbook", 2, _NOSTREAM, 2, len(stream))
        + _directory_entry("", 0, _NOSTREAM, 0, 0) * 2
    )
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, _MIN_REGULAR_STREAM, _ENDOFCHAIN, 0, _ENDOFCHAIN, 0)
        + struct.pack("<I", 0)  # the allocation table is sector 0
        + struct.pack("<I", _FREESECT) * 108
    )
    body = (
        struct.pack(f"<{len(fat)}I", *fat)
        + directory
        + stream.ljust(stream_sectors * _SECTOR, b"\0")
    )
    path.write_bytes(header + body)
    return path


# -- the messy roster most import tests read -------------------------------------------------------
# Members already on the roster whom rows of the messy file repeat.
ON_ROSTER = {
    "by_id": ("Phạm Văn Dũng", dt.date(1980, 1, 1), "001080000111", ""),
    "by_card": ("Ngô Văn Hải", dt.date(1977, 3, 3), "", "33334444"),
    "by_name": ("Hoàng Thị Em", dt.date(1965, 12, 12), "", ""),
}
MESSY_MEMBERS: list[list[Value]] = [
    # row 7: good; an Excel date cell, the ID typed as text
    [1, "Nguyễn Văn An", "Nam", dt.datetime(1970, 5, 1), "001070000001", "12345678",
     "Chi bộ thôn Đông", "03/02/1995", "03/02/1996", "Trung cấp", None],
    # row 8: a day that does not exist
    [2, "Trần Thị Bình", "Nữ", "31/02/1980", "001180000002", None, "Chi bộ thôn Đông",
     "19/05/2005", None, None, None],
    # row 9: the ID typed into a number cell, its leading zeros lost
    [3, "Lê Văn Cường", "Nam", dt.date(1968, 7, 2), 1068000003, None, "thôn Đoài",
     "02/09/1990", "02/09/1991", None, None],
    # row 10: the ID of a member on the roster
    [4, "Phạm V. Dũng", "Nam", "01/01/1981", "001080000111", None, "Chi bộ thôn Đông",
     "01/01/2005", None, None, None],
    # row 11: the card of a member on the roster (typed as a number)
    [5, "Đỗ Văn Giang", "Nam", "02/02/1982", None, 33334444, "Chi bộ thôn Đoài", "01/01/2006",
     None, None, None],
    # row 12: name and date of birth of a member on the roster, in capitals without tone marks
    [6, "HOANG THI EM", "Nu", "12/12/1965", None, None, "Chi bộ thôn Đoài", "01/01/1990", None,
     None, None],
    # row 13: the ID of row 7 again
    [7, "Nguyễn Văn Ân", "Nam", "01/05/1971", "001070000001", None, "Chi bộ thôn Đông",
     "03/02/1995", None, None, None],
    # row 14: good, in a cell that does not exist yet; d/m/yy and ISO dates, card as a number
    [8, "Vũ Thị Hạnh", "Nữ", "5/6/75", None, 12345679, "Thôn Bắc", "1999-12-22", None,
     "cao cap", "chuyển đến năm 2024"],
    # row 15: only the year of birth
    [9, "Bùi Văn Khánh", "Nam", "1975", None, None, "Chi bộ thôn Đông", "01/01/2000", None, None,
     None],
]  # fmt: skip
MESSY_STATUSES = {
    7: "ok",
    8: "error",
    9: "error",
    10: "duplicate",
    11: "duplicate",
    12: "duplicate",
    13: "duplicate",
    14: "ok",
    15: "error",
}


def messy_roster_rows() -> list[list[Value]]:
    return [*TITLE_ROWS, HEADERS, COLUMN_NUMBERS, *MESSY_MEMBERS, *FOOTER_ROWS]


def add_members_on_roster(workspace: Workspace) -> None:
    """The members of ``ON_ROSTER``, in Chi bộ thôn Đông of the conftest commune."""
    cell = next(u for u in workspace.units.all() if u.name == "Chi bộ thôn Đông")
    for name, born, personal_id, card in ON_ROSTER.values():
        workspace.members.add(
            Member(
                id=new_id(),
                full_name=name,
                unit_id=cell.id,
                gender=Gender.FEMALE if " Thị " in name else Gender.MALE,
                birth_date=born,
                personal_id=personal_id,
                party_card=card,
                admission_date=dt.date(2000, 1, 1),
            )
        )
    workspace.undo.clear()
