"""Looking at a PDF inside the app before it is printed (PDFium pages) and printing it.

pypdfium2 ships PDFium as a wheel for Windows and Linux, needs no system library and renders
exactly what the printer will get; Qt's own PDF module is not part of PySide6-Essentials.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPainter, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from competition_app import safe_write
from competition_app.ui.common import prompts
from competition_app.ui.common.workers import Cancelled, Progress, Task, run_task
from competition_app.ui.window.crash_reporting import error_text

# certificates: renders them issued, handing the PDF to `write` inside the unit of work that
# issues them (printing_view.certificate_saver), and returns it
Issue = Callable[[Progress, Callable[[bytes], None]], bytes]

PREVIEW_DPI = 96
PRINT_DPI = 300  # sharp text and seals on paper, a job of a few MB


def _t(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


def page_image(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    """One page as a QImage at `dpi` (PDF points are 1/72 inch)."""
    bitmap = document[index].render(scale=dpi / 72, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA)
    image = QImage(
        bytes(bitmap.buffer),
        bitmap.width,
        bitmap.height,
        bitmap.stride,
        QImage.Format.Format_ARGB32,
    )
    return image.copy()  # detach from the PDFium buffer, which is freed with the bitmap


def print_pdf(
    document: pdfium.PdfDocument,
    printer: QPrinter,
    pages: range,
    progress: Progress | None = None,
) -> int:
    """Paint `pages` onto `printer`, each filling the printable area; returns how many were sent.

    Pages are rendered at PRINT_DPI (not at the printer's 1200 dpi, which made an 11-page job
    of 76 MB) without an alpha channel. Safe off the UI thread (QPainter on a QPrinter);
    `progress` raises Cancelled when the user cancels, and the job is then aborted.
    """
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    sent = 0
    area = printer.pageLayout().paintRectPixels(printer.resolution()).size()
    dpi = min(printer.resolution(), PRINT_DPI)
    try:
        for n, index in enumerate(pages):
            if progress is not None:
                progress(n, len(pages), _t("正在打印第 %1 页").replace("%1", str(n + 1)))
            if n:
                printer.newPage()
            image = page_image(document, index, dpi).convertToFormat(QImage.Format.Format_RGB32)
            size = image.size().scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
            sent += 1
    except Cancelled:
        printer.abort()
        raise
    finally:
        painter.end()
    return sent


def orient(printer: QPrinter, document: pdfium.PdfDocument) -> None:
    """Landscape paper for a landscape document (a certificate), so it prints at full size."""
    page = document[0]
    landscape = page.get_width() > page.get_height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


PREVIEW_SIZE = (900, 1000)  # a portrait A4 page with room around it


def fitting_size(widget: QWidget) -> QSize:
    """The size wanted, but never more than 90 % of the screen's free area: on a 1366×768
    laptop the buttons under the page stay on the screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() * 0.9
    return QSize(*PREVIEW_SIZE).boundedTo(room)


class PdfPreviewDialog(QDialog):
    """Pages of a rendered PDF, one at a time, with print and save buttons.

    With `issue` (certificates), the pages shown were rendered issuing nothing; saving or
    printing issues them first (`issue`) and then saves or prints what was issued, so only a
    certificate that reaches a file or the printer is in the register."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        *,
        issue: Issue | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(_t("预览：%1").replace("%1", title))
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.document = pdfium.PdfDocument(pdf)
        self.issue = issue
        self.saved_to: Path | None = None
        self.print_task: Task | None = None
        self.save_task: Task | None = None
        self._issued: bytes | None = None  # what printing issued, taken on the UI thread
        self.printed = 0
        self.page = QLabel()
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setObjectName("PdfPage")
        self.scroll = scroll = QScrollArea()
        scroll.setWidget(self.page)
        scroll.setWidgetResizable(True)
        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(1, len(self.document)))
        self.page_box.valueChanged.connect(self.show_page)
        self.count = QLabel(_t("共 %1 页").replace("%1", str(len(self.document))))
        previous = QPushButton(_t("上一页"))
        previous.clicked.connect(lambda: self.page_box.setValue(self.page_box.value() - 1))
        following = QPushButton(_t("下一页"))
        following.clicked.connect(lambda: self.page_box.setValue(self.page_box.value() + 1))
        self.print_button = QPushButton(_t("打印…"))
        self.print_button.setObjectName("Primary")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(_t("另存为 PDF…"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(_t("关闭"))
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        for w in (previous, QLabel(_t("第")), self.page_box, self.count, following):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.save_button, self.print_button, close):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        self.note = QLabel(
            _t("预览不颁发证书：保存或打印时才登记证书编号并写入审计记录。") if issue else ""
        )
        self.note.setObjectName("Muted")
        self.note.setVisible(issue is not None)
        layout.addWidget(self.note)
        layout.addLayout(bar)
        self.resize(fitting_size(self))
        self.show_page(1)

    @property
    def page_count(self) -> int:
        return len(self.document)

    def show_page(self, number: int) -> None:
        from PySide6.QtGui import QPixmap

        if self.print_task is not None and not self.print_task.done:
            return  # PDFium is not thread-safe: no preview while the worker prints

        # Fit the page's width to the window (never larger than screen size), so a landscape
        # certificate is seen whole.
        width_pt = self.document[number - 1].get_width()
        room = max(200, self.scroll.viewport().width() - 24)
        dpi = min(PREVIEW_DPI, room * 72 / width_pt)
        self.page.setPixmap(QPixmap.fromImage(page_image(self.document, number - 1, dpi)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.show_page(self.page_box.value())

    def print_document(self, *, printer: QPrinter | None = None) -> Task | None:
        """The system print dialog, then every page (or the range chosen) to the printer, in a
        worker with a progress box that can cancel: the window never freezes. `printed` is
        how many pages were sent."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            orient(printer, self.document)
            dialog = QPrintDialog(printer, self)
            dialog.setMinMax(1, self.page_count)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, last) if first and last else range(self.page_count)
        self._printer = printer  # kept alive until the job is done
        pdf, issue = self.pdf, self.issue
        self._issued = None

        def work(progress: Progress) -> int:
            nonlocal pdf
            if issue is not None:
                # issued (and committed) before a page goes out: a printed certificate is
                # always in the register; one that then fails to print keeps its serial
                pdf = self._issued = issue(progress, lambda _pdf: None)
            # a document of its own: this one keeps drawing the preview meanwhile
            document = pdfium.PdfDocument(pdf)
            try:
                return print_pdf(document, printer, pages, progress)
            finally:
                document.close()

        self.print_button.setEnabled(False)
        self.print_task = run_task(
            self,
            work,
            self._printed,
            label=_t("正在打印……"),
            on_error=self._print_failed,
            on_cancel=lambda: self.print_button.setEnabled(True),
            show_after_ms=0,
        )
        return self.print_task

    def _printed(self, sent: object) -> None:
        assert isinstance(sent, int)
        if self._issued is not None:
            self._show_issued(self._issued)
        self.printed = sent
        self.print_button.setEnabled(True)
        self.count.setText(
            _t("共 %1 页").replace("%1", str(self.page_count))
            + _t("，已送打印机 %1 页").replace("%1", str(self.printed))
        )

    def _print_failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        if self._issued is not None:
            self._show_issued(self._issued)
        self.count.setText(_t("打印失败：%1").replace("%1", error_text(exc)))

    def _show_issued(self, pdf: bytes) -> None:
        """From now on the dialog holds what was issued (the same pages, unless another
        station issued meanwhile): saving or printing it again issues nothing new."""
        self.pdf, self.issue = pdf, None
        self.document.close()
        self.document = pdfium.PdfDocument(pdf)
        self.note.setText(_t("证书已颁发，编号已登记。"))
        self.show_page(min(self.page_box.value(), self.page_count))

    def save(self, path: Path | None = None) -> Path | None:
        if path is None:
            path = prompts.save_file(
                self, _t("保存 PDF"), self.suggested_name, _t("PDF 文件 (*.pdf)")
            )
            if path is None:
                return None
        path = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
        if self.issue is None:
            safe_write.write_bytes(path, self.pdf)
            self.saved_to = path
            return path
        issue, target = self.issue, path

        def write(pdf: bytes) -> None:
            safe_write.write_bytes(target, pdf)

        def work(progress: Progress) -> bytes:
            # the file is written inside the unit of work that issues: no file, nothing issued
            return issue(progress, write)

        def saved(pdf: object) -> None:
            assert isinstance(pdf, bytes)
            self._show_issued(pdf)
            self.saved_to = target
            self.save_button.setEnabled(True)

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.count.setText(_t("保存失败：%1").replace("%1", error_text(exc)))

        self.save_button.setEnabled(False)
        self.save_task = run_task(
            self,
            work,
            saved,
            label=_t("正在颁发并保存证书……"),
            on_error=failed,
            on_cancel=lambda: self.save_button.setEnabled(True),
        )
        return path

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)


def _strings() -> None:  # pragma: no cover - read by pyside6-lupdate (literal calls only)
    QCoreApplication.translate("PdfPreview", "预览：%1")
    QCoreApplication.translate("PdfPreview", "共 %1 页")
    QCoreApplication.translate("PdfPreview", "上一页")
    QCoreApplication.translate("PdfPreview", "下一页")
    QCoreApplication.translate("PdfPreview", "打印…")
    QCoreApplication.translate("PdfPreview", "另存为 PDF…")
    QCoreApplication.translate("PdfPreview", "关闭")
    QCoreApplication.translate("PdfPreview", "第")
    QCoreApplication.translate("PdfPreview", "保存 PDF")
    QCoreApplication.translate("PdfPreview", "PDF 文件 (*.pdf)")
    QCoreApplication.translate("PdfPreview", "正在打印第 %1 页")
    QCoreApplication.translate("PdfPreview", "正在打印……")
    QCoreApplication.translate("PdfPreview", "，已送打印机 %1 页")
    QCoreApplication.translate("PdfPreview", "打印失败：%1")
    QCoreApplication.translate("PdfPreview", "保存失败：%1")
    QCoreApplication.translate("PdfPreview", "正在颁发并保存证书……")
    QCoreApplication.translate(
        "PdfPreview", "预览不颁发证书：保存或打印时才登记证书编号并写入审计记录。"
    )
    QCoreApplication.translate("PdfPreview", "证书已颁发，编号已登记。")
