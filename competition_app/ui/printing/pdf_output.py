"""Saving a rendered PDF where the user chooses, off the UI thread, and opening it if wished."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from competition_app import safe_write
from competition_app.domain.errors import UserError
from competition_app.ui.common import prompts
from competition_app.ui.common.workers import Progress, Task, run_task

Render = Callable[[Progress], bytes]
Save = Callable[[Progress, Callable[[bytes], None]], object]


def _t(text: str) -> str:
    return QCoreApplication.translate("PdfOutput", text)


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save (None: the user cancelled); the name always ends in .pdf."""
    path = prompts.save_file(parent, _t("保存 PDF"), suggested, _t("PDF 文件 (*.pdf)"))
    if path is None:
        return None
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def write_pdf(
    parent: QWidget,
    render: Render,
    path: Path,
    *,
    title: str,
    on_done: Callable[[Path], None],
    on_error: Callable[[BaseException], None],
    open_after: bool = False,
    save: Save | None = None,
) -> Task:
    """Render and write `path` on the thread pool; `on_done(path)` runs on the UI thread.

    `save(progress, write)`, when given, renders and calls `write(pdf)` itself: certificates
    write their PDF inside the unit of work that issues them (see certificates_pdf).
    """

    def write(pdf: bytes) -> None:
        safe_write.write_bytes(path, pdf)  # whole, or not there at all

    def work(progress: Progress) -> Path:
        if save is not None:
            save(progress, write)
        else:
            write(render(progress))
        return path

    def done(written: object) -> None:
        on_done(Path(str(written)))
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            on_error(exc)

    return run_task(
        parent,
        work,
        done,
        label=_t("正在生成“%1”……").replace("%1", title),
        on_error=failed,
    )


def _strings() -> None:  # pragma: no cover - read by pyside6-lupdate
    QCoreApplication.translate("PdfOutput", "保存 PDF")
    QCoreApplication.translate("PdfOutput", "PDF 文件 (*.pdf)")
    QCoreApplication.translate("PdfOutput", "正在生成“%1”……")
