"""Trade tables from the event file: presets, overrides, every validation problem, round trips."""

from __future__ import annotations

import copy
import tomllib
from decimal import Decimal
from typing import Any

import pytest

from competition_app.domain.presets import PRESETS
from competition_app.domain.rules import (
    AwardRules,
    ComponentSpec,
    CriterionSpec,
    PanelRule,
    Rounding,
    Tier,
    TitleRule,
    TradeRules,
)
from competition_app.domain.rules_io import rules_from_mapping, rules_to_mapping

D = Decimal

EVENT_TRADE = """
code = "fitter"
name = "钳工"
preset = "cn-provincial"
groups = ["职工组", "学生组"]
components = [
  { code = "theory", name = "理论知识", weight = "0.3" },
  { code = "practical", name = "操作技能", weight = "0.7", max = "100" },
]
criteria = [
  { code = "p1", name = "尺寸精度", component = "practical", max = "40", kind = "measurement" },
  { code = "p2", name = "表面质量", component = "practical", max = "60", kind = "judgement" },
]
panel = { method = "trimmed_mean", trim_min_judges = 5, spread_tolerance = "1" }
decimals = 2
rounding = "half_up"
round_components_first = false
tie_break = ["total", "time", "practical", "theory"]
forbid_shared_top = 3
titles = [ { name = "技术能手", top_n = 5 } ]
promotions = { "一等奖" = "技师" }
ws_scale = false

[awards]
mode = "tiers"
quota_rounding = "half_up"
min_total = "60"
tiers = [
  { name = "一等奖", share = "0.10" },
  { name = "二等奖", count = 3 },
  { name = "优胜奖", up_to_share = "0.5" },
]
"""


def test_event_trade_table() -> None:
    rules = rules_from_mapping(tomllib.loads(EVENT_TRADE), where="trades[0]")
    assert rules.criteria == (
        CriterionSpec("p1", "尺寸精度", "practical", D(40), "measurement"),
        CriterionSpec("p2", "表面质量", "practical", D(60), "judgement"),
    )
    assert rules.panel == PanelRule("trimmed_mean", 5, D(1))
    assert rules.forbid_shared_top == 3
    assert rules.promotions == (("一等奖", "技师"),)
    assert rules.awards.tiers == (
        Tier("一等奖", "share", D("0.1")),
        Tier("二等奖", "count", D(3)),
        Tier("优胜奖", "up_to_share", D("0.5")),
    )
    assert rules_from_mapping(rules_to_mapping(rules)) == rules


def test_full_rules_round_trip() -> None:
    rules = TradeRules(
        components=(
            ComponentSpec("theory", "理论", D("0.25")),
            ComponentSpec("practical", "实操", D("0.75"), D(50)),
        ),
        criteria=(
            CriterionSpec("a", "A", "practical", D("20.5"), "judgement"),
            CriterionSpec("b", "B", "practical", D("29.5")),
        ),
        panel=PanelRule("worldskills_judgement", 6, D("0.5")),
        rounding=Rounding(3, "half_even", True),
        tie_break=("total", "practical", "time"),
        forbid_shared_top=2,
        awards=AwardRules(
            mode="medals",
            tiers=(Tier("x", "count", D(2)),),
            quota_rounding="ceil",
            min_total=D("55.5"),
            tie_window=D("1.5"),
            medallion=D(650),
            medal_names=("一", "二", "三", "优"),
            medals_by_field=((8, 3), (2, 1)),
        ),
        titles=(TitleRule("能手", 3),),
        promotions=(("一", "技师"), ("能手", "高级工")),
        show_ws_scale=True,
    )
    mapping = rules_to_mapping(rules)
    assert rules_from_mapping(mapping) == rules
    assert mapping["components"][0]["weight"] == "0.25"  # Decimals as strings for TOML


def test_defaults_without_preset() -> None:
    rules = rules_from_mapping({"components": [{"code": "practical", "weight": 1}]})
    assert rules == TradeRules(components=(ComponentSpec("practical", "practical", D(1)),))


@pytest.mark.parametrize(
    ("weight", "expected"),
    [
        pytest.param("0.3", D("0.3"), id="string"),
        pytest.param(0.3, D("0.3"), id="toml-float-via-repr"),
        pytest.param(D("0.3"), D("0.3"), id="decimal"),
    ],
)
def test_decimal_forms(weight: Any, expected: Decimal) -> None:
    rules = rules_from_mapping(
        {"components": [{"code": "t", "weight": weight}, {"code": "p", "weight": "0.7"}]}
    )
    assert rules.components[0].weight == expected


def test_overrides_replace_lists_and_merge_tables() -> None:
    rules = rules_from_mapping(
        {
            "preset": "cn-provincial",
            "components": [
                {"code": "theory", "name": "理论知识", "weight": "0.2"},
                {"code": "practical", "name": "操作技能", "weight": "0.8"},
            ],
            "awards": {"min_total": "70"},
            "tie_break": ["total", "practical"],
        }
    )
    assert [c.weight for c in rules.components] == [D("0.2"), D("0.8")]
    assert rules.awards.min_total == D(70)
    assert len(rules.awards.tiers) == 3  # the preset's tiers stay: tables merge
    assert rules.tie_break == ("total", "practical")


def test_empty_string_clears_a_preset_value() -> None:
    rules = rules_from_mapping({"preset": "cn-provincial", "awards": {"min_total": ""}})
    assert rules.awards.min_total is None


def test_presets_are_not_changed_by_loading() -> None:
    before = copy.deepcopy(PRESETS)
    rules_from_mapping(
        {"preset": "cn-provincial", "awards": {"tiers": []}, "panel": {"method": "mean"}}
    )
    assert before == PRESETS
