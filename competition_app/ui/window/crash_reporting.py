"""Bugs go to a rotating log file in the user's log directory and a dialog; user errors are shown plainly."""

from __future__ import annotations

import faulthandler
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from competition_app.domain.errors import UserError, ValidationError
from competition_app.domain.wording import counted
from competition_app.ui.window.translation import service_text

log = logging.getLogger("competition_app")
LOG_FILE_NAME = "competition-app.log"
_handling = False


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("competition-app", appauthor=False))


class LogFile(RotatingFileHandler):
    """The rotating log file, which also receives faulthandler's report of a native crash (a
    segfault or abort inside Qt kills the process before any Python handler runs): the Python
    stack of every thread lands in the log the user is pointed to. After a rotation the report
    follows to the new file."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        self.report_native_crashes()

    def report_native_crashes(self) -> None:
        global _crash_log
        if self.stream is not None:
            faulthandler.enable(file=self.stream, all_threads=True)
            _crash_log = self

    def doRollover(self) -> None:
        super().doRollover()
        self.report_native_crashes()

    def close(self) -> None:
        global _crash_log
        if _crash_log is self:
            # faulthandler holds the file's descriptor number, which the next file opened reuses
            faulthandler.disable()
            _crash_log = None
        super().close()


_crash_log: LogFile | None = None


def setup_logging(directory: Path | None = None) -> Path:
    """Log to a rotating file (1 MB x 5), native crashes included, and return its path."""
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE_NAME
    root = logging.getLogger()
    mine = [h for h in root.handlers if isinstance(h, LogFile) and Path(h.baseFilename) == path]
    if mine:
        mine[0].report_native_crashes()
    else:
        root.addHandler(LogFile(path))
        root.setLevel(logging.INFO)
    return path


START_LINE = "starting; log file"
# what faulthandler writes first: a signal on Linux and macOS, an SEH exception on Windows
CRASH_LINES = ("Fatal Python error:", "Windows fatal exception:")


def crashed_last_time(path: Path) -> bool:
    """Whether the last run written to this log ended in a native crash: faulthandler's report
    comes after the last start line. Read before this run writes its own start line."""
    try:
        with path.open("rb") as f:
            f.seek(max(0, f.seek(0, 2) - 256_000))
            tail = f.read().decode("utf-8", errors="replace")
    except OSError:
        return False
    crash = max(tail.rfind(line) for line in CRASH_LINES)
    return crash >= 0 and crash > tail.rfind(START_LINE)


def show_previous_crash(parent: QWidget | None, path: Path) -> QMessageBox:
    """Told once, at the next start: a native crash closed the window with no dialog."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "程序错误"))
    box.setText(
        QCoreApplication.translate(
            "Errors", "程序上次意外退出。已保存的数据不受影响。\n原因已记录到：\n%1"
        ).replace("%1", str(path))
    )
    box.open()
    return box


def error_text(exc: BaseException) -> str:
    """What the window says about a refusal or failure, in its language (see `service_text`)."""
    return user_error_text(exc) if isinstance(exc, UserError) else service_text(str(exc))


def user_error_text(exc: UserError) -> str:
    """A user error in plain words; a ValidationError lists every problem (at most 20)."""
    if isinstance(exc, ValidationError) and exc.problems:
        lines = [service_text(str(p)) for p in exc.problems[:20]]
        if len(exc.problems) > 20:
            # %1, not Qt's %n: pyside6-lupdate does not take a count's forms from Python
            lines.append(
                counted(
                    QCoreApplication.translate("Errors", "……共 %1 处问题"),
                    {"%1": len(exc.problems)},
                )
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
