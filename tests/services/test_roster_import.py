"""Importing a roster file: real .xlsx, .xls and .csv files written into a temporary folder,
imported into a real database file."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from db_dump import dump
from roster_files import (
    HEADERS,
    MESSY_STATUSES,
    TITLE_ROWS,
    add_members_on_roster,
    messy_roster_rows,
    write_csv,
    write_xls,
    write_xlsx,
)

from chibo_desktop.domain.entities import Unit, new_id
from chibo_desktop.domain.enums import CellKind, Gender, TheoryLevel, UnitLevel
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.validation import Problem
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.roster_import import (
    FileUnreadable,
    ImportOptions,
    ImportPreview,
    RowStatus,
)
from chibo_desktop.services.undo import CommandLabel
from chibo_desktop.services.workspace import Workspace


def member_count(workspace: Workspace) -> int:
    return workspace.members.count(MemberQuery(on_roll_only=False))


def preview_of(workspace: Workspace, path: Path, **options: object) -> ImportPreview:
    service = workspace.roster_import
    table = service.read(path)
    return service.analyse(table, service.guess_mapping(table), ImportOptions(**options))  # type: ignore[arg-type]


def problems_by_row(preview: ImportPreview) -> dict[int, list[tuple[str, str]]]:
    return {r.row: [(p.field, p.code) for p in r.problems] for r in preview.rows}


@pytest.fixture
def messy_xlsx(tmp_path: Path, workspace: Workspace) -> Path:
    """The messy roster, with the members its duplicate rows repeat already on the roster."""
    add_members_on_roster(workspace)
    return write_xlsx(tmp_path / "danh sach dang vien.xlsx", messy_roster_rows())


def test_messy_file_headers_are_found_below_the_titles(
    workspace: Workspace, messy_xlsx: Path
) -> None:
    service = workspace.roster_import
    table = service.read(messy_xlsx)
    mapping = service.guess_mapping(table)
    assert mapping.header_row == 5
    assert mapping.fields == (
        None,  # STT
        "full_name",
        "gender",  # "Gioi tinh", no tone marks
        "birth_date",  # "Sinh ngày"
        "personal_id",  # "Số CCCD (12 số)"
        "party_card",
        "unit_id",  # "Tổ chức Đảng đang sinh hoạt"
        "admission_date",  # "Ngay vao Dang"
        "official_date",  # "Ngày\nchính thức"
        "theory_level",
        "notes",
    )


def test_messy_file_preview_reports_every_row_and_writes_nothing(
    workspace: Workspace, messy_xlsx: Path, db_path: Path
) -> None:
    # Given a roster with three members, and a file repeating them among good and bad rows
    before, count_before = dump(db_path), member_count(workspace)

    # When the file is previewed, and then imported without choosing "only the good rows"
    preview = preview_of(workspace, messy_xlsx)
    with pytest.raises(OperationRefused) as refused:
        workspace.roster_import.apply(preview)

    # Then every data row has its status and its problems, with the rows numbered as in Excel
    assert {r.row: r.status.value for r in preview.rows} == MESSY_STATUSES
    problems = problems_by_row(preview)
    assert problems[7] == []
    assert problems[8] == [("birth_date", "bad_date")]
    assert problems[9] == [("personal_id", "leading_zeros_lost")]
    assert problems[10] == [("personal_id", "duplicate_on_roster")]
    assert problems[11] == [("party_card", "duplicate_on_roster")]
    assert problems[12] == [("full_name", "same_person_on_roster")]
    assert problems[13] == [("personal_id", "duplicate_in_file")]
    assert problems[14] == []
    assert problems[15] == [("birth_date", "incomplete_date")]
    rows = {r.row: r for r in preview.rows}
    assert rows[8].problems[0].params == {"value": "31/02/1980"}
    assert rows[9].problems[0].params == {"value": "1068000003", "suggested": "001068000003"}
    assert rows[10].problems[0].params["other"] == "Phạm Văn Dũng"
    assert rows[10].problems[0].params["unit"] == "Chi bộ thôn Đông"
    assert rows[12].problems[0].params["other"] == "Hoàng Thị Em"
    assert rows[13].problems[0].params == {"value": "001070000001", "row": 7}
    # the total and the signature under the table are not members
    assert preview.skipped_rows == (17, 18)
    assert preview.missing_fields == ()
    # the cell the file names that does not exist yet is offered, typed from its name
    assert [(c.unit.name, c.unit.kind, c.rows) for c in preview.new_cells] == [
        ("Chi bộ thôn Bắc", CellKind.RESIDENTIAL, (14,))
    ]
    # and the import was refused as a whole: nothing at all was written
    assert refused.value.code == "import.rows_have_problems"
    assert refused.value.params == {"count": 7}
    assert member_count(workspace) == count_before
    assert dump(db_path) == before
    assert workspace.undo.undo_label is None


def test_values_are_read_as_excel_gives_them(workspace: Workspace, messy_xlsx: Path) -> None:
    rows = {r.row: r for r in preview_of(workspace, messy_xlsx).rows}
    an = rows[7].member
    assert an is not None
    assert (an.full_name, an.gender, an.birth_date) == (
        "Nguyễn Văn An",
        Gender.MALE,
        dt.date(1970, 5, 1),
    )
    assert (an.personal_id, an.party_card) == ("001070000001", "12345678")
    assert (an.admission_date, an.official_date) == (dt.date(1995, 2, 3), dt.date(1996, 2, 3))
    assert an.theory_level is TheoryLevel.INTERMEDIATE
    assert (an.ethnicity, an.religion) == ("Kinh", "Không")  # empty columns keep the defaults
    hanh = rows[14].member
    assert hanh is not None
    assert (hanh.birth_date, hanh.admission_date) == (dt.date(1975, 6, 5), dt.date(1999, 12, 22))
    assert hanh.party_card == "12345679"  # a number cell
    assert hanh.theory_level is TheoryLevel.ADVANCED
    assert hanh.notes == "chuyển đến năm 2024"
    assert rows[14].cell == "Chi bộ thôn Bắc"
    assert rows[8].birth == "31/02/1980"  # shown as written when it is not a date


def test_good_rows_import_in_one_step_and_one_undo_takes_them_back(
    workspace: Workspace, messy_xlsx: Path
) -> None:
    # Given the preview of the messy file
    count_before = member_count(workspace)
    units_before = {u.id for u in workspace.units.all()}
    preview = preview_of(workspace, messy_xlsx)

    # When the person chooses to import only the good rows
    changes = workspace.roster_import.apply(preview, only_good_rows=True)

    # Then the two good rows are members, the missing cell exists, and it is one undo step
    assert member_count(workspace) == count_before + 2
    hanh = workspace.members.page(MemberQuery(text="Vũ Thị Hạnh"), 0, 5)
    assert len(hanh) == 1
    new_cell = workspace.units.get(hanh[0].unit_id)
    assert new_cell is not None
    assert (new_cell.name, new_cell.kind, new_cell.code) == (
        "Chi bộ thôn Bắc",
        CellKind.RESIDENTIAL,
        "CB-THON-BAC",
    )
    assert new_cell.parent_id == workspace.site.unit_id  # type: ignore[union-attr]
    assert len(changes.member_ids) == 2
    assert changes.unit_ids == {new_cell.id}
    assert workspace.undo.undo_label == CommandLabel(
        "import.roster", "danh sach dang vien.xlsx", count=2
    )

    # When that step is undone
    workspace.undo.undo()

    # Then the members and the created cell are gone, and nothing else is left to undo
    assert member_count(workspace) == count_before
    assert {u.id for u in workspace.units.all()} == units_before
    assert workspace.undo.undo_label is None


def test_a_clean_file_imports_whole(tmp_path: Path, workspace: Workspace) -> None:
    rows = [
        HEADERS[1:8],
        [
            "Nguyễn Văn An",
            "Nam",
            "01/02/1970",
            "001070000001",
            "",
            "Chi bộ thôn Đông",
            "03/02/1995",
        ],
        ["Trần Thị Bình", "Nữ", "02/03/1971", "", "", "Trường Tiểu học Tân Lập", "04/05/1996"],
    ]
    preview = preview_of(workspace, write_xlsx(tmp_path / "sach.xlsx", rows))
    assert preview.clean
    assert preview.new_cells == ()  # "Trường Tiểu học Tân Lập" is "Chi bộ Trường Tiểu học …"
    workspace.roster_import.apply(preview)
    assert member_count(workspace) == 2


def test_import_is_refused_when_the_roster_changed_since_the_preview(
    workspace: Workspace, messy_xlsx: Path, db_path: Path
) -> None:
    # Given a preview in which row 7 is good
    preview = preview_of(workspace, messy_xlsx)
    assert {r.row for r in preview.good_rows} == {7, 14}
    # When, before importing, someone adds a member with row 7's ID number
    an = preview.good_rows[0].member
    assert an is not None
    workspace.members.add(dataclasses.replace(an, full_name="Nguyễn Văn Anh"))
    before = dump(db_path)
    # Then the import is refused and writes nothing: row 7 is no longer what was shown
    with pytest.raises(OperationRefused) as refused:
        workspace.roster_import.apply(preview, only_good_rows=True)
    assert refused.value.code == "import.changed_since_preview"
    assert dump(db_path) == before


def test_missing_cells_are_not_created_when_declined(
    workspace: Workspace, messy_xlsx: Path
) -> None:
    preview = preview_of(workspace, messy_xlsx, create_missing_cells=False)
    rows = {r.row: r for r in preview.rows}
    assert preview.new_cells == ()
    assert rows[14].status is RowStatus.ERROR
    assert rows[14].problems == (Problem("unit_id", "cell_not_found", {"cell": "Thôn Bắc"}),)


def test_a_dissolved_cell_takes_no_new_members(tmp_path: Path, workspace: Workspace) -> None:
    doai = next(u for u in workspace.units.all() if u.name == "Chi bộ thôn Đoài")
    workspace.units.dissolve(doai.id, dt.date(2020, 1, 1))
    rows = [HEADERS[1:8], ["Lê Văn Cường", "Nam", "02/07/1968", "", "", "Thôn Đoài", "02/09/1990"]]
    preview = preview_of(workspace, write_xlsx(tmp_path / "doai.xlsx", rows))
    assert [(p.field, p.code) for p in preview.rows[0].problems] == [("unit_id", "unit_dissolved")]


def test_a_unit_that_is_not_a_cell_is_not_taken_for_a_new_cell(
    tmp_path: Path, workspace: Workspace
) -> None:
    rows = [
        HEADERS[1:8],
        ["Lê Văn Cường", "Nam", "02/07/1968", "", "", "Đảng bộ xã Tân Lập", "02/09/1990"],
    ]
    preview = preview_of(workspace, write_xlsx(tmp_path / "dang bo.xlsx", rows))
    assert preview.new_cells == ()
    assert preview.rows[0].problems == (
        Problem("unit_id", "not_a_cell", {"unit": "Đảng bộ xã Tân Lập"}),
    )


def test_a_file_without_a_cell_column_goes_into_the_chosen_cell(
    tmp_path: Path, workspace: Workspace
) -> None:
    rows = [
        ["Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng"],
        ["Lê Văn Cường", "Nam", "02/07/1968", "02/09/1990"],
    ]
    path = write_xlsx(tmp_path / "mot chi bo.xlsx", rows)
    assert preview_of(workspace, path).missing_fields == ("unit_id",)
    doai = next(u for u in workspace.units.all() if u.name == "Chi bộ thôn Đoài")
    preview = preview_of(workspace, path, default_cell_id=doai.id)
    assert preview.missing_fields == ()
    assert preview.clean
    workspace.roster_import.apply(preview)
    member = workspace.members.page(MemberQuery(text="Lê Văn Cường"), 0, 1)[0]
    assert member.unit_id == doai.id


def test_a_column_the_detection_missed_is_mapped_by_hand(
    tmp_path: Path, workspace: Workspace
) -> None:
    rows = [
        ["Tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng", "Chi bộ"],
        ["Lê Văn Cường", "Nam", "02/07/1968", "02/09/1990", "Chi bộ thôn Đông"],
    ]
    service = workspace.roster_import
    table = service.read(write_xlsx(tmp_path / "ten.xlsx", rows))
    mapping = service.guess_mapping(table)
    assert mapping.header_row == 1
    assert mapping.fields[0] is None
    assert service.analyse(table, mapping).missing_fields == ("full_name",)
    fixed = mapping.with_field(0, "full_name")
    assert service.analyse(table, fixed).clean
    # a field chosen for a second column leaves the first
    assert fixed.with_field(4, "full_name").fields == (
        None,
        "gender",
        "birth_date",
        "admission_date",
        "full_name",
    )


@pytest.mark.parametrize(
    ("encoding", "delimiter", "starts"),
    [
        ("utf-8-sig", ";", b"\xef\xbb\xbf"),  # Excel's "CSV UTF-8", where ";" is the separator
        ("utf-8", ",", b"DANH"),
        ("utf-16", "\t", b"\xff\xfe"),  # Excel's "Unicode text"
    ],
)
def test_csv_in_the_encodings_and_separators_excel_writes(
    tmp_path: Path, workspace: Workspace, encoding: str, delimiter: str, starts: bytes
) -> None:
    rows = [
        ["DANH SÁCH ĐẢNG VIÊN"],
        [
            "Họ và tên",
            "Giới tính",
            "Ngày sinh",
            "Số định danh cá nhân",
            "Chi bộ",
            "Ngày vào Đảng",
            "Nơi thường trú",
        ],
        [
            "Nguyễn Văn An",
            "Nam",
            "01/02/1970",
            "001070000001",
            "Chi bộ thôn Đông",
            "03/02/1995",
            "Xóm 1, thôn Đông",
        ],
        ["Trần Thị Bình", "Nữ", "1971-03-02", "001171000002", "Chi bộ thôn Đoài", "04/05/1996", ""],
    ]
    path = write_csv(tmp_path / "ds.csv", rows, delimiter=delimiter, encoding=encoding)
    assert path.read_bytes().startswith(starts)
    preview = preview_of(workspace, path)
    assert preview.mapping.header_row == 2
    assert preview.clean
    an = preview.rows[0].member
    assert an is not None
    assert (an.full_name, an.personal_id, an.residence_address) == (
        "Nguyễn Văn An",
        "001070000001",  # a CSV keeps the leading zeros
        "Xóm 1, thôn Đông",
    )


def test_csv_saved_by_excel_on_vietnamese_windows(tmp_path: Path, workspace: Workspace) -> None:
    # Windows-1258 writes tone marks as combining characters; commas delimit, quotes protect
    rows = [
        ["Họ tên", "Giới tính", "Ngày sinh", "Chi bộ", "Ngày vào Đảng", "Địa chỉ"],
        [
            "Nguyễn Thị Hồng",
            "Nữ",
            "01/02/1970",
            "Chi bộ thôn Đông",
            "03/02/1995",
            "Xóm 2, thôn Đông",
        ],
    ]
    path = write_csv(tmp_path / "ansi.csv", rows, delimiter=",", encoding="cp1258")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    preview = preview_of(workspace, path)
    assert preview.clean
    member = preview.rows[0].member
    assert member is not None
    assert member.full_name == "Nguyễn Thị Hồng"  # NFC again
    assert member.residence_address == "Xóm 2, thôn Đông"


def test_old_xls_file_with_date_and_number_cells(tmp_path: Path, workspace: Workspace) -> None:
    rows = [
        *TITLE_ROWS,
        ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số thẻ đảng", "Chi bộ", "Ngày vào Đảng"],
        [
            1,
            "Nguyễn Văn An",
            "Nam",
            dt.date(1970, 2, 1),
            12345678,
            "Thôn Đông",
            dt.date(1995, 2, 3),
        ],
        [2, "Trần Thị Bình", "Nữ", "02/03/1971", None, "Chi bộ thôn Đoài", "04/05/1996"],
    ]
    path = write_xls(tmp_path / "cu.xls", rows, sheet="DS đảng viên")
    preview = preview_of(workspace, path)
    assert preview.table.sheet == "DS đảng viên"
    assert preview.mapping.header_row == 5
    assert preview.clean
    an = preview.rows[0].member
    assert an is not None
    assert (an.birth_date, an.admission_date, an.party_card) == (
        dt.date(1970, 2, 1),
        dt.date(1995, 2, 3),
        "12345678",
    )
    workspace.roster_import.apply(preview)
    assert member_count(workspace) == 2


def test_the_sheet_holding_the_roster_is_chosen(tmp_path: Path, workspace: Workspace) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Hướng dẫn"
    book.active.append(["Điền danh sách ở trang sau"])
    sheet = book.create_sheet("Danh sách")
    sheet.append(["Họ và tên", "Giới tính", "Ngày sinh", "Chi bộ", "Ngày vào Đảng"])
    sheet.append(["Lê Văn Cường", "Nam", "02/07/1968", "Chi bộ thôn Đông", "02/09/1990"])
    book.save(tmp_path / "hai trang.xlsx")
    preview = preview_of(workspace, tmp_path / "hai trang.xlsx")
    assert preview.table.sheets == ("Hướng dẫn", "Danh sách")
    assert preview.table.sheet == "Danh sách"
    assert preview.clean


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("khong co.xlsx", None, "not_found"),
        ("ds.docx", b"PK\x03\x04 word", "unsupported"),
        ("xuat tu web.xls", b"<html><table><tr><td>Ho ten</td></tr></table></html>", "web_page"),
        ("hong.xlsx", b"PK\x03\x04 not really a zip", "damaged"),
        ("hong.xls", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 100, "damaged"),
        ("trong.csv", b"\r\n;;\r\n", "empty"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(
    tmp_path: Path, workspace: Workspace, name: str, content: bytes | None, code: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(FileUnreadable) as unreadable:
        workspace.roster_import.read(path)
    assert unreadable.value.code == code
    assert unreadable.value.path == path


def test_a_new_cell_named_twice_is_created_once_with_a_code_of_its_own(
    tmp_path: Path, workspace: Workspace
) -> None:
    commune_id = workspace.site.unit_id  # type: ignore[union-attr]
    workspace.units.create(
        Unit(
            id=new_id(),
            name="Chi bộ Y tế cũ",
            level=UnitLevel.CELL,
            kind=CellKind.HEALTH,
            code="CB-TRAM-Y-TE",
            parent_id=commune_id,
        )
    )
    rows = [
        HEADERS[1:8],
        ["Lê Văn Cường", "Nam", "02/07/1968", "", "", "Trạm Y tế", "02/09/1990"],
        ["Trần Thị Bình", "Nữ", "02/03/1971", "", "", "TRAM Y TE", "04/05/1996"],
    ]
    preview = preview_of(workspace, write_xlsx(tmp_path / "y te.xlsx", rows))
    assert [(c.unit.name, c.unit.code, c.unit.kind, c.rows) for c in preview.new_cells] == [
        ("Chi bộ Trạm Y tế", "CB-TRAM-Y-TE-2", CellKind.HEALTH, (2, 3))
    ]
    workspace.roster_import.apply(preview)
    created = [u for u in workspace.units.all() if u.name == "Chi bộ Trạm Y tế"]
    assert len(created) == 1
    assert created[0].parent_id == commune_id
