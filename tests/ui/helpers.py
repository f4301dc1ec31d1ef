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
