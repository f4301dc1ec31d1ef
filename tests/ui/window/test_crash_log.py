"""A native crash (Qt segfaulting under Python) leaves the Python stack in the log file the crash
dialog names, also after the log has rotated."""

from __future__ import annotations

import faulthandler
import logging
import os
import subprocess
import sys
from pathlib import Path

from competition_app.ui.window.crash_reporting import (
    CRASH_LINES,
    LOG_FILE_NAME,
    START_LINE,
    LogFile,
    crashed_last_time,
    setup_logging,
    show_previous_crash,
)

CRASH = """
import ctypes, logging, sys
from pathlib import Path
from competition_app.ui.window.crash_reporting import LogFile, setup_logging

def open_scores_page():
    ctypes.string_at(0)  # what a null pointer inside Qt does to the process

setup_logging(Path(sys.argv[1]))
logging.getLogger("competition_app").info("starting; log file here")
if sys.argv[2] == "rotate":
    next(h for h in logging.getLogger().handlers if isinstance(h, LogFile)).doRollover()
open_scores_page()
"""


def _crash(logs: Path, rotate: bool) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", CRASH, str(logs), "rotate" if rotate else "-"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def test_a_segfault_leaves_its_stack_in_the_log(tmp_path: Path) -> None:
    r = _crash(tmp_path, rotate=False)
    assert r.returncode != 0
    log = (tmp_path / LOG_FILE_NAME).read_text(encoding="utf-8", errors="replace")
    assert "starting" in log
    assert any(line in log for line in CRASH_LINES)  # Segmentation fault, access violation
    assert "open_scores_page" in log  # the Python frames: where in the app it happened
    # the next start says so, once: after its own start line the crash is old news
    assert crashed_last_time(tmp_path / LOG_FILE_NAME)
    with (tmp_path / LOG_FILE_NAME).open("a", encoding="utf-8") as f:
        f.write(f"2026-12-02 08:00:00 INFO competition_app: {START_LINE} x\n")
    assert not crashed_last_time(tmp_path / LOG_FILE_NAME)


def test_after_a_rotation_the_crash_goes_to_the_current_log(tmp_path: Path) -> None:
    r = _crash(tmp_path, rotate=True)
    assert r.returncode != 0
    current = (tmp_path / LOG_FILE_NAME).read_text(encoding="utf-8", errors="replace")
    rotated = (tmp_path / f"{LOG_FILE_NAME}.1").read_text(encoding="utf-8", errors="replace")
    assert any(line in current for line in CRASH_LINES)
    assert not any(line in rotated for line in CRASH_LINES)
    assert "starting" in rotated


def test_logging_set_up_enables_the_crash_report_and_closing_it_lets_go(tmp_path: Path) -> None:
    faulthandler.disable()
    try:
        setup_logging(tmp_path)
        assert faulthandler.is_enabled()
        root = logging.getLogger()
        for h in [h for h in root.handlers if isinstance(h, LogFile)]:
            root.removeHandler(h)
            h.close()
        # a closed log's descriptor would be reused by the next file opened
        assert not faulthandler.is_enabled()
    finally:
        faulthandler.enable()


def test_a_clean_log_or_none_is_no_crash(tmp_path: Path) -> None:
    assert not crashed_last_time(tmp_path / "missing.log")
    log = tmp_path / LOG_FILE_NAME
    log.write_text(f"INFO {START_LINE} a\nERROR unexpected error\nINFO {START_LINE} b\n")
    assert not crashed_last_time(log)


def test_the_next_start_names_the_log_of_the_crash(qt_app, qtbot, tmp_path: Path) -> None:
    box = show_previous_crash(None, tmp_path / LOG_FILE_NAME)
    qtbot.addWidget(box)
    assert "意外退出" in box.text() and str(tmp_path / LOG_FILE_NAME) in box.text()
