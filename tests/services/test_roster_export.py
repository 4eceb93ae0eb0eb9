"""Exporting the roster on a real database file: the printed list (PDF), .xlsx and .csv, every
member of the query, and never a half-written file at the destination."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from chibo_desktop.domain.entities import Member, PartyPost, Unit, new_id
from chibo_desktop.domain.enums import Gender, Membership, MemberStatus, PostKind, TheoryLevel
from chibo_desktop.domain.progress import Cancelled, CancelToken
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services import roster_export
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.roster_export import (
    COLUMN_KEYS,
    ExportFormat,
    RosterExportLabels,
    RosterExportService,
)
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.storage.repositories import (
    MemberRecordRepository,
    MemberRepository,
    UnitRepository,
)

TODAY = date(2026, 2, 5)
VI = RosterExportLabels(
    headings={
        "index": "STT",
        "full_name": "Họ và tên",
        "other_name": "Tên gọi khác",
        "birth_date": "Ngày sinh",
        "gender": "Giới tính",
        "ethnicity": "Dân tộc",
        "religion": "Tôn giáo",
        "personal_id": "Số định danh cá nhân",
        "party_card": "Số thẻ đảng viên",
        "unit": "Chi bộ",
        "admission_date": "Ngày vào Đảng",
        "official_date": "Ngày chính thức",
        "status": "Trạng thái",
        "status_date": "Ngày trạng thái",
        "remark": "Ghi chú",
        "phone": "Điện thoại",
        "notes": "Ghi chú khác",
        "theory_level": "Lý luận chính trị",
        "qualification": "Chuyên môn",
        "hometown": "Quê quán",
    },
    genders={Gender.MALE: "Nam", Gender.FEMALE: "Nữ"},
    memberships={Membership.OFFICIAL: "Chính thức", Membership.PROBATIONARY: "Dự bị"},
    statuses={
        MemberStatus.ACTIVE: "Đang sinh hoạt",
        MemberStatus.EXEMPT: "Miễn sinh hoạt",
        MemberStatus.SUSPENDED: "Đình chỉ sinh hoạt",
        MemberStatus.TRANSFERRED_OUT: "Đã chuyển đi",
        MemberStatus.DIED: "Từ trần",
        MemberStatus.STRUCK_OFF: "Xóa tên",
        MemberStatus.EXPELLED: "Khai trừ",
        MemberStatus.RESIGNED: "Xin ra khỏi Đảng",
    },
    theory_levels={
        TheoryLevel.ELEMENTARY: "Sơ cấp",
        TheoryLevel.INTERMEDIATE: "Trung cấp",
        TheoryLevel.ADVANCED: "Cao cấp",
        TheoryLevel.BACHELOR: "Cử nhân",
    },
    sheet_title="Đảng viên",
    title="Danh sách đảng viên",
    subtitle="{unit}, tính đến ngày {date}",
    totals=(
        "Tổng số: {total} đảng viên, trong đó: chính thức {official}, dự bị {probationary}, "
        "nữ {women}."
    ),
    off_roll="Danh sách có thêm {count} người không còn sinh hoạt tại đơn vị.",
    on_behalf_cell="T/M Chi bộ",
    on_behalf_committee="T/M Đảng ủy",
    secretary="Bí thư",
    report_to="- {unit} (để báo cáo);",
    filed_cell="- Lưu Chi bộ.",
    filed_committee="- Lưu Văn phòng Đảng ủy.",
)


@pytest.fixture
def exports(workspace: Workspace) -> RosterExportService:
    return RosterExportService(
        MemberRepository(),
        UnitRepository(),
        MemberRecordRepository(),
        workspace.store,
        today=lambda: TODAY,
    )


@pytest.fixture
def roster(add_member: Any, dong: Unit, doai: Unit) -> dict[str, Member]:
    """Four members of thôn Đông (one probationary woman, one who died) and one of thôn Đoài."""
    added = [
        add_member("Nguyễn Thị Ánh", gender=Gender.FEMALE, party_card="01234567"),
        add_member("Đặng Văn Ửng", party_card="001234567890", birth_date=date(1980, 3, 9)),
        add_member(
            "Trần Thị Ân", gender=Gender.FEMALE, official_date=None, admission_date=date(2025, 6, 1)
        ),
        add_member("Lê Văn Cũ", status=MemberStatus.DIED, status_date=date(2024, 1, 2)),
        add_member("Phạm Văn Đoài", unit_id=doai.id),
    ]
    return {m.full_name: m for m in added}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the exports go (tmp_path also holds the database)."""
    made = tmp_path / "exports"
    made.mkdir()
    return made


def pdf_lines(path: Path) -> list[str]:
    reader = PdfReader(path)
    return [line.strip() for page in reader.pages for line in page.extract_text().split("\n")]


def test_pdf_list_of_a_cell_in_the_party_format(
    exports: RosterExportService,
    workspace: Workspace,
    roster: dict[str, Member],
    dong: Unit,
    folder: Path,
) -> None:
    workspace.records.save(
        PartyPost(
            id=new_id(),
            member_id=roster["Đặng Văn Ửng"].id,
            unit_id=dong.id,
            post=PostKind.SECRETARY,
            started_on=date(2025, 9, 1),
        )
    )
    out = folder / "danh sách.pdf"

    result = exports.export(MemberQuery(unit_ids=frozenset({dong.id})), out, VI)

    assert (result.format, result.members, result.pages) == (ExportFormat.PDF, 3, 1)
    lines = pdf_lines(out)
    for expected in (
        "ĐẢNG BỘ XÃ TÂN LẬP",  # the superior, upper case
        "CHI BỘ THÔN ĐÔNG",  # the issuer, upper case
        "*",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Tân Lập, ngày 05 tháng 02 năm 2026",
        "DANH SÁCH ĐẢNG VIÊN",
        "Chi bộ thôn Đông, tính đến ngày 05/02/2026",
        "Nguyễn Thị Ánh",
        "Đặng Văn Ửng",
        "Trần Thị Ân",
        "01234567",
        "001234567890",
        "09/03/1980",
        "Tổng số: 3 đảng viên, trong đó: chính thức 2, dự bị 1, nữ 2.",
        "Nơi nhận:",
        "- Đảng ủy xã Tân Lập (để báo cáo);",
        "- Lưu Chi bộ.",
        "T/M CHI BỘ",
        "BÍ THƯ",
        "Đặng Văn Ửng",
    ):
        assert expected in lines, expected
    assert lines.count("Đặng Văn Ửng") == 2  # in the list, and under the signature
    assert "Lê Văn Cũ" not in lines  # died: not on the roll
    assert "Phạm Văn Đoài" not in lines  # another cell
    # Probationary members are marked; official ones are the usual case and are not.
    assert "Dự bị" in lines and "Chính thức" not in lines
    assert "Chi bộ" not in lines  # no column repeating the cell's own name


def test_pdf_list_of_the_whole_commune_is_issued_by_the_committee(
    exports: RosterExportService, roster: dict[str, Member], folder: Path
) -> None:
    out = folder / "xa.pdf"
    exports.export(MemberQuery(on_roll_only=False), out, VI)
    lines = pdf_lines(out)
    assert "ĐẢNG ỦY XÃ TÂN LẬP" in lines
    assert "T/M ĐẢNG ỦY" in lines and "- Lưu Văn phòng Đảng ủy." in lines
    assert "Đảng bộ xã Tân Lập, tính đến ngày 05/02/2026" in lines
    assert "Chi bộ" in lines and "Chi bộ thôn Đoài" in lines  # the cell column
    # The site has no province above it: the header has no superior line.
    assert lines[0] == "ĐẢNG ỦY XÃ TÂN LẬP"
    # Showing everyone: the member who died is listed, marked, and counted apart.
    assert "Lê Văn Cũ" in lines and "Từ trần" in lines
    assert "Tổng số: 4 đảng viên, trong đó: chính thức 3, dự bị 1, nữ 2." in lines
    assert "Danh sách có thêm 1 người không còn sinh hoạt tại đơn vị." in lines


def test_xlsx_of_the_current_view_has_every_matching_member(
    exports: RosterExportService,
    workspace: Workspace,
    dong: Unit,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # More members than one read: the export reads on past the rows the screen has loaded.
    monkeypatch.setattr(roster_export, "READ_CHUNK", 40)
    members = [
        Member(
            id=new_id(),
            full_name=f"Nguyễn Văn Ước {n:03d}",
            unit_id=dong.id,
            gender=Gender.MALE,
            birth_date=date(1970, 1, 1 + n % 28),
            admission_date=date(1995, 5, 19),
            official_date=date(1996, 5, 19),
            party_card=f"{n:08d}",
        )
        for n in range(1, 131)
    ]
    with workspace.store.transaction():
        workspace.store.insert_new(members)
    progress: list[tuple[int, int]] = []
    out = folder / "view.xlsx"

    result = exports.export(
        MemberQuery(text="uoc"),
        out,
        VI,
        progress=lambda done, total: progress.append((done, total)),
    )

    assert result.members == 130
    assert progress[-1] == (130, 130) and len(progress) == 4
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]] == [
        "STT",
        "Họ và tên",
        "Ngày sinh",
        "Giới tính",
        "Chi bộ",
        "Ngày vào Đảng",
        "Ngày chính thức",
        "Trạng thái",
        "Số thẻ đảng viên",
    ]
    assert sheet.max_row == 131
    first = [c.value for c in sheet[2]]
    assert first == [
        1,
        "Nguyễn Văn Ước 001",
        datetime(1970, 1, 2),
        "Nam",
        "Chi bộ thôn Đông",
        datetime(1995, 5, 19),
        datetime(1996, 5, 19),
        "Chính thức",
        "00000001",
    ]
    assert sheet["I131"].value == "00000130"
    assert sheet.freeze_panes == "C2"


def test_chosen_columns_and_csv(
    exports: RosterExportService, roster: dict[str, Member], folder: Path
) -> None:
    out = folder / "so.csv"
    exports.export(MemberQuery(), out, VI, columns=["full_name", "party_card", "status"])
    lines = out.read_bytes().decode("utf-8-sig").splitlines()
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert lines == [
        "Họ và tên,Số thẻ đảng viên,Trạng thái",
        "Nguyễn Thị Ánh,01234567,Chính thức",  # by given name, the Vietnamese way: Ánh < Ân
        "Trần Thị Ân,,Dự bị",
        "Phạm Văn Đoài,,Chính thức",
        "Đặng Văn Ửng,001234567890,Chính thức",
    ]


def test_every_column_key_has_a_heading_in_the_labels() -> None:
    assert set(COLUMN_KEYS) == set(VI.headings)


def test_an_unknown_extension_is_refused_before_anything_is_read(
    exports: RosterExportService, folder: Path
) -> None:
    with pytest.raises(OperationRefused) as refused:
        exports.export(MemberQuery(), folder / "list.docx", VI)
    assert refused.value.code == "export.unknown_format"
    assert not list(folder.iterdir())


def _write_then_fail(*args: Any, **_: Any) -> None:
    stream = next(a for a in args if isinstance(a, io.BufferedWriter))
    stream.write(b"%PDF-1.4 half a document")
    raise RuntimeError("renderer broke")


@pytest.mark.parametrize(
    ("suffix", "writer"),
    [
        # the PDF's renderer is imported when the first list is printed, from its own module
        (".pdf", "chibo_desktop.reports.member_list.render_member_list"),
        (".xlsx", "chibo_desktop.services.roster_export.write_xlsx"),
    ],
)
def test_a_failed_export_leaves_the_old_file_untouched(
    exports: RosterExportService,
    roster: dict[str, Member],
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    suffix: str,
    writer: str,
) -> None:
    out = folder / f"list{suffix}"
    out.write_bytes(b"the list printed last month")
    monkeypatch.setattr(writer, _write_then_fail)

    with pytest.raises(RuntimeError):
        exports.export(MemberQuery(), out, VI)

    assert out.read_bytes() == b"the list printed last month"
    assert [p.name for p in folder.iterdir()] == [out.name]  # no temporary file left


def test_a_cancelled_export_leaves_nothing(
    exports: RosterExportService, roster: dict[str, Member], folder: Path
) -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        exports.export(MemberQuery(), folder / "list.pdf", VI, cancel=cancel)
    assert not list(folder.iterdir())


def test_a_file_open_in_another_program_is_refused_with_a_reason(
    exports: RosterExportService,
    roster: dict[str, Member],
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def locked(*_: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr("chibo_desktop.services.files.os.replace", locked)
    out = folder / "list.xlsx"
    with pytest.raises(OperationRefused) as refused:
        exports.export(MemberQuery(), out, VI)
    assert (refused.value.code, refused.value.params) == ("export.file_in_use", {"path": out})
    assert not list(folder.iterdir())


def test_a_missing_folder_is_refused_with_a_reason(
    exports: RosterExportService, folder: Path
) -> None:
    with pytest.raises(OperationRefused) as refused:
        exports.export(MemberQuery(), folder / "no such folder" / "list.csv", VI)
    assert refused.value.code == "export.no_folder"
