"""Every preset loads, matches the published rule it names, and round-trips."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from competition_app.domain.presets import PRESET_LABELS, PRESETS
from competition_app.domain.rules_io import rules_from_mapping, rules_to_mapping

D = Decimal


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_preset_loads_and_round_trips(name: str) -> None:
    rules = rules_from_mapping({"preset": name})
    assert sum(c.weight for c in rules.components) == 1
    assert rules_from_mapping(rules_to_mapping(rules)) == rules
    assert rules_from_mapping(copy.deepcopy(PRESETS[name])) == rules


def test_every_preset_has_a_label() -> None:
    assert set(PRESET_LABELS) == set(PRESETS)


@pytest.mark.parametrize(
    ("name", "weights"),
    [
        ("cn-provincial", {"theory": "0.3", "practical": "0.7"}),
        ("cn-electrician", {"theory": "0.4", "practical": "0.6"}),
        ("cn-defence", {"theory": "0.25", "practical": "0.55", "defence": "0.20"}),
        ("cn-fixed", {"theory": "0.3", "practical": "0.7"}),
        ("cn-national-2020", {"practical": "1"}),
        ("worldskills", {"practical": "1"}),
    ],
)
def test_preset_weights(name: str, weights: dict[str, str]) -> None:
    rules = rules_from_mapping({"preset": name})
    assert {c.code: c.weight for c in rules.components} == {k: D(v) for k, v in weights.items()}


def test_cn_provincial() -> None:
    rules = rules_from_mapping({"preset": "cn-provincial"})
    assert [c.name for c in rules.components] == ["理论知识", "操作技能"]
    assert (rules.rounding.decimals, rules.rounding.mode) == (2, "half_up")
    assert rules.tie_break == ("total", "time", "practical", "theory")
    assert [(t.name, t.kind, t.value) for t in rules.awards.tiers] == [
        ("一等奖", "share", D("0.1")),
        ("二等奖", "share", D("0.2")),
        ("三等奖", "share", D("0.3")),
    ]
    assert rules.awards.quota_rounding == "half_up"
    assert rules.awards.min_total == D(60)
    assert rules.panel.method == "trimmed_mean" and rules.panel.trim_min_judges == 5


def test_cn_fixed_counts() -> None:
    tiers = rules_from_mapping({"preset": "cn-fixed"}).awards.tiers
    assert [(t.name, t.kind, t.value) for t in tiers] == [
        ("一等奖", "count", D(1)),
        ("二等奖", "count", D(3)),
        ("三等奖", "count", D(5)),
        ("优秀奖", "count", D(10)),
    ]


def test_cn_national_2020() -> None:
    rules = rules_from_mapping({"preset": "cn-national-2020"})
    assert [(t.name, t.kind, t.value) for t in rules.awards.tiers] == [
        ("金牌", "count", D(1)),
        ("银牌", "count", D(1)),
        ("铜牌", "count", D(1)),
        ("优胜奖", "up_to_share", D("0.5")),
    ]


def test_worldskills() -> None:
    rules = rules_from_mapping({"preset": "worldskills"})
    assert rules.awards.mode == "medals"
    assert rules.awards.tie_window == D(2)
    assert rules.awards.medallion == D(700)
    assert rules.awards.medal_names == ("金牌", "银牌", "铜牌", "优胜奖")
    assert rules.awards.medals_by_field == ((6, 3), (5, 2), (1, 1))
    assert rules.show_ws_scale is True
    assert rules.panel.method == "worldskills_judgement"
    assert rules.panel.spread_tolerance == D(1)
