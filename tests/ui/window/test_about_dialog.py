"""The About box shows the version and the data, log, backup and settings paths."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from competition_app import __version__
from competition_app.ui.window.about_dialog import AboutDialog


def test_shows_version_and_paths(qtbot, tmp_path: Path) -> None:
    d = AboutDialog(
        data_path=tmp_path / "contest.db",
        log_path=tmp_path / "logs" / "competition-app.log",
        backup_dir=tmp_path / "backups",
        settings_path=tmp_path / "settings.toml",
    )
    qtbot.addWidget(d)
    assert __version__ in d.version_label.text()
    assert d.path_labels["data"].text() == str(tmp_path / "contest.db")
    assert d.path_labels["logs"].text().endswith("competition-app.log")
    assert set(d.path_labels) == {"data", "logs", "backups", "settings"}


def test_open_folder_buttons_open_the_containing_folder(qtbot, tmp_path: Path, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    d = AboutDialog(data_path=tmp_path / "contest.db", log_path=tmp_path)
    qtbot.addWidget(d)
    d.findChild(QPushButton, "open_data").click()
    d.findChild(QPushButton, "open_logs").click()
    assert opened == [str(tmp_path), str(tmp_path)]


def test_a_server_database_is_shown_without_a_folder_button(qtbot, tmp_path: Path) -> None:
    d = AboutDialog(data_path="postgresql://scorer@server/contest", log_path=tmp_path)
    qtbot.addWidget(d)
    assert d.path_labels["data"].text() == "postgresql://scorer@server/contest"
    assert d.findChild(QPushButton, "open_data") is None
