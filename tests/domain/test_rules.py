"""Look-ups on a trade's rules that the GUI and services use."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .factories import rules

D = Decimal

TRADE = rules(
    criteria=[
        {"code": "p1", "name": "尺寸精度", "component": "practical", "max": "40"},
        {"code": "p2", "name": "外观", "component": "practical", "max": "60", "kind": "judgement"},
    ],
)


def test_component_and_criterion_look_ups() -> None:
    assert TRADE.component("practical").name == "操作技能"
    assert TRADE.criterion("p2").max_mark == D(60)
    assert [c.code for c in TRADE.criteria_of("practical")] == ["p1", "p2"]
    assert TRADE.is_direct("theory") and not TRADE.is_direct("practical")
    with pytest.raises(KeyError):
        TRADE.component("defence")
    with pytest.raises(KeyError):
        TRADE.criterion("p9")


def test_mark_limit() -> None:
    assert TRADE.mark_limit(TRADE.criterion("p2")) == D(60)
    worldskills = rules(
        "worldskills",
        criteria=[
            {"code": "m", "name": "尺寸", "component": "practical", "max": "40"},
            {
                "code": "j",
                "name": "外观",
                "component": "practical",
                "max": "60",
                "kind": "judgement",
            },
        ],
    )
    assert worldskills.mark_limit(worldskills.criterion("j")) == D(3)
    assert worldskills.mark_limit(worldskills.criterion("m")) == D(40)
    # a judgement score is a whole 0-3; a measurement takes the trade's places
    assert worldskills.mark_places(worldskills.criterion("j")) == 0
    assert worldskills.mark_places(worldskills.criterion("m")) == worldskills.mark_decimals == 2
