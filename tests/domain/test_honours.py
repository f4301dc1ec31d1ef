"""Titles for the top of a trade and level promotions."""

from __future__ import annotations

import pytest

from competition_app.domain.honours import assign_titles, promotion_for, promotion_list
from competition_app.domain.results import ResultRow
from competition_app.domain.rules import TitleRule

from .factories import candidates

EXPERT = TitleRule("技术能手", 5)
PROMOTIONS = (("一等奖", "技师"), ("二等奖", "高级工"), ("技术能手", "高级工"))


@pytest.mark.parametrize(
    ("totals", "ineligible", "expected"),
    [
        pytest.param([], (), [], id="empty"),
        pytest.param(["80"], (), [True], id="one"),
        pytest.param(["99", "98", "97", "96", "95", "94"], (), [True] * 5 + [False], id="top-5"),
        pytest.param(
            ["99", "98", "97", "96", "95", "95", "94"],
            (),
            [True] * 6 + [False],
            id="tie-at-boundary-included",
        ),
        pytest.param(
            ["99", "98", "97", "96", "95", "94"],
            (0,),
            [False] + [True] * 5,
            id="out-of-competition-passes-down",
        ),
        pytest.param(["80"] * 7, (), [True] * 7, id="all-tied"),
    ],
)
def test_titles(totals: list[str], ineligible: tuple[int, ...], expected: list[bool]) -> None:
    earned = assign_titles([EXPERT], candidates(totals, ineligible=ineligible))
    assert [t == ("技术能手",) for t in earned] == expected


def test_several_titles() -> None:
    titles = [TitleRule("状元", 1), EXPERT]
    earned = assign_titles(titles, candidates(["99", "98"]))
    assert earned == [("状元", "技术能手"), ("技术能手",)]


@pytest.mark.parametrize(
    ("award", "titles", "level"),
    [
        pytest.param("一等奖", ("技术能手",), "技师", id="award-first"),
        pytest.param("三等奖", ("技术能手",), "高级工", id="title-when-award-has-none"),
        pytest.param("", ("技术能手",), "高级工", id="title-only"),
        pytest.param("二等奖", (), "高级工", id="award-only"),
        pytest.param("三等奖", (), "", id="nothing"),
        pytest.param("", (), "", id="no-award-no-title"),
    ],
)
def test_promotion_for(award: str, titles: tuple[str, ...], level: str) -> None:
    assert promotion_for(PROMOTIONS, award, titles) == level


def test_promotion_list() -> None:
    def row(key: str, promotion: str) -> ResultRow:
        return ResultRow(key, key, key, "", "", "", "ok", {}, None, promotion=promotion)

    rows = [row("1", "技师"), row("2", ""), row("3", "高级工")]
    assert [r.key for r in promotion_list(rows)] == ["1", "3"]
