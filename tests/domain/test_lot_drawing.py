"""Lot drawing: capacities, the documented algorithm, reproducibility and differences."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from competition_app.domain.lot_drawing import (
    LotAssignment,
    LotError,
    draw_differences,
    draw_lots,
    lot_key,
    new_seed,
    parse_capacities,
)

NUMBERS = [str(n) for n in range(1001, 1011)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20,20,10", (20, 20, 10)),
        ("3x20", (20, 20, 20)),
        ("3×20", (20, 20, 20)),
        (" 2 X 5 ", (5, 5)),
        ("12，8", (12, 8)),
        ("30", (30,)),
    ],
    ids=["list", "n-by-m", "times-sign", "spaces-capital-x", "full-width-comma", "one-session"],
)
def test_capacities_as_organisers_type_them(text, expected):
    assert parse_capacities(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "a,b", "10,0", "0x5", "10,-2"],
    ids=["empty", "letters", "zero-session", "no-sessions", "negative"],
)
def test_bad_capacities_are_refused(text):
    with pytest.raises(LotError):
        parse_capacities(text)


def test_the_draw_follows_the_published_algorithm_exactly():
    # Written down in the module docstring: sort by sha256("<seed>:<number>"), fill in order.
    # A fixed answer: the same draw on every Python version and platform, forever.
    drawn = draw_lots(NUMBERS, (4, 4, 2), 20220720)
    assert [a.number for a in drawn] == [
        "1001",
        "1008",
        "1010",
        "1002",
        "1005",
        "1009",
        "1003",
        "1007",
        "1006",
        "1004",
    ]
    by_hand = sorted(NUMBERS, key=lambda n: hashlib.sha256(f"20220720:{n}".encode()).hexdigest())
    assert [a.number for a in drawn] == by_hand
    assert [(a.session, a.station, a.order) for a in drawn[:6]] == [
        (1, 1, 1),
        (1, 2, 2),
        (1, 3, 3),
        (1, 4, 4),
        (2, 1, 5),
        (2, 2, 6),
    ]
    assert drawn[-1] == LotAssignment("1004", 3, 2, 10)
    assert lot_key(20220720, "1001").startswith("0076161f9769")


def test_not_enough_places_is_refused():
    with pytest.raises(LotError, match="不够"):
        draw_lots(NUMBERS, (4, 4), 1)


def test_spare_places_stay_empty():
    drawn = draw_lots(NUMBERS[:3], (2, 2), 7)
    assert [(a.session, a.station) for a in drawn] == [(1, 1), (1, 2), (2, 1)]


def test_an_empty_trade_draws_nothing():
    assert draw_lots([], (5,), 1) == ()


def test_seeds_are_fresh_and_short():
    seeds = {new_seed() for _ in range(20)}
    assert len(seeds) > 1 and all(0 <= s < 10**8 for s in seeds)


@given(
    numbers=st.sets(st.text(alphabet="0123456789AB", min_size=1, max_size=5), max_size=40),
    seed=st.integers(min_value=0, max_value=10**12),
    extra=st.integers(min_value=0, max_value=5),
    sessions=st.integers(min_value=1, max_value=4),
)
def test_a_draw_is_a_reproducible_placement_of_everybody(numbers, seed, extra, sessions):
    per = -(-(len(numbers) + extra) // sessions) or 1
    caps = (per,) * sessions
    drawn = draw_lots(numbers, caps, seed)
    assert sorted(a.number for a in drawn) == sorted(numbers)  # everybody, once
    assert len({(a.session, a.station) for a in drawn}) == len(drawn)  # one per place
    assert [a.order for a in drawn] == list(range(1, len(drawn) + 1))
    assert all(a.station <= caps[a.session - 1] for a in drawn)
    # the order the numbers come in does not matter; the seed alone decides
    assert draw_lots(sorted(numbers, reverse=True), caps, seed) == drawn
    assert draw_differences(drawn, draw_lots(numbers, caps, seed)) == ()


def test_differences_name_each_contestant_moved_missing_or_extra():
    expected = draw_lots(NUMBERS[:4], (2, 2), 99)
    a, b, c, d = expected
    stored = [
        a,
        LotAssignment(b.number, c.session, c.station, c.order),
        c,
        LotAssignment("9999", 9, 9, 9),
    ]
    diffs = draw_differences(expected, stored)
    assert len(diffs) == 3
    assert any(line.startswith(f"{b.number}: 应为") for line in diffs)
    assert any(line.startswith(f"{d.number}:") and "记录中没有" in line for line in diffs)
    assert any(line.startswith("9999:") for line in diffs)
