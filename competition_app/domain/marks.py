"""Reading a typed mark or completion time: Chinese IME input, range and precision checks."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from competition_app.domain.errors import UserError

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_CLOCK = re.compile(r"(\d+):(\d{1,2})(?::(\d{1,2}))?")
# Minutes of a clock time keep this many places: whole seconds stay distinct (1 s = 0.0167 min).
_MINUTE_PLACES = Decimal("0.0001")


class MarkError(UserError):
    """A typed mark or time that cannot be accepted; the message says why in plain Chinese."""


def _fold(text: str) -> str:
    """Text as typed, with full-width digits, dot, colon and spaces folded to ASCII.

    NFKC maps "８．５" to "8.5"; the ideographic full stop "。" is what a Chinese IME gives for
    the dot key, so it is read as a decimal point too.
    """
    if text.isascii():  # nothing to fold; a score file holds a million of these
        return text.strip()
    return unicodedata.normalize("NFKC", text).replace("。", ".").strip()


def plain(value: Decimal) -> str:
    """A Decimal as people write it: no exponent, no trailing zeros ("12", "8.5").

    An absurd magnitude (a typed "1e400") keeps its exponent rather than print 400 digits.
    """
    if value.is_finite() and abs(value.adjusted()) > 30:
        return str(value.normalize())
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "+0") else text


def is_blank(text: str) -> bool:
    """True when nothing was typed: a blank cell is "not entered", never a mark of zero."""
    return not _fold(text)


def parse_mark(
    text: str,
    max_mark: Decimal,
    *,
    min_mark: Decimal = Decimal(0),
    decimals: int = 2,
) -> Decimal:
    """The mark typed in `text`, checked against `min_mark`..`max_mark` and `decimals` places.

    Raises MarkError for blank text: callers that allow a blank check `is_blank` first. This is
    the one place typed text becomes a mark; below it, everything takes the Decimal.
    """
    value = read_number(text)
    if value is None:
        raise MarkError("未输入分数")
    return check_mark(value, max_mark, min_mark=min_mark, decimals=decimals)


def read_number(text: str) -> Decimal | None:
    """The number typed in `text` (full-width digits and the IME's 。 folded), None for blank.

    Only the reading: whether it is an acceptable mark is `check_mark`'s, which the services
    apply to every value they store.
    """
    folded = _fold(text)
    if not folded:
        return None
    if not _NUMBER.fullmatch(folded):
        raise MarkError(f"“{text.strip()}”不是数字")
    return Decimal(folded)


def check_mark(
    value: Decimal,
    max_mark: Decimal,
    *,
    min_mark: Decimal = Decimal(0),
    decimals: int = 2,
) -> Decimal:
    """`value` if it is a mark `min_mark`..`max_mark` with at most `decimals` places.

    The services check every value they store with this, however it was typed. "8.500" is 8.5:
    surplus zeros are dropped so stored marks carry the trade's places at most.
    """
    if not value.is_finite():
        raise MarkError(f"“{value}”不是数字")
    if value < min_mark or value > max_mark:
        raise MarkError(f"分数 {plain(value)} 超出范围 {plain(min_mark)}–{plain(max_mark)}")
    if value.is_zero():
        value = value.copy_abs()  # "-0" is zero: never stored, summed or printed as -0.00
    places = Decimal(1).scaleb(-decimals)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -decimals:
        # within range, so quantizing to a few places is exact or shows the extra places
        if value.quantize(places) != value:
            raise MarkError("分数只能是整数" if decimals == 0 else f"最多 {decimals} 位小数")
        value = value.quantize(places)
    return value


def parse_minutes(text: str) -> Decimal:
    """A completion time in minutes, typed as minutes ("95", "95.5") or a clock ("1:35", "1:35:30").

    A clock reading is hours:minutes or hours:minutes:seconds, as on a stopwatch sheet.
    """
    folded = _fold(text)
    if not folded:
        raise MarkError("未输入用时")
    if _NUMBER.fullmatch(folded):
        value = Decimal(folded)
        if value < 0:
            raise MarkError("用时不能为负数")
        return value
    clock = _CLOCK.fullmatch(folded)
    if clock is None:
        raise MarkError(f"“{text.strip()}”不是有效的用时（例如 95、95.5、1:35 或 1:35:30）")
    hours, minutes, seconds = (int(g) if g else 0 for g in clock.groups())
    if minutes >= 60 or seconds >= 60:
        raise MarkError(f"“{text.strip()}”中的分或秒应小于 60")
    value = Decimal(hours * 60 + minutes)
    if seconds:
        value = (value + Decimal(seconds) / 60).quantize(_MINUTE_PLACES)
    return value
