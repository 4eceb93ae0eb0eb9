"""Trợ giúp → Hướng dẫn sử dụng: the user guide in a window, from the main window's menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication

from chibo_desktop import paths
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.help_window import HelpWindow, image_names
from chibo_desktop.ui.main_window import MainWindow

CHAPTERS = [
    "Bắt đầu",
    "Thiết lập lần đầu",
    "Thêm đảng viên",
    "Nhập danh sách từ Excel",
    "Sinh hoạt chi bộ hằng tháng: từ chương trình đến in biên bản",
    "Đánh giá, xếp loại cuối năm",
    "Gửi dữ liệu lên cấp trên bằng USB",
    "Nhận giấy xác nhận của cấp trên",
    "Khôi phục bản sao lưu",
    "Khi gặp sự cố",
]


def loaded(resource: object) -> bool:
    if isinstance(resource, QImage | QPixmap):
        return not resource.isNull()
    return bool(resource) and not QImage.fromData(resource).isNull()  # bytes of the file


def test_the_help_menu_opens_the_guide_with_its_chapters_and_pictures(
    qtbot, workspace: Workspace
) -> None:
    # Given the main window in Vietnamese
    i18n.install("vi")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.guide_action.shortcut() == QKeySequence("F1")

    # When the clerk chooses Help → User guide
    window.guide_action.trigger()
    guide = window.findChild(HelpWindow)

    # Then the guide is shown, its chapters listed to jump to
    assert guide is not None and guide.isVisible()
    contents = guide.contents
    titles = [contents.topLevelItem(i).text(0) for i in range(contents.topLevelItemCount())]
    assert titles == CHAPTERS
    assert "Chi bộ Desktop là chương trình" in guide.browser.toPlainText()
    # and every picture it names loads (no broken image)
    names = image_names(guide.browser.document())
    assert len(names) > 20
    for name in names:
        resource = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert loaded(resource), name
    # pictures wider than the window are scaled down to it
    assert guide.browser.document().idealWidth() <= guide.browser.viewport().width() + 1

    # When a chapter is chosen in the contents, the guide scrolls to it
    guide.browser.verticalScrollBar().setValue(0)
    restore = contents.topLevelItem(CHAPTERS.index("Khôi phục bản sao lưu"))
    contents.setCurrentItem(restore)
    contents.itemClicked.emit(restore, 0)
    shown = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft())
    assert guide.browser.verticalScrollBar().value() > 0
    assert shown.block().text() in ("Khôi phục bản sao lưu", "")  # the heading at the top

    # And the menu opens the same window again rather than a second one
    window.guide_action.trigger()
    assert len(window.findChildren(HelpWindow)) == 1
    assert guide.open_pdf_button.isEnabled() and guide.save_pdf_button.isEnabled()


def test_the_guide_is_found_beside_the_program(tmp_path: Path, qtbot) -> None:
    # The source tree keeps the guide in docs/, which build.spec ships as help/
    assert (paths.help_dir() / "huong-dan-su-dung.md").is_file()
    assert (paths.help_dir() / "huong-dan-su-dung.pdf").is_file()
    # A folder without the guide says so instead of failing
    window = HelpWindow(folder=tmp_path)
    qtbot.addWidget(window)
    assert "huong-dan-su-dung" not in window.browser.toPlainText()
    assert not window.missing.isHidden() and str(tmp_path) in window.missing.text()
    assert not window.open_pdf_button.isEnabled()
    QApplication.processEvents()
