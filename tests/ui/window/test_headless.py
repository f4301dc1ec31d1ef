"""Without a display the app says how to run headless, instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from competition_app.ui.window.headless import missing_display


@pytest.mark.parametrize(
    ("environ", "platform", "refused"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ""}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
    ids=["nothing", "empty-display", "x11", "wayland", "offscreen", "windows", "macos"],
)
def test_a_display_is_needed_only_where_qt_would_look_for_one(environ, platform, refused):
    assert (missing_display(environ, platform) is not None) is refused


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="a display is always there")
def test_the_window_without_a_display_explains_and_exits_1(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    env["COMPETITION_APP_CONFIG"] = str(tmp_path / "settings.toml")
    r = subprocess.run(
        [sys.executable, "-m", "competition_app", "--db", str(tmp_path / "c.db")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert r.returncode == 1, r.stderr
    assert "QT_QPA_PLATFORM=offscreen" in r.stderr and "xvfb-run" in r.stderr
    assert "没有图形显示" in r.stderr
    assert "qt.qpa" not in r.stderr and "Aborted" not in r.stderr
