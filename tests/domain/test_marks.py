"""Reading typed marks and times, including Chinese IME input."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.errors import UserError
from competition_app.domain.marks import (
    MarkError,
    check_mark,
    is_blank,
    parse_mark,
    parse_minutes,
    plain,
)

D = Decimal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("8.5", "8.5", id="plain"),
        pytest.param("８．５", "8.5", id="full-width-digits-and-dot"),
        pytest.param("8。5", "8.5", id="ideographic-full-stop"),
        pytest.param("  7 ", "7", id="spaces"),
        pytest.param("\u30009.25\u3000", "9.25", id="ideographic-spaces"),
        pytest.param("10", "10", id="maximum"),
        pytest.param("0", "0", id="zero-is-a-mark"),
        pytest.param(".5", "0.5", id="leading-dot"),
        pytest.param("8.", "8", id="trailing-dot"),
        pytest.param("8.500", "8.50", id="surplus-zeros"),
    ],
)
def test_parse_mark(text: str, expected: str) -> None:
    assert parse_mark(text, D(10)) == D(expected)


@pytest.mark.parametrize(
    ("text", "kwargs", "message"),
    [
        pytest.param("abc", {}, "“abc”不是数字", id="not-a-number"),
        pytest.param("1e1", {}, "“1e1”不是数字", id="exponent"),
        pytest.param("NaN", {}, "“NaN”不是数字", id="nan"),
        pytest.param("8,5", {}, "“8,5”不是数字", id="comma"),
        pytest.param("12", {}, "分数 12 超出范围 0–10", id="above-max"),
        pytest.param("-1", {}, "分数 -1 超出范围 0–10", id="below-min"),
        pytest.param("1", {"min_mark": D(2)}, "分数 1 超出范围 2–10", id="below-own-min"),
        pytest.param("8.555", {}, "最多 2 位小数", id="too-many-places"),
        pytest.param("8.5", {"decimals": 0}, "分数只能是整数", id="integers-only"),
        pytest.param("", {}, "未输入分数", id="blank-is-not-zero"),
        pytest.param("   ", {}, "未输入分数", id="spaces-only"),
    ],
)
def test_parse_mark_refuses(text: str, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(MarkError) as caught:
        parse_mark(text, D(10), **kwargs)  # type: ignore[arg-type]
    assert str(caught.value) == message
    assert isinstance(caught.value, UserError)


@pytest.mark.parametrize(
    ("text", "blank"),
    [("", True), (" \u3000", True), ("0", False), ("x", False)],
    ids=["empty", "spaces", "zero", "text"],
)
def test_is_blank(text: str, blank: bool) -> None:
    assert is_blank(text) is blank


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        pytest.param("95", "95", id="minutes"),
        pytest.param("95.5", "95.5", id="decimal-minutes"),
        pytest.param("1:35", "95", id="h-mm"),
        pytest.param("1：35", "95", id="full-width-colon"),
        pytest.param("0:05", "5", id="zero-hours"),
        pytest.param("1:35:30", "95.5", id="h-mm-ss"),
        pytest.param("1:35:10", "95.1667", id="seconds-to-4-places"),
        pytest.param("2:00:00", "120", id="zero-seconds"),
    ],
)
def test_parse_minutes(text: str, minutes: str) -> None:
    assert parse_minutes(text) == D(minutes)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "未输入用时", id="blank"),
        pytest.param("-3", "用时不能为负数", id="negative"),
        pytest.param("1:75", "“1:75”中的分或秒应小于 60", id="minutes-over-59"),
        pytest.param("1:05:60", "“1:05:60”中的分或秒应小于 60", id="seconds-over-59"),
        pytest.param("abc", "“abc”不是有效的用时（例如 95、95.5、1:35 或 1:35:30）", id="text"),
        pytest.param(
            "1:2:3:4", "“1:2:3:4”不是有效的用时（例如 95、95.5、1:35 或 1:35:30）", id="four-parts"
        ),
    ],
)
def test_parse_minutes_refuses(text: str, message: str) -> None:
    with pytest.raises(MarkError) as caught:
        parse_minutes(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("value", "text"),
    [("100", "100"), ("8.50", "8.5"), ("0.00", "0"), ("-0", "0"), ("1E+2", "100")],
    ids=["integer", "trailing-zero", "zero", "negative-zero", "exponent"],
)
def test_plain(value: str, text: str) -> None:
    assert plain(D(value)) == text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("8.5", "8.5", id="plain"),
        pytest.param("8.500", "8.50", id="surplus-zeros-dropped-to-the-places"),
        pytest.param("0", "0", id="zero"),
        pytest.param("-0", "0", id="negative-zero-is-zero"),
        pytest.param("-0.000", "0.00", id="negative-zero-with-places"),
        pytest.param("10", "10", id="the-maximum"),
    ],
)
def test_check_mark_keeps_a_value_within_the_rules(value: str, expected: str) -> None:
    assert str(check_mark(Decimal(value), Decimal(10), decimals=2)) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param("10.01", "分数 10.01 超出范围 0–10", id="over"),
        pytest.param("-1", "分数 -1 超出范围 0–10", id="negative"),
        pytest.param("8.125", "最多 2 位小数", id="too-many-places"),
        pytest.param("NaN", "“NaN”不是数字", id="not-a-number"),
        pytest.param("Infinity", "“Infinity”不是数字", id="infinite"),
    ],
)
def test_check_mark_refuses_what_parse_mark_would(value: str, message: str) -> None:
    with pytest.raises(MarkError, match=message):
        check_mark(Decimal(value), Decimal(10), decimals=2)
