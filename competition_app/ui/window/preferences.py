"""What the window remembers between sessions (QSettings): recent files, geometry, column widths."""

from __future__ import annotations

from collections.abc import Sequence
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


def save_header(key: str, header: QHeaderView, columns: Sequence[str]) -> None:
    """Remember a table's column layout with the keys of the columns it was made for."""
    s = app_settings()
    s.setValue(f"layouts/{key}/state", header.saveState())
    s.setValue(f"layouts/{key}/columns", list(columns))


def restore_header(key: str, header: QHeaderView, columns: Sequence[str]) -> bool:
    """Put back the layout remembered under `key` if it was made for exactly these columns
    and restores into a sound header; otherwise forget it and leave the header as it was.

    QHeaderView.restoreState accepts a state saved for another number of columns and leaves
    the header claiming the old length: columns past it get no scroll range and a cell typed
    there is invisible. Layouts from before the columns were kept (under "headers/") are
    never read.
    """
    s = app_settings()
    state = s.value(f"layouts/{key}/state")
    saved = s.value(f"layouts/{key}/columns")
    if isinstance(saved, str):
        saved = [saved]
    if not isinstance(state, QByteArray) or state.isEmpty():
        return False
    if [str(c) for c in (saved or [])] != list(columns) or header.count() != len(columns):
        s.remove(f"layouts/{key}")
        return False
    probe = QHeaderView(header.orientation())
    probe.setModel(header.model())
    sound = probe.restoreState(state) and header_sound(probe, len(columns))
    probe.setModel(None)
    probe.deleteLater()
    if sound and header.restoreState(state) and header_sound(header, len(columns)):
        return True
    header.reset()  # whatever restoreState left behind
    s.remove(f"layouts/{key}")
    return False


def header_sound(header: QHeaderView, count: int) -> bool:
    """A header with `count` sections whose length is the sum of the shown ones, none of
    them zero-width: every column it shows is within the scroll range."""
    if header.count() != count:
        return False
    shown = [i for i in range(count) if not header.isSectionHidden(i)]
    if any(header.sectionSize(i) <= 0 for i in shown):
        return False
    return header.length() == sum(header.sectionSize(i) for i in shown)


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
