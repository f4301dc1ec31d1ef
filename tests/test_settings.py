"""The app settings file: defaults, a round trip, and tolerance of a half-wrong file."""

from __future__ import annotations

from pathlib import Path

import pytest

from competition_app.settings import (
    AppSettings,
    load_settings,
    save_settings,
    settings_path,
    update_settings,
)


def test_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    s = load_settings(tmp_path / "none.toml")
    assert s == AppSettings()
    assert s.language == "zh_CN" and s.default_preset == "cn-provincial"
    assert s.backup_dir == s.data_dir / "backups"
    assert s.default_database.name == "competition.db"


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.toml"
    s = AppSettings(
        language="en", default_preset="worldskills", font_family="Noto Sans CJK SC",
        font_size=12, data_folder=str(tmp_path / "data"), backup_folder=str(tmp_path / "bk"),
        backup_interval_minutes=5, backup_keep=50,
    )  # fmt: skip
    save_settings(s, path)
    assert load_settings(path) == s
    assert s.backup_dir == tmp_path / "bk" and s.data_dir == tmp_path / "data"
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"]  # no temp file left


def test_bad_values_fall_back_to_defaults_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'language = "fr"\nbackup_interval_minutes = 0\nbackup_keep = "many"\n'
        'font_size = 11\nunknown = 1\nbackup_folder = "/mnt/usb/backups"\n',
        encoding="utf-8",
    )
    s = load_settings(path)
    assert s.language == "zh_CN"
    assert s.backup_interval_minutes == 10 and s.backup_keep == 20
    assert s.font_size == 11 and s.backup_folder == "/mnt/usb/backups"


def test_an_unreadable_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"\xff\xfe not toml [[[")
    assert load_settings(path) == AppSettings()


def test_saving_refuses_a_bad_value(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        save_settings(AppSettings(backup_interval_minutes=0), tmp_path / "s.toml")
    assert not (tmp_path / "s.toml").exists()


def test_environment_names_another_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPETITION_APP_CONFIG", str(tmp_path / "usb.toml"))
    assert settings_path() == tmp_path / "usb.toml"
    update_settings(language="en")
    assert load_settings().language == "en"
