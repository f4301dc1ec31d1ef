"""Starting the app: the window is shown before the database layer is imported, then opens the
database it was started on (the event asked for, the only event, the demo, or the welcome
screen when the file cannot be opened or the log-in is cancelled)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from competition_app.services.context import Context
from competition_app.services.scoring import early_read
from competition_app.services.setup.events import list_events
from competition_app.storage.database import Database
from competition_app.ui.common import prompts
from competition_app.ui.window import main_window, preferences
from competition_app.ui.window.application import AppController

from ..helpers import wait_task

ROOT = Path(__file__).resolve().parents[3]


def _started(qtbot: Any, db: Path | str, event_id: int | None = None, **kw: Any) -> AppController:
    controller = AppController(str(db), event_id, **kw)
    qtbot.addWidget(controller.window)
    return controller


def _opened(qtbot: Any, controller: AppController) -> main_window.MainWindow:
    qtbot.waitUntil(lambda: controller.opened, timeout=10_000)
    window = controller.window
    assert isinstance(window, main_window.MainWindow)
    return window


def test_the_window_shows_before_the_database_layer_is_imported():
    code = (
        "import sys\n"
        "from competition_app.ui.window.application import create_application\n"
        "app = create_application([])\n"
        "from competition_app.ui.window.main_window import MainWindow\n"
        "w = MainWindow(None); w.show_opening('demo.db'); w.show(); app.processEvents()\n"
        "print(w.opening.text())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'"
        " or m.startswith(('competition_app.storage', 'competition_app.services.setup'))))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
        timeout=120, check=True,
    ).stdout.splitlines()  # fmt: skip
    assert out[0] == "正在打开 demo.db……"
    assert out[1] == "[]"


def test_it_says_what_it_opens_then_opens_the_event(qtbot, demo_path, demo_event_id):
    preferences.app_settings().setValue("window/view", "event")
    controller = _started(qtbot, demo_path, demo_event_id)
    window = controller.window
    assert isinstance(window, main_window.MainWindow)
    assert window.isVisible() and not controller.opened
    assert window.stack.currentWidget() is window.opening
    assert window.opening.text() == "正在打开 demo.db……"
    assert window.nav_panel.isHidden()
    window = _opened(qtbot, controller)
    assert window.session is not None and window.session.event_id == demo_event_id
    assert window.current_view() is window.views["event"]
    assert not window.nav_panel.isHidden()
    assert controller.ctx is window.ctx and window.ctx is not None


def test_the_only_event_opens_without_being_named(qtbot, demo_path, demo_event_id):
    window = _opened(qtbot, _started(qtbot, demo_path))
    assert window.session is not None and window.session.event_id == demo_event_id


def test_a_database_with_no_event_opens_on_the_welcome_screen(qtbot, tmp_path):
    window = _opened(qtbot, _started(qtbot, tmp_path / "new.db"))
    assert (tmp_path / "new.db").exists()  # created, as the command line creates it
    assert window.session is None and window.ctx is not None
    assert window.stack.currentWidget() is window.welcome


def test_a_file_that_is_no_database_is_said_and_the_welcome_screen_offered(
    qtbot, tmp_path, monkeypatch
):
    broken = tmp_path / "broken.db"
    broken.write_bytes(os.urandom(4096))
    before = broken.read_bytes()
    said: list[str] = []
    monkeypatch.setattr(main_window, "show_user_error", lambda parent, e: said.append(str(e)))
    window = _opened(qtbot, _started(qtbot, broken))
    assert len(said) == 1 and said[0]
    assert window.ctx is None and window.session is None
    assert window.stack.currentWidget() is window.welcome
    assert broken.read_bytes() == before


def test_the_log_in_is_asked_over_the_shown_window(qtbot, demo_path, staff, monkeypatch):
    asked: list[Any] = []

    def login(parent: Any, db: Database) -> Context:
        asked.append(parent)
        return Context(db, user="李裁判长")

    monkeypatch.setattr(prompts, "login", login)
    controller = _started(qtbot, demo_path)
    window = _opened(qtbot, controller)
    assert asked == [window]
    assert window.ctx is not None and window.ctx.user == "李裁判长"
    assert window.session is not None


def test_a_cancelled_log_in_leaves_the_welcome_screen(qtbot, demo_path, staff, monkeypatch):

    monkeypatch.setattr(prompts, "login", lambda parent, db: None)
    preferences.app_settings().setValue("window/view", "event")
    controller = _started(qtbot, demo_path)
    read = early_read._pending  # the event page's count, begun with the window
    assert read is not None
    window = _opened(qtbot, controller)
    assert window.ctx is None and window.session is None
    assert window.stack.currentWidget() is window.welcome
    # no page will take that count: it is dropped, its process ended and reaped
    assert early_read._pending is None
    assert read.child is None


@pytest.mark.parametrize("spoil", ["not-a-database", "folder"])
def test_a_start_on_a_database_that_cannot_open_offers_the_welcome_screen(
    qtbot, tmp_path, monkeypatch, spoil
):
    from competition_app.ui.window import opening

    path = tmp_path / "demo.db"
    if spoil == "folder":
        path.mkdir()
    else:
        path.write_bytes(b"\x00" * 4096)
    said: list[str] = []
    monkeypatch.setattr(main_window, "show_user_error", lambda parent, e: said.append(str(e)))
    monkeypatch.setattr(opening, "show_user_error", lambda parent, e: said.append(str(e)))
    for demo in (False, True):
        said.clear()
        window = _opened(qtbot, _started(qtbot, path, demo=demo))
        assert len(said) == 1 and "无法打开" in said[0]
        assert window.session is None
        assert window.stack.currentWidget() is window.welcome  # not stuck on "正在打开"


def test_a_cancelled_log_in_to_the_demo_leaves_the_welcome_screen(
    qtbot, demo_path, staff, monkeypatch
):
    monkeypatch.setattr(prompts, "login", lambda parent, db: None)
    window = _opened(qtbot, _started(qtbot, demo_path, demo=True))
    assert window.session is None
    assert window.stack.currentWidget() is window.welcome


def test_the_demo_on_a_server_url_is_never_a_local_file(qtbot, tmp_path, monkeypatch):
    """A URL kept as text: as a Path its "//" folds, and it became a SQLite file here."""
    from competition_app.ui.window import opening

    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    said: list[str] = []
    monkeypatch.setattr(opening, "show_user_error", lambda parent, e: said.append(str(e)))
    url = "postgresql+psycopg://judge:secret@127.0.0.1:1/contest"
    window = _opened(qtbot, _started(qtbot, url, demo=True))
    assert len(said) == 1 and "127.0.0.1" in said[0]  # the server could not be reached
    assert list(here.iterdir()) == []
    assert window.stack.currentWidget() is window.welcome


@pytest.mark.parametrize("exists", [False, True])
def test_the_demo_is_built_once_then_found(qtbot, tmp_path, exists):
    path = tmp_path / "demo.db"
    if exists:
        window = _opened(qtbot, _started(qtbot, path, demo=True))
        wait_task(qtbot, window, "demo_task", timeout=60_000)
        window.close()
    window = _opened(qtbot, _started(qtbot, path, demo=True))
    wait_task(qtbot, window, "demo_task", timeout=60_000)
    assert window.session is not None
    db = Database(path)
    try:
        events = list_events(Context(db))
    finally:
        db.dispose()
    assert [e.id for e in events] == [window.session.event_id]


@pytest.mark.parametrize("table", ["trade", "event"])
def test_a_damaged_setting_is_said_once_and_the_welcome_screen_says_why_it_lists_nothing(
    qtbot, demo_path, demo_event_id, monkeypatch, table
):
    import sqlite3

    from competition_app.ui.window import application

    con = sqlite3.connect(demo_path)
    con.execute(
        f"UPDATE {table} SET settings = '{{broken' WHERE id = (SELECT min(id) FROM {table})"
    )
    con.commit()
    con.close()
    said: list[str] = []
    for module in (main_window, application):
        monkeypatch.setattr(module, "show_user_error", lambda parent, e: said.append(str(e)))
    window = _opened(qtbot, _started(qtbot, demo_path, demo_event_id))
    assert len(said) == 1 and "设置已损坏" in said[0] and "Expecting" in said[0], said
    assert window.stack.currentWidget() is window.welcome
    listed = [window.welcome.events.item(i).text() for i in range(window.welcome.events.count())]
    assert (
        len(listed) == 1 and "无法列出本数据库中的赛事" in listed[0] and "设置已损坏" in listed[0]
    )


def test_the_collector_held_for_the_start_runs_once_the_database_is_open(
    qtbot, demo_path, demo_event_id
):
    import gc

    from competition_app.services import collector

    was = gc.isenabled()
    gc.enable()
    try:
        collector.pause_for_start()  # as run_app does
        assert not gc.isenabled()
        window = _opened(qtbot, _started(qtbot, demo_path, demo_event_id))
        assert window.session is not None
        assert gc.isenabled()
    finally:
        collector.resume_after_start()
        gc.unfreeze()  # the start froze the test process's objects: collected again
        if not was:
            gc.disable()


def test_a_language_switch_while_the_demo_is_built_opens_the_demo_in_the_new_language(
    qtbot, tmp_path
):
    import shiboken6

    from competition_app.ui.window.translation import install_translators

    # not handed to qtbot: the switch deletes this window itself
    controller = AppController(str(tmp_path / "demo.db"), None, demo=True)
    window = _opened(qtbot, controller)
    assert window.demo_task is not None and not window.demo_task.done
    try:
        controller.change_language("en")  # while the demo is still being built
        qtbot.waitUntil(lambda: controller.window is not window, timeout=60_000)
        switched = controller.window
        assert isinstance(switched, main_window.MainWindow)
        qtbot.addWidget(switched)
        assert switched.session is not None and "演示" in switched.session.event_info.name
        assert switched.stack.currentWidget() is not switched.welcome
        assert switched.nav.current_name() == "event"
        assert "Event" in switched.nav.page_texts()  # in the language switched to
    finally:
        install_translators("zh_CN")
        if shiboken6.isValid(window):
            window.close()


def test_the_start_opens_the_event_before_relating_the_mapped_classes_and_relates_them_after(
    demo_path, tmp_path
):
    # relating them costs ~30 ms at city scale: paid once the first page is up, not before it
    # and not inside the first page the user opens from it (a fresh process: the test run's
    # own mapped classes were related long ago)
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from sqlalchemy import inspect\n"
        "from competition_app.storage import models\n"
        "from competition_app.ui.window.application import AppController, create_application\n"
        "app = create_application([])\n"
        "c = AppController(sys.argv[1], None)\n"
        "said = []\n"
        "def look():\n"
        "    related = inspect(models.Event).configured\n"
        "    if c.opened and not said:\n"
        "        said.append(f'opened {c.window.session is not None} related {related}')\n"
        "    elif said and related:\n"
        "        said.append('related after'); app.quit()\n"
        "t = QTimer(); t.timeout.connect(look); t.start(5)\n"
        "QTimer.singleShot(30_000, app.quit)\n"
        "app.exec()\n"
        "print('\\n'.join(said))\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "COMPETITION_APP_CONFIG": str(tmp_path / "settings.toml"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    out = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)], capture_output=True, text=True, cwd=ROOT,
        env=env, timeout=120, check=True,
    ).stdout.splitlines()  # fmt: skip
    assert out == ["opened True related False", "related after"]
