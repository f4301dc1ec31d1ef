"""The figures with a window: the contestants page, the cold start of the demo, and the city
event opened to its overview page (then watched for 10 s: an open window should sit idle)."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.measure import (
    EVENT_ID,
    IDLE_SECONDS,
    clock,
    context,
    cpu_seconds,
    extra,
    isolate_qt_settings,
    say,
)

# -- open_contestants_view --------------------------------------------------------------------


def _qt_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from competition_app.ui.window.application import create_application

    return create_application([])


def _settle(
    app: Any, ready: Callable[[], bool], timeout: float = 60, *, interval_ms: int = 10
) -> None:
    """Run the event loop until `ready()`: the main thread idles in Qt as in the app, instead of
    spinning (which would fight the worker thread for the GIL and slow it down). `ready` is
    asked every `interval_ms` the loop is idle: a figure timed at the moment it is ready asks
    often, so that the tick's wait is not counted as the app's."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    loop = QEventLoop()
    deadline = time.perf_counter() + timeout

    def check() -> None:
        if ready() or time.perf_counter() > deadline:
            loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(interval_ms)
    timer.timeout.connect(check)
    timer.start()
    if not ready():
        loop.exec()
    timer.stop()
    if not ready():
        raise TimeoutError("the window did not finish loading")
    app.processEvents()


def _until_finished(task: Any, timeout: float = 60) -> None:
    """Run the event loop until `task` (a workers.Task) has run its callbacks."""
    from PySide6.QtCore import QEventLoop, QTimer

    if task is None or task.done:
        return
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    if not task.done:
        loop.exec()


def open_contestants_view_app(work: Path) -> float:
    """A new contestants page shown and filled: 30,000 rows read off the UI thread, then shown."""
    from PySide6.QtCore import QThreadPool

    from competition_app.storage import models
    from competition_app.ui.registration.contestants_view import ContestantsView
    from competition_app.ui.window.session import EventSession

    app = _qt_app()
    ctx = context(work / "full.db")
    session = EventSession(ctx, EVENT_ID)
    # the window relates the mapped classes once its first page is up (application.py), so a
    # page opened from it finds them related: as here, before the clock
    models.configure()
    start = clock()
    view = ContestantsView(session)
    view.resize(1280, 800)
    view.show()
    view.activate()
    _until_finished(view.task)  # woken by the task itself: no polling tick to wait for
    _settle(app, lambda: view.model.rowCount() > 0 and (view.task is None or view.task.done))
    seconds = time.perf_counter() - start
    QThreadPool.globalInstance().waitForDone()
    view.close()
    app.processEvents()
    return seconds


def open_contestants_view_baseline(work: Path) -> float:
    """A bare QTableView over a trivial model of the same rows, read with plain sqlite3."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance() or QApplication([])

    class Model(QAbstractTableModel):
        def __init__(self, rows: list[tuple[Any, ...]]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt's API
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt's API
            return 0 if parent.isValid() else 9

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

    con = sqlite3.connect(work / "full.db")
    view = QTableView()
    view.resize(1100, 700)
    start = clock()
    rows = con.execute(
        "SELECT c.number, c.name, c.gender, t.name, c.group_name, c.unit, c.team, c.id_number,"
        " c.status FROM contestant c JOIN trade t ON t.id = c.trade_id ORDER BY c.number"
    ).fetchall()
    view.setModel(Model(rows))
    view.show()
    app.processEvents()
    return time.perf_counter() - start


# -- cold_start ---------------------------------------------------------------------------------
# The parent times these from process start to the "shown" line (see runner.py): the moment the
# main window is first painted, taken the same way on both sides. The app's window then opens
# the demo database and its event page; the "ready" line says when that page had its data.


def _first_paint_clock(window: Any) -> list[float]:
    """The wall-clock time of `window`'s first paint, once it comes (a list, empty until then)."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class Clock(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
            return False

    clock_ = Clock(window)
    window.installEventFilter(clock_)
    return painted


def _event_page_loaded(controller: Any) -> Callable[[], bool]:
    def ready() -> bool:
        window = controller.window
        if not controller.opened or window.session is None:
            return False
        page = window.current_view()
        task = getattr(page, "task", None)
        return page is not None and (task is None or task.done)

    return ready


def cold_start_app(work: Path) -> float:
    clock()  # everything this process holds is the start-up
    from competition_app.app import prepare_start

    prepare_start(str(work / "demo.db"), event_id=EVENT_ID)  # first, as run_app does
    isolate_qt_settings(work)
    from PySide6.QtWidgets import QApplication

    from competition_app.ui.window.application import AppController, create_application

    app = create_application([])
    controller = AppController(str(work / "demo.db"), EVENT_ID)
    painted = _first_paint_clock(controller.window)
    _settle(app, lambda: bool(painted) and _event_page_loaded(controller)())
    say({"shown": painted[0], "ready": time.time()})
    assert isinstance(app, QApplication)
    return float("nan")


def cold_start_baseline(work: Path) -> float:
    clock()
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("赛务系统"))
    window.resize(1280, 800)
    window.show()
    painted = _first_paint_clock(window)
    _settle(app, lambda: bool(painted))
    say({"shown": painted[0]})
    return float("nan")


# -- open_event_city --------------------------------------------------------------------------
# Timed by the parent from process start to the "shown" line (as cold_start), then the process
# idles in its event loop for IDLE_SECONDS and says how much CPU it used meanwhile.


def _idle(app: Any) -> None:
    """Run the event loop for IDLE_SECONDS after the window is shown; the CPU it took."""
    from PySide6.QtCore import QTimer

    before = cpu_seconds()
    QTimer.singleShot(IDLE_SECONDS * 1000, app.quit)
    app.exec()
    extra["idle_cpu_seconds"] = round(cpu_seconds() - before, 3)


def open_event_city_app(work: Path) -> float:
    """The city database opened in the window, on the event page, its progress shown."""
    clock()
    from competition_app.app import prepare_start

    prepare_start(str(work / "full.db"), event_id=EVENT_ID)  # first, as run_app does
    from competition_app.ui.window import preferences

    isolate_qt_settings(work)
    preferences.app_settings().setValue("window/view", "event")  # read by the window, as run's
    from competition_app.ui.window.application import AppController, create_application

    app = create_application([])
    controller = AppController(str(work / "full.db"), EVENT_ID)

    def progress_shown() -> bool:
        if not _event_page_loaded(controller)():
            return False
        page = controller.window.views["event"]
        return bool(page.model.rowCount() > 0)

    _settle(app, progress_shown, interval_ms=1)  # "shown" is told at the tick that sees it
    say({"shown": time.time()})
    _idle(app)
    return float("nan")


def open_event_city_baseline(work: Path) -> float:
    """A bare PySide6 window shown, and one GROUP BY count of the marks per trade."""
    clock()
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    con = sqlite3.connect(work / "full.db")
    counts = con.execute(
        "SELECT c.trade_id, count(*) FROM criterion_mark m JOIN criterion c"
        " ON c.id = m.criterion_id GROUP BY c.trade_id"
    ).fetchall()
    window.setCentralWidget(QLabel("\n".join(f"{t}: {n}" for t, n in counts)))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    say({"shown": time.time()})
    _idle(app)
    return float("nan")
