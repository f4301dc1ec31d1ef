"""Whether the window has a display to open on, asked before Qt is: without one, Qt's xcb plugin
aborts the process with a core dump and a hint about plugins, which tells an organizer nothing."""

from __future__ import annotations

import sys
from collections.abc import Mapping

NO_DISPLAY = """\
没有图形显示（DISPLAY 和 WAYLAND_DISPLAY 都没有设置），程序窗口无法打开。
命令行命令（competition-app results …）不需要显示，照常可用。
No display (neither DISPLAY nor WAYLAND_DISPLAY is set): the window cannot open.
The commands (competition-app results ...) need none and work as usual. Without a screen:
  QT_QPA_PLATFORM=offscreen competition-app ...   # runs with no window shown (checks, scripts)
  xvfb-run -a competition-app ...                 # a virtual X display (apt-get install xvfb)
Over SSH, connect with ssh -X, or start it on the computer's own desktop."""


def missing_display(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """The text to print instead of starting Qt, or None when a display (or a platform plugin
    the user chose, such as offscreen) is there. Windows and macOS always have one."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return NO_DISPLAY
