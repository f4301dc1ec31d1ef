"""Where a problem in the rules points: the cell it marks and its place in words."""

from __future__ import annotations

import pytest

from competition_app.domain.errors import Problem
from competition_app.ui.setup.rules_problems import describe_location, problem_cells


@pytest.mark.parametrize(
    ("location", "words"),
    [
        pytest.param("fitter.components[1].weight", "组成部分第 2 行 · 权重", id="cell"),
        pytest.param("fitter.criteria[0]", "评分细则第 1 行", id="row"),
        pytest.param("fitter.awards.tiers[2].share", "奖项第 3 行 · 比例", id="tier"),
        pytest.param("fitter.tie_break[0]", "并列比较", id="setting"),
        pytest.param("fitter.mystery", "mystery", id="unknown"),
    ],
)
def test_a_location_in_words(location, words):
    assert describe_location(location) == words


def test_problems_mark_their_cells_and_a_tier_quota_its_value_column():
    cells = problem_cells(
        [
            Problem("fitter.components[0].weight", "权重合计应为 1"),
            Problem("fitter.awards.tiers[1].count", "应为整数"),
            Problem("fitter.titles[0]", "称号重复"),
            Problem("fitter.decimals", "超出范围"),
        ]
    )
    assert cells == {
        "components": {(0, "weight"): "权重合计应为 1"},
        "criteria": {},
        "awards.tiers": {(1, "value"): "应为整数"},
        "titles": {(0, "name"): "称号重复"},
    }
