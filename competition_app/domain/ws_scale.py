"""The WorldSkills scale: raw totals mapped so the trade's median sits at 700 (500 before 2017)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from competition_app.domain.rounding import exact, round_mark

# 1.4826 × MAD estimates the standard deviation of normally spread results; one estimated
# standard deviation is worth 30 scale points. This matched a published 32-competitor export.
_MAD_TO_SD = Decimal("1.4826")
_POINTS_PER_SD = 30
SCALE_MIN = 0
SCALE_MAX = 1000
WS_CENTRE = 700
WS_CENTRE_BEFORE_2017 = 500


def median(values: Sequence[Decimal]) -> Decimal:
    """The middle value, or the mean of the two middle values of an even count."""
    if not values:
        raise ValueError("median of no values")
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def ws_scale(
    totals: Sequence[Decimal],
    centre: int = WS_CENTRE,
    *,
    field: Sequence[Decimal] | None = None,
) -> list[int]:
    """Each raw total on the WorldSkills scale, in the order given, clamped to 0..1000.

    `round(centre + 30 × (raw − median) / (1.4826 × MAD))`, rounded half-up, where MAD is the
    median absolute deviation from the median. The median and MAD are those of `field` (the
    totals themselves when not given, or when it is empty): the totals of the contestants
    eligible for awards, so that one out of competition, scaled like everyone, moves nobody
    else's scale value, hence nobody's medallion. When MAD is 0 (all totals equal, or more than
    half of them equal) the spread cannot be measured, so everyone is placed at the centre.
    """
    if not totals:
        return []
    basis = field if field else totals
    mid = median(basis)
    mad = median([abs(t - mid) for t in basis])
    if mad == 0:
        return [centre] * len(totals)
    # exact until the one rounding to whole points, so a point that is exactly x.5 goes up
    spread = exact(_MAD_TO_SD * mad)
    scaled: list[int] = []
    for raw in totals:
        points = centre + _POINTS_PER_SD * exact(raw - mid) / spread
        rounded = int(round_mark(points, 0, "half_up"))
        scaled.append(min(SCALE_MAX, max(SCALE_MIN, rounded)))
    return scaled
