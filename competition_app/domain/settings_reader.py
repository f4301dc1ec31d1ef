"""Reading settings from a TOML-shaped mapping while collecting every problem with its location:
the one checked-TOML reader (event files, trade rules, and, through reports.toml_checks, the
certificate layouts)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from competition_app.domain.errors import Problem, ValidationError
from competition_app.domain.marks import plain


class SettingsReader:
    """Reads values out of a settings mapping, noting a Problem for each bad one, never stopping.

    Paths are relative (`components[1].weight`); `where` is put in front of each, so a problem
    in the third trade of an event file reads `trades[2].components[1].weight`. A reader of a
    whole file names it as `source`: `mine.toml:fields[1].x`.
    """

    def __init__(self, where: str = "", *, source: str = "") -> None:
        self.where = where
        self.source = source
        self.problems: list[Problem] = []

    def bad(self, path: str, reason: str) -> None:
        location = f"{self.where}.{path}" if self.where and path else self.where or path
        if self.source:
            location = f"{self.source}:{location}" if location else self.source
        self.problems.append(Problem(location, reason))

    def unknown_keys(
        self,
        table: Mapping[str, Any],
        allowed: Collection[str],
        path: str,
        *,
        name_allowed: bool = False,
    ) -> None:
        """A problem for each key not `allowed`; `name_allowed` lists the allowed ones in it (for
        a file typed by hand, where a misspelt key is the usual mistake)."""
        reason = "未知的设置项"
        if name_allowed:
            reason += f"（可用：{'、'.join(sorted(allowed))}）"
        for key in table:
            if key not in allowed:
                self.bad(f"{path}.{key}" if path else str(key), reason)

    def table(self, value: Any, path: str) -> Mapping[str, Any] | None:
        if isinstance(value, Mapping):
            return value
        self.bad(path, "应为表（{ … }）")
        return None

    def items(self, value: Any, path: str) -> list[Any]:
        if isinstance(value, list | tuple):
            return list(value)
        self.bad(path, "应为列表（[ … ]）")
        return []

    def missing(self, value: Any, path: str) -> bool:
        """Note a required value that is absent; True when it is."""
        if value is None:
            self.bad(path, "缺少此项")
            return True
        return False

    def text(self, value: Any, path: str, *, required: bool = True) -> str | None:
        if self.missing(value, path):
            return None
        if isinstance(value, str) and (value.strip() or not required):
            return value.strip()
        self.bad(path, "不能为空" if isinstance(value, str) else "应为文字")
        return None

    def flag(self, value: Any, path: str) -> bool | None:
        if isinstance(value, bool):
            return value
        self.bad(path, "应为 true 或 false")
        return None

    def integer(self, value: Any, path: str, low: int, high: int | None = None) -> int | None:
        if self.missing(value, path):
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.bad(path, f"“{value}”不是整数")
            return None
        if value < low or (high is not None and value > high):
            self.bad(path, f"应在 {low}–{high} 之间" if high is not None else f"不能小于 {low}")
            return None
        return value

    def decimal(
        self,
        value: Any,
        path: str,
        low: Decimal | None = None,
        high: Decimal | None = None,
    ) -> Decimal | None:
        """A Decimal from a TOML string or number; a TOML float goes through its repr, not float.

        With `low` or `high`, a value outside low..high is a problem too (no "1e400" maximum).
        """
        if self.missing(value, path):
            return None
        number = to_decimal(value)
        if number is None:
            self.bad(path, f"“{value}”不是数字")
            return None
        if (low is not None and number < low) or (high is not None and number > high):
            if high is None:
                self.bad(path, f"{plain(number)} 不能小于 {plain(cast(Decimal, low))}")
            elif low is None:
                self.bad(path, f"{plain(number)} 不能大于 {plain(high)}")
            else:
                self.bad(path, f"{plain(number)} 应在 {plain(low)}–{plain(high)} 之间")
            return None
        return number

    def optional_decimal(
        self,
        value: Any,
        path: str,
        low: Decimal | None = None,
        high: Decimal | None = None,
    ) -> Decimal | None:
        """A Decimal, or None when absent or given as "" (how a TOML file clears a preset value)."""
        if value is None or value == "":
            return None
        return self.decimal(value, path, low, high)

    def choice(self, value: Any, path: str, choices: tuple[str, ...]) -> str | None:
        if isinstance(value, str) and value in choices:
            return value
        self.bad(path, f"“{value}”无效，应为 {'、'.join(choices)} 之一")
        return None

    def raise_problems(self) -> None:
        """Raise ValidationError with every problem noted so far, if there is any."""
        if self.problems:
            raise ValidationError(self.problems)


def to_decimal(value: Any) -> Decimal | None:
    """The finite Decimal a TOML string or number (or a typed cell) stands for, else None.

    A TOML float goes through its repr, never through binary floating point; true and false
    are not numbers."""
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        number: Decimal | None = value
    elif isinstance(value, int | str):
        number = _parse(str(value).strip())
    elif isinstance(value, float):
        number = _parse(repr(value))
    else:
        return None
    return number if number is not None and number.is_finite() else None


def _parse(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None
