"""Chinese resident ID numbers (身份证号, GB 11643-1999): checking and masking for print."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from operator import mul

# ISO 7064 MOD 11-2 weights for the first 17 digits, and the check character for each remainder.
_WEIGHTS: tuple[int, ...] = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_ZERO_TOTAL = ord("0") * sum(_WEIGHTS)
# Nobody born before this could plausibly register; an earlier year is a typing slip.
_EARLIEST_YEAR = 1900
# Excel keeps 15 significant digits of a number: an ID number typed into a number cell comes
# back as 5.00105E+17, or with its last three digits zeroed (500105199003121000).
STORED_AS_NUMBER = "身份证号被 Excel 存成了数字，请把该列设为文本"
_SCIENTIFIC = re.compile(r"\d(\.\d+)?E\+?\d+")


def normalise_id_number(s: str) -> str:
    """The ID number as stored: full-width characters folded, spaces dropped, a final x upper-cased.

    Registration sheets are typed with Chinese IMEs, so "３３０１…ｘ" and stray spaces are common.
    """
    folded = s if s.isascii() else unicodedata.normalize("NFKC", s)  # ASCII is NFKC already
    return "".join(folded.split()).upper()


def check_digit(first17: str) -> str:
    """The MOD 11-2 check character for the first 17 digits of an ID number."""
    if len(first17) != 17 or not (first17.isascii() and first17.isdigit()):
        raise ValueError(f"not 17 digits: {first17!r}")
    # the digits' ASCII codes, less "0" for each: a registration import checks 30,000 of these
    total = sum(map(mul, first17.encode("ascii"), _WEIGHTS)) - _ZERO_TOTAL
    return _CHECK_CHARS[total % 11]


def validate_id_number(s: str, *, today: date | None = None) -> str | None:
    """Why `s` is not a valid 18-character ID number, in plain Chinese; None when it is valid."""
    n = normalise_id_number(s)
    if not n:
        return "身份证号为空"
    if _SCIENTIFIC.fullmatch(n):
        return STORED_AS_NUMBER
    if len(n) != 18:
        return f"身份证号应为18位，实际为{len(n)}位"
    first17, last = n[:17], n[17]
    if not first17.isascii() or not first17.isdigit():
        return "身份证号前17位应为数字"
    if not (last.isascii() and (last.isdigit() or last == "X")):
        return "身份证号末位应为数字或X"
    try:
        born = date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return "身份证号中的出生日期无效"
    if born.year < _EARLIEST_YEAR or born > (today or date.today()):
        return "身份证号中的出生日期无效"
    if check_digit(first17) != last:
        # three trailing zeros are what Excel's 15 digits leave; a typing slip rarely is
        return STORED_AS_NUMBER if n.endswith("000") else "身份证号校验位错误"
    return None


def mask_id_number(s: str) -> str:
    """The number as printed on public sheets: first 4 and last 4 kept, e.g. 3301**********1234.

    Anything of 8 characters or fewer is masked whole, since keeping 4 + 4 would show all of it.
    """
    n = normalise_id_number(s)
    if len(n) <= 8:
        return "*" * len(n)
    return n[:4] + "*" * (len(n) - 8) + n[-4:]
