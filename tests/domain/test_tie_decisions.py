"""Which ties a trade has for the chief judge to decide, and the order a decision gives."""

from __future__ import annotations

import pytest

from competition_app.domain.errors import UserError
from competition_app.domain.tie_decisions import Tie, decided_orders, tie_of, ties
from tests.domain.factories import entry, rules


def test_ties_are_found_group_by_group_on_the_whole_chain():
    trade = rules(tie_break=["total", "time"])
    entries = [
        entry("1", "80", "80", group="A", time="60"),
        entry("2", "80", "80", group="A", time="60"),
        entry("3", "80", "80", group="A", time="50"),  # same total, shorter time: not tied
        entry("4", "80", "80", group="B", time="60"),  # another group: not tied with 1 and 2
        entry("5", "70", "70", group="B", time="60"),
        entry("6", "70", "70", group="B", time="60", status="absent"),  # not ranked
        entry("10", "90", "90", group="B"),
        entry("9", "90", "90", group="B"),
    ]
    found = ties(trade, entries)
    assert [(t.group, t.keys, t.decided) for t in found] == [
        ("A", ("1", "2"), False),
        ("B", ("9", "10"), False),  # in entry-number order, 9 before 10
    ]
    assert tie_of(found, "2") == found[0] and tie_of(found, "3") is None


def test_a_tie_is_decided_only_when_every_one_of_it_has_an_order():
    trade = rules(tie_break=["total"])
    whole = [entry("1", "80", "80", decided=2), entry("2", "80", "80", decided=1)]
    assert [t.decided for t in ties(trade, whole)] == [True]
    joined = [*whole, entry("3", "80", "80")]
    (tie,) = ties(trade, joined)
    assert tie.keys == ("1", "2", "3") and not tie.decided


TIE = Tie("", keys=("k1", "k2", "k3"), numbers=("101", "102", "103"), decided=False)


def test_an_order_names_each_contestant_by_entry_number():
    assert decided_orders(TIE, ["103", "101", "102"]) == {"k3": 1, "k1": 2, "k2": 3}


@pytest.mark.parametrize(
    ("order", "message"),
    [
        pytest.param(["101", "102"], "还缺 103", id="missing"),
        pytest.param(
            ["101", "102", "103", "104"],
            "104 不在这一并列中（并列的是 101、102、103）",
            id="outsider",
        ),
        pytest.param(["101", "102", "102", "103"], "重复列出了 102", id="repeat"),
        pytest.param([], "还缺 101、102、103", id="empty"),
    ],
)
def test_an_order_that_is_not_the_whole_tie_is_refused(order, message):
    with pytest.raises(UserError, match=message):
        decided_orders(TIE, order)
