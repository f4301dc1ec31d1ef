"""The checks a certificate layout file needs beyond the domain's reader (settings_reader): by
key out of a table with a default, lengths in millimetres, colours, alignment, text templates
and image files. Locations and words are the domain reader's."""

from __future__ import annotations

import re
import string
from collections.abc import Collection, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from competition_app.domain.errors import Problem
from competition_app.domain.settings_reader import SettingsReader

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
    """Reads values out of a layout file's parsed TOML, noting every problem as `file:where`."""

    def __init__(self, filename: str) -> None:
        self.reader = SettingsReader(source=filename)

    @property
    def problems(self) -> list[Problem]:
        return self.reader.problems

    def fail(self, where: str, reason: str) -> None:
        self.reader.bad(where, reason)

    def unknown(self, table: Mapping[str, Any], allowed: Collection[str], where: str) -> None:
        self.reader.unknown_keys(table, allowed, where, name_allowed=True)

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
        """A length or size (millimetres, points): checked as a Decimal, used as a float."""
        value = table.get(key, default)
        top = None if high == float("inf") else Decimal(repr(high))
        number = self.reader.decimal(value, _at(where, key), Decimal(repr(low)), top)
        return None if number is None else float(number)

    def text(
        self, table: Mapping[str, Any], key: str, where: str, default: str | None = None
    ) -> str:
        """The text as written (layout texts keep their spaces); "" when absent or not text."""
        value = table.get(key, default)
        if self.reader.missing(value, _at(where, key)):
            return ""
        if not isinstance(value, str):
            self.fail(_at(where, key), "应为文字")
            return ""
        return value

    def colour(self, table: Mapping[str, Any], key: str, where: str, default: str) -> str:
        value = self.text(table, key, where, default)
        if value and not _COLOUR.fullmatch(value):
            self.fail(_at(where, key), f"颜色应写成 #a4161a 的形式，而不是“{value}”")
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
            self.reader.choice(value, _at(where, key), tuple(choices))
            return choices[default]
        return choices[value]

    def align(self, table: Mapping[str, Any], where: str) -> Align:
        value = self.text(table, "align", where, "left")
        if value not in ALIGNMENTS:
            self.reader.choice(value, _at(where, "align"), ("left", "centre", "right"))
            return "left"
        return ALIGNMENTS[value]

    def template(self, text: str, where: str, placeholders: Collection[str]) -> None:
        try:
            parsed = list(string.Formatter().parse(text))
        except ValueError as exc:
            self.fail(where, f"占位符写错了：{exc}")
            return
        for _literal, name, spec, conversion in parsed:
            if name is None:
                continue
            if name not in placeholders or spec or conversion:
                self.fail(where, f"未知的占位符 {{{name}}}")

    def image(self, value: Any, base: Path, where: str) -> Path | None:
        if not isinstance(value, str) or not value:
            self.fail(where, "应为图片文件的路径")
            return None
        path = (base / value).resolve()
        if path.suffix.lower() not in _IMAGE_SUFFIXES:
            self.fail(where, f"应为 PNG 或 JPEG 图片：{value}")
        elif not path.is_file():
            self.fail(where, f"找不到图片：{value}")
            return None
        return path


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key
