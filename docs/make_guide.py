"""The user guide's pictures, taken from the real program on demo data, and the guide as a PDF.

    python docs/make_guide.py            pictures into docs/hinh/, then docs/huong-dan-su-dung.pdf
    python docs/make_guide.py --pdf-only only the PDF, from the guide and the pictures there
    python docs/make_guide.py --out DIR  everything into DIR instead (the guide is copied there)

Each picture in ``SHOTS`` is a window or dialog of the program, opened in Vietnamese on a demo
commune (a fixed seed, on the fixed day ``GUIDE_DAY``) and put in the state a step of the guide
describes. Run it again after changing a window: the pictures follow, and a test fails when the
guide names a picture the script does not take (or the other way round).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
os.environ["QT_HASH_SEED"] = "0"  # the PDF's fonts written in the same order every time

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

DOCS = ROOT / "docs"
GUIDE_NAME = "huong-dan-su-dung.md"
PDF_NAME = "huong-dan-su-dung.pdf"
PICTURES = "hinh"  # the pictures' folder, beside the guide
GUIDE_DAY = date(2026, 11, 21)
# What a clerk's Windows PC shows where these pictures, taken elsewhere, show a temporary folder.
WINDOWS_HOME = r"C:\Users\VanPhong\AppData\Local\ChiboDesktop"
WINDOWS_STICK = "E:\\"

import time_machine  # noqa: E402  (the clock stands still on the guide's day, see Studio)
from PySide6.QtCore import QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from chibo_desktop import paths  # noqa: E402
from chibo_desktop.app import _application  # noqa: E402
from chibo_desktop.domain.enums import CellKind, SiteRole  # noqa: E402
from chibo_desktop.services.backups import BackupReason  # noqa: E402
from chibo_desktop.services.demo import DemoSettings  # noqa: E402
from chibo_desktop.services.workspace import Workspace, open_workspace  # noqa: E402
from chibo_desktop.ui import i18n  # noqa: E402
from chibo_desktop.ui.main_window import MainWindow  # noqa: E402
from chibo_desktop.ui.widgets.drive_chooser import Destination  # noqa: E402

DEMO = DemoSettings(members=120, cells=4, years=2, seed=1, today=GUIDE_DAY)
# The guide's morning, in Vietnam: what the program's clock reads while the pictures are taken.
GUIDE_MORNING = datetime(2026, 11, 21, 8, 30)
GUIDE_ZONE = "Asia/Ho_Chi_Minh"
ADMIN = ("lan", "Nguyễn Thị Lan", "mat-khau-2026")  # sign-in name, full name, password
STICK_NAME = "KINGSTON"
STICK_FREE = 7_512_000_000
WAIT_MS = 60_000


@dataclass
class Studio:
    """Where the pictures are taken: a temporary data folder (CHIBO_HOME) holding the demo
    commune, the province it reports to, a folder standing for the USB stick, and the program's
    window on the commune's database."""

    root: Path
    out: Path
    taken: list[str] = field(default_factory=list)
    ws: Workspace | None = None
    commune_key: str = ""
    window: MainWindow | None = None

    @property
    def home(self) -> Path:
        return self.root / "ChiboDesktop"

    @property
    def stick(self) -> Path:
        folder = self.root / STICK_NAME
        folder.mkdir(exist_ok=True)
        return folder

    @property
    def province(self) -> Path:
        return self.root / "tinh-uy.sqlite"

    @property
    def commune(self) -> Path:
        return paths.default_database_path()

    # -- the program -------------------------------------------------------------------------
    def open_window(self) -> MainWindow:
        """The commune's database in the program's window, signed in, as the clerk sees it."""
        self.close_window()
        self.ws = open_workspace(self.commune)
        self.ws.accounts.sign_in(ADMIN[0], ADMIN[2])
        self.window = MainWindow(self.ws)
        self.window.resize(1180, 700)
        self.window.show()
        self.window.tree.setCurrentItem(self.window.tree.topLevelItem(0))
        settle()
        return self.window

    def close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
            settle()
        if self.ws is not None:
            self.ws.close()
            self.ws = None

    def drives(self) -> list[Destination]:
        """The USB stick, as plugged_in_drives() lists it."""
        return [Destination(self.stick, STICK_NAME, STICK_FREE)]

    # -- pictures ----------------------------------------------------------------------------
    def take(self, name: str, widget: QWidget) -> None:
        settle()
        typed = {line: line.text() for line in widget.findChildren(QLineEdit)}
        windows_paths(widget, {str(self.stick): WINDOWS_STICK, str(self.home): WINDOWS_HOME})
        settle()
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        for line, text in typed.items():  # what the program reads stays the real path
            if line.text() != text:
                line.setText(text)
        if not image.save(str(self.out / name), "PNG"):
            raise OSError(f"cannot write {self.out / name}")
        self.taken.append(name)


def settle() -> None:
    """Let Qt lay out and paint what was just changed."""
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents()


def wait_for(condition: Callable[[], object], what: str) -> None:
    """Background work (the program's worker thread) finishing, or a window opening."""
    waited = 0
    while not condition():
        if waited > WAIT_MS:
            raise TimeoutError(f"the guide's pictures: waited in vain for {what}")
        QTest.qWait(20)  # serves the window's events meanwhile
        waited += 20


def windows_paths(widget: QWidget, replacements: dict[str, str]) -> None:
    """Folders as a clerk's Windows PC names them (the stick as E:\\, the data folder under
    AppData) where the pictures, taken in a temporary folder, would show its name."""

    def replaced(text: str) -> str:
        for old, new in replacements.items():

            def windows(match: re.Match[str], new: str = new) -> str:
                rest, stop = match.group(1), ""
                if rest.endswith("."):
                    rest, stop = rest[:-1], "."
                return (new.rstrip("\\") + rest.replace("/", "\\") if rest else new) + stop

            text = re.sub(re.escape(old) + r"([^\s)»”,]*)", windows, text)
        return text

    for label in [*widget.findChildren(QLabel), *widget.findChildren(QLineEdit)]:
        if any(old in label.text() for old in replacements):
            label.setText(replaced(label.text()))
    for view in widget.findChildren(QListWidget):
        for row in range(view.count()):
            item = view.item(row)
            item.setText(replaced(item.text()))


def click(button: QAbstractButton) -> None:
    assert button.isEnabled(), button.text()
    button.click()
    settle()


def answering(act: Callable[[QDialog], None], trigger: Callable[[], object]) -> None:
    """``trigger()`` opens a window with its own event loop (a dialog's exec, a message): ``act``
    is done to it as a person would, picture included, and must close it."""
    seen: list[QDialog] = []

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and not seen:
            seen.append(modal)
            timer.stop()
            QTimer.singleShot(0, lambda: act(modal))

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    trigger()
    timer.stop()
    if not seen:
        raise RuntimeError("the guide's pictures: the window to answer never opened")


def current_tab(tabs: QTabWidget, index: int) -> None:
    tabs.setCurrentIndex(index)
    settle()


# -- the pictures, in the order they are taken ------------------------------------------------

Shot = Callable[[Studio], None]
SHOTS: dict[str, Shot] = {}


def picture(name: str) -> Callable[[Shot], Shot]:
    def register(shot: Shot) -> Shot:
        if name in SHOTS:
            raise ValueError(f"two pictures named {name}")
        SHOTS[name] = shot
        return shot

    return register


# 1. Thiết lập lần đầu ------------------------------------------------------------------------


@picture("thiet-lap-lan-dau.png")
def first_set_up(s: Studio) -> None:
    from chibo_desktop.ui.dialogs.first_run_dialog import FirstRunDialog

    with opened(s.root / "moi.sqlite") as ws:
        dialog = FirstRunDialog(ws.setup, ws.demo)
        dialog.office_name.setText("Văn phòng Đảng ủy xã Tân Lập")
        dialog.place_name.setText("Tân Lập")
        dialog.root_name.setText("Đảng bộ xã Tân Lập")
        kinds = [CellKind.RESIDENTIAL, CellKind.RESIDENTIAL, CellKind.SCHOOL]
        names = ["Chi bộ thôn Đông", "Chi bộ thôn Đoài", "Chi bộ Trường Tiểu học Tân Lập"]
        for row, (name, kind) in enumerate(zip(names, kinds, strict=True)):
            dialog.cells.setItem(row, 0, QTableWidgetItem(name))
            combo = dialog.cells.cellWidget(row, 1)
            combo.setCurrentIndex(combo.findData(kind.value))
        dialog.resize(700, 520)
        dialog.show()
        s.take("thiet-lap-lan-dau.png", dialog)
        dialog.close()


@picture("tai-khoan-quan-tri.png")
def first_administrator(s: Studio) -> None:
    from chibo_desktop.ui.dialogs.sign_in_dialog import FirstAdministratorDialog

    with opened(s.root / "moi.sqlite") as ws:
        dialog = FirstAdministratorDialog(ws.accounts)
        dialog.full_name.setText(ADMIN[1])
        dialog.login.setText(ADMIN[0])
        dialog.password.setText(ADMIN[2])
        dialog.repeated.setText(ADMIN[2])
        dialog.show()
        s.take("tai-khoan-quan-tri.png", dialog)
        dialog.close()


@picture("dang-nhap.png")
def sign_in(s: Studio) -> None:
    from chibo_desktop.ui.dialogs.sign_in_dialog import SignInDialog

    make_demo_offices(s)
    with opened(s.commune) as ws:
        dialog = SignInDialog(ws.accounts)
        dialog.sign_in.password.setText(ADMIN[2])
        dialog.show()
        s.take("dang-nhap.png", dialog)
        dialog.close()


# 2. Bắt đầu: the window ------------------------------------------------------------------------


@picture("cua-so-chinh.png")
def main_window(s: Studio) -> None:
    window = s.open_window()
    s.take("cua-so-chinh.png", window)


# 3. Thêm đảng viên --------------------------------------------------------------------------------


def _new_member_dialog(s: Studio) -> QDialog:
    from chibo_desktop.ui.dialogs.member_dialog import MemberDialog

    assert s.window is not None and s.ws is not None
    cells = [u for u in s.ws.units.all() if u.is_cell]
    dialog = MemberDialog(
        s.ws.members, cells, default_cell=cells[0].id, parent=s.window, records=s.ws.records
    )
    dialog.full_name.setText("Trần Văn Hùng")
    dialog.birth_date.set_value(date(1985, 3, 12))
    dialog.personal_id.setText("040085001234")
    dialog.phone.setText("0912 345 678")
    dialog.birth_place.setText("xã Phú Tiến, tỉnh Hưng Yên")
    dialog.hometown.setText("xã Phú Tiến, tỉnh Hưng Yên")
    return dialog


@picture("them-dang-vien.png")
def new_member(s: Studio) -> None:
    dialog = _new_member_dialog(s)
    dialog.show()
    s.take("them-dang-vien.png", dialog)
    dialog.close()


@picture("them-dang-vien-dang.png")
def new_member_party(s: Studio) -> None:
    dialog = _new_member_dialog(s)
    dialog.admission_date.set_value(date(2026, 5, 19))
    dialog.ceremony_date.set_value(date(2026, 6, 2))
    dialog.show()
    current_tab(dialog.tabs, 1)
    s.take("them-dang-vien-dang.png", dialog)
    dialog.close()


@picture("them-dang-vien-loi.png")
def new_member_mistake(s: Studio) -> None:
    dialog = _new_member_dialog(s)
    dialog.admission_date.set_value(date(2026, 5, 19))
    dialog.personal_id.setText("04008500123")  # a digit short
    dialog.show()
    save = next(b for b in dialog.findChildren(QAbstractButton) if b.text() == "Lưu")
    click(save)
    s.take("them-dang-vien-loi.png", dialog)
    dialog.close()


# 4. Nhập từ Excel -------------------------------------------------------------------------------

IMPORT_FILE = "Danh sách đảng viên chi bộ ấp 4.xlsx"


def write_roster_sheet(path: Path) -> Path:
    """A roster as offices keep it in Excel: title rows, their own column headings, a cell that
    does not exist yet, a date mistyped and a member already on the roll."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    rows: list[list[object]] = [
        ["ĐẢNG BỘ XÃ PHÚ TIẾN", None, None, None, "ĐẢNG CỘNG SẢN VIỆT NAM"],
        [],
        [None, None, "DANH SÁCH ĐẢNG VIÊN CHI BỘ ẤP 4"],
        [],
        [
            "STT",
            "Họ và tên",
            "Giới tính",
            "Ngày sinh",
            "Số CCCD",
            "Chi bộ",
            "Ngày vào Đảng",
            "Ngày chính thức",
            "Số thẻ đảng",
        ],
        [
            1,
            "Phan Văn Thắng",
            "Nam",
            date(1968, 4, 2),
            "040068004512",
            "Chi bộ ấp 4",
            date(1994, 5, 19),
            date(1995, 5, 19),
            "10234567",
        ],
        [
            2,
            "Lê Thị Mai",
            "Nữ",
            date(1979, 9, 15),
            "040179007731",
            "Chi bộ ấp 4",
            date(2008, 3, 3),
            date(2009, 3, 3),
            "10234568",
        ],
        [
            3,
            "Vũ Đình Khang",
            "Nam",
            "31/02/1990",
            "040090002245",
            "Chi bộ ấp 4",
            date(2016, 7, 1),
            date(2017, 7, 1),
            "10234569",
        ],
        [
            4,
            "Đỗ Thị Hằng",
            "Nữ",
            date(1983, 12, 24),
            "040183005518",
            "Chi bộ ấp 4",
            date(2012, 2, 3),
            date(2013, 2, 3),
            "10234570",
        ],
    ]
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _wizard(s: Studio):
    wizard = getattr(s, "wizard", None)
    if wizard is None:
        from chibo_desktop.ui.dialogs.import_wizard import ImportWizard

        assert s.ws is not None and s.window is not None
        wizard = ImportWizard(s.ws.roster_import, s.ws.units, s.window)
        wizard.imported.connect(s.window.apply_changes)
        wizard.resize(980, 640)
        wizard.show()
        s.wizard = wizard  # type: ignore[attr-defined]
    return wizard


def _next_page(wizard, page) -> None:
    wizard.next()
    wait_for(lambda: wizard.currentPage() is page, "the next page of the import")
    settle()


@picture("nhap-excel-1-chon-tep.png")
def import_file(s: Studio) -> None:
    wizard = _wizard(s)
    sheet = write_roster_sheet(s.stick / IMPORT_FILE)
    wizard.file_page.path.setText(str(sheet))
    s.take("nhap-excel-1-chon-tep.png", wizard)


@picture("nhap-excel-2-cot.png")
def import_columns(s: Studio) -> None:
    wizard = _wizard(s)
    _next_page(wizard, wizard.mapping_page)
    s.take("nhap-excel-2-cot.png", wizard)


@picture("nhap-excel-3-kiem-tra.png")
def import_check(s: Studio) -> None:
    wizard = _wizard(s)
    _next_page(wizard, wizard.preview_page)
    s.take("nhap-excel-3-kiem-tra.png", wizard)


@picture("nhap-excel-4-nhap.png")
def import_confirm(s: Studio) -> None:
    wizard = _wizard(s)
    _next_page(wizard, wizard.confirm_page)
    wizard.confirm_page.create_cells.setChecked(True)
    wizard.confirm_page.only_good.setChecked(True)
    wizard.resize(980, 360)  # the page says little: no need for the room the rows needed
    settle()
    s.take("nhap-excel-4-nhap.png", wizard)
    _next_page(wizard, wizard.result_page)
    wizard.close()
    s.wizard = None  # type: ignore[attr-defined]


# 5. Sinh hoạt chi bộ ----------------------------------------------------------------------------

MEETING_CELL = "Chi bộ ấp 2"


def _meetings_tab(s: Studio):
    assert s.window is not None
    s.window.tabs.setCurrentWidget(s.window.meetings)
    settle()
    return s.window.meetings


@picture("sinh-hoat-tong-hop.png")
def meetings_overview(s: Studio) -> None:
    tab = _meetings_tab(s)
    assert s.window is not None
    s.window.tree.setCurrentItem(s.window.tree.topLevelItem(0))
    tab.year.setValue(GUIDE_DAY.year)
    settle()
    s.take("sinh-hoat-tong-hop.png", s.window)


@picture("sinh-hoat-ke-hoach.png")
def meeting_plan(s: Studio) -> None:
    from chibo_desktop.ui.dialogs.meeting_plan_dialog import MeetingPlanDialog

    assert s.ws is not None and s.window is not None
    cell = _unit(s, MEETING_CELL)
    dialog = MeetingPlanDialog(
        s.ws.meetings, cell, GUIDE_DAY.year + 1, members=s.ws.members, parent=s.window
    )
    dialog.show()
    s.take("sinh-hoat-ke-hoach.png", dialog)
    dialog.close()


@picture("sinh-hoat-lich-chi-bo.png")
def cell_calendar(s: Studio) -> None:
    tab = _meetings_tab(s)
    overview = tab.overview_model
    row = next(
        r for r in range(overview.rowCount()) if overview.overview_at(r).unit.name == MEETING_CELL
    )
    tab.overview_table.selectRow(row)
    click(tab.open_cell_button)
    meeting = _november_meeting(s)
    model = tab.meeting_model
    tab.meeting_table.selectRow(
        next(r for r in range(model.rowCount()) if model.meeting_at(r).id == meeting.id)
    )
    assert s.window is not None
    s.take("sinh-hoat-lich-chi-bo.png", s.window)


def _november_meeting(s: Studio):
    """The cell's regular meeting of the guide's month: held, its minutes being written."""
    assert s.ws is not None
    cell = _unit(s, MEETING_CELL)
    return next(
        m
        for m in s.ws.meetings.in_year([cell.id], GUIDE_DAY.year)
        if m.planned_on.month == GUIDE_DAY.month and m.kind.value == "regular"
    )


def _unit(s: Studio, name: str):
    assert s.ws is not None
    return next(u for u in s.ws.units.all() if u.name == name)


def _minutes(s: Studio):
    editor = getattr(s, "editor", None)
    if editor is None:
        from chibo_desktop.ui.dialogs.minutes_editor import MinutesEditor

        assert s.ws is not None and s.window is not None
        editor = MinutesEditor(
            s.ws.meetings,
            s.ws.minutes_print,
            _november_meeting(s).id,
            s.window.apply_changes,
            s.window,
        )
        editor.resize(1180, 720)
        editor.show()
        s.editor = editor  # type: ignore[attr-defined]
    return editor


@picture("bien-ban-1-chung.png")
def minutes_general(s: Studio) -> None:
    editor = _minutes(s)
    current_tab(editor.tabs, 0)
    s.take("bien-ban-1-chung.png", editor)


@picture("bien-ban-2-diem-danh.png")
def minutes_roll_call(s: Studio) -> None:
    editor = _minutes(s)
    current_tab(editor.tabs, 1)
    s.take("bien-ban-2-diem-danh.png", editor)


@picture("bien-ban-3-noi-dung.png")
def minutes_content(s: Studio) -> None:
    editor = _minutes(s)
    current_tab(editor.tabs, 2)
    s.take("bien-ban-3-noi-dung.png", editor)


@picture("bien-ban-4-ket-luan.png")
def minutes_conclusion(s: Studio) -> None:
    editor = _minutes(s)
    current_tab(editor.tabs, 3)
    s.take("bien-ban-4-ket-luan.png", editor)


@picture("bien-ban-5-nhiem-vu.png")
def minutes_tasks(s: Studio) -> None:
    editor = _minutes(s)
    current_tab(editor.tabs, 4)
    s.take("bien-ban-5-nhiem-vu.png", editor)


@picture("bien-ban-6-cham-diem.png")
def minutes_score(s: Studio) -> None:
    editor = _minutes(s)
    current_tab(editor.tabs, 5)
    points = iter([5, 5, 9, 27, 9, 5, 27, 5])
    for spin in editor._quality_spins.values():
        spin.setValue(next(points))
    s.take("bien-ban-6-cham-diem.png", editor)


@picture("bien-ban-xem-truoc.png")
def minutes_preview(s: Studio) -> None:
    from chibo_desktop.ui.dialogs.minutes_print_preview import MinutesPrintPreview

    assert s.ws is not None
    editor = _minutes(s)
    editor.save_now()
    preview = MinutesPrintPreview(s.ws.minutes_print, _november_meeting(s).id, parent=editor)
    preview.resize(1180, 720)
    preview.show()
    settle()
    s.take("bien-ban-xem-truoc.png", preview)
    preview.close()


@picture("bien-ban-hoan-tat.png")
def minutes_finalise(s: Studio) -> None:
    editor = _minutes(s)

    def agree(box: QDialog) -> None:
        s.take("bien-ban-hoan-tat.png", box)
        box.accept()

    answering(agree, editor.finalise_button.click)
    editor.close()
    s.editor = None  # type: ignore[attr-defined]


# 6. Đánh giá, xếp loại --------------------------------------------------------------------------


def _evaluation_tab(s: Studio):
    assert s.window is not None
    s.window.tabs.setCurrentWidget(s.window.evaluation)
    s.window.tree.setCurrentItem(s.window.tree.topLevelItem(0))
    settle()
    return s.window.evaluation


@picture("danh-gia-tong-hop.png")
def evaluation_summary(s: Studio) -> None:
    _evaluation_tab(s)
    assert s.window is not None
    s.take("danh-gia-tong-hop.png", s.window)


@picture("danh-gia-chi-bo.png")
def evaluation_cell(s: Studio) -> None:
    tab = _evaluation_tab(s)
    assert s.window is not None
    model = tab.report_model
    row = model.row_of(_unit(s, MEETING_CELL).id)
    tab.report_table.selectRow(row)
    click(tab.open_cell_button)
    tab.annex_table.selectRow(0)
    s.take("danh-gia-chi-bo.png", s.window)


@picture("danh-gia-dang-vien.png")
def evaluation_member(s: Studio) -> None:
    tab = _evaluation_tab(s)

    def look(dialog: QDialog) -> None:
        dialog.resize(980, 700)
        s.take("danh-gia-dang-vien.png", dialog)
        dialog.reject()

    answering(look, tab.edit_button.click)


# 7. Gửi dữ liệu lên cấp trên ----------------------------------------------------------------------


@picture("gui-du-lieu.png")
def send_data(s: Studio) -> None:
    from chibo_desktop.ui.dialogs.sync_export_dialog import SyncExportDialog

    assert s.ws is not None and s.window is not None
    dialog = SyncExportDialog(s.ws.sync, s.window._runner, s.drives, s.window)
    dialog.show()
    s.take("gui-du-lieu.png", dialog)
    s.export_dialog = dialog  # type: ignore[attr-defined]


@picture("gui-du-lieu-xong.png")
def data_sent(s: Studio) -> None:
    dialog = s.export_dialog  # type: ignore[attr-defined]
    written: list[object] = []
    dialog.exported.connect(written.append)
    click(dialog.write_button)
    wait_for(lambda: written, "the package on the stick")
    settle()
    s.take("gui-du-lieu-xong.png", dialog)
    dialog.close()


# 8. Nhận giấy xác nhận ---------------------------------------------------------------------------


def _province_receives(s: Studio) -> None:
    """At the province: the commune's package applied (its key confirmed), and the receipt
    written beside it on the stick."""
    s.close_window()
    packages = sorted(s.stick.glob("*.chibo"))
    with opened(s.province) as ws:
        ws.sync.import_packages(packages, confirmed={s.commune_key})
    for package in packages:
        package.unlink()


@picture("nhan-giay-xac-nhan.png")
def receive_receipt(s: Studio) -> None:
    from chibo_desktop.ui.dialogs.sync_import_dialog import SyncImportDialog

    _province_receives(s)
    window = s.open_window()
    assert s.ws is not None
    dialog = SyncImportDialog(s.ws.sync, window._runner, window)
    dialog.imported.connect(window._after_import)
    dialog.resize(900, 480)
    dialog.show()
    dialog.add_paths(sorted(s.stick.glob("*.chibo")))
    wait_for(lambda: dialog.can_apply(), "the receipt checked")
    s.take("nhan-giay-xac-nhan.png", dialog)
    s.import_dialog = dialog  # type: ignore[attr-defined]


@picture("nhan-giay-xac-nhan-xong.png")
def receipt_applied(s: Studio) -> None:
    dialog = s.import_dialog  # type: ignore[attr-defined]
    click(dialog.apply_button)
    wait_for(lambda: dialog.summary.isVisible(), "the receipt applied")
    s.take("nhan-giay-xac-nhan-xong.png", dialog)
    dialog.close()


@picture("thanh-trang-thai.png")
def status_bar(s: Studio) -> None:
    assert s.window is not None
    s.window.tabs.setCurrentWidget(s.window.roster)
    settle()
    s.take("thanh-trang-thai.png", s.window.statusBar())


# 9. Khôi phục bản sao lưu ------------------------------------------------------------------------


@picture("khoi-phuc.png")
def restore(s: Studio) -> None:
    from chibo_desktop.ui.dialogs.restore_dialog import RestoreDialog

    assert s.ws is not None and s.window is not None
    dialog = RestoreDialog(s.ws.backups.folder, s.window._runner, s.window)
    dialog.resize(1100, 460)
    dialog.show()
    # Yesterday's backup on closing: the day's work before this morning's import.
    row = next(
        r
        for r in range(dialog.model.rowCount())
        if dialog.model.backup_at(r).reason is BackupReason.CLOSING
    )
    dialog.table.selectRow(row)
    s.take("khoi-phuc.png", dialog)
    s.chosen_backup = dialog.model.backup_at(row).path  # type: ignore[attr-defined]
    dialog.close()


@picture("khoi-phuc-xac-nhan.png")
def restored(s: Studio) -> None:
    from chibo_desktop.services.backups import BackupFolder
    from chibo_desktop.ui import startup

    s.close_window()
    startup.restore(BackupFolder(s.commune, paths.backups_dir()), s.chosen_backup)  # type: ignore[attr-defined]
    window = s.open_window()
    s.take("khoi-phuc-xac-nhan.png", window)


# 10. Khi gặp sự cố -------------------------------------------------------------------------------


@picture("bao-cao-loi.png")
def error_report(s: Studio) -> None:
    from chibo_desktop.ui.dialogs.error_report_dialog import ErrorReportDialog

    assert s.ws is not None and s.window is not None
    dialog = ErrorReportDialog(s.ws.error_report, s.window._runner, s.drives, s.window)
    dialog.show()
    s.take("bao-cao-loi.png", dialog)
    dialog.close()


# -- setting the stage ----------------------------------------------------------------------------


@contextmanager
def opened(path: Path) -> Iterator[Workspace]:
    ws = open_workspace(path)
    try:
        yield ws
    finally:
        ws.close()


def make_demo_offices(s: Studio) -> None:
    """The province (its keys and enrolment file on the stick) and the demo commune, enrolled
    with it, with the clerk's administrator account and a few days of backups."""
    with time_machine.travel(_vietnam(datetime(2026, 11, 16, 7, 30)), tick=False):
        _set_up_offices(s)
    with opened(s.commune) as ws:
        # The office's week: a backup on opening every morning and one on closing.
        for day in range(16, GUIDE_DAY.day):
            for hour, minute, reason in (
                (7, 42, BackupReason.DAILY),
                (16, 55, BackupReason.CLOSING),
            ):
                with time_machine.travel(
                    _vietnam(datetime(2026, 11, day, hour, minute)), tick=False
                ):
                    ws.backups.take(reason)
    (s.stick / "tinh-uy-hung-yen.chibo-enrol").unlink()


def _vietnam(moment: datetime) -> datetime:
    return moment.replace(tzinfo=ZoneInfo(GUIDE_ZONE))


def _set_up_offices(s: Studio) -> None:
    with opened(s.province) as ws:
        ws.setup.initialize(
            office_name="Văn phòng Tỉnh ủy Hưng Yên",
            place_name="Hưng Yên",
            role=SiteRole.UPPER,
            root_name="Đảng bộ tỉnh Hưng Yên",
        )
        ws.sync.keys()
        ws.sync.write_enrolment(s.stick / "tinh-uy-hung-yen.chibo-enrol")
    with opened(s.commune) as ws:
        ws.demo.generate(DEMO)
        ws.accounts.create_first_administrator(*ADMIN[:2], ADMIN[2])
        ws.sync.keys()
        s.commune_key = ws.sync.fingerprint()
        ws.sync.enrol(s.stick / "tinh-uy-hung-yen.chibo-enrol")


# -- running it -----------------------------------------------------------------------------------


@contextmanager
def _drawn_ids() -> Iterator[None]:
    """Record ids and the offices' keys from a seeded generator rather than the system's: the
    names of the files the pictures show (a package on the stick, its receipt) end with part of
    an id or of a key's fingerprint. Only for the pictures: these keys protect nothing."""
    from chibo_desktop.domain import entities
    from chibo_desktop.sync.keys import SiteKeys

    drawn = random.Random(DEMO.seed)
    system, generate = entities.secrets, SiteKeys.__dict__["generate"]
    entities.secrets = SimpleNamespace(randbits=drawn.getrandbits)  # type: ignore[assignment]
    SiteKeys.generate = classmethod(  # type: ignore[method-assign]
        lambda cls: cls(signing_seed=drawn.randbytes(32), box_secret=drawn.randbytes(32))
    )
    try:
        yield
    finally:
        entities.secrets = system
        SiteKeys.generate = generate  # type: ignore[method-assign]


def take_pictures(out: Path, names: list[str] | None = None) -> list[str]:
    """Every picture of SHOTS (or up to the last of ``names``) into ``out``; their names."""
    out.mkdir(parents=True, exist_ok=True)
    app = _application()
    i18n.install("vi")
    app.setStyle("Fusion")
    with (
        tempfile.TemporaryDirectory(prefix="chibo-guide-") as temporary,
        time_machine.travel(_vietnam(GUIDE_MORNING), tick=False),
        _drawn_ids(),
    ):
        root = Path(temporary)
        os.environ["CHIBO_HOME"] = str(root / "ChiboDesktop")
        studio = Studio(root, out)
        try:
            for name, shot in SHOTS.items():
                shot(studio)
                if name not in studio.taken:
                    raise RuntimeError(f"the step for {name} took no picture of that name")
                if names and name == names[-1]:
                    break
        finally:
            studio.close_window()
    return studio.taken


# -- the PDF ---------------------------------------------------------------------------------------

# Layout units are the screen's 96 per inch, as the pictures' pixels: a picture no wider than the
# text is printed at the size it has on screen.
_UNITS_PER_MM = 96 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = 210 * _UNITS_PER_MM, 297 * _UNITS_PER_MM  # A4
MARGIN_LEFT, MARGIN_RIGHT = 25 * _UNITS_PER_MM, 20 * _UNITS_PER_MM
MARGIN_TOP, MARGIN_BOTTOM = 20 * _UNITS_PER_MM, 25 * _UNITS_PER_MM
FOOTER_GAP = 10 * _UNITS_PER_MM  # from the page's foot to the footer's baseline
BODY_FONT = ("Liberation Serif", 12)
TITLE = "Hướng dẫn sử dụng Chi bộ Desktop"
CONTENTS = "Mục lục"


def render_pdf(guide: Path, pdf: Path) -> int:
    """The guide as an A4 PDF: each chapter from a new page, the contents with page numbers on
    the first, pictures scaled to the text's width, "Trang n/N" at the foot. Its page count."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QUuid
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextBlockFormat,
        QTextCursor,
        QTextDocument,
        QTextFormat,
        QTextLength,
        QTextTableFormat,
    )

    from chibo_desktop.ui.help_window import chapters, fit_images, load_guide

    _application()
    document = QTextDocument()
    document.setDefaultFont(QFont(*BODY_FONT))
    load_guide(document, guide.parent)
    text_width = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    fit_images(document, guide.parent, text_width)
    frame = document.rootFrame().frameFormat()
    frame.setLeftMargin(MARGIN_LEFT)
    frame.setRightMargin(MARGIN_RIGHT)
    frame.setTopMargin(MARGIN_TOP)
    frame.setBottomMargin(MARGIN_BOTTOM)
    document.rootFrame().setFrameFormat(frame)
    document.setPageSize(QSizeF(PAGE_WIDTH, PAGE_HEIGHT))

    found = chapters(document)
    for chapter in found:
        if chapter.level == 2:
            cursor = QTextCursor(document.findBlock(chapter.position))
            heading = cursor.blockFormat()
            heading.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(heading)
    # The contents, before the first chapter: a row per chapter, its page filled in once the
    # pages are laid out (chapters start on a new page, so the rows cannot move them).
    first = next(c for c in found if c.level == 2)
    cursor = QTextCursor(document.findBlock(first.position))
    cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertBlock(QTextBlockFormat())
    bold = cursor.charFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    bold.setFontPointSize(BODY_FONT[1] + 2)
    cursor.insertText(CONTENTS, bold)
    table_format = QTextTableFormat()
    table_format.setBorder(0)
    table_format.setCellPadding(2)
    table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table_format.setColumnWidthConstraints(
        [
            QTextLength(QTextLength.Type.PercentageLength, 90),
            QTextLength(QTextLength.Type.PercentageLength, 10),
        ]
    )
    listed = [c for c in found if c.level == 2]
    table = cursor.insertTable(len(listed), 2, table_format)
    for row, chapter in enumerate(listed):
        table.cellAt(row, 0).firstCursorPosition().insertText(chapter.title)
    layout = document.documentLayout()
    pages = document.pageCount()
    numbers = []  # first, all of them: writing one moves the positions of the next
    for chapter in (c for c in chapters(document) if c.level == 2):
        block = document.findBlock(chapter.position)
        line = block.layout().lineAt(0)
        top = block.layout().position().y() + line.y() + line.height() / 2
        numbers.append(str(int(top // PAGE_HEIGHT) + 1))
    for row, number in enumerate(numbers):
        cell = table.cellAt(row, 1).firstCursorPosition()
        right = cell.blockFormat()
        right.setAlignment(Qt.AlignmentFlag.AlignRight)
        cell.setBlockFormat(right)
        cell.insertText(number)
    if document.pageCount() != pages:
        raise RuntimeError("the contents moved the chapters: the guide's first page is too full")

    pdf.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(pdf))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setResolution(300)
    writer.setTitle(TITLE)
    writer.setCreator("Chi bộ Desktop — docs/make_guide.py")
    writer.setDocumentId(QUuid("{5c1b0d3e-8f4a-4c6e-9a57-2b1d6e0f4a21}"))  # not a new one each time
    painter = QPainter(writer)
    scale = writer.resolution() / 96
    footer_font = QFont(BODY_FONT[0])
    footer_font.setPixelSize(13)  # layout units, as the text's
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        painter.scale(scale, scale)
        painter.save()
        painter.translate(0, -page * PAGE_HEIGHT)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, page * PAGE_HEIGHT, PAGE_WIDTH, PAGE_HEIGHT)
        painter.setClipRect(context.clip)
        layout.draw(painter, context)
        painter.restore()
        painter.setFont(footer_font)
        foot = PAGE_HEIGHT - FOOTER_GAP
        painter.drawLine(
            QPointF(MARGIN_LEFT, foot - 14), QPointF(PAGE_WIDTH - MARGIN_RIGHT, foot - 14)
        )
        painter.drawText(QPointF(MARGIN_LEFT, foot), TITLE)
        number = f"Trang {page + 1}/{pages}"
        width = painter.fontMetrics().horizontalAdvance(number)
        painter.drawText(QPointF(PAGE_WIDTH - MARGIN_RIGHT - width, foot), number)
        painter.restore()
    painter.end()
    _fix_dates(pdf)
    return pages


def _fix_dates(pdf: Path) -> None:
    """The PDF dated on the guide's day rather than when it was rendered, so that rendering it
    again changes nothing (same length: nothing after it moves)."""
    stamp = GUIDE_MORNING.strftime("%Y%m%d%H%M%S")
    data = pdf.read_bytes()
    data = re.sub(rb"\(D:\d{14}", b"(D:" + stamp.encode(), data)
    moment = GUIDE_MORNING.strftime("%Y-%m-%dT%H:%M:%S").encode()
    data = re.sub(rb'(Date=")\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d', rb"\g<1>" + moment, data)
    pdf.write_bytes(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS, help="where the guide's files go")
    parser.add_argument("--pdf-only", action="store_true", help="only render the PDF")
    parser.add_argument("--only", nargs="*", help="take the pictures up to these ones")
    args = parser.parse_args(argv)
    started = time.monotonic()
    out: Path = args.out
    if out.resolve() != DOCS.resolve():
        out.mkdir(parents=True, exist_ok=True)
        shutil.copy(DOCS / GUIDE_NAME, out / GUIDE_NAME)
    if not args.pdf_only:
        taken = take_pictures(out / PICTURES, args.only)
        print(f"{len(taken)} pictures in {out / PICTURES}")
    if not args.only:
        pages = render_pdf(out / GUIDE_NAME, out / PDF_NAME)
        print(f"{out / PDF_NAME}: {pages} pages")
    print(f"done in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
