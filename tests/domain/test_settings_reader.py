"""The one checked-TOML reader: every problem noted with its location, numbers exact."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.errors import Problem, ValidationError
from competition_app.domain.settings_reader import SettingsReader, to_decimal


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.35", Decimal("0.35")),
        (" 12 ", Decimal(12)),
        (0.1, Decimal("0.1")),  # a TOML float through its repr, not 0.1000000000000000055…
        (7, Decimal(7)),
        (Decimal("2.5"), Decimal("2.5")),
        ("三成", None),
        ("inf", None),
        ("NaN", None),
        (True, None),
        (None, None),
        ([1], None),
    ],
)
def test_to_decimal_takes_numbers_and_nothing_else(value, expected) -> None:
    assert to_decimal(value) == expected


def test_locations_carry_where_and_the_file() -> None:
    nested = SettingsReader("trades[2]")
    nested.decimal("x", "components[1].weight")
    assert nested.problems == [Problem("trades[2].components[1].weight", "“x”不是数字")]
    whole = SettingsReader(source="mine.toml")
    whole.missing(None, "fields")
    whole.bad("", "不是有效的 TOML")
    assert [str(p) for p in whole.problems] == [
        "mine.toml:fields: 缺少此项",
        "mine.toml: 不是有效的 TOML",
    ]


def test_unknown_keys_can_name_the_allowed_ones() -> None:
    r = SettingsReader()
    r.unknown_keys({"sise": 1, "size": 2}, {"size", "font"}, "fields[0]")
    r.unknown_keys({"colour": 1}, {"name"}, "", name_allowed=True)
    assert r.problems == [
        Problem("fields[0].sise", "未知的设置项"),
        Problem("colour", "未知的设置项（可用：name）"),
    ]


def test_ranges_say_the_bounds_and_every_problem_is_raised_at_once() -> None:
    r = SettingsReader("page")
    assert r.decimal(400, "y", Decimal(0), Decimal(297)) is None
    assert r.decimal(-1, "x", low=Decimal(0)) is None
    assert r.decimal("1e400", "w", high=Decimal(1000)) is None
    assert r.decimal("12.5", "size", Decimal(1), Decimal(200)) == Decimal("12.5")
    assert [p.reason for p in r.problems] == [
        "400 应在 0–297 之间",
        "-1 不能小于 0",
        "1E+400 不能大于 1000",
    ]
    with pytest.raises(ValidationError) as raised:
        r.raise_problems()
    assert len(raised.value.problems) == 3
