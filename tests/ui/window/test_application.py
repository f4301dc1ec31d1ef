"""Start-up: the shipped CJK font, error reporting, background work."""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from typing import Any

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from competition_app.domain.errors import Problem, UserError, ValidationError
from competition_app.ui.common.workers import Cancelled, run_task
from competition_app.ui.window import crash_reporting
from competition_app.ui.window.application import register_fonts
from competition_app.ui.window.crash_reporting import excepthook, setup_logging, user_error_text


def test_the_shipped_cjk_font_is_the_fallback(qt_app):
    family = register_fonts()
    assert family  # the font file shipped in resources/fonts (cjk_font_path)
    assert family in QFontDatabase.families()
    font = QApplication.font()
    # after the system's interface font, then the rare-character fonts
    assert font.families()[-3:] == [family, "CompetitionRareA", "HanaMinB"]
    shipped = QFontMetrics(QFontDatabase.font(family, "", 10))
    assert all(shipped.inFontUcs4(ord(ch)) for ch in "职业技能大赛赛务系统（演示）")
    assert QFontInfo(QLabel("职业技能大赛").font()).pointSize() == 10


@pytest.mark.parametrize("name", ["陈𠮷", "刘䶮"], ids=["ext-b", "ext-a"])
def test_rare_characters_in_the_window_come_from_a_shipped_font(qt_app, qtbot, name):
    from PySide6.QtGui import QRawFont

    label = QLabel(name)
    qtbot.addWidget(label)
    font = label.font()
    rare = ord(name[-1])
    # which font draws the character is decided by the label's own families, in turn: one of
    # them must have it (QRawFont is the one face, with no system fallback behind it)
    having = [f for f in font.families()
              if QRawFont.fromFont(QFontDatabase.font(f, "", 10)).supportsCharacter(rare)]  # fmt: skip
    assert having, font.families()
    assert set(having) & {"CompetitionRareA", "HanaMinB"}  # resources/fonts, on any machine
    assert QFontMetrics(font).inFontUcs4(rare)


def test_user_errors_in_plain_words(qt_app, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        crash_reporting, "show_user_error", lambda parent, exc: shown.append(user_error_text(exc))
    )
    excepthook(UserError, UserError("工种“电工”的成绩已锁定"), None)
    assert shown == ["工种“电工”的成绩已锁定"]
    problems = [Problem(f"a.csv:{i}:name", "姓名为空") for i in range(2, 30)]
    text = user_error_text(ValidationError(problems))
    assert text.count("姓名为空") == 20 and "28" in text


def test_bugs_are_logged_to_a_file_and_reported(qt_app, tmp_path, monkeypatch):
    path = setup_logging(tmp_path / "logs")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0
    )
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        excepthook(*sys.exc_info())
    for h in logging.getLogger().handlers:
        h.flush()
    logged = path.read_text(encoding="utf-8")
    assert "RuntimeError: boom" in logged and "Traceback" in logged
    text, details = shown[0]
    assert str(path) in text and "RuntimeError: boom" in text
    assert "Traceback" not in text and details == ""  # the traceback is in the log only
    root = logging.getLogger()
    for h in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(h)
        h.close()


def test_a_task_runs_off_the_ui_thread(qtbot):
    seen: dict[str, Any] = {}

    def work(progress: Any) -> int:
        seen["thread"] = threading.current_thread()
        progress(1, 2, "半程")
        return 42

    task = run_task(None, work, lambda r: seen.setdefault("result", r), label="计算")
    qtbot.waitUntil(lambda: task.done)
    assert seen["result"] == 42
    assert seen["thread"] is not threading.main_thread()


def test_a_task_can_be_cancelled(qtbot):
    gate = threading.Event()
    outcome: list[str] = []

    def work(progress: Any) -> None:
        gate.wait(5)
        progress(1, 10)  # raises Cancelled once the user cancelled
        outcome.append("finished")

    task = run_task(
        None,
        work,
        lambda r: outcome.append("done"),
        label="导入",
        on_cancel=lambda: outcome.append("cancelled"),
    )
    task.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    assert task.dialog.labelText() == "正在取消……"
    gate.set()
    qtbot.waitUntil(lambda: task.done)
    assert outcome == ["cancelled"]


def test_a_user_error_in_a_task_goes_to_on_error(qtbot):
    errors: list[BaseException] = []

    def work(progress: Any) -> None:
        raise UserError("文件是空的")

    task = run_task(None, work, lambda r: None, label="读取", on_error=errors.append)
    qtbot.waitUntil(lambda: task.done)
    assert [str(e) for e in errors] == ["文件是空的"]


def test_cancelled_is_an_exception():
    with pytest.raises(Cancelled):
        raise Cancelled
