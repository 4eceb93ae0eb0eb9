"""Importing a year's evaluation results from a cell's file: real .xlsx and .csv files written
into a temporary folder, imported into a real database file."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from db_dump import dump
from roster_files import Value, write_csv, write_xlsx
from services.conftest import MakeMember

from chibo_desktop.domain.entities import Member, Unit, new_id
from chibo_desktop.domain.evaluation import FormType, MemberEvaluation, UnitEvaluation
from chibo_desktop.domain.evaluation_columns import (
    EVALUATION_FIELDS,
    parse_form_value,
    parse_level_value,
    parse_score_value,
)
from chibo_desktop.domain.roster_columns import (
    IMPORTABLE_FIELDS,
    ValueProblem,
    find_header_row,
    match_header,
)
from chibo_desktop.domain.rules import Level
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.evaluation_import import (
    EvaluationImportPreview,
    RowAction,
    RowStatus,
)
from chibo_desktop.services.undo import CommandLabel
from chibo_desktop.services.workspace import Workspace

YEAR = 2026
E, G, C, N = Level.EXCELLENT, Level.GOOD, Level.COMPLETED, Level.NOT_COMPLETED
BORN = "30/04/1975"  # the conftest members' date of birth
TAM_ID = "001075000123"

TITLE_ROWS: list[list[Value]] = [
    ["ĐẢNG BỘ XÃ TÂN LẬP", None, None, None, None, "ĐẢNG CỘNG SẢN VIỆT NAM"],
    [None, "CHI BỘ THÔN ĐÔNG"],
    [],
    [None, None, "DANH SÁCH ĐẢNG VIÊN ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM 2026"],
    [],
]
HEADERS: list[Value] = [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Số CCCD",
    "Chi bộ",
    "Mẫu phiếu",
    "Điểm tiêu chí chung\n(30 điểm)",
    "Điểm nhiệm vụ (70)",
    "Tổng điểm",
    "Cá nhân tự nhận mức xếp loại",
    "Chi bộ đề xuất",
    "Đảng ủy quyết định",
    "Ghi chú",
]
COLUMN_NUMBERS: list[Value] = [f"({n})" for n in range(1, len(HEADERS) + 1)]
FOOTER: list[list[Value]] = [[], [None, "Tổng cộng: 3 đảng viên"], [None, None, "T/M CHI BỘ"]]


def row(
    number: int,
    name: str,
    born: Value = BORN,
    personal_id: Value = None,
    cell: Value = "Chi bộ thôn Đông",
    form: Value = "2C",
    general: Value = None,
    task: Value = None,
    total: Value = None,
    own: Value = None,
    proposed: Value = None,
    final: Value = None,
    notes: Value = None,
) -> list[Value]:
    return [number, name, born, personal_id, cell, form, general, task, total, own, proposed,
            final, notes]  # fmt: skip


def results_file(path: Path, *rows: list[Value]) -> Path:
    return write_xlsx(path, [*TITLE_ROWS, HEADERS, COLUMN_NUMBERS, *rows, *FOOTER])


def preview_of(ws: Workspace, path: Path, year: int = YEAR) -> EvaluationImportPreview:
    service = ws.evaluation_import
    table = service.read(path)
    return service.analyse(table, service.guess_mapping(table), year)


def problems_by_row(preview: EvaluationImportPreview) -> dict[int, list[tuple[str, str]]]:
    return {r.row: [(p.field, p.code) for p in r.problems] for r in preview.rows}


@pytest.fixture
def dong_members(workspace: Workspace, commune: Unit, cell_members: list[Member]) -> dict:
    """Chi bộ thôn Đông of the conftest (Bình, Lan, Tám with an ID number, Hoa probationary,
    Nam exempt, Khải), the year 2026 opened with its review on 31/12/2026."""
    ws = workspace
    tam = next(m for m in cell_members if m.full_name == "Lê Văn Tám")
    ws.members.update(dataclasses.replace(tam, personal_id=TAM_ID))
    ws.evaluations.open_year(commune.id, YEAR)
    ws.undo.clear()
    return {m.full_name: ws.members.get(m.id) for m in cell_members}


def evaluation_of(ws: Workspace, member: Member, year: int = YEAR) -> MemberEvaluation | None:
    return ws.evaluations.member_evaluation(member.id, year)


# -- the columns ----------------------------------------------------------------------------------
def test_headers_name_the_evaluation_fields_and_leave_the_roster_alone() -> None:
    fields = EVALUATION_FIELDS
    assert [match_header(h, fields) for h in HEADERS] == [
        None, "full_name", "birth_date", "personal_id", "unit_id", "form", "general_score",
        "task_score", "total_score", "self_level", "proposed_level", "final_level", "notes",
    ]  # fmt: skip
    for header, field in (
        ("Mẫu", "form"),
        ("Điểm chung /30", "general_score"),
        ("Tu xep loai", "self_level"),
        ("Chi bộ đề nghị", "proposed_level"),
        ("Kết quả xếp loại", "final_level"),
        ("XẾP LOẠI", "final_level"),
        ("Năm sinh", "birth_date"),
    ):
        assert match_header(header, fields) == field, header
    # The roster's own matching is what it was: "Chi bộ đề xuất" is a cell there.
    assert match_header("Chi bộ đề xuất") == "unit_id"
    assert match_header("Tổng điểm") is None
    # Each wording names one field only.
    wordings = [a for f in fields for a in (*f.aliases, *f.exact)]
    assert len(wordings) == len(set(wordings))
    assert IMPORTABLE_FIELDS[0].name == "full_name"


def test_header_row_is_found_below_the_title_rows() -> None:
    rows = [*TITLE_ROWS, HEADERS, COLUMN_NUMBERS]
    assert find_header_row(rows, EVALUATION_FIELDS) == 5


@pytest.mark.parametrize(
    ("written", "level"),
    [
        ("HTXSNV", E), ("htxsnv", E), ("Hoàn thành xuất sắc nhiệm vụ", E), ("Xuất sắc", E),
        ("HOAN THANH XUAT SAC NHIEM VU", E), ("HT xuất sắc NV", E),
        ("HTTNV", G), ("Hoàn thành tốt nhiệm vụ", G), ("Tốt", G), ("hoàn thành tốt", G),
        ("HTNV", C), ("Hoàn thành nhiệm vụ", C), ("hoan thanh", C),
        ("KHTNV", N), ("Không hoàn thành nhiệm vụ", N), ("không hoàn thành", N),
        ("", None), (None, None),
    ],
)  # fmt: skip
def test_levels_are_read_from_codes_and_words(written: str | None, level: Level | None) -> None:
    assert parse_level_value(written) is level


def test_values_that_are_not_levels_forms_or_scores_are_refused_with_their_text() -> None:
    with pytest.raises(ValueProblem) as level:
        parse_level_value("Khá")
    assert (level.value.code, level.value.params) == ("bad_level", {"value": "Khá"})
    assert parse_form_value("Mẫu số 2A") is FormType.LEADER
    with pytest.raises(ValueProblem) as form:
        parse_form_value("3C")
    assert form.value.code == "bad_form"
    assert [parse_score_value(v) for v in (28, 28.0, "28", "28 điểm", "28/30", None)] == [
        28, 28, 28, 28, 28, None,
    ]  # fmt: skip
    with pytest.raises(ValueProblem) as half:
        parse_score_value(27.5)
    assert half.value.code == "score_not_whole"
    with pytest.raises(ValueProblem) as words:
        parse_score_value("hai mươi")
    assert words.value.code == "bad_score"


# -- matching and checking the rows -------------------------------------------------------------
def test_rows_are_matched_by_id_number_or_by_name_and_date_of_birth(
    tmp_path: Path, workspace: Workspace, dong_members: dict, db_path: Path
) -> None:
    # Given a file naming one member by ID (name in capitals, no tone marks), one by name and
    # date of birth, one by name and year of birth, with levels in codes and in words
    path = results_file(
        tmp_path / "ket qua.xlsx",
        row(1, "LE VAN TAM", born=None, personal_id=TAM_ID, general=27, task=63, total=90,
            own="HTXSNV", proposed="Hoàn thành tốt nhiệm vụ", final="Tốt"),
        row(2, "Trần Thị Lan", born=dt.datetime(1975, 4, 30), general=25, task=55,
            own="Hoàn thành tốt nhiệm vụ", proposed="HTTNV", final="HTTNV"),
        row(3, "nguyễn văn bình", born=1975, form="Mẫu 2B", own="htnv", proposed="HTNV",
            final="Hoàn thành nhiệm vụ", notes="Chuyển sinh hoạt tạm thời"),
    )  # fmt: skip
    before = dump(db_path)

    # When it is previewed
    preview = preview_of(workspace, path)

    # Then the headers were found under the titles, and every row is good and new
    assert preview.mapping.header_row == 6
    assert preview.missing_fields == () and preview.has_results
    assert problems_by_row(preview) == {8: [], 9: [], 10: []}
    assert [r.action for r in preview.rows] == [RowAction.NEW] * 3
    assert [r.name for r in preview.rows] == ["Lê Văn Tám", "Trần Thị Lan", "Nguyễn Văn Bình"]
    assert preview.skipped_rows == (12, 13)  # the total and the signature
    assert preview.clean
    assert dump(db_path) == before  # a preview writes nothing

    # When it is applied
    changes = workspace.evaluation_import.apply(preview)

    # Then each member has the year's evaluation the file gives
    assert changes.evaluations
    tam = evaluation_of(workspace, dong_members["Lê Văn Tám"])
    assert (tam.general_score, tam.task_score, tam.form) == (27, 63, FormType.OUTSIDE)
    assert (tam.self_level, tam.proposed_level, tam.final_level) == (E, G, G)
    lan = evaluation_of(workspace, dong_members["Trần Thị Lan"])
    assert (lan.total_score, lan.final_level) == (80, G)
    binh = evaluation_of(workspace, dong_members["Nguyễn Văn Bình"])
    assert (binh.form, binh.self_level, binh.final_level) == (FormType.POLITICAL_SYSTEM, C, C)
    assert binh.notes == "Chuyển sinh hoạt tạm thời"
    assert binh.unit_id == dong_members["Nguyễn Văn Bình"].unit_id


def test_a_name_shared_by_two_members_needs_the_cell_or_a_date_of_birth(
    tmp_path: Path, workspace: Workspace, dong_members: dict, doai: Unit, add_member: MakeMember
) -> None:
    # Given a second Nguyễn Văn Bình, born the same day, in Chi bộ thôn Đoài
    add_member("Nguyễn Văn Bình", unit_id=doai.id)
    path = results_file(
        tmp_path / "trung ten.xlsx",
        row(1, "Nguyễn Văn Bình", cell=None, final="HTTNV"),
        row(2, "Nguyễn Văn Bình", cell="thôn Đoài", final="HTNV"),
        row(3, "Trần Thị Lan", cell="Chi bộ thôn Đoài", final="HTNV"),
        row(4, "Phan Văn Không", final="HTNV"),
        row(5, "Vũ Văn Khải", cell="Chi bộ thôn Bắc", final="HTNV"),
    )

    preview = preview_of(workspace, path)

    problems = problems_by_row(preview)
    assert problems[8] == [("full_name", "ambiguous_member")]
    ambiguous = preview.rows[0].problems[0].params
    assert ambiguous["count"] == 2 and ambiguous["hint"] == "add_cell"
    assert "Chi bộ thôn Đoài" in ambiguous["members"]
    assert problems[9] == []  # narrowed by the cell's name, without "Chi bộ" and tone marks
    assert preview.rows[1].cell == "Chi bộ thôn Đoài"
    assert problems[10] == [("unit_id", "cell_differs")]
    assert preview.rows[2].problems[0].params["actual"] == "Chi bộ thôn Đông"
    assert problems[11] == [("full_name", "member_not_found")]
    assert problems[12] == [("unit_id", "unknown_cell")]
    assert [r.status for r in preview.rows] == [RowStatus.ERROR, RowStatus.OK] + [
        RowStatus.ERROR
    ] * 3


def test_an_id_number_must_agree_with_the_name_written_beside_it(
    tmp_path: Path, workspace: Workspace, dong_members: dict
) -> None:
    path = results_file(
        tmp_path / "so cccd.xlsx",
        row(1, "Trần Thị Lan", born=None, personal_id=TAM_ID, final="HTNV"),
        row(2, "Vũ Văn Khải", born=None, personal_id="001075999999", final="HTNV"),
        row(3, "Phan Văn Không", born=None, personal_id="001075999999", final="HTNV"),
        row(4, None, born=None, personal_id="001075888888", final="HTNV"),
    )

    preview = preview_of(workspace, path)

    problems = problems_by_row(preview)
    assert problems[8] == [("full_name", "name_differs")]
    assert preview.rows[0].problems[0].params["name"] == "Lê Văn Tám"
    # An ID the roll does not hold: the name finds the member, who has no ID recorded.
    assert problems[9] == []
    assert problems[10] == [("personal_id", "number_not_found")]
    assert problems[11] == [("personal_id", "number_only_not_found")]


def test_members_not_required_to_review_are_errors(
    tmp_path: Path, workspace: Workspace, dong_members: dict, add_member: MakeMember
) -> None:
    # Given an exempt member and one admitted less than 6 months before the review
    add_member("Hồ Thị Mới", admission_date=dt.date(2026, 9, 1), official_date=None)
    path = results_file(
        tmp_path / "mien.xlsx",
        row(1, "Đỗ Văn Nam", final="HTNV"),
        row(2, "Hồ Thị Mới", final="HTNV"),
        row(3, "Vũ Văn Khải", final="HTNV"),
    )

    preview = preview_of(workspace, path)

    problems = problems_by_row(preview)
    assert problems[8] == [("full_name", "not_reviewed")]
    assert preview.rows[0].problems[0].params["reason"] == "exempt"
    assert preview.rows[0].problems[0].params["since"] == dt.date(2024, 1, 2)
    assert problems[9] == [("full_name", "not_reviewed")]
    assert preview.rows[1].problems[0].params["reason"] == "new_under_6_months"
    assert problems[10] == []


def test_scores_are_checked_against_the_profile(
    tmp_path: Path, workspace: Workspace, dong_members: dict
) -> None:
    path = results_file(
        tmp_path / "diem.xlsx",
        row(1, "Nguyễn Văn Bình", general=31, task=60),
        row(2, "Trần Thị Lan", general=25, task=60, total=80),
        row(3, "Lê Văn Tám", general=25, total=80),  # the task part is what the total leaves
        row(4, "Vũ Văn Khải", general=10, total=95),  # leaves 85 for the 70-point task part
        row(5, "Phạm Thị Hoa", total=85),  # a total alone cannot be kept
        row(6, "Đỗ Văn Nam", born="31/02/1975", general=27.5),
    )

    preview = preview_of(workspace, path)

    problems = problems_by_row(preview)
    assert problems[8] == [("general_score", "score_range")]
    assert preview.rows[0].problems[0].params == {"value": 31, "maximum": 30}
    assert problems[9] == [("total_score", "total_mismatch")]
    assert problems[10] == []
    assert (preview.rows[2].evaluation.general_score, preview.rows[2].evaluation.task_score) == (
        25,
        55,
    )
    assert problems[11] == [("total_score", "total_leaves_bad_part")]
    assert problems[12] == []
    assert [(p.field, p.code) for p in preview.rows[4].notices] == [
        ("total_score", "total_not_stored")
    ]
    assert preview.rows[4].action is RowAction.NEW  # its form is written
    assert sorted(problems[13]) == [
        ("birth_date", "bad_date"),
        ("general_score", "score_not_whole"),
    ]


def test_scores_under_the_older_profile_are_errors(
    tmp_path: Path, workspace: Workspace, commune: Unit, dong_members: dict
) -> None:
    # Given 2024, judged by Quy định 124 (no 100-point scale), opened for filling in
    workspace.evaluations.open_year(commune.id, 2024)
    path = results_file(
        tmp_path / "2024.xlsx",
        row(1, "Nguyễn Văn Bình", general=25, task=60, final="HTTNV"),
        row(2, "Trần Thị Lan", own="HTTNV", final="HTTNV"),
    )

    preview = preview_of(workspace, path, year=2024)

    assert not preview.scored
    problems = problems_by_row(preview)
    assert problems[8] == [("general_score", "no_score_scale"), ("task_score", "no_score_scale")]
    assert problems[9] == []


def test_the_same_member_twice_in_the_file_is_an_error_on_both_rows(
    tmp_path: Path, workspace: Workspace, dong_members: dict
) -> None:
    path = results_file(
        tmp_path / "hai lan.xlsx",
        row(1, "Lê Văn Tám", final="HTTNV"),
        row(2, "Trần Thị Lan", final="HTTNV"),
        row(3, "Le Van Tam", born=None, personal_id=TAM_ID, final="HTNV"),
    )

    preview = preview_of(workspace, path)

    problems = problems_by_row(preview)
    assert problems[8] == [("full_name", "same_member_in_file")]
    assert preview.rows[0].problems[0].params["rows"] == "10"
    assert problems[9] == []
    assert problems[10] == [("full_name", "same_member_in_file")]


def test_an_existing_evaluation_is_updated_and_keeps_what_the_file_does_not_say(
    tmp_path: Path, workspace: Workspace, dong_members: dict
) -> None:
    # Given Bình's self-assessment already entered, and a file of the committee's decisions
    ws = workspace
    binh = dong_members["Nguyễn Văn Bình"]
    existing = MemberEvaluation(
        new_id(), binh.id, YEAR, binh.unit_id, general_score=26, task_score=58,
        self_level=G, notes="Đã nộp bản kiểm điểm",
    )  # fmt: skip
    ws.evaluations.save_member(existing)
    path = results_file(
        tmp_path / "quyet dinh.xlsx",
        row(1, "Nguyễn Văn Bình", form=None, final="HTTNV"),
        row(2, "Trần Thị Lan", final="HTNV"),
    )

    preview = preview_of(workspace, path)

    assert [r.action for r in preview.rows] == [RowAction.UPDATE, RowAction.NEW]
    assert preview.count_action(RowAction.UPDATE) == 1
    ws.evaluation_import.apply(preview)
    updated = evaluation_of(ws, binh)
    assert updated.id == existing.id
    assert (updated.general_score, updated.task_score, updated.self_level) == (26, 58, G)
    assert updated.final_level is G and updated.notes == "Đã nộp bản kiểm điểm"

    # And the same file again changes nothing
    again = preview_of(workspace, path)
    assert [r.action for r in again.rows] == [RowAction.UNCHANGED] * 2
    assert ws.evaluation_import.apply(again).empty


# -- applying -------------------------------------------------------------------------------------
def test_a_file_with_one_bad_row_writes_nothing(
    tmp_path: Path, workspace: Workspace, dong_members: dict, db_path: Path
) -> None:
    path = results_file(
        tmp_path / "mot dong loi.xlsx",
        row(1, "Nguyễn Văn Bình", final="HTTNV"),
        row(2, "Trần Thị Lan", final="Khá"),
        row(3, "Lê Văn Tám", final="HTNV"),
    )
    before = dump(db_path)

    preview = preview_of(workspace, path)
    with pytest.raises(OperationRefused) as refused:
        workspace.evaluation_import.apply(preview)

    assert problems_by_row(preview)[9] == [("final_level", "bad_level")]
    assert (refused.value.code, refused.value.params) == ("import.rows_have_problems", {"count": 1})
    assert dump(db_path) == before
    assert workspace.undo.undo_label is None

    # When the person chooses to import only the good rows, those two are written
    workspace.evaluation_import.apply(preview, only_good_rows=True)
    assert evaluation_of(workspace, dong_members["Nguyễn Văn Bình"]).final_level is G
    assert evaluation_of(workspace, dong_members["Trần Thị Lan"]) is None
    assert evaluation_of(workspace, dong_members["Lê Văn Tám"]).final_level is C


def test_one_undo_takes_the_whole_import_back(
    tmp_path: Path, workspace: Workspace, dong_members: dict
) -> None:
    ws = workspace
    binh = dong_members["Nguyễn Văn Bình"]
    existing = MemberEvaluation(new_id(), binh.id, YEAR, binh.unit_id, self_level=C)
    ws.evaluations.save_member(existing)
    path = results_file(
        tmp_path / "ca nam.xlsx",
        row(1, "Nguyễn Văn Bình", own="HTTNV", final="HTTNV"),
        row(2, "Trần Thị Lan", final="HTNV"),
        row(3, "Lê Văn Tám", final="HTNV"),
    )

    ws.evaluation_import.apply(preview_of(ws, path))

    assert ws.undo.undo_label == CommandLabel("evaluation.members", "ca nam.xlsx", count=3)
    ws.undo.undo()
    restored = evaluation_of(ws, binh)
    assert restored == dataclasses.replace(
        existing, version=restored.version, origin_site=restored.origin_site
    )
    assert evaluation_of(ws, binh).self_level is C
    assert evaluation_of(ws, dong_members["Trần Thị Lan"]) is None
    assert evaluation_of(ws, dong_members["Lê Văn Tám"]) is None
    assert ws.undo.undo_label.action == "evaluation.member"  # Bình's own entry, before it
    ws.undo.redo()
    assert evaluation_of(ws, dong_members["Lê Văn Tám"]).final_level is C


def test_import_is_refused_when_the_evaluations_changed_since_the_preview(
    tmp_path: Path, workspace: Workspace, dong_members: dict, db_path: Path
) -> None:
    ws = workspace
    path = results_file(tmp_path / "f.xlsx", row(1, "Nguyễn Văn Bình", final="HTTNV"))
    preview = preview_of(ws, path)
    binh = dong_members["Nguyễn Văn Bình"]
    ws.evaluations.save_member(MemberEvaluation(new_id(), binh.id, YEAR, binh.unit_id))
    before = dump(db_path)

    with pytest.raises(OperationRefused) as refused:
        ws.evaluation_import.apply(preview)

    assert refused.value.code == "evaluation_import.changed_since_preview"
    assert dump(db_path) == before


def test_a_closed_or_unopened_year_takes_no_import(
    tmp_path: Path,
    workspace: Workspace,
    commune: Unit,
    dong: Unit,
    add_member: MakeMember,
    db_path: Path,
) -> None:
    # Given 2026 closed with its one member rated, and 2027 not opened
    ws = workspace
    member = add_member("Nguyễn Văn Bình", unit_id=dong.id)
    ws.evaluations.open_year(commune.id, YEAR)
    ws.evaluations.save_member(
        MemberEvaluation(new_id(), member.id, YEAR, dong.id, self_level=G, final_level=G)
    )
    for cell in ws.units.all():
        if cell.is_cell:
            newly = cell.id != dong.id
            ws.evaluations.save_unit(
                UnitEvaluation(new_id(), cell.id, YEAR, final_level=None if newly else G,
                               newly_formed=newly)
            )  # fmt: skip
    ws.evaluations.save_unit(UnitEvaluation(new_id(), commune.id, YEAR, self_level=G))
    ws.evaluations.close_year(commune.id, YEAR, "Nguyễn Văn Thưởng")
    path = results_file(tmp_path / "muon.xlsx", row(1, "Nguyễn Văn Bình", final="HTXSNV"))
    before = dump(db_path)

    # When the file is imported into each
    closed = preview_of(ws, path)
    unopened = preview_of(ws, path, year=2027)

    # Then the previews say why, and applying is refused with the service's codes
    assert closed.year_refusal == "evaluation.year_closed" and not closed.clean
    assert unopened.year_refusal == "evaluation.year_not_opened"
    for preview, code in (
        (closed, "evaluation.year_closed"),
        (unopened, "evaluation.year_not_opened"),
    ):
        with pytest.raises(OperationRefused) as refused:
            ws.evaluation_import.apply(preview)
        assert refused.value.code == code
    assert dump(db_path) == before


def test_a_csv_file_and_a_workbook_whose_results_are_on_its_second_sheet(
    tmp_path: Path, workspace: Workspace, dong_members: dict
) -> None:
    # A CSV as Excel writes it on Vietnamese Windows: semicolons, UTF-8 with BOM
    csv_path = write_csv(
        tmp_path / "ket qua.csv",
        [
            ["STT", "Họ tên", "Năm sinh", "Tự xếp loại", "Chi bộ đề nghị", "Xếp loại"],
            ["1", "Trần Thị Lan", "1975", "Hoàn thành tốt nhiệm vụ", "Tốt", "HTTNV"],
        ],
        ";",
        "utf-8-sig",
    )
    preview = preview_of(workspace, csv_path)
    assert problems_by_row(preview) == {2: []}
    assert preview.rows[0].evaluation.final_level is G

    # A workbook whose first sheet is the roster, the second the results
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Danh sách"
    book.active.append(["Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Chi bộ"])
    book.active.append(["Trần Thị Lan", BORN, "Nữ", "03/02/2000", "Chi bộ thôn Đông"])
    results = book.create_sheet("Kết quả")
    for values in (HEADERS, row(1, "Trần Thị Lan", final="HTNV")):
        results.append(values)
    book.save(tmp_path / "hai trang.xlsx")
    preview = preview_of(workspace, tmp_path / "hai trang.xlsx")
    assert preview.table.sheet == "Kết quả"
    assert preview.rows[0].evaluation.final_level is C


def test_a_file_without_names_or_results_cannot_be_imported(
    tmp_path: Path, workspace: Workspace, dong_members: dict
) -> None:
    path = write_xlsx(
        tmp_path / "khong ket qua.xlsx",
        [["Họ và tên", "Ngày sinh", "Chi bộ"], ["Trần Thị Lan", BORN, "Chi bộ thôn Đông"]],
    )
    preview = preview_of(workspace, path)
    assert not preview.has_results and not preview.clean
    with pytest.raises(OperationRefused) as refused:
        workspace.evaluation_import.apply(preview)
    assert refused.value.code == "evaluation_import.no_result_columns"


def test_two_header_rows_with_merged_cells_are_read_together(
    tmp_path: Path, workspace: Workspace, dong_members: dict
) -> None:
    # Given the usual form: "Họ và tên" merged down over two rows, "Mức xếp loại" split below
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["CHI BỘ THÔN ĐÔNG"])
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Mức xếp loại", None, None, "Ghi chú"])
    sheet.append([None, None, None, "Cá nhân tự nhận", "Chi bộ đề xuất", "Đảng ủy quyết định"])
    for first, last in (("A2", "A3"), ("B2", "B3"), ("C2", "C3"), ("D2", "F2"), ("G2", "G3")):
        sheet.merge_cells(f"{first}:{last}")
    sheet.append([1, "Trần Thị Lan", 1975, "HTTNV", "HTTNV", "HTNV", None])
    book.save(tmp_path / "hai dong tieu de.xlsx")

    preview = preview_of(workspace, tmp_path / "hai dong tieu de.xlsx")

    assert preview.mapping.header_row == 3
    assert preview.mapping.fields == (
        None, "full_name", "birth_date", "self_level", "proposed_level", "final_level", "notes",
    )  # fmt: skip
    assert problems_by_row(preview) == {4: []}
    evaluation = preview.rows[0].evaluation
    assert (evaluation.self_level, evaluation.final_level) == (G, C)
