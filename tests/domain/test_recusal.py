"""Recusal: the grounds on which a judge stands aside, in the order they are checked."""

from __future__ import annotations

from typing import Any

import pytest

from competition_app.domain.recusal import Recusal, same_unit, stand_aside


def _facts(**over: Any) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "declared": None,
        "judge_unit": "江北机械厂",
        "contestant_unit": "渝北职校",
        "blind": False,
        "panel": (),
        "criterion": None,
    }
    facts.update(over)
    return facts


@pytest.mark.parametrize(
    ("over", "expected"),
    [
        pytest.param({}, None, id="strangers"),
        pytest.param({"declared": "亲属"}, Recusal("declared", "亲属"), id="declared"),
        pytest.param({"declared": "师徒", "blind": True}, Recusal("declared", "师徒"),
                     id="declared-holds-when-blind"),
        pytest.param({"contestant_unit": " 江北机械厂 "}, Recusal("same_unit", "江北机械厂"),
                     id="same-unit"),
        pytest.param({"contestant_unit": "江北机械厂", "blind": True}, None,
                     id="same-unit-unseen-when-blind"),
        pytest.param({"judge_unit": "", "contestant_unit": ""}, None, id="no-unit-is-nobodys"),
        pytest.param({"panel": {1, 2}, "criterion": 3}, Recusal("not_on_panel"), id="off-panel"),
        pytest.param({"panel": {1, 2}, "criterion": 2}, None, id="on-panel"),
        pytest.param({"panel": set(), "criterion": 3}, None, id="no-panel-marks-all"),
        pytest.param({"panel": {1}, "criterion": None}, None, id="no-criterion-no-panel-check"),
        pytest.param({"declared": "亲属", "contestant_unit": "江北机械厂"},
                     Recusal("declared", "亲属"), id="declared-before-unit"),
    ],
)  # fmt: skip
def test_stand_aside(over: dict[str, Any], expected: Recusal | None) -> None:
    assert stand_aside(**_facts(**over)) == expected


def test_same_unit_ignores_surrounding_spaces_only() -> None:
    assert same_unit(" 甲厂", "甲厂 ")
    assert not same_unit("甲厂", "甲厂二车间")
