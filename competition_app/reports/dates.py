"""Dates as Chinese documents print them: 2022年7月28日, or 二〇二二年七月二十八日."""

from __future__ import annotations

from datetime import date

_DIGITS = "〇一二三四五六七八九"
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def cn_date(d: date | str) -> str:
    """2022年7月28日; text is printed as given (the organizer may have typed it already)."""
    if isinstance(d, str):
        return d
    return f"{d.year}年{d.month}月{d.day}日"


def _cn_number(n: int) -> str:
    """1..31 in Chinese numerals as dates write them: 十, 十一, 二十, 二十八, 三十一."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


def cn_upper_date(d: date | str) -> str:
    """二〇二二年七月二十八日, the customary form on certificates and official seals."""
    if isinstance(d, str):
        return d
    year = "".join(_DIGITS[int(c)] for c in str(d.year))
    return f"{year}年{_cn_number(d.month)}月{_cn_number(d.day)}日"


def iso_date(d: date | str) -> str:
    return d if isinstance(d, str) else d.isoformat()


def en_date(d: date | str) -> str:
    """28 July 2022."""
    return d if isinstance(d, str) else f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
