"""What the window remembers between sessions (QSettings): recent files, geometry, column widths."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

ORGANIZATION = "competition-app"
APPLICATION = "competition-app"
MAX_RECENT = 8


def app_settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def recent_files() -> list[str]:
    value = app_settings().value("recent/files", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or []) if str(v)]


def add_recent_file(path: str | Path) -> None:
    p = str(Path(path).resolve()) if "://" not in str(path) else str(path)
    files = [f for f in recent_files() if f != p]
    app_settings().setValue("recent/files", [p, *files][:MAX_RECENT])


def remove_recent_file(path: str) -> None:
    app_settings().setValue("recent/files", [f for f in recent_files() if f != path])


def save_header(key: str, header: QHeaderView) -> None:
    app_settings().setValue(f"headers/{key}", header.saveState())


def restore_header(key: str, header: QHeaderView) -> bool:
    state = app_settings().value(f"headers/{key}")
    if isinstance(state, QByteArray) and not state.isEmpty():
        return bool(header.restoreState(state))
    return False


def save_splitter(key: str, splitter: QSplitter) -> None:
    app_settings().setValue(f"splitters/{key}", splitter.saveState())


def restore_splitter(key: str, splitter: QSplitter) -> None:
    state = app_settings().value(f"splitters/{key}")
    if isinstance(state, QByteArray) and not state.isEmpty():
        splitter.restoreState(state)


def save_window(window: QMainWindow) -> None:
    s = app_settings()
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())


def restore_window(window: QMainWindow) -> bool:
    s = app_settings()
    geometry = s.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        return True
    return False
