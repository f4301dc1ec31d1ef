"""Where the shipped assets (fonts, layouts, translations, migrations) are, installed or not."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    return Path(str(resources.files("competition_app.resources")))


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def migrations_dir() -> Path:
    return Path(str(resources.files("competition_app.migrations")))


def cjk_font_path() -> Path:
    """The TrueType CJK font (with Latin letters and digits) of both the window and the PDFs."""
    return resource("fonts", "wqy-microhei.ttc")


def rare_font_paths() -> tuple[Path, ...]:
    """The fallback fonts for rare characters (CJK Extension A, then B to F: 䶮, 𠮷), in the order
    they are tried, for the window and the PDFs alike."""
    return (resource("fonts", "rare-a.ttf"), resource("fonts", "HanaMinB.ttf"))
