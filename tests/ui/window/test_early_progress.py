"""The event page's first figures are read from the file while the window starts, and used only
when they are of the file, the event and the state of the database the window then opened."""

from __future__ import annotations

from typing import Any

from competition_app.services.registration.contestants import list_contestants, set_status
from competition_app.services.scoring import early_read
from competition_app.services.scoring.entry_progress import entry_progress
from competition_app.ui.setup import event_view
from competition_app.ui.window import early_progress, main_window, preferences
from competition_app.ui.window.application import AppController


def _counts(items):
    return [(p.code, p.contestants, p.entered, p.expected) for p in items]


def _shown(window: main_window.MainWindow) -> list[tuple[str, str, str]]:
    model = window.views["event"].model
    return [
        (model.index(r, 1).data(), model.index(r, 2).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    ]


def _as_shown(items) -> list[tuple[str, str, str]]:
    return [(p.code, str(p.contestants), f"{p.entered} / {p.expected}") for p in items]


def _counting(monkeypatch) -> list[int]:
    """The full-way counts the event page runs, recorded."""
    calls: list[int] = []
    full = event_view.entry_progress

    def counted(ctx: Any, event_id: int, **options: Any):
        calls.append(event_id)
        return full(ctx, event_id, **options)

    monkeypatch.setattr(event_view, "entry_progress", counted)
    return calls


def _open(qtbot, path, event_id) -> main_window.MainWindow:
    preferences.app_settings().setValue("window/view", "event")
    controller = AppController(str(path), event_id)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: controller.opened, timeout=10_000)
    window = controller.window
    assert isinstance(window, main_window.MainWindow)
    qtbot.waitUntil(lambda: window.views["event"].model.rowCount() > 0, timeout=10_000)
    return window


def test_the_page_shows_the_count_read_at_start_and_counts_afresh_after(
    qtbot, demo_path, demo_event_id, ctx, monkeypatch
):
    calls = _counting(monkeypatch)
    window = _open(qtbot, demo_path, demo_event_id)
    assert _shown(window) == _as_shown(entry_progress(ctx, demo_event_id))
    assert calls == []  # the read made while the window started
    # a contestant marked absent here: the page counts the full way, and shows it
    someone = list_contestants(ctx, demo_event_id)[0]
    set_status(ctx, someone.id, "absent", reason="未到场")
    window.session.notify()
    qtbot.waitUntil(lambda: demo_event_id in calls, timeout=10_000)
    qtbot.waitUntil(
        lambda: _shown(window) == _as_shown(entry_progress(ctx, demo_event_id)), timeout=10_000
    )
    # and that count is kept (beside this test's settings) for the next start to take
    from competition_app.services.scoring import entry_progress as counting
    from competition_app.services.scoring.progress_cache import ProgressCache

    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("counted although the page's count was kept")

    monkeypatch.setattr(counting, "progress_of", refuse)
    found = counting.progress_at_head(
        demo_path, demo_event_id, kept=ProgressCache.beside_settings(demo_path)
    )
    assert found is not None and _as_shown(found.trades) == _shown(window)


def test_a_change_saved_after_the_read_is_not_shown_stale(
    qtbot, demo_path, demo_event_id, ctx, monkeypatch
):
    calls = _counting(monkeypatch)
    before = entry_progress(ctx, demo_event_id)
    start = early_progress.start

    def read_then_change(db, event_id):
        began = start(db, event_id)
        early_read._pending.found()  # the read is done: what it saw is now old
        someone = list_contestants(ctx, demo_event_id)[0]
        set_status(ctx, someone.id, "absent", reason="未到场")
        return began

    monkeypatch.setattr(early_progress, "start", read_then_change)
    window = _open(qtbot, demo_path, demo_event_id)
    after = entry_progress(ctx, demo_event_id)
    assert _counts(after) != _counts(before)
    assert _shown(window) == _as_shown(after)
    assert calls == [demo_event_id]


def test_a_read_is_taken_once_and_only_for_its_file_and_event(
    demo_path, demo_event_id, ctx, tmp_path
):
    stamp = window_stamp(ctx, demo_event_id)
    expected = _counts(entry_progress(ctx, demo_event_id))
    assert early_progress.start(demo_path, None)  # the file's only event
    found = early_progress.take(str(demo_path), demo_event_id, stamp)
    assert found is not None and _counts(found) == expected
    assert early_progress.take(str(demo_path), demo_event_id, stamp) is None  # once
    assert early_progress.start(demo_path, demo_event_id)
    assert early_progress.take(str(demo_path), demo_event_id + 1, stamp) is None
    assert early_progress.start(demo_path, demo_event_id)
    assert early_progress.take(str(tmp_path / "other.db"), demo_event_id, stamp) is None
    assert early_progress.start(demo_path, demo_event_id)
    assert early_progress.take(str(demo_path), demo_event_id, stamp + 1) is None
    # nothing to read early: a server, a file not there
    assert not early_progress.start("postgresql+psycopg://u@h/db", demo_event_id)
    assert not early_progress.start(tmp_path / "missing.db", demo_event_id)
    assert early_progress.take(str(demo_path), demo_event_id, stamp) is None


def window_stamp(ctx, event_id):
    from competition_app.services.integrity.changes import change_stamp

    return change_stamp(ctx, event_id)


def test_a_bundled_executable_reads_in_a_thread_the_same_counts(
    demo_path, demo_event_id, ctx, monkeypatch
):
    import sys

    monkeypatch.setattr(sys, "frozen", True, raising=False)  # as PyInstaller's bundle says
    spawned = []
    monkeypatch.setattr(early_read.subprocess, "Popen", lambda *a, **k: spawned.append(a))
    stamp = window_stamp(ctx, demo_event_id)
    assert early_progress.start(demo_path, demo_event_id)
    found = early_progress.take(str(demo_path), demo_event_id, stamp)
    assert spawned == []  # no process: the bundle cannot start a module
    assert found is not None
    assert _counts(found) == _counts(entry_progress(ctx, demo_event_id))


def test_the_read_begun_as_the_process_starts_is_the_one_the_page_takes(
    qtbot, demo_path, demo_event_id, ctx, monkeypatch
):
    # run_app begins the read before Qt's widgets and the window load; the window begins no
    # second one, and its page shows what that first read counted
    began: list[object] = []
    real_start = early_read._EarlyRead.start

    def start(read):
        began.append(read)
        real_start(read)

    monkeypatch.setattr(early_read._EarlyRead, "start", start)
    preferences.app_settings().setValue("window/view", "event")
    assert early_progress.start_for_window(str(demo_path), demo_event_id)
    calls = _counting(monkeypatch)
    window = _open(qtbot, demo_path, demo_event_id)
    assert len(began) == 1
    assert calls == []
    assert _shown(window) == _as_shown(entry_progress(ctx, demo_event_id))


def test_no_read_is_begun_for_a_window_opening_elsewhere(demo_path, demo_event_id):
    preferences.app_settings().setValue("window/view", "scoring")  # the page shown last
    assert not early_progress.start_for_window(str(demo_path), demo_event_id)
    preferences.app_settings().setValue("window/view", "event")
    assert not early_progress.start_for_window(str(demo_path), demo_event_id, demo=True)
    assert not early_progress.start_for_window(None, None)  # the welcome screen
    assert early_read._pending is None


def test_a_start_without_a_display_leaves_no_read_behind(demo_path, demo_event_id, monkeypatch):
    from competition_app.ui.window import application

    preferences.app_settings().setValue("window/view", "event")
    assert early_progress.start_for_window(str(demo_path), demo_event_id)
    read = early_read._pending
    assert read is not None and read.child is not None
    monkeypatch.setattr(application, "missing_display", lambda env: "没有显示器")
    assert application.run(str(demo_path), event_id=demo_event_id) == 1
    assert early_read._pending is None
    assert read.child is None  # its process ended and reaped


def test_a_read_begun_before_qt_for_a_window_opening_elsewhere_is_let_go(demo_path, demo_event_id):
    preferences.app_settings().setValue("window/view", "scoring")  # the page shown last
    assert early_read.start(demo_path, demo_event_id)  # as app.prepare_start does
    read = early_read._pending
    assert read is not None
    assert not early_progress.start_for_window(str(demo_path), demo_event_id)
    assert early_read._pending is None
    assert read.child is None  # its process ended and reaped


def test_the_start_begins_the_read_before_qt_is_loaded(demo_path, demo_event_id, tmp_path):
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from competition_app.services.scoring import early_read\n"
        "seen = []\n"
        "real = early_read._EarlyRead.start\n"
        "def start(read):\n"
        "    seen.append('PySide6' in sys.modules)\n"
        "    real(read)\n"
        "early_read._EarlyRead.start = start\n"
        "from competition_app.app import prepare_start\n"
        f"prepare_start({str(demo_path)!r}, event_id={demo_event_id})\n"
        "early_read.discard()\n"
        "print(seen)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
        check=True,
    ).stdout.strip()  # fmt: skip
    assert out == "[False]"  # one read, begun with Qt not yet imported
