"""Bugs go to a rotating log file in the user's log directory and a dialog; user errors are shown plainly."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from competition_app.domain.errors import UserError, ValidationError
from competition_app.ui.window.translation import service_text

log = logging.getLogger("competition_app")
LOG_FILE_NAME = "competition-app.log"
_handling = False


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("competition-app", appauthor=False))


def setup_logging(directory: Path | None = None) -> Path:
    """Log to a rotating file (1 MB x 5) and return its path."""
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE_NAME
    root = logging.getLogger()
    if not any(
        isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers
    ):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def error_text(exc: BaseException) -> str:
    """What the window says about a refusal or failure, in its language (see `service_text`)."""
    return user_error_text(exc) if isinstance(exc, UserError) else service_text(str(exc))


def user_error_text(exc: UserError) -> str:
    """A user error in plain words; a ValidationError lists every problem (at most 20)."""
    if isinstance(exc, ValidationError) and exc.problems:
        lines = [service_text(str(p)) for p in exc.problems[:20]]
        if len(exc.problems) > 20:
            lines.append(
                QCoreApplication.translate("Errors", "……共 %n 处问题", "", len(exc.problems))
            )
        return "\n".join(lines)
    return service_text(str(exc))


def show_user_error(parent: QWidget | None, exc: UserError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Errors", "无法完成操作"),
        user_error_text(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.exec()


def report_bug(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    """Log a bug with its traceback and tell the user, in one line, where the log is: the
    traceback goes to the log only, never into the window."""
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    where = handlers[0].baseFilename if handlers else str(log_dir() / LOG_FILE_NAME)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "程序错误"))
    box.setText(
        QCoreApplication.translate(
            "Errors", "程序出现了一个错误（%2）。已保存的数据不受影响。\n错误已记录到：\n%1"
        )
        .replace("%1", where)
        .replace("%2", f"{exc_type.__name__}: {exc}"[:200])
    )
    box.exec()


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _handling
    if _handling or QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _handling = True
    try:
        parent = QApplication.activeWindow()
        if isinstance(exc, UserError):
            show_user_error(parent, exc)
        else:
            report_bug(exc_type, exc, tb, parent)
    finally:
        _handling = False


def install_excepthook() -> None:
    sys.excepthook = excepthook
