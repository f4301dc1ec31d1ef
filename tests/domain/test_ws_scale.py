"""The WorldSkills scale against hand-computed values."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from competition_app.domain.ws_scale import WS_CENTRE_BEFORE_2017, median, ws_scale

D = Decimal


def totals(*values: str) -> list[Decimal]:
    return [D(v) for v in values]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # median 70, deviations 20 10 0 10 20 -> MAD 10; 30 × 20 / 14.826 = 40.47
        pytest.param(
            ("50", "60", "70", "80", "90"), [660, 680, 700, 720, 740], id="five-evenly-spread"
        ),
        # median 2.5, MAD 1; 45 / 1.4826 = 30.35, 15 / 1.4826 = 10.12
        pytest.param(("1", "2", "3", "4"), [670, 690, 710, 730], id="even-count"),
        pytest.param(("90", "50", "70", "60", "80"), [740, 660, 700, 680, 720], id="order-kept"),
        # median 10.2, MAD 0.1: 100 is far above the top of the scale
        pytest.param(
            ("10", "10.1", "10.2", "10.3", "100"), [660, 680, 700, 720, 1000], id="clamped-high"
        ),
        pytest.param(
            ("0", "99.9", "100", "100.1", "100.2"), [0, 680, 700, 720, 740], id="clamped-low"
        ),
        pytest.param(("80", "80", "80"), [700, 700, 700], id="mad-zero-all-equal"),
        pytest.param(("80", "80", "80", "95"), [700, 700, 700, 700], id="mad-zero-majority-equal"),
        pytest.param(("73.5",), [700], id="one-competitor"),
        pytest.param((), [], id="empty"),
    ],
)
def test_ws_scale(raw: tuple[str, ...], expected: list[int]) -> None:
    assert ws_scale(totals(*raw)) == expected


def test_centre_before_2017() -> None:
    assert ws_scale(totals("50", "60", "70", "80", "90"), centre=WS_CENTRE_BEFORE_2017) == [
        460,
        480,
        500,
        520,
        540,
    ]


def test_median() -> None:
    assert median(totals("3", "1", "2")) == D(2)
    assert median(totals("4", "1", "2", "3")) == D("2.5")
    with pytest.raises(ValueError, match="no values"):
        median([])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 10000).map(lambda v: D(v) / 100), max_size=40))
def test_scale_keeps_order_and_range(raw: list[Decimal]) -> None:
    scaled = ws_scale(raw)
    assert all(0 <= s <= 1000 for s in scaled)
    for a, sa in zip(raw, scaled, strict=True):
        for b, sb in zip(raw, scaled, strict=True):
            if a > b:
                assert sa >= sb


@given(
    st.lists(st.decimals(min_value=0, max_value=100, places=2), min_size=1, max_size=20),
    st.decimals(min_value=0, max_value=100, places=2),
)
def test_a_total_outside_the_field_moves_no_one_elses_scale(
    field: list[Decimal], outsider: Decimal
) -> None:
    """An out-of-competition total is scaled on the eligible field and leaves it as it was."""
    alone = ws_scale(field)
    with_outsider = ws_scale([outsider, *field], field=field)
    assert with_outsider[1:] == alone
    # and is scaled as a member of the field with that total would be
    assert with_outsider[0] == ws_scale([*field, outsider], field=field)[-1]
    if outsider in field:
        assert with_outsider[0] == alone[field.index(outsider)]


def test_an_empty_field_scales_on_the_totals_themselves() -> None:
    raw = [Decimal(90), Decimal(80), Decimal(70)]
    assert ws_scale(raw, field=[]) == ws_scale(raw)
