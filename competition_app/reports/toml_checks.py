"""Reading checked values out of a parsed TOML file, collecting every problem with its location."""

from __future__ import annotations

import re
import string
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any, Literal

from competition_app.domain.errors import Problem

Align = Literal["left", "centre", "right"]
ALIGNMENTS: dict[str, Align] = {
    "left": "left",
    "centre": "centre",
    "center": "centre",
    "right": "right",
}
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


class Checker:
    """Reads values out of the parsed TOML, recording every problem with its location."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.problems: list[Problem] = []

    def fail(self, where: str, reason: str) -> None:
        self.problems.append(Problem(f"{self.filename}:{where}", reason))

    def unknown(self, table: Mapping[str, Any], allowed: set[str], where: str) -> None:
        for key in table:
            if key not in allowed:
                prefix = f"{where}." if where else ""
                self.fail(
                    f"{prefix}{key}", f"unknown setting (allowed: {', '.join(sorted(allowed))})"
                )

    def number(
        self,
        table: Mapping[str, Any],
        key: str,
        where: str,
        *,
        default: float | None = None,
        low: float = 0.0,
        high: float = float("inf"),
    ) -> float | None:
        value = table.get(key, default)
        loc = f"{where}.{key}"
        if value is None:
            self.fail(loc, "required")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(loc, f"must be a number, not {value!r}")
            return None
        if not low <= value <= high:
            self.fail(loc, f"{value} is outside {low:g}..{high:g}")
            return None
        return float(value)

    def text(
        self, table: Mapping[str, Any], key: str, where: str, default: str | None = None
    ) -> str:
        value = table.get(key, default)
        if not isinstance(value, str):
            self.fail(
                f"{where}.{key}", "required" if value is None else f"must be text, not {value!r}"
            )
            return ""
        return value

    def colour(self, table: Mapping[str, Any], key: str, where: str, default: str) -> str:
        value = self.text(table, key, where, default)
        if value and not _COLOUR.fullmatch(value):
            self.fail(f"{where}.{key}", f"colour must look like #a4161a, not {value!r}")
        return value

    def choice(
        self,
        table: Mapping[str, Any],
        key: str,
        where: str,
        choices: Mapping[str, str],
        default: str,
    ) -> str:
        """The value mapped through `choices` (e.g. font alias -> font name)."""
        value = self.text(table, key, where, default)
        if value not in choices:
            self.fail(f"{where}.{key}", f"unknown {key} {value!r} (use {', '.join(choices)})")
            return choices[default]
        return choices[value]

    def align(self, table: Mapping[str, Any], where: str) -> Align:
        value = self.text(table, "align", where, "left")
        if value not in ALIGNMENTS:
            self.fail(f"{where}.align", f"must be left, centre or right, not {value!r}")
            return "left"
        return ALIGNMENTS[value]

    def template(self, text: str, where: str, placeholders: Collection[str]) -> None:
        try:
            parsed = list(string.Formatter().parse(text))
        except ValueError as exc:
            self.fail(where, f"bad placeholder: {exc}")
            return
        for _literal, name, spec, conversion in parsed:
            if name is None:
                continue
            if name not in placeholders or spec or conversion:
                self.fail(where, f"unknown placeholder {{{name}}}")

    def image(self, value: Any, base: Path, where: str) -> Path | None:
        if not isinstance(value, str) or not value:
            self.fail(where, "must be the path of an image file")
            return None
        path = (base / value).resolve()
        if path.suffix.lower() not in _IMAGE_SUFFIXES:
            self.fail(where, f"must be a PNG or JPEG image: {value}")
        elif not path.is_file():
            self.fail(where, f"image not found: {value}")
            return None
        return path
