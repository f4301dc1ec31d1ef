"""Exact marks and the one rounding a trade states: of marks and totals, and of award quotas.

Marks as typed are `Decimal`s. Anything divided on the way to a total (a panel's mean, a
WorldSkills aspect's max × mean / 3) is a `Fraction`, so a third stays a third: 47/3 + 50/3 +
53/3 is exactly 50, and rounding happens once, where the trade's rules say.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction

from competition_app.domain.rules import QuotaRounding, RoundingMode

# An exact mark, panel value, component or total before its rounding.
Exact = Decimal | Fraction

_MARK_MODES: dict[str, str] = {
    "half_up": ROUND_HALF_UP,  # 四舍五入, what nearly every Chinese contest publishes
    "half_even": ROUND_HALF_EVEN,
    "down": ROUND_DOWN,  # truncation: marks are never negative, so toward zero is "down"
}

_QUOTA_MODES: dict[str, str] = {
    "half_up": ROUND_HALF_UP,
    "floor": ROUND_FLOOR,
    "ceil": ROUND_CEILING,
}


def exact(value: Exact | int) -> Fraction:
    """`value` as a Fraction, with no loss (a Decimal's digits are exactly a ratio of integers)."""
    return value if isinstance(value, Fraction) else Fraction(value)


def round_mark(value: Exact, decimals: int, mode: RoundingMode) -> Decimal:
    """`value` rounded to `decimals` places; the result always carries exactly that many places.

    A Fraction is rounded by integer arithmetic on its numerator and denominator, so the only
    rounding is this one: 85.515 (an exact 0.3 × 75.05 + 0.7 × 90) is 85.52 half-up, and
    49.999… never appears where the exact value is 50.
    """
    if decimals < 0:
        raise ValueError(f"decimals must not be negative: {decimals}")
    if isinstance(value, Decimal):
        return value.quantize(Decimal(1).scaleb(-decimals), rounding=_MARK_MODES[mode])
    return round_ratio(value.numerator, value.denominator, decimals, mode)


def round_ratio(top: int, bottom: int, decimals: int, mode: RoundingMode) -> Decimal:
    """`top / bottom` (bottom positive) rounded as `round_mark` rounds a Fraction, without making
    one: scoring adds panels as integer ratios, and this is the one rounding of them."""
    if mode not in _MARK_MODES:
        raise KeyError(mode)
    if decimals < 0:
        raise ValueError(f"decimals must not be negative: {decimals}")
    # top × 10^decimals over bottom: dividing out their common factors would change neither
    # the whole part nor how the rest compares with half the denominator
    scaled = top * 10**decimals
    whole, rest = divmod(abs(scaled), bottom)
    if mode == "half_up":
        whole += 2 * rest >= bottom
    elif mode == "half_even":
        whole += 2 * rest > bottom or (2 * rest == bottom and whole % 2 == 1)
    # "down": the whole part of the magnitude is already toward zero
    signed = -whole if scaled < 0 else whole
    return Decimal(signed).scaleb(-decimals)


def as_decimal(value: Exact) -> Decimal | None:
    """The exact decimal digits of `value`, or None when it does not end (a third, a seventh)."""
    if isinstance(value, Decimal):
        return value
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        return None
    places = max(twos, fives)
    return Decimal(value.numerator * 10**places // value.denominator).scaleb(-places)


def quota(share: Decimal, n: int, rounding: QuotaRounding) -> int:
    """How many of `n` contestants a `share` of the field is, e.g. 10% of 25 -> 3 (half-up)."""
    if n <= 0:
        return 0
    places = (share * n).to_integral_value(rounding=_QUOTA_MODES[rounding])
    return max(0, int(places))
