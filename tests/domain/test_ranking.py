"""Competition ranking by the tie-break chain, and ties the chief judge must decide."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from competition_app.domain.ranking import (
    chain_ties,
    competition_ranks,
    effective_decisions,
    rank_rows,
    tie_break_key,
)
from competition_app.domain.results import FLAG_TIE_DECISION

D = Decimal


@dataclass(frozen=True)
class Row:
    total: Decimal | None
    time: Decimal | None = None
    components: dict[str, Decimal | None] = field(default_factory=dict)


def rows(*totals: str) -> list[Row]:
    return [Row(D(t)) for t in totals]


def ranks_of(placings: list) -> list[tuple[int, bool]]:  # type: ignore[type-arg]
    return [(p.rank, p.tied) for p in placings]


@pytest.mark.parametrize(
    ("totals", "expected"),
    [
        pytest.param((), [], id="empty"),
        pytest.param(("80",), [(1, False)], id="one"),
        pytest.param(
            ("90", "80", "80", "70"), [(1, False), (2, True), (2, True), (4, False)], id="1-2-2-4"
        ),
        pytest.param(
            ("70", "80", "90"), [(3, False), (2, False), (1, False)], id="input-order-kept"
        ),
        pytest.param(("80", "80", "80"), [(1, True)] * 3, id="all-tied"),
    ],
)
def test_competition_ranking_by_total(
    totals: tuple[str, ...], expected: list[tuple[int, bool]]
) -> None:
    assert ranks_of(rank_rows(rows(*totals), ["total"])) == expected


def test_time_breaks_a_tie_shorter_first_missing_last() -> None:
    field_ = [Row(D(80), D(95)), Row(D(80), None), Row(D(80), D("90.5")), Row(D(85), None)]
    placings = rank_rows(field_, ["total", "time"])
    assert ranks_of(placings) == [(3, False), (4, False), (2, False), (1, False)]


def test_component_breaks_a_tie_higher_first() -> None:
    field_ = [
        Row(D(80), D(90), {"practical": D(70), "theory": D(90)}),
        Row(D(80), D(90), {"practical": D(75), "theory": D(80)}),
        Row(D(80), D(90), {"practical": D(75), "theory": D(85)}),
        Row(D(80), D(90), {"practical": D(75), "theory": D(85)}),
    ]
    placings = rank_rows(field_, ["total", "time", "practical", "theory"])
    assert ranks_of(placings) == [(4, False), (3, False), (1, True), (1, True)]


def test_decided_order_orders_a_tie_it_covers_whole() -> None:
    field_ = rows("80", "80", "90", "70")
    placings = rank_rows(field_, ["total"], decided_order=[2, 1, None, None])
    # the decision orders the tied pair; 90 and 70 are unaffected
    assert ranks_of(placings) == [(3, False), (2, False), (1, False), (4, False)]


def test_a_tie_with_an_undecided_row_stays_whole() -> None:
    # 102 and 101 were decided; 103 joined the tie later (a corrected mark): the old decision
    # does not put 103 behind them, the three share the place until decided again
    field_ = rows("80", "80", "80", "90")
    placings = rank_rows(field_, ["total"], decided_order=[2, 1, None, 5], forbid_shared_top=3)
    assert ranks_of(placings) == [(2, True), (2, True), (2, True), (1, False)]
    assert [FLAG_TIE_DECISION in p.flags for p in placings] == [True, True, True, False]


def test_a_decision_on_a_row_tied_with_nobody_is_inert() -> None:
    assert effective_decisions(rows("90", "80"), ["total"], [2, 1]) == [None, None]
    assert ranks_of(rank_rows(rows("90", "80"), ["total"], decided_order=[2, 1])) == [
        (1, False),
        (2, False),
    ]


def test_chain_ties_are_the_rows_equal_on_the_whole_chain() -> None:
    field_ = [Row(D(80), D(60)), Row(D(90)), Row(D(80), D(60)), Row(D(80), D(70)), Row(D(90))]
    assert chain_ties(field_, ["total", "time"]) == [[1, 4], [0, 2]]
    assert chain_ties(field_, ["total"]) == [[1, 4], [0, 2, 3]]


def test_decided_order_must_match_rows() -> None:
    with pytest.raises(ValueError, match="one entry per row"):
        rank_rows(rows("1", "2"), ["total"], decided_order=[1])


@pytest.mark.parametrize(
    ("totals", "top", "flagged"),
    [
        pytest.param(("90", "85", "80", "80"), 3, [False, False, True, True], id="tie-at-3"),
        pytest.param(("90", "90", "80"), 3, [True, True, False], id="tie-at-1"),
        pytest.param(("90", "85", "80", "75", "75"), 3, [False] * 5, id="tie-at-4-is-allowed"),
        pytest.param(("90", "85", "85", "75"), 0, [False] * 4, id="rule-off"),
        pytest.param(("90", "85", "85"), 1, [False] * 3, id="only-top-1-forbidden"),
    ],
)
def test_forbid_shared_top(totals: tuple[str, ...], top: int, flagged: list[bool]) -> None:
    placings = rank_rows(rows(*totals), ["total"], forbid_shared_top=top)
    assert [FLAG_TIE_DECISION in p.flags for p in placings] == flagged
    assert all(p.tied for p, f in zip(placings, flagged, strict=True) if f)


def test_a_decided_tie_is_no_longer_flagged() -> None:
    placings = rank_rows(rows("90", "90"), ["total"], decided_order=[2, 1], forbid_shared_top=3)
    assert ranks_of(placings) == [(2, False), (1, False)]
    assert all(not p.flags for p in placings)


def test_missing_total_sorts_last() -> None:
    placings = rank_rows([Row(None), Row(D(1))], ["total"])
    assert ranks_of(placings) == [(2, False), (1, False)]


# --- properties -------------------------------------------------------------------------------

_totals = st.sampled_from([D(v) for v in ("60", "70.5", "80", "80.25", "95")])
_times = st.one_of(st.none(), st.sampled_from([D(v) for v in ("60", "75.5", "90")]))
_rows = st.lists(
    st.builds(Row, _totals, _times, st.fixed_dictionaries({"practical": _totals})),
    max_size=25,
)
CHAIN = ["total", "time", "practical"]


@settings(max_examples=150, deadline=None)
@given(_rows)
def test_ranks_follow_the_chain(field_: list[Row]) -> None:
    placings = rank_rows(field_, CHAIN)
    keys = [tie_break_key(r, CHAIN) for r in field_]
    for i, a in enumerate(field_):
        better = sum(1 for k in keys if k < keys[i])
        assert placings[i].rank == better + 1  # competition ranking
        assert placings[i].tied == (keys.count(keys[i]) > 1)
        for j, b in enumerate(field_):
            assert a.total is not None and b.total is not None
            if a.total > b.total:
                assert placings[i].rank < placings[j].rank  # a better total never ranks worse
            if keys[i] == keys[j]:
                assert placings[i].rank == placings[j].rank


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 5), max_size=20))
def test_competition_ranks_skip_shared_places(values: list[int]) -> None:
    keys = [((0, D(-v)),) for v in values]
    ranks = sorted(rank for rank, _ in competition_ranks(keys))
    for position, rank in enumerate(ranks):
        # a rank is the position of the first of its tie, so it never exceeds the position
        assert rank <= position + 1
        assert rank == ranks.index(rank) + 1


@settings(max_examples=150, deadline=None)
@given(_rows, st.data())
def test_a_decision_never_breaks_a_tie_it_does_not_cover(
    field_: list[Row], data: st.DataObject
) -> None:
    decided = data.draw(st.lists(st.one_of(st.none(), st.integers(1, 4)), min_size=len(field_),
                                 max_size=len(field_)))  # fmt: skip
    standing = effective_decisions(field_, CHAIN, decided)
    undecided = rank_rows(field_, CHAIN)
    placings = rank_rows(field_, CHAIN, decided_order=decided)
    for tie in chain_ties(field_, CHAIN):
        covered = all(decided[i] is not None for i in tie)
        # a tie's decisions stand all together or not at all
        assert [standing[i] for i in tie] == (
            [decided[i] for i in tie] if covered else [None] * len(tie)
        )
        if not covered:
            assert {placings[i].rank for i in tie} == {undecided[tie[0]].rank}
    for i, p in enumerate(placings):
        # a decision only orders within a tie: nobody moves past anyone outside their tie
        better = {j for j, q in enumerate(undecided) if q.rank < undecided[i].rank}
        assert all(placings[j].rank < p.rank for j in better)
