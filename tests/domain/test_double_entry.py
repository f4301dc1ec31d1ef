"""Verified entry: the state of a mark from its two passes and a resolution, and the counts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.double_entry import (
    count_states,
    pass_state,
    second_user_refusal,
    settled_value,
)

D = Decimal


@pytest.mark.parametrize(
    ("first", "second", "resolution", "state", "value"),
    [
        (None, None, None, "none", None),
        (D("8.5"), None, None, "waiting", None),
        (None, D("8.5"), None, "waiting", None),
        (D("8.5"), D("8.50"), None, "verified", D("8.5")),
        (D("8.5"), D("5.8"), None, "mismatch", None),
        (D("8.5"), D("5.8"), D("8.5"), "resolved", D("8.5")),
        (None, None, D("7"), "resolved", D("7")),
        (D("0"), D("0"), None, "verified", D("0")),
    ],
    ids=[
        "nothing",
        "first-only",
        "second-only",
        "equal-decimals",
        "transposed-digits",
        "resolved",
        "resolved-without-passes",
        "zero-is-a-mark",
    ],
)
def test_state_and_settled_value(first, second, resolution, state, value):
    assert pass_state(first, second, resolution) == state
    assert settled_value(first, second, resolution) == value


@pytest.mark.parametrize(
    ("pass_no", "user", "other", "refused"),
    [(2, "甲", "甲", True), (2, "乙", "甲", False), (1, "甲", None, False), (1, "乙", "乙", True)],
    ids=["same-person-second", "other-person", "first-pass-alone", "same-person-first"],
)
def test_the_same_person_may_not_enter_both_passes(pass_no, user, other, refused):
    reason = second_user_refusal(pass_no, user, other)
    assert (reason is not None) == refused
    if refused:
        assert user in reason  # type: ignore[operator]


def test_counts_over_what_the_trade_needs():
    n = count_states(["verified", "resolved", "waiting", "mismatch", "none"], expected=6)
    assert (n.verified, n.waiting, n.mismatched, n.missing) == (2, 1, 1, 2)
    assert not n.complete
    assert count_states(["verified"] * 3, expected=3).complete
    assert count_states([], expected=0).complete
