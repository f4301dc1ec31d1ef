"""Small helpers for the window tests."""

from __future__ import annotations

from typing import Any


def wait_task(qtbot: Any, owner: Any, attr: str = "task", timeout: int = 10_000) -> None:
    """Wait until `owner.<attr>` (a workers.Task) is done and its callback has run."""
    qtbot.waitUntil(
        lambda: getattr(owner, attr, None) is not None and getattr(owner, attr).done,
        timeout=timeout,
    )
    qtbot.wait(5)


def column_values(model: Any, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def type_into_cell(qtbot: Any, view: Any, index: Any, text: str, key: Any = None) -> Any:
    """Select a grid cell, type `text` as a user does (the first key opens the editor), then
    press `key` (Enter by default); returns the cell's editor."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    view.table.setCurrentIndex(index)
    view.table.setFocus()
    qtbot.keyClicks(view.table, text[0])
    editors = [e for e in view.table.findChildren(QLineEdit, "CellEditor") if e.isVisible()]
    assert len(editors) == 1
    qtbot.keyClicks(editors[0], text[1:])
    qtbot.keyClick(editors[0], key if key is not None else Qt.Key.Key_Return)
    return editors[0]


def all_model_text(model: Any) -> str:
    """Every text a model gives any view: cells (display, edit, tooltip) and both headers."""
    from PySide6.QtCore import Qt

    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole)
    parts: list[str] = []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            parts.extend(str(model.data(index, role)) for role in roles)
    for orientation, count in (
        (Qt.Orientation.Horizontal, model.columnCount()),
        (Qt.Orientation.Vertical, model.rowCount()),
    ):
        for i in range(count):
            parts.extend(str(model.headerData(i, orientation, role)) for role in roles)
    return "\n".join(parts)
