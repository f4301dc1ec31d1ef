"""Work on the thread pool that ends after the one it would tell is gone ends quietly."""

from __future__ import annotations

import threading
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool

from competition_app.ui.common.workers import run_task


@pytest.mark.parametrize("outcome", ["result", "error"])
def test_work_ending_after_its_relay_is_deleted_raises_nothing(qtbot: Any, outcome: str) -> None:
    gate = threading.Event()
    told: list[object] = []

    def work(progress: Any) -> int:
        gate.wait(5)
        if outcome == "error":
            raise ValueError("boom")
        return 1

    task = run_task(None, work, told.append, label="…", on_error=told.append, show_after_ms=10_000)
    # as when the app quits while the work runs: the objects it would tell are deleted first
    shiboken6.delete(task._relay)
    with qtbot.capture_exceptions() as raised:
        gate.set()
        assert QThreadPool.globalInstance().waitForDone(5000)
        qtbot.wait(50)
    assert raised == []  # no "Signal source has been deleted" from the worker thread
    assert told == []
