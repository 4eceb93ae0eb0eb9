"""Benchmark: importing a 5,000-row roster workbook into a commune of 2,000 members.

Part of the performance suite: ``python -m pytest --perf tests/perf -s`` (see ``conftest.py``).
Not a timed assertion: each step is recorded beside the baseline measured in the same run —
plain openpyxl reading every cell of the same file in read-only mode, the least any import must
do — and the test asserts only that the import is right (5,000 members written, one undo takes
them back).
"""

from __future__ import annotations

import datetime as dt
import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import openpyxl
import pytest
from perf_report import Record

from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.roster_import import RowStatus
from chibo_desktop.services.workspace import Workspace, open_workspace

ROWS = 5_000
ON_ROSTER = 2_000
NEW_CELLS = 10
T = TypeVar("T")

HEADERS = [
    "STT", "Họ và tên", "Tên gọi khác", "Giới tính", "Ngày sinh", "Dân tộc", "Tôn giáo",
    "Số định danh cá nhân", "Số thẻ đảng viên", "Ngày cấp thẻ", "Nơi cấp thẻ", "Số lý lịch",
    "Nơi đăng ký khai sinh", "Quê quán", "Tỉnh, thành phố", "Xã, phường", "Nơi ở hiện nay",
    "Chi bộ", "Ngày vào Đảng", "Ngày kết nạp", "Ngày chính thức", "Giáo dục phổ thông",
    "Chuyên môn nghiệp vụ", "Lý luận chính trị", "Ngoại ngữ", "Tin học", "Số điện thoại",
    "Ghi chú",
]  # fmt: skip
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hạnh", "Khánh", "Lan", "Minh", "Nga", "Phúc"]
THEORY = ["Sơ cấp", "Trung cấp", "Cao cấp", "Cử nhân", ""]


def timed(action: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def write_roster(path: Path, cell_names: list[str]) -> None:
    """5,000 distinct members: half the dates are Excel date cells, half typed as text."""
    # A normal (not write-only) workbook, saved as Excel saves one: shared strings and the sheet
    # size up front (write-only mode writes neither, which makes every reader far slower).
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet.append(["DANH SÁCH ĐẢNG VIÊN"])
    sheet.append([])
    sheet.append(HEADERS)
    for n in range(ROWS):
        female = n % 3 == 0
        name = f"{FAMILY[n % 10]} {'Thị' if female else 'Văn'} {GIVEN[n % 11]}"
        # Four days apart: no row repeats another's (or a demo member's) name and date of birth.
        born = dt.date(1940, 1, 1) + dt.timedelta(days=4 * n + 1)
        admitted = born + dt.timedelta(days=20 * 365 + n % 1800)
        official = admitted + dt.timedelta(days=380)
        as_text = n % 2 == 0

        def shown(day: dt.date, text: bool = as_text) -> object:
            return day.strftime("%d/%m/%Y") if text else dt.datetime.combine(day, dt.time())

        sheet.append([
            n + 1, name, "", "Nữ" if female else "Nam", shown(born), "Kinh", "Không",
            f"099{n:09d}", f"9{n:07d}", shown(official), "Đảng ủy xã Tân Lập", f"LL-{n}",
            "Tân Lập", "Tân Lập, Hưng Yên", "Hưng Yên", "Tân Lập", f"Xóm {n % 9 + 1}",
            cell_names[n % len(cell_names)], shown(admitted), shown(admitted), shown(official),
            "12/12", "Kỹ sư nông nghiệp", THEORY[n % 5], "Tiếng Anh B", "Tin học A",
            f"09{n:08d}", "",
        ])  # fmt: skip
    book.save(path)


_INLINE = re.compile(
    r'<c r="([A-Z]+\d+)"((?: s="\d+")?) t="inlineStr"><is><t(?: xml:space="preserve")?>(.*?)</t>'
    r"</is></c>",
    re.S,
)
_SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_SST_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def with_shared_strings(source: Path, target: Path) -> None:
    """The same workbook with its text in a shared-string table, as Excel saves it (openpyxl
    writes every text inline, which is slower to read)."""
    strings: dict[str, int] = {}

    def shared(match: re.Match[str]) -> str:
        index = strings.setdefault(match.group(3), len(strings))
        return f'<c r="{match.group(1)}"{match.group(2)} t="s"><v>{index}</v></c>'

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item).decode("utf-8")
            if item.filename.startswith("xl/worksheets/"):
                data = _INLINE.sub(shared, data)
            elif item.filename == "[Content_Types].xml":
                part = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SST_TYPE}"/>'
                data = data.replace("</Types>", part + "</Types>")
            elif item.filename == "xl/_rels/workbook.xml.rels":
                relation = (
                    f'<Relationship Id="rIdSst" Type="{_SST_RELATION}" Target="sharedStrings.xml"/>'
                )
                data = data.replace("</Relationships>", relation + "</Relationships>")
            new.writestr(item, data)
        items = "".join(f"<si><t>{text}</t></si>" for text in strings)
        new.writestr(
            "xl/sharedStrings.xml",
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>',
        )


def plain_openpyxl(path: Path) -> int:
    """The baseline: every cell of the sheet, read-only, nothing else."""
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in book.active.iter_rows(values_only=True))
    finally:
        book.close()


def import_figures(workspace: Workspace, path: Path) -> list[tuple[str, float]]:
    service = workspace.roster_import
    baseline, rows_read = timed(lambda: plain_openpyxl(path))
    read, table = timed(lambda: service.read(path))
    analyse, preview = timed(lambda: service.analyse(table, service.guess_mapping(table)))
    apply, _ = timed(lambda: service.apply(preview))
    members_after = workspace.members.count(MemberQuery(on_roll_only=False))
    undo, _ = timed(workspace.undo.undo)

    assert rows_read == ROWS + 3
    assert preview.count(RowStatus.OK) == ROWS, [r.problems for r in preview.rows[:3]]
    assert len(preview.new_cells) == NEW_CELLS
    assert members_after == ON_ROSTER + ROWS
    assert workspace.members.count(MemberQuery(on_roll_only=False)) == ON_ROSTER
    return [
        ("plain openpyxl, read-only (baseline)", baseline),
        ("read the file (service.read)", read),
        ("find columns, parse, validate, duplicates", analyse),
        ("write in one command (checks again first)", apply),
        ("import in all: read + analyse + write", read + analyse + apply),
        ("undo the whole import", undo),
    ]


@pytest.mark.perf
def test_import_of_5000_rows(tmp_path: Path, record: Record) -> None:
    workspace: Workspace = open_workspace(tmp_path / "commune.sqlite")
    try:
        workspace.demo.generate(DemoSettings(members=ON_ROSTER, cells=20, seed=3))
        existing = [u.name for u in workspace.units.all() if u.is_cell]
        cell_names = existing + [f"Thôn Mới {n}" for n in range(1, NEW_CELLS + 1)]
        inline = tmp_path / "inline strings.xlsx"
        write_roster(inline, cell_names)
        shared = tmp_path / "shared strings.xlsx"
        with_shared_strings(inline, shared)
        for label, path in (("as Excel saves it", shared), ("as openpyxl writes it", inline)):
            figures = import_figures(workspace, path)
            baseline = figures[0][1]
            for step, took in figures[1:]:
                record(
                    f"roster import, {ROWS:,} rows {label}: {step}",
                    took,
                    "s",
                    baseline=baseline,
                    baseline_name="openpyxl read-only",
                    note=f"{len(HEADERS)} columns, {path.stat().st_size / 1e6:.1f} MB, "
                    f"into {ON_ROSTER:,} members",
                )
    finally:
        workspace.close()
