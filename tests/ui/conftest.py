"""Qt fixtures for the window tests: an app set up like the real one, settings in a temp folder,
and a copy of the demo event for each test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from competition_app.services.context import Context
from competition_app.services.setup.demo import build_demo_event
from competition_app.storage.database import Database
from competition_app.ui.common import prompts
from competition_app.ui.window.session import EventSession


@pytest.fixture(scope="session")
def qt_app(qapp: QApplication) -> QApplication:
    """The QApplication with the real fonts, style, stylesheet and (Chinese) language."""
    from competition_app.ui.window.application import create_application

    create_application([])
    return qapp


@pytest.fixture(autouse=True)
def isolated_settings(
    tmp_path: Path, qt_app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """QSettings (recent files, geometry) and the settings file (language, data and backup
    folders) kept in the test's temp folder."""
    from competition_app.settings import CONFIG_ENV, AppSettings, save_settings

    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv(CONFIG_ENV, str(folder / "settings.toml"))
    save_settings(AppSettings(data_folder=str(tmp_path / "data")))
    yield folder
    from competition_app.ui.window.translation import install_translators

    install_translators("zh_CN")


@pytest.fixture
def english(qt_app: QApplication) -> None:
    """The window in English for this test (`isolated_settings` puts Chinese back after it)."""
    from competition_app.ui.window.translation import install_translators

    assert install_translators("en")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The demo event built once; each test gets its own copy of the file."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = Database(path)
    event_id = build_demo_event(Context(db))
    db.dispose()
    return path, event_id


@pytest.fixture
def demo_path(demo_template: tuple[Path, int], tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template[0], path)
    return path


@pytest.fixture
def demo_event_id(demo_template: tuple[Path, int]) -> int:
    return demo_template[1]


@pytest.fixture
def ctx(demo_path: Path) -> Iterator[Context]:
    db = Database(demo_path)
    yield Context(db)
    db.dispose()


@pytest.fixture
def session(ctx: Context, demo_event_id: int, qt_app: QApplication) -> Iterator[EventSession]:
    s = EventSession(ctx, demo_event_id)
    yield s
    s.deleteLater()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Replaces the modal prompts: `answers["confirm"]` is what every question gets; the
    questions asked are recorded in `answers["asked"]`; an export goes to `answers["save"]` in
    `answers["encoding"]` (the file type chosen in the save dialog)."""
    state: dict[str, Any] = {
        "confirm": True, "asked": [], "open": None, "save": None, "encoding": "utf-8"
    }  # fmt: skip

    def confirm(parent: Any, title: str, text: str) -> bool:
        state["asked"].append(text)
        return bool(state["confirm"])

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "inform", lambda *a: state["asked"].append(a[-1]))
    monkeypatch.setattr(prompts, "open_file", lambda *a: state["open"])
    monkeypatch.setattr(prompts, "save_file", lambda *a: state["save"])
    monkeypatch.setattr(
        prompts,
        "save_table",
        lambda *a: None if state["save"] is None else (state["save"], state["encoding"]),
    )
    return state


STAFF = {
    "organizer": ("张老师", "organizer"),
    "chief_judge": ("李裁判长", "chief_judge"),
    "judge": ("王裁判", "judge"),
    "judge2": ("陈裁判", "judge"),
    "encryption_judge": ("赵加密", "encryption_judge"),
    "viewer": ("钱监督", "viewer"),
}
PASSWORD = "密码123456"


@pytest.fixture
def staff(ctx: Context, monkeypatch: pytest.MonkeyPatch) -> dict[str, Context]:
    """One logged-in Context per role on the demo database ("judge2" is a second judge for the
    other pass of verified entry). Password hashes are made cheap for the tests."""
    from competition_app.services.integrity import users

    monkeypatch.setitem(users.SCRYPT_PARAMS, "n", 2**4)
    out: dict[str, Context] = {}
    acting = ctx
    for key, (name, role) in STAFF.items():
        users.add_user(acting, name, role, PASSWORD)
        out[key] = Context(ctx.db, user=name)
        acting = out["organizer"]
    return out
