"""Roster file columns: Vietnamese headers in their many spellings, and cell values as Excel
gives them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from chibo_desktop.domain.enums import CellKind, Gender, TheoryLevel
from chibo_desktop.domain.roster_columns import (
    CELL_FIELD,
    ValueProblem,
    cell_key,
    cell_name_for,
    find_header_row,
    guess_cell_kind,
    guess_mapping,
    is_column_number_row,
    is_footer_text,
    match_header,
    parse_cell_value,
    parse_date_value,
    parse_gender_value,
    parse_number_value,
    parse_phone_value,
    parse_theory_value,
)

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Họ và tên", "full_name"),
        ("Họ tên", "full_name"),
        ("HO VA TEN", "full_name"),
        ("Họ và tên đảng viên", "full_name"),
        ("Sinh ngày", "birth_date"),
        ("Ngày sinh", "birth_date"),
        ("Ngày\nsinh", "birth_date"),
        ("Ngày, tháng, năm sinh", "birth_date"),
        ("Ngày sinh (dd/mm/yyyy)", "birth_date"),
        ("  ngay   sinh  ", "birth_date"),
        ("Tổ chức Đảng đang sinh hoạt", CELL_FIELD),
        ("Chi bộ", CELL_FIELD),
        ("Nơi sinh hoạt đảng", CELL_FIELD),
        ("Nơi sinh", "birth_place"),
        ("Giới tính", "gender"),
        ("Nam/Nữ", "gender"),
        ("Số CCCD", "personal_id"),
        ("Số định danh cá nhân", "personal_id"),
        ("CMND/CCCD", "personal_id"),
        ("Số thẻ đảng viên", "party_card"),
        ("Số thẻ", "party_card"),
        ("Ngày vào Đảng", "admission_date"),
        ("Ngày vào Đảng chính thức", "official_date"),
        ("Ngày chính thức", "official_date"),
        ("Ngày cấp thẻ", "card_issued_on"),
        ("Nơi cấp thẻ", "card_issued_place"),
        ("Trình độ LLCT", "theory_level"),
        ("Lý luận chính trị", "theory_level"),
        ("Quê quán", "hometown"),
        ("SĐT", "phone"),
        ("Số điện thoại", "phone"),
        ("Ghi chú", "notes"),
        ("Tên gọi khác", "other_name"),
        ("Dân tộc", "ethnicity"),
        ("Tôn giáo", "religion"),
    ],
)
def test_headers_are_recognised_with_or_without_tone_marks(header: str, field: str) -> None:
    assert match_header(header) == field


@pytest.mark.parametrize(
    "header", ["STT", "TT", "Số TT", "", "Tình trạng sức khỏe", "Số thẻ BHYT", "Đơn vị công tác"]
)
def test_row_numbers_and_unknown_headers_name_no_field(header: str) -> None:
    # "Số thẻ BHYT" (health insurance) must not be taken for the party card, nor the workplace
    # ("Đơn vị công tác") for the cell.
    assert match_header(header) is None


def test_a_field_goes_to_its_first_column() -> None:
    assert guess_mapping(["Họ tên", "Họ và tên khai sinh", "STT", "Ngày sinh"]) == {
        0: "full_name",
        3: "birth_date",
    }


def test_header_row_is_found_below_title_rows() -> None:
    rows = [
        ("ĐẢNG BỘ XÃ TÂN LẬP", None, "ĐẢNG CỘNG SẢN VIỆT NAM"),
        (),
        ("DANH SÁCH ĐẢNG VIÊN",),
        ("STT", "Họ tên", "Sinh ngày", "Chi bộ"),
        ("(1)", "(2)", "(3)", "(4)"),
        (1, "Nguyễn Văn An", "01/02/1970", "Chi bộ thôn Đông"),
    ]
    assert find_header_row(rows) == 3
    assert is_column_number_row(rows[4])
    assert not is_column_number_row(rows[5])


def test_no_header_row_when_nothing_names_two_fields() -> None:
    assert find_header_row([("Nguyễn Văn An", "01/02/1970"), ("Họ tên",)]) is None


def test_dates_from_excel_cells_and_typed_text() -> None:
    assert parse_date_value(datetime(1975, 4, 30, 0, 0), TODAY) == date(1975, 4, 30)
    assert parse_date_value(date(1975, 4, 30), TODAY) == date(1975, 4, 30)
    assert parse_date_value("30/04/1975", TODAY) == date(1975, 4, 30)
    assert parse_date_value("3/4/1975", TODAY) == date(1975, 4, 3)
    assert parse_date_value("30.04.1975", TODAY) == date(1975, 4, 30)
    assert parse_date_value("30-04-1975", TODAY) == date(1975, 4, 30)
    assert parse_date_value("1975-04-30", TODAY) == date(1975, 4, 30)
    assert parse_date_value("1975-04-30 00:00:00", TODAY) == date(1975, 4, 30)
    assert parse_date_value("30/4/75", TODAY) == date(1975, 4, 30)
    assert parse_date_value("3/2/05", TODAY) == date(2005, 2, 3)
    assert parse_date_value(None, TODAY) is None
    assert parse_date_value("  ", TODAY) is None


@pytest.mark.parametrize(
    ("value", "code", "shown"),
    [
        ("31/02/1980", "bad_date", "31/02/1980"),
        ("30/13/1980", "bad_date", "30/13/1980"),
        ("khoảng 1980", "bad_date", "khoảng 1980"),
        ("1975", "incomplete_date", "1975"),
        (1975, "incomplete_date", "1975"),
        (1975.0, "incomplete_date", "1975"),
        ("04/1975", "incomplete_date", "04/1975"),
        (27514, "bad_date", "27514"),
    ],
)
def test_dates_that_cannot_be_read_are_refused_with_their_text(
    value: object, code: str, shown: str
) -> None:
    with pytest.raises(ValueProblem) as refused:
        parse_date_value(value, TODAY)  # type: ignore[arg-type]
    assert refused.value.code == code
    assert refused.value.params["value"] == shown


def test_numbers_typed_as_numbers_become_digits() -> None:
    assert parse_number_value(12345678, (8, 12)) == "12345678"
    assert parse_number_value(1.2345678e7, (8, 12)) == "12345678"
    assert parse_number_value(1.23456789012e11, (12,)) == "123456789012"
    assert parse_number_value("001075000123", (12,)) == "001075000123"
    assert parse_number_value("'001075000123", (12,)) == "001075000123"
    assert parse_number_value(None, (12,)) == ""


def test_an_id_number_that_lost_its_leading_zeros_is_refused_with_the_likely_number() -> None:
    with pytest.raises(ValueProblem) as refused:
        parse_number_value(1075000123, (12,))
    assert refused.value.code == "leading_zeros_lost"
    assert refused.value.params == {"value": "1075000123", "suggested": "001075000123"}


def test_a_long_number_in_scientific_notation_is_refused() -> None:
    with pytest.raises(ValueProblem) as refused:
        parse_number_value("1.23457E+11", (12,))
    assert refused.value.code == "scientific_notation"


def test_a_phone_number_typed_as_a_number_gets_its_zero_back() -> None:
    assert parse_phone_value(912345678) == "0912345678"
    assert parse_phone_value("0912 345 678") == "0912 345 678"


def test_genders_and_theory_levels_in_words() -> None:
    assert parse_gender_value("Nam") is Gender.MALE
    assert parse_gender_value("NỮ") is Gender.FEMALE
    assert parse_gender_value("nu") is Gender.FEMALE
    assert parse_gender_value(None) is None
    with pytest.raises(ValueProblem):
        parse_gender_value("Không rõ")
    assert parse_theory_value("Sơ cấp") is TheoryLevel.ELEMENTARY
    assert parse_theory_value("trung cap") is TheoryLevel.INTERMEDIATE
    assert parse_theory_value("Cao cấp LLCT") is TheoryLevel.ADVANCED
    assert parse_theory_value("Cao cấp, Cử nhân") is TheoryLevel.BACHELOR
    assert parse_theory_value("Chưa qua đào tạo") is None
    assert parse_theory_value("") is None
    with pytest.raises(ValueProblem):
        parse_theory_value("Đại học")


def test_cell_names_match_with_or_without_chi_bo_and_tone_marks() -> None:
    assert cell_key("Chi bộ thôn Đông") == cell_key("THON DONG") == cell_key("Thôn Đông")
    assert parse_cell_value("Chi bộ thôn Đông, Đảng bộ xã Tân Lập") == "Chi bộ thôn Đông"


def test_new_cells_are_named_and_typed_from_the_file() -> None:
    assert cell_name_for("Thôn Bắc") == "Chi bộ thôn Bắc"
    assert cell_name_for("Chi bộ Khu phố 3") == "Chi bộ Khu phố 3"
    assert cell_name_for("Trường THCS Tân Lập") == "Chi bộ Trường THCS Tân Lập"
    assert guess_cell_kind("Chi bộ thôn Bắc") is CellKind.RESIDENTIAL
    assert guess_cell_kind("Chi bộ Tổ dân phố 5") is CellKind.RESIDENTIAL
    assert guess_cell_kind("Chi bộ Ấp 3") is CellKind.RESIDENTIAL
    assert guess_cell_kind("Chi bộ Trường Tiểu học thôn Đông") is CellKind.SCHOOL
    assert guess_cell_kind("Chi bộ Trạm Y tế") is CellKind.HEALTH
    assert guess_cell_kind("Chi bộ Công an xã") is CellKind.POLICE
    assert guess_cell_kind("Chi bộ Quân sự") is CellKind.MILITARY
    assert guess_cell_kind("Chi bộ Cơ quan Ủy ban nhân dân") is CellKind.AGENCY
    assert guess_cell_kind("Chi bộ UBND xã") is CellKind.AGENCY
    assert guess_cell_kind("Chi bộ Hưu trí") is CellKind.OTHER


def test_words_under_the_table_are_not_names() -> None:
    assert is_footer_text("Tổng cộng: 45 đảng viên")
    assert is_footer_text("Cộng: 45")
    assert is_footer_text("NGƯỜI LẬP BIỂU")
    assert not is_footer_text("Công Tằng Tôn Nữ Thị Hoa")
    assert not is_footer_text("Nguyễn Văn An")


def test_ket_nap_is_the_admission_date_unless_vao_dang_is_there_too() -> None:
    assert guess_mapping(["Họ tên", "Ngày kết nạp"]) == {0: "full_name", 1: "admission_date"}
    assert guess_mapping(["Ngày kết nạp", "Ngày vào Đảng", "Ngày chính thức"]) == {
        0: "ceremony_date",
        1: "admission_date",
        2: "official_date",
    }
