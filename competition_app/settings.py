"""The app's own settings (language, preset, font, data and backup folders) in one small TOML file.

Pure Python, so the command line, the services and the window read the same file. The file lives
in the user's config directory (`~/.config/competition-app/settings.toml` on Linux,
`%LOCALAPPDATA%\\competition-app\\settings.toml` on Windows); `COMPETITION_APP_CONFIG` names
another file (tests, a USB stick). A missing, unreadable or half-wrong file never stops the app:
each bad value falls back to its default and is logged.
"""

from __future__ import annotations

import logging
import os
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import tomli_w

log = logging.getLogger(__name__)

APP_NAME = "competition-app"
CONFIG_ENV = "COMPETITION_APP_CONFIG"
LANGUAGES: dict[str, str] = {"zh_CN": "中文（简体）", "en": "English"}
DEFAULT_PRESET = "cn-provincial"
MIN_BACKUP_INTERVAL = 1  # minutes
MAX_BACKUP_INTERVAL = 24 * 60


@dataclass(frozen=True)
class AppSettings:
    """What the settings dialog edits. Empty folder strings mean "the platform's default"."""

    language: str = "zh_CN"
    default_preset: str = DEFAULT_PRESET
    font_family: str = ""  # "" = the bundled CJK font chosen by the window
    font_size: int = 10  # points
    data_folder: str = ""
    backup_folder: str = ""
    backup_interval_minutes: int = 10
    backup_keep: int = 20  # automatic backups kept per database

    @property
    def data_dir(self) -> Path:
        return Path(self.data_folder).expanduser() if self.data_folder else default_data_dir()

    @property
    def backup_dir(self) -> Path:
        if self.backup_folder:
            return Path(self.backup_folder).expanduser()
        return self.data_dir / "backups"

    @property
    def default_database(self) -> Path:
        return self.data_dir / "competition.db"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def demo_database() -> Path:
    """The demo event's own file, so trying the app (scripts/start.sh, 打开演示赛事) never
    touches a real event's database."""
    return default_data_dir() / "demo.db"


def log_dir() -> Path:
    """Where the window writes its rotating log (the same place ui.crash_reporting uses)."""
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / "settings.toml"


def _checked(key: str, value: Any) -> Any:
    """`value` if it is acceptable for `key`, else raises ValueError saying why."""
    if key == "language":
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
    elif key in ("backup_interval_minutes", "backup_keep", "font_size"):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError("not a whole number")
        low, high = {
            "backup_interval_minutes": (MIN_BACKUP_INTERVAL, MAX_BACKUP_INTERVAL),
            "backup_keep": (1, 1000),
            "font_size": (6, 32),
        }[key]
        if not low <= value <= high:
            raise ValueError(f"outside {low}..{high}")
    elif not isinstance(value, str):
        raise ValueError("not text")
    return value


def from_mapping(data: dict[str, Any]) -> AppSettings:
    """Settings from a parsed file: unknown keys are ignored, bad values replaced by defaults."""
    known = {f.name for f in fields(AppSettings)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            log.warning("settings: unknown key %r ignored", key)
            continue
        try:
            values[key] = _checked(key, value)
        except ValueError as e:
            log.warning("settings: %s = %r ignored (%s)", key, value, e)
    return AppSettings(**values)


def load_settings(path: Path | None = None) -> AppSettings:
    path = path or settings_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return AppSettings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as e:
        log.warning("settings: %s unreadable, using defaults (%s)", path, e)
        return AppSettings()
    return from_mapping(data)


def save_settings(settings: AppSettings, path: Path | None = None) -> Path:
    """Write the settings atomically (a crash mid-write leaves the old file); returns the path."""
    for f in fields(AppSettings):
        _checked(f.name, getattr(settings, f.name))
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(tomli_w.dumps(asdict(settings)), encoding="utf-8")
    os.replace(tmp, path)
    return path


def update_settings(path: Path | None = None, **changes: Any) -> AppSettings:
    """Load, change some values, save; returns the new settings."""
    new = replace(load_settings(path), **changes)
    save_settings(new, path)
    return new
