"""Trợ giúp → Hướng dẫn sử dụng: the user guide (docs/huong-dan-su-dung.md with its pictures) in a
window, its chapters listed on the left to jump to, and its PDF to open or keep.

The same Markdown is rendered to the PDF by docs/make_guide.py, with the helpers here: what the
window shows and what is printed cannot drift apart.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImageReader,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop import paths
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.widgets.readable import make_readable

GUIDE_FILE = "huong-dan-su-dung.md"
PDF_FILE = "huong-dan-su-dung.pdf"
_IMAGE_MARGIN = 24  # pixels kept free beside a picture scaled to the window


@dataclass(frozen=True)
class Chapter:
    level: int  # 1: the title, 2: a chapter, 3: a section
    title: str
    position: int  # of its heading in the document


def load_guide(document: QTextDocument, folder: Path) -> None:
    """The guide's Markdown into ``document``, its pictures found beside it."""
    text = (folder / GUIDE_FILE).read_text("utf-8")
    document.setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
    document.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)


def chapters(document: QTextDocument) -> list[Chapter]:
    found = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            found.append(Chapter(level, block.text().strip(), block.position()))
        block = block.next()
    return found


def image_names(document: QTextDocument) -> list[str]:
    """The pictures the document shows, as written in it (relative to the guide)."""
    return [name for _block, _cursor, name in _images(document)]


def _images(document: QTextDocument) -> list[tuple[QTextBlock, QTextCursor, str]]:
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.KeepAnchor)
                name = fragment.charFormat().toImageFormat().name()
                found.append((block, cursor, name))
            iterator += 1
        block = block.next()
    return found


def fit_images(document: QTextDocument, folder: Path, width: float) -> None:
    """Every picture at its own size, or scaled down to ``width`` when wider."""
    sizes: dict[str, QSize] = {}
    for _block, cursor, name in _images(document):
        if name not in sizes:
            sizes[name] = QImageReader(str(folder / name)).size()
        natural = sizes[name]
        if not natural.isValid() or natural.width() <= 0:
            continue
        scale = min(1.0, width / natural.width())
        image = QTextImageFormat()
        image.setName(name)
        image.setWidth(natural.width() * scale)
        image.setHeight(natural.height() * scale)
        cursor.setCharFormat(image)


class HelpWindow(QWidget):
    """The guide beside its chapters; the PDF a button away. One per main window."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.folder = folder or paths.help_dir()
        self.setWindowTitle(self.tr("User guide — Chi bộ Desktop"))
        make_readable(self)
        fit_to_screen(self, 1100, 760)

        self.contents = QTreeWidget()
        self.contents.setHeaderLabel(self.tr("Contents"))
        self.contents.itemActivated.connect(self._go_to)
        self.contents.itemClicked.connect(self._go_to)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(self.folder)])
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])

        buttons = QDialogButtonBox()
        self.open_pdf_button = buttons.addButton(
            self.tr("&Open the PDF to print"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.save_pdf_button = buttons.addButton(
            self.tr("&Save the PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_pdf_button.clicked.connect(self.save_pdf)
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.close)
        for button in (self.open_pdf_button, self.save_pdf_button):
            button.setEnabled((self.folder / PDF_FILE).is_file())
        row = QHBoxLayout()
        row.addWidget(self.missing, 1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self._load()

    def _load(self) -> None:
        if not (self.folder / GUIDE_FILE).is_file():
            self.missing.setText(
                self.tr("The user guide is missing from {folder}.").format(folder=self.folder)
            )
            self.missing.show()
            return
        load_guide(self.browser.document(), self.folder)
        self.chapters = chapters(self.browser.document())
        parents: dict[int, QTreeWidgetItem] = {}
        for chapter in self.chapters:
            if chapter.level == 1:
                continue  # the guide's title
            above = parents.get(chapter.level - 1)
            item = QTreeWidgetItem([chapter.title])
            item.setData(0, Qt.ItemDataRole.UserRole, chapter.position)
            if above is None or chapter.level == 2:
                self.contents.addTopLevelItem(item)
            else:
                above.addChild(item)
            parents[chapter.level] = item
        self.contents.expandAll()
        self._fit()
        self.browser.viewport().installEventFilter(self)

    def show_chapter(self, title: str) -> None:
        """Scroll to the chapter (or section) called ``title``."""
        chapter = next(c for c in self.chapters if c.title == title)
        self._scroll_to(chapter.position)

    def _go_to(self, item: QTreeWidgetItem) -> None:
        self._scroll_to(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _scroll_to(self, position: int) -> None:
        document = self.browser.document()
        block = document.findBlock(position)
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    def _fit(self) -> None:
        width = self.browser.viewport().width() - 2 * self.browser.document().documentMargin()
        fit_images(self.browser.document(), self.folder, max(width - _IMAGE_MARGIN, 200))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The page's own width, once the window's layout has given it one.
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def open_pdf(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder / PDF_FILE)))

    def save_pdf(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the user guide"),
            str(Path.home() / PDF_FILE),
            self.tr("PDF document (*.pdf)"),
        )
        if not chosen:
            return
        try:
            shutil.copyfile(self.folder / PDF_FILE, chosen)
        except OSError as error:
            inform(
                self,
                self.tr("Save the user guide"),
                self.tr("The guide could not be saved to {path}: {reason}").format(
                    path=chosen, reason=error.strerror or error
                ),
                warning=True,
            )


def show_guide(parent: QWidget) -> HelpWindow:
    """The guide's window of ``parent`` (one, raised again if already open)."""
    window = parent.findChild(HelpWindow)
    if window is None:
        window = HelpWindow(parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
