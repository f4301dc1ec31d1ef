"""A background job's progress box never pops up over another page the user moved to."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtWidgets import QLabel, QStackedWidget

from competition_app.ui.common.workers import run_task


def test_the_progress_box_waits_for_its_page(qtbot: Any) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    page, other = QLabel("results"), QLabel("scoring")
    stack.addWidget(page)
    stack.addWidget(other)
    stack.show()
    gate = threading.Event()
    task = run_task(
        page, lambda progress: gate.wait(5), lambda r: None, label="…", show_after_ms=50
    )
    stack.setCurrentWidget(other)  # the user moves on before the box is due
    qtbot.wait(200)
    task.progress(0, 1)  # a progress report while away does not show it either
    qtbot.wait(50)
    assert not task.dialog.isVisible()
    stack.setCurrentWidget(page)  # back on the page: the box is there
    qtbot.waitUntil(task.dialog.isVisible)
    gate.set()
    qtbot.waitUntil(lambda: task.done)


def test_on_its_own_page_the_box_shows_as_before(qtbot: Any) -> None:
    page = QLabel("results")
    qtbot.addWidget(page)
    page.show()
    gate = threading.Event()
    task = run_task(page, lambda progress: gate.wait(5), lambda r: None, label="…", show_after_ms=0)
    qtbot.waitUntil(task.dialog.isVisible)
    gate.set()
    qtbot.waitUntil(lambda: task.done)
