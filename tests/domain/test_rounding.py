"""Rounding of marks and totals, and of award quotas."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.rounding import quota, round_mark
from competition_app.domain.rules import QuotaRounding, RoundingMode

D = Decimal


@pytest.mark.parametrize(
    ("value", "decimals", "mode", "expected"),
    [
        pytest.param("89.995", 2, "half_up", "90.00", id="half-up-carries-into-units"),
        pytest.param("89.985", 2, "half_up", "89.99", id="half-up"),
        pytest.param("89.985", 2, "half_even", "89.98", id="half-even-to-even"),
        pytest.param("89.995", 2, "half_even", "90.00", id="half-even-odd-goes-up"),
        pytest.param("89.999", 2, "down", "89.99", id="down-truncates"),
        pytest.param("89.995", 2, "down", "89.99", id="down-at-half"),
        pytest.param("2.5", 0, "half_up", "3", id="half-up-0-places"),
        pytest.param("2.5", 0, "half_even", "2", id="half-even-0-places"),
        pytest.param("87", 2, "half_up", "87.00", id="pads-places"),
        pytest.param("66.66666666666666666666666667", 4, "half_up", "66.6667", id="long-mean"),
    ],
)
def test_round_mark(value: str, decimals: int, mode: RoundingMode, expected: str) -> None:
    result = round_mark(D(value), decimals, mode)
    assert result == D(expected)
    assert str(result) == expected  # exactly the trade's places, as printed


def test_round_mark_refuses_negative_places() -> None:
    with pytest.raises(ValueError, match="decimals"):
        round_mark(D("1.5"), -1, "half_up")


@pytest.mark.parametrize(
    ("share", "n", "mode", "expected"),
    [
        pytest.param("0.10", 25, "half_up", 3, id="2.5-half-up"),
        pytest.param("0.10", 25, "floor", 2, id="2.5-floor"),
        pytest.param("0.10", 25, "ceil", 3, id="2.5-ceil"),
        pytest.param("0.30", 7, "half_up", 2, id="2.1-half-up"),
        pytest.param("0.30", 7, "ceil", 3, id="2.1-ceil"),
        pytest.param("0.10", 1, "half_up", 0, id="one-contestant-no-first-prize"),
        pytest.param("0.10", 1, "ceil", 1, id="one-contestant-ceil"),
        pytest.param("0.5", 0, "ceil", 0, id="empty-field"),
        pytest.param("1", 12, "floor", 12, id="whole-field"),
    ],
)
def test_quota(share: str, n: int, mode: QuotaRounding, expected: int) -> None:
    assert quota(D(share), n, mode) == expected
