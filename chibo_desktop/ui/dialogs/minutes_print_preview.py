"""Printing the minutes or the resolution through Qt's print dialog with a preview, and saving
them as PDF or Word.

What is printed is the PDF the print service renders — the same file "Export PDF" writes — so
the paper, the PDF and the preview never differ. Qt cannot draw a PDF onto a printer as vectors,
so each page is rendered as an image at the printer's resolution and drawn over the whole sheet.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.meetings import DocumentType
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.minutes_print import MinutesPrintService, PrintedDocument
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.export_flow import ask_file, offer_to_open
from chibo_desktop.ui.export_texts import describe_export_error
from chibo_desktop.ui.screen_fit import fit_to_screen

# Printers report 600 or 1200 dpi; an A4 page rendered at 1200 dpi is a 500 MB image, and old
# office PCs have 2–4 GB. 300 dpi prints text as sharp as the eye reads it at arm's length.
MAX_PRINT_DPI = 300
_WHITE = QColor("white")
_CONTEXT = "MinutesPrintPreview"
_TITLES = {
    ".pdf": QT_TRANSLATE_NOOP("MinutesPrintPreview", "Export PDF"),
    ".docx": QT_TRANSLATE_NOOP("MinutesPrintPreview", "Export Word"),
}
_FILTERS = {
    ".pdf": QT_TRANSLATE_NOOP("MinutesPrintPreview", "PDF document (*.pdf)"),
    ".docx": QT_TRANSLATE_NOOP("MinutesPrintPreview", "Word document (*.docx)"),
}
# The first words of the suggested file name.
_MINUTES = QT_TRANSLATE_NOOP("MinutesPrintPreview", "Minutes")
_FILE_NAMES = {
    DocumentType.RESOLUTION: QT_TRANSLATE_NOOP("MinutesPrintPreview", "Resolution"),
    DocumentType.CONCLUSION: QT_TRANSLATE_NOOP("MinutesPrintPreview", "Conclusion"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


@contextmanager
def waiting() -> Iterator[None]:
    """The wait cursor while something slow runs on the window's thread."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def load_pdf(data: bytes, parent: QObject) -> QPdfDocument:
    """The PDF ``data`` as a document (owned by ``parent``) whose pages Qt can render."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)  # the document reads from the buffer for as long as it lives
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def page_image(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """One page at ``dpi``, black on white, in shades of grey (a quarter of the memory of a
    colour image: the minutes are black text)."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    rendered = document.render(page, size)  # transparent where the page has nothing
    sheet = QImage(size, QImage.Format.Format_RGB32)
    sheet.fill(_WHITE)
    painter = QPainter(sheet)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return sheet.convertToFormat(QImage.Format.Format_Grayscale8)


def paint_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw each page of ``document`` over a whole sheet of ``printer``; the pages drawn."""
    printer.setFullPage(True)  # the PDF has its own margins
    # The paper of the document (A4 for Party documents), whatever the printer last used.
    if document.pageCount():
        printer.setPageSize(QPageSize(document.pagePointSize(0), QPageSize.Unit.Point))
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        sheet = printer.pageLayout().fullRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = QRect(0, 0, sheet.width(), sheet.height())
            painter.drawImage(target, page_image(document, page, dpi))
    finally:
        painter.end()
    return document.pageCount()


class MinutesPrintPreview(QPrintPreviewDialog):
    """Qt's print preview of the minutes or of the resolution (chosen in the toolbar), with
    "Export PDF…" and "Export Word…" beside "Print"."""

    def __init__(
        self,
        printing: MinutesPrintService,
        meeting_id: UUID,
        document: PrintedDocument = PrintedDocument.MINUTES,
        parent: QWidget | None = None,
    ) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own its printer
        self._printing = printing
        self._meeting_id = meeting_id
        self.pdf: QPdfDocument | None = None
        self.setWindowTitle(self.tr("Print preview"))
        fit_to_screen(self, 1000, 720)

        self.document_choice = QComboBox()
        self.document_choice.addItem(_tr(_MINUTES), PrintedDocument.MINUTES.value)
        self.document_choice.addItem(
            self.tr("Resolution or conclusion"), PrintedDocument.RESOLUTION.value
        )
        self.document_choice.setCurrentIndex(self.document_choice.findData(document.value))
        self.document_choice.currentIndexChanged.connect(self._document_chosen)
        toolbar = self.findChild(QToolBar)
        assert toolbar is not None, "QPrintPreviewDialog has a toolbar"
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr("Document:") + " "))
        toolbar.addWidget(self.document_choice)
        toolbar.addSeparator()
        toolbar.addAction(self.tr("Export PDF…"), lambda: self._export(".pdf"))
        toolbar.addAction(self.tr("Export Word…"), lambda: self._export(".docx"))

        self.paintRequested.connect(self._paint)
        self.load(document)

    def chosen(self) -> PrintedDocument:
        return PrintedDocument(self.document_choice.currentData())

    def load(self, document: PrintedDocument) -> None:
        """Render ``document`` from the stored minutes (what the preview and printer show)."""
        with waiting():
            data = self._printing.render(self._meeting_id, document, ".pdf")
        if self.pdf is not None:
            self.pdf.deleteLater()
        self.pdf = load_pdf(data, self)

    def _document_chosen(self) -> None:
        self.load(self.chosen())
        preview = self.findChild(QPrintPreviewWidget)
        if preview is not None:
            preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        if self.pdf is None:
            return
        with waiting():  # each page is rendered as an image: a moment on an old PC
            paint_pages(self.pdf, printer)

    def _export(self, suffix: str) -> None:
        export_document(self, self._printing, self._meeting_id, self.chosen(), suffix)


def export_document(
    parent: QWidget,
    printing: MinutesPrintService,
    meeting_id: UUID,
    document: PrintedDocument,
    suffix: str,
) -> Path | None:
    """Ask where to save the minutes or the resolution as ``suffix`` (.pdf or .docx), write it
    from the stored minutes, and offer to open it; the file written, None when cancelled."""
    title = _tr(_TITLES[suffix])
    destination = _ask_destination(parent, printing, meeting_id, document, suffix, title)
    if destination is None:
        return None
    try:
        with waiting():
            written = printing.write(meeting_id, document, destination)
    except (OperationRefused, OSError) as error:
        inform(parent, title, describe_export_error(error), warning=True)
        return None
    offer_to_open(parent, title, written)
    return written


def _ask_destination(
    parent: QWidget,
    printing: MinutesPrintService,
    meeting_id: UUID,
    document: PrintedDocument,
    suffix: str,
    title: str,
) -> Path | None:
    printable = printing.document(meeting_id)
    meeting = printable.record.meeting
    if document is PrintedDocument.MINUTES:
        what = _tr(_MINUTES)
    else:
        what = _tr(_FILE_NAMES[meeting.minutes.document_type])
    name = " - ".join(
        part for part in (what, printable.cell_name, format_date(meeting.on)) if part.strip()
    )
    return ask_file(parent, title, name, suffix, _tr(_FILTERS[suffix]))
