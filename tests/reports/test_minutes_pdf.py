"""The printed minutes and resolution, read back from the PDF as a reader of the paper would."""

from __future__ import annotations

import dataclasses
import unicodedata
from datetime import date, time
from pathlib import Path
from uuid import UUID, uuid5

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from test_member_list import placed_text

from chibo_desktop.domain.meetings import (
    AgendaItem,
    Attendance,
    DocumentType,
    FeeStatus,
    Guest,
    Meeting,
    MeetingKind,
    MeetingState,
    MeetingTask,
    Minutes,
    MinutesAnnex,
    MinutesRecord,
    Person,
    Presence,
    QualityMark,
    Speech,
    Standing,
    TaskResult,
    TaskReview,
    Vote,
    VoteKind,
)
from chibo_desktop.domain.rules import BUILTIN_PROFILES, MeetingRules
from chibo_desktop.reports import party_document as party
from chibo_desktop.reports.minutes import (
    MinutesPrint,
    resolution_layout,
    resolution_number,
    write_minutes_pdf,
    write_resolution_pdf,
)

RULES = next(p for p in BUILTIN_PROFILES if p.code == "meeting-2025-hd42").values
assert isinstance(RULES, MeetingRules)
CELL = UUID("0f0e0d0c-0b0a-4909-8807-060504030201")
MEETING = UUID("11111111-2222-4333-8444-555555555555")
# Typed on a system that decomposes letters: the paper must show the composed (NFC) name.
SPEAKER_DECOMPOSED = unicodedata.normalize("NFD", "Đặng Văn Đức")

# (name, official, standing, presence, reason, fee)
ROLL: tuple[tuple[str, bool, Standing, Presence | None, str, FeeStatus | None], ...] = (
    ("Nguyễn Văn Đức", True, Standing.REGULAR, Presence.PRESENT, "", FeeStatus.PAID),
    ("Nguyễn Thị Hương", True, Standing.REGULAR, Presence.PRESENT, "", FeeStatus.PAID),
    (SPEAKER_DECOMPOSED, True, Standing.REGULAR, Presence.PRESENT, "", FeeStatus.PAID),
    (
        "Trần Văn Bình",
        True,
        Standing.REGULAR,
        Presence.ABSENT_EXCUSED,
        "đi công tác tại tỉnh",
        FeeStatus.UNPAID,
    ),
    ("Lê Thị Mai", True, Standing.REGULAR, Presence.LATE, "", FeeStatus.PAID),
    ("Phạm Quốc Việt", True, Standing.REGULAR, Presence.PRESENT, "", FeeStatus.PAID),
    ("Hoàng Thị Lan", True, Standing.REGULAR, Presence.PRESENT, "", FeeStatus.PAID),
    ("Vũ Văn Thắng", True, Standing.REGULAR, Presence.PRESENT, "", FeeStatus.PAID),
    ("Bùi Thị Ngọc Ánh", False, Standing.REGULAR, Presence.PRESENT, "", FeeStatus.PAID),
    ("Đỗ Minh Tuấn", False, Standing.REGULAR, Presence.PRESENT, "", FeeStatus.PAID),
    ("Phạm Văn Cường", True, Standing.EXEMPT, None, "", None),
    ("Ngô Văn Sơn", True, Standing.ELSEWHERE, None, "", None),
)
QUALITY = {
    "time_and_duration": 5,
    "attendance": 5,
    "preparation": 9,
    "running_the_meeting": 27,
    "secretary_chairing": 9,
    "organisational_principles": 5,
    "last_resolution_results": 27,
    "closing": 5,
}  # 92 points: Tốt


def fixed_id(kind: str, number: int) -> UUID:
    """The same ids on every run, so that the same record has the same content hash."""
    return uuid5(CELL, f"{kind}-{number}")


def sample_minutes() -> Minutes:
    return Minutes(
        starts_at=time(19, 30),
        ends_at=time(21, 15),
        place="Nhà văn hóa thôn Đông",
        chair=Person("Nguyễn Văn Đức"),
        secretary=Person("Nguyễn Thị Hương"),
        guests=(Guest("Lê Văn Tâm", "Đảng ủy viên, Phó Chủ tịch UBND xã", True),),
        fee_note="Đã thu đảng phí tháng 01/2026 của 9/10 đồng chí",
        agenda=(
            AgendaItem(
                "Báo cáo tình hình tháng 01 và nhiệm vụ tháng 02/2026",
                "Đồng chí bí thư báo cáo kết quả lãnh đạo sản xuất vụ đông.\n\n"
                "Tình hình an ninh trật tự trên địa bàn ổn định.",
                (
                    Speech(Person(SPEAKER_DECOMPOSED), "Đề nghị sớm sửa đường liên thôn"),
                    Speech(Person("Hoàng Thị Lan"), "Cần vận động hội viên phụ nữ trồng rau sạch."),
                ),
            ),
            AgendaItem(
                "Thông tin thời sự, văn bản cấp trên",
                "Phổ biến Chỉ thị 50-CT/TW về nâng cao chất lượng sinh hoạt chi bộ.",
            ),
            AgendaItem(
                "Xem xét đề nghị kết nạp quần chúng Lý Thị Hoa vào Đảng",
                speeches=(Speech(Person("Vũ Văn Thắng"), "Quần chúng có lý lịch rõ ràng."),),
            ),
        ),
        task_reviews=(
            TaskReview(
                fixed_id("review", 1),
                "Phạm Quốc Việt",
                "Nạo vét kênh mương nội đồng",
                date(2026, 1, 25),
                TaskResult.DONE,
            ),
            TaskReview(
                fixed_id("review", 2),
                "Lê Thị Mai",
                "Thu quỹ khuyến học",
                date(2026, 1, 30),
                TaskResult.PARTLY,
                "còn 5 hộ",
            ),
            TaskReview(
                fixed_id("review", 3),
                "Vũ Văn Thắng",
                "Lập danh sách hộ nghèo",
                date(2026, 1, 20),
                TaskResult.NOT_DONE,
            ),
        ),
        conclusion="Chi bộ thống nhất tập trung chỉ đạo sản xuất vụ xuân.\n\n"
        "Giao các đồng chí chi ủy theo dõi từng xóm.",
        document_type=DocumentType.RESOLUTION,
        document_number=5,
        document_title="về lãnh đạo thực hiện nhiệm vụ tháng 02 năm 2026",
        document_text="Chi bộ đánh giá tháng 01 đã hoàn thành tốt các chỉ tiêu.\n\n"
        "Tháng 02, chi bộ lãnh đạo hoàn thành gieo cấy vụ xuân đúng khung thời vụ.",
        votes=(
            Vote("Thông qua nghị quyết tháng 02/2026", VoteKind.RESOLUTION, 7, 0),
            Vote("Kết nạp quần chúng Lý Thị Hoa vào Đảng", VoteKind.ADMISSION, 6, 1),
        ),
        quality=tuple(QualityMark(code, points) for code, points in QUALITY.items()),
    )


def sample_record(
    finalised: bool = True, minutes: Minutes | None = None, tasks: int = 4
) -> MinutesRecord:
    meeting = Meeting(
        id=MEETING,
        unit_id=CELL,
        kind=MeetingKind.REGULAR,
        planned_on=date(2026, 2, 3),
        held_on=date(2026, 2, 5),
        state=MeetingState.DRAFT,
        minutes=sample_minutes() if minutes is None else minutes,
    )
    attendance = tuple(
        Attendance(
            fixed_id("roll", n),
            MEETING,
            fixed_id("member", n),
            name,
            official,
            standing,
            presence,
            reason,
            fee,
            n,
        )
        for n, (name, official, standing, presence, reason, fee) in enumerate(ROLL, start=1)
    )
    assignees = ["Nguyễn Văn Đức", "Phạm Quốc Việt", "Hoàng Thị Lan", "Đỗ Minh Tuấn"]
    made = tuple(
        MeetingTask(
            fixed_id("task", n),
            MEETING,
            f"Nhiệm vụ số {n}: vận động các hộ trong xóm tham gia làm đường giao thông nông thôn",
            assignee=assignees[n % len(assignees)],
            deadline=date(2026, 2, 25),
            report_back_on=date(2026, 3, 3),
            position=n,
        )
        for n in range(1, tasks + 1)
    )
    record = MinutesRecord(meeting, attendance, made)
    if not finalised:
        return record
    finished = dataclasses.replace(
        meeting,
        state=MeetingState.FINALISED,
        content_hash=record.content_hash(),
        finalised_on=date(2026, 2, 5),
    )
    annex = MinutesAnnex(
        fixed_id("annex", 1),
        MEETING,
        date(2026, 3, 5),
        "Sửa thời hạn nhiệm vụ số 2 thành ngày 28/02/2026.",
        "Nguyễn Thị Hương",
    )
    return MinutesRecord(finished, attendance, made, (annex,))


def sample_print(record: MinutesRecord | None = None) -> MinutesPrint:
    return MinutesPrint(
        record=sample_record() if record is None else record,
        cell_name="Chi bộ Thôn Đông",
        superior_name="Đảng bộ xã Tân Lập",
        place_name="Tân Lập",
        rules=RULES,
    )


def pdf_text(path: Path) -> tuple[PdfReader, str]:
    """The reader and the whole text with its lines joined, as a sentence reads across a break."""
    reader = PdfReader(path)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    return reader, text


@pytest.fixture(scope="module")
def finalised_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[PdfReader, str]:
    path = tmp_path_factory.mktemp("minutes") / "bien_ban.pdf"
    with path.open("wb") as target:
        write_minutes_pdf(sample_print(), target)
    return pdf_text(path)


def test_the_header_and_title_of_the_minutes(finalised_pdf: tuple[PdfReader, str]) -> None:
    reader, _ = finalised_pdf
    lines = [line.strip() for line in reader.pages[0].extract_text().split("\n")]
    for expected in (
        "ĐẢNG BỘ XÃ TÂN LẬP",
        "CHI BỘ THÔN ĐÔNG",
        "*",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Tân Lập, ngày 05 tháng 02 năm 2026",
        "BIÊN BẢN",
        "Sinh hoạt chi bộ thường kỳ tháng 02/2026",
    ):
        assert expected in lines, expected
    highest = max(placed_text(reader.pages[0]), key=lambda p: p.y)
    assert highest.text == "ĐẢNG BỘ XÃ TÂN LẬP"  # nothing above the header


def test_time_place_and_participants(finalised_pdf: tuple[PdfReader, str]) -> None:
    _, text = finalised_pdf
    for expected in (
        "bắt đầu lúc 19:30 ngày 05/02/2026, kết thúc lúc 21:15; thời lượng 105 phút.",
        "Địa điểm: Nhà văn hóa thôn Đông.",
        "Chủ trì: đồng chí Nguyễn Văn Đức.",
        "Thư ký: đồng chí Nguyễn Thị Hương.",
        "Đồng chí Lê Văn Tâm, Đảng ủy viên, Phó Chủ tịch UBND xã (đại biểu cấp ủy cấp trên).",
    ):
        assert expected in text, expected


def test_attendance_figures_and_absences_with_their_reasons(
    finalised_pdf: tuple[PdfReader, str],
) -> None:
    _, text = finalised_pdf
    for expected in (
        "Tổng số đảng viên của chi bộ: 12 đồng chí (chính thức 10, dự bị 2).",
        "Miễn công tác và sinh hoạt đảng: 1 đồng chí (Phạm Văn Cường).",
        "Sinh hoạt tạm thời nơi khác: 1 đồng chí (Ngô Văn Sơn).",
        "Đảng viên phải dự: 10 đồng chí; có mặt 9/10 đồng chí (đạt 90%).",
        "Vắng có lý do: 1 đồng chí (Trần Văn Bình: đi công tác tại tỉnh).",
        "Vắng không lý do: không.",
        "Đi muộn, về sớm: 1 đồng chí (Lê Thị Mai: đi muộn).",
        "Tình hình đóng đảng phí: Đã thu đảng phí tháng 01/2026 của 9/10 đồng chí.",
        "Chưa đóng đảng phí: 1 đồng chí (Trần Văn Bình).",
    ):
        assert expected in text, expected
    assert "Chưa điểm danh" not in text  # everyone required was marked


def test_agenda_speakers_keep_their_diacritics(finalised_pdf: tuple[PdfReader, str]) -> None:
    _, text = finalised_pdf
    assert "1. Báo cáo tình hình tháng 01 và nhiệm vụ tháng 02/2026" in text
    # Each paragraph of the content comes out, in order.
    first = text.index("kết quả lãnh đạo sản xuất vụ đông.")
    assert first < text.index("Tình hình an ninh trật tự trên địa bàn ổn định.")
    assert "Đồng chí Đặng Văn Đức: Đề nghị sớm sửa đường liên thôn." in text
    assert "Đồng chí Hoàng Thị Lan: Cần vận động hội viên phụ nữ trồng rau sạch." in text
    assert "Đồng chí Vũ Văn Thắng: Quần chúng có lý lịch rõ ràng." in text
    assert SPEAKER_DECOMPOSED not in text  # composed on the paper, as typed nowhere else


def test_last_months_tasks_conclusion_and_new_tasks(finalised_pdf: tuple[PdfReader, str]) -> None:
    _, text = finalised_pdf
    assert "Nạo vét kênh mương nội đồng Phạm Quốc Việt 25/01/2026 Hoàn thành" in text
    assert "Hoàn thành một phần (còn 5 hộ)" in text
    assert "Chưa hoàn thành" in text
    assert "Chi bộ thống nhất tập trung chỉ đạo sản xuất vụ xuân." in text
    assert text.count("Người thực hiện") == 2  # both tables have their headings
    assert "Báo cáo kết quả" in text
    assert text.count("25/02/2026 03/03/2026") == 4  # deadline and report-back of each task


def test_votes_state_the_figures_and_whether_they_carry(
    finalised_pdf: tuple[PdfReader, str],
) -> None:
    _, text = finalised_pdf
    # 10 official members, less the one elsewhere and the absent exempt one; no probationers.
    assert "Số đảng viên có quyền biểu quyết: 8 đồng chí" in text
    assert (
        "1. Thông qua nghị quyết tháng 02/2026: tán thành 7/8 đồng chí (87,5%); "
        "không tán thành 0/8 đồng chí (0%). Kết quả: được thông qua "
        "(cần quá một nửa, tức ít nhất 5/8)." in text
    )
    assert (
        "2. Kết nạp quần chúng Lý Thị Hoa vào Đảng: tán thành 6/8 đồng chí (75%); "
        "không tán thành 1/8 đồng chí (12,5%). Kết quả: được thông qua "
        "(cần ≥ 2/3 đảng viên chính thức, tức ít nhất 6/8)." in text
    )


def test_quality_score_total_and_band(finalised_pdf: tuple[PdfReader, str]) -> None:
    _, text = finalised_pdf
    assert "Thời gian, thời lượng 5 5" in text
    assert "Tổ chức, điều hành sinh hoạt 30 27" in text
    assert "Tổng cộng 100 92" in text
    assert "Tổng số điểm: 92/100 điểm. Xếp loại chất lượng buổi sinh hoạt: Tốt." in text


def test_adoption_signatures_and_annex(finalised_pdf: tuple[PdfReader, str]) -> None:
    reader, text = finalised_pdf
    assert (
        "Biên bản đã được đọc lại cho chi bộ nghe và được nhất trí thông qua. "
        "Buổi sinh hoạt kết thúc lúc 21:15 ngày 05/02/2026." in text
    )
    # The annex opens a page of its own; the signatures close the page before it.
    annex_page, signed_page = reader.pages[-1], reader.pages[-2]
    placed = {p.text: p for p in placed_text(signed_page)}
    middle = party.MARGIN_LEFT + party.PORTRAIT_TEXT_WIDTH / 2
    assert placed["THƯ KÝ"].right < middle < placed["CHỦ TRÌ"].x
    assert placed["Nguyễn Thị Hương"].right < middle < placed["Nguyễn Văn Đức"].x
    # 3–4 blank lines between the label and the name (baselines one line further apart).
    line = 14 * 1.2
    blank = placed["THƯ KÝ"].y - placed["Nguyễn Thị Hương"].y - line
    assert 3 * line - 0.01 <= blank <= 4 * line + 0.01
    assert placed["CHỦ TRÌ"].y == pytest.approx(placed["THƯ KÝ"].y)
    annex = " ".join(annex_page.extract_text().split())
    assert "PHỤ LỤC ĐÍNH CHÍNH" in annex
    assert "1. Đính chính ngày 05/03/2026" in annex
    assert "Sửa thời hạn nhiệm vụ số 2 thành ngày 28/02/2026." in annex
    assert "PHỤ LỤC" not in " ".join(signed_page.extract_text().split())


def test_every_page_carries_the_short_code_in_the_bottom_margin(
    finalised_pdf: tuple[PdfReader, str],
) -> None:
    reader, _ = finalised_pdf
    record = sample_record()
    code = record.meeting.short_code
    assert len(code) == 9 and code[4] == "-"
    assert len(reader.pages) >= 3
    for number, page in enumerate(reader.pages, start=1):
        footer = [p for p in placed_text(page) if p.text == f"Mã biên bản: {code}"]
        assert len(footer) == 1, number
        assert footer[0].y < 20 * mm and footer[0].size == party.FOOTER_SIZE, number


def test_a_draft_is_marked_on_every_page_and_carries_no_code(tmp_path: Path) -> None:
    path = tmp_path / "nhap.pdf"
    with path.open("wb") as target:
        write_minutes_pdf(sample_print(sample_record(finalised=False)), target)
    reader, text = pdf_text(path)
    assert "Mã biên bản" not in text
    assert "PHỤ LỤC" not in text
    for number, page in enumerate(reader.pages, start=1):
        assert "BẢN NHÁP – chưa hoàn tất" in [p.text for p in placed_text(page)], number


def test_every_text_stays_inside_the_party_margins(finalised_pdf: tuple[PdfReader, str]) -> None:
    reader, _ = finalised_pdf
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (595, 842)  # A4 portrait
        placed = placed_text(page)
        page_number = [p for p in placed if p.text == str(number) and p.y > height - 20 * mm]
        assert len(page_number) == (1 if number > 1 else 0), number
        body = [p for p in placed if p not in page_number and not p.text.startswith("Mã biên bản")]
        assert min(p.x for p in body) >= 30 * mm - 0.01, number
        assert max(p.right for p in body) <= width - 15 * mm + 0.01, number
        assert max(p.y + 0.9 * p.size for p in body) <= height - 20 * mm + 0.01, number
        assert min(p.y for p in body) >= 20 * mm - 0.01, number


def test_empty_parts_read_as_sentences(tmp_path: Path) -> None:
    bare = Minutes(chair=Person("Nguyễn Văn Đức"))
    path = tmp_path / "trong.pdf"
    with path.open("wb") as target:
        write_minutes_pdf(sample_print(sample_record(False, minutes=bare, tasks=0)), target)
    _, text = pdf_text(path)
    for expected in (
        "Thời gian: bắt đầu lúc …… ngày 05/02/2026, kết thúc lúc …….",
        "Địa điểm: ………………",
        "Thư ký: đồng chí ………………",
        "Không có khách mời.",
        "Chưa ghi nội dung sinh hoạt.",
        "Không có nhiệm vụ của kỳ trước cần kiểm điểm.",
        "Chưa ghi kết luận.",
        "Không giao nhiệm vụ.",
        "Không có nội dung biểu quyết.",
        "Chưa chấm điểm chất lượng buổi sinh hoạt.",
        "Chưa đóng đảng phí: 1 đồng chí (Trần Văn Bình).",
    ):
        assert expected in text, expected
    assert "thời lượng" not in text  # no duration without both times
    assert "Đồng chí Nguyễn Văn Đức" not in text  # nobody spoke


def test_a_thematic_meeting_names_its_topic(tmp_path: Path) -> None:
    record = sample_record(finalised=False)
    thematic = dataclasses.replace(
        record.meeting, kind=MeetingKind.THEMATIC, topic="Học tập và làm theo tư tưởng Hồ Chí Minh"
    )
    path = tmp_path / "chuyen_de.pdf"
    with path.open("wb") as target:
        write_minutes_pdf(sample_print(dataclasses.replace(record, meeting=thematic)), target)
    _, text = pdf_text(path)
    assert "Sinh hoạt chi bộ chuyên đề: Học tập và làm theo tư tưởng Hồ Chí Minh" in text


def test_the_resolution(tmp_path: Path) -> None:
    path = tmp_path / "nghi_quyet.pdf"
    with path.open("wb") as target:
        write_resolution_pdf(sample_print(), target)
    reader, text = pdf_text(path)
    lines = [line.strip() for line in reader.pages[0].extract_text().split("\n")]
    for expected in (
        "ĐẢNG BỘ XÃ TÂN LẬP",
        "CHI BỘ THÔN ĐÔNG",
        "Số 05-NQ/CB",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Tân Lập, ngày 05 tháng 02 năm 2026",
        "NGHỊ QUYẾT",
        "về lãnh đạo thực hiện nhiệm vụ tháng 02 năm 2026",
    ):
        assert expected in lines, expected
    assert text.index("Chi bộ đánh giá tháng 01") < text.index("Tháng 02, chi bộ")
    assert "Phân công thực hiện:" in text
    assert (
        "- Nhiệm vụ số 1: vận động các hộ trong xóm tham gia làm đường giao thông nông thôn "
        "(thực hiện: Phạm Quốc Việt; thời hạn: 25/02/2026; báo cáo kết quả: 03/03/2026)." in text
    )
    last = [line.strip() for line in reader.pages[-1].extract_text().split("\n")]
    for expected in (
        "Nơi nhận:",
        "- Đảng ủy xã (để báo cáo);",
        "- Đảng viên trong chi bộ;",
        "- Lưu Chi bộ.",
        "T/M CHI BỘ",
        "BÍ THƯ",
        "Nguyễn Văn Đức",
    ):
        assert expected in last, expected
    assert "Mã biên bản" not in text and "BẢN NHÁP" not in text  # an ordinary Party document


def test_a_conclusion_without_its_number_leaves_blanks_for_the_pen(tmp_path: Path) -> None:
    minutes = dataclasses.replace(
        sample_minutes(),
        document_type=DocumentType.CONCLUSION,
        document_number=None,
        document_title="",
    )
    assert resolution_number(minutes) == "Số    -KL/CB"
    path = tmp_path / "ket_luan.pdf"
    with path.open("wb") as target:
        write_resolution_pdf(sample_print(sample_record(False, minutes=minutes)), target)
    reader = PdfReader(path)
    placed = placed_text(reader.pages[0])
    number = next(p for p in placed if p.text.startswith("Số"))
    assert number.text.endswith("-KL/CB")
    assert number.right - number.x > 60  # the blank keeps its width on the paper
    lines = [p.text for p in placed]
    assert "KẾT LUẬN" in lines
    assert "Sinh hoạt chi bộ thường kỳ tháng 02/2026" in lines  # no title given: the meeting's


def test_each_line_typed_in_the_resolution_is_its_own_paragraph() -> None:
    typed = "1. Tập trung thu hoạch vụ đông.\n2. Vận động   đóng góp làm đường.\n\n3. Dọn vệ sinh."
    minutes = dataclasses.replace(sample_minutes(), document_text=typed)
    layout = resolution_layout(sample_print(sample_record(minutes=minutes)))
    texts = ["".join(span.text for span in block.spans) for block in layout.body]
    assert texts[:3] == [
        "1. Tập trung thu hoạch vụ đông.",
        "2. Vận động đóng góp làm đường.",
        "3. Dọn vệ sinh.",
    ]
