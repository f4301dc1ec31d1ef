"""Rounding of marks and totals, and of award quotas, as the trade's rules choose."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from competition_app.domain.rules import QuotaRounding, RoundingMode

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


def round_mark(value: Decimal, decimals: int, mode: RoundingMode) -> Decimal:
    """`value` rounded to `decimals` places; the result always carries exactly that many places."""
    if decimals < 0:
        raise ValueError(f"decimals must not be negative: {decimals}")
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=_MARK_MODES[mode])


def quota(share: Decimal, n: int, rounding: QuotaRounding) -> int:
    """How many of `n` contestants a `share` of the field is, e.g. 10% of 25 -> 3 (half-up)."""
    if n <= 0:
        return 0
    places = (share * n).to_integral_value(rounding=_QUOTA_MODES[rounding])
    return max(0, int(places))
