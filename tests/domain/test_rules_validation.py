"""Every problem in a trade table is reported at once, each with its location and a plain reason."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from competition_app.domain.errors import Problem, ValidationError
from competition_app.domain.rules_io import (
    criteria_sum_problem,
    rules_from_mapping,
    weight_sum_problem,
)


def _problems(mapping: dict[str, Any]) -> list[Problem]:
    with pytest.raises(ValidationError) as caught:
        rules_from_mapping(mapping, where="trades[0]")
    return list(caught.value.problems)


BASE: dict[str, Any] = {"preset": "cn-provincial"}


@pytest.mark.parametrize(
    ("mapping", "location", "reason"),
    [
        pytest.param(
            {**BASE, "colour": "red"}, "trades[0].colour", "未知的设置项", id="unknown-key"
        ),
        pytest.param(
            {"preset": "cn-nowhere"},
            "trades[0].preset",
            "未知的预设“cn-nowhere”，可选：cn-provincial、cn-electrician、cn-defence、cn-fixed、"
            "cn-national-2020、worldskills",
            id="unknown-preset",
        ),
        pytest.param(
            {},
            "trades[0].components",
            "至少需要一个组成部分（例如理论知识、操作技能）",
            id="no-components",
        ),
        pytest.param(
            {"components": []},
            "trades[0].components",
            "至少需要一个组成部分（例如理论知识、操作技能）",
            id="empty-components",
        ),
        pytest.param(
            {"components": "theory"},
            "trades[0].components",
            "应为列表（[ … ]）",
            id="components-not-list",
        ),
        pytest.param(
            {"components": ["theory"]},
            "trades[0].components[0]",
            "应为表（{ … }）",
            id="component-not-table",
        ),
        pytest.param(
            {"components": [{"code": "a", "weight": "0.5"}, {"code": "b", "weight": "0.4"}]},
            "trades[0].components",
            "权重之和应为 1，实际为 0.9",
            id="weights-sum",
        ),
        pytest.param(
            {"components": [{"code": "a", "weight": "0.5"}, {"code": "a", "weight": "0.5"}]},
            "trades[0].components[1].code",
            "代码“a”重复",
            id="duplicate-component",
        ),
        pytest.param(
            {"components": [{"weight": "1"}]},
            "trades[0].components[0].code",
            "缺少此项",
            id="component-code-missing",
        ),
        pytest.param(
            {"components": [{"code": " ", "weight": "1"}]},
            "trades[0].components[0].code",
            "不能为空",
            id="component-code-blank",
        ),
        pytest.param(
            {"components": [{"code": 7, "weight": "1"}]},
            "trades[0].components[0].code",
            "应为文字",
            id="component-code-not-text",
        ),
        pytest.param(
            {"components": [{"code": "a", "weight": "abc"}]},
            "trades[0].components[0].weight",
            "“abc”不是数字",
            id="weight-not-number",
        ),
        pytest.param(
            {"components": [{"code": "a", "weight": True}]},
            "trades[0].components[0].weight",
            "“True”不是数字",
            id="weight-bool",
        ),
        pytest.param(
            {"components": [{"code": "a", "weight": "NaN"}]},
            "trades[0].components[0].weight",
            "“NaN”不是数字",
            id="weight-nan",
        ),
        pytest.param(
            {"components": [{"code": "a", "weight": [1]}]},
            "trades[0].components[0].weight",
            "“[1]”不是数字",
            id="weight-list",
        ),
        pytest.param(
            {"components": [{"code": "a", "weight": "1.5"}]},
            "trades[0].components[0].weight",
            "权重 1.5 应在 0–1 之间",
            id="weight-above-1",
        ),
        pytest.param(
            {"components": [{"code": "a", "weight": "1", "max": "0"}]},
            "trades[0].components[0].max",
            "满分应大于 0",
            id="component-max-zero",
        ),
        pytest.param(
            {"components": [{"code": "a", "weight": "1", "share": "1"}]},
            "trades[0].components[0].share",
            "未知的设置项",
            id="component-unknown-key",
        ),
        pytest.param(
            {**BASE, "criteria": [{"code": "c", "component": "defence", "max": "100"}]},
            "trades[0].criteria[0].component",
            "没有代码为“defence”的组成部分",
            id="criterion-component-unknown",
        ),
        pytest.param(
            {**BASE, "criteria": [{"code": "c", "component": "practical", "max": "60"}]},
            "trades[0].components[1].max",
            "“操作技能”的评分细则满分之和为 60，应等于该部分满分 100",
            id="criteria-maxima-sum",
        ),
        pytest.param(
            {
                **BASE,
                "criteria": [
                    {"code": "c", "component": "practical", "max": "50"},
                    {"code": "c", "component": "practical", "max": "50"},
                ],
            },
            "trades[0].criteria[1].code",
            "代码“c”重复",
            id="duplicate-criterion",
        ),
        pytest.param(
            {**BASE, "criteria": [{"code": "c", "component": "practical", "max": "-100"}]},
            "trades[0].criteria[0].max",
            "满分应大于 0",
            id="criterion-max-negative",
        ),
        pytest.param(
            {**BASE, "criteria": [{"code": "c", "component": "practical"}]},
            "trades[0].criteria[0].max",
            "缺少此项",
            id="criterion-max-missing",
        ),
        pytest.param(
            {
                **BASE,
                "criteria": [{"code": "c", "component": "practical", "max": "100", "kind": "gut"}],
            },
            "trades[0].criteria[0].kind",
            "“gut”无效，应为 measurement、judgement 之一",
            id="criterion-kind",
        ),
        pytest.param(
            {
                **BASE,
                "criteria": [{"code": "c", "component": "practical", "max": "100", "weight": 1}],
            },
            "trades[0].criteria[0].weight",
            "未知的设置项",
            id="criterion-unknown-key",
        ),
        pytest.param(
            {**BASE, "criteria": [3]},
            "trades[0].criteria[0]",
            "应为表（{ … }）",
            id="criterion-not-table",
        ),
        pytest.param(
            {**BASE, "panel": {"method": "median"}},
            "trades[0].panel.method",
            "“median”无效，应为 single、mean、trimmed_mean、worldskills_judgement 之一",
            id="panel-method",
        ),
        pytest.param(
            {**BASE, "panel": {"trim_min_judges": 2}},
            "trades[0].panel.trim_min_judges",
            "不能小于 3",
            id="trim-min-judges",
        ),
        pytest.param(
            {**BASE, "panel": {"spread_tolerance": "-1"}},
            "trades[0].panel.spread_tolerance",
            "-1 应在 0–1000 之间",
            id="spread-negative",
        ),
        pytest.param(
            {**BASE, "panel": {"judges": 5}},
            "trades[0].panel.judges",
            "未知的设置项",
            id="panel-unknown",
        ),
        pytest.param(
            {**BASE, "panel": "mean"}, "trades[0].panel", "应为表（{ … }）", id="panel-not-table"
        ),
        pytest.param(
            {**BASE, "decimals": 5}, "trades[0].decimals", "应在 0–4 之间", id="decimals-5"
        ),
        pytest.param(
            {**BASE, "decimals": -1}, "trades[0].decimals", "应在 0–4 之间", id="decimals-negative"
        ),
        pytest.param(
            {**BASE, "decimals": "2"}, "trades[0].decimals", "“2”不是整数", id="decimals-string"
        ),
        pytest.param(
            {**BASE, "decimals": 2.0}, "trades[0].decimals", "“2.0”不是整数", id="decimals-float"
        ),
        pytest.param(
            {**BASE, "rounding": "ceil"},
            "trades[0].rounding",
            "“ceil”无效，应为 half_up、half_even、down 之一",
            id="rounding-mode",
        ),
        pytest.param(
            {**BASE, "round_components_first": "yes"},
            "trades[0].round_components_first",
            "应为 true 或 false",
            id="components-first-not-bool",
        ),
        pytest.param(
            {**BASE, "tie_break": ["total", "age"]},
            "trades[0].tie_break[1]",
            "未知的排名依据“age”，应为 total、time、theory、practical 之一",
            id="tie-break-unknown",
        ),
        pytest.param(
            {**BASE, "tie_break": ["total", "time", "time"]},
            "trades[0].tie_break[2]",
            "排名依据“time”重复",
            id="tie-break-duplicate",
        ),
        pytest.param(
            {**BASE, "tie_break": ["time", "total"]},
            "trades[0].tie_break[0]",
            "排名首先按总分，第一项应为 total",
            id="tie-break-total-first",
        ),
        pytest.param(
            {**BASE, "tie_break": []}, "trades[0].tie_break", "至少需要 total", id="tie-break-empty"
        ),
        pytest.param(
            {**BASE, "awards": {"tiers": [{"name": "一等奖", "count": None}]}},
            "trades[0].awards.tiers[0].count",
            "缺少此项",
            id="count-none",
        ),
        pytest.param(
            {**BASE, "forbid_shared_top": -1},
            "trades[0].forbid_shared_top",
            "不能小于 0",
            id="forbid-negative",
        ),
        pytest.param(
            {**BASE, "titles": [{"name": "能手", "top_n": 0}]},
            "trades[0].titles[0].top_n",
            "不能小于 1",
            id="title-top-n",
        ),
        pytest.param(
            {**BASE, "titles": [{"name": "能手", "top_n": 1}, {"name": "能手", "top_n": 2}]},
            "trades[0].titles[1].name",
            "称号“能手”重复",
            id="title-duplicate",
        ),
        pytest.param(
            {**BASE, "titles": [{"name": "能手", "top_n": 1, "min": 1}]},
            "trades[0].titles[0].min",
            "未知的设置项",
            id="title-unknown-key",
        ),
        pytest.param(
            {**BASE, "titles": ["能手"]},
            "trades[0].titles[0]",
            "应为表（{ … }）",
            id="title-not-table",
        ),
        pytest.param(
            {**BASE, "awards": {"tiers": [{"name": "一等奖"}]}},
            "trades[0].awards.tiers[0]",
            "count、share、up_to_share 须且只能给出其中一项",
            id="tier-no-kind",
        ),
        pytest.param(
            {**BASE, "awards": {"tiers": [{"name": "一等奖", "count": 1, "share": "0.1"}]}},
            "trades[0].awards.tiers[0]",
            "count、share、up_to_share 须且只能给出其中一项",
            id="tier-two-kinds",
        ),
        pytest.param(
            {**BASE, "awards": {"tiers": [{"name": "一等奖", "share": "0"}]}},
            "trades[0].awards.tiers[0].share",
            "比例 0 应大于 0 且不超过 1",
            id="share-zero",
        ),
        pytest.param(
            {**BASE, "awards": {"tiers": [{"name": "优胜奖", "up_to_share": "1.01"}]}},
            "trades[0].awards.tiers[0].up_to_share",
            "比例 1.01 应大于 0 且不超过 1",
            id="up-to-share-above-1",
        ),
        pytest.param(
            {**BASE, "awards": {"tiers": [{"name": "一等奖", "count": -1}]}},
            "trades[0].awards.tiers[0].count",
            "不能小于 0",
            id="count-negative",
        ),
        pytest.param(
            {
                **BASE,
                "awards": {
                    "tiers": [{"name": "一等奖", "count": 1}, {"name": "一等奖", "count": 2}]
                },
            },
            "trades[0].awards.tiers[1].name",
            "奖项“一等奖”重复",
            id="tier-duplicate",
        ),
        pytest.param(
            {**BASE, "awards": {"tiers": [{"name": "一等奖", "count": 1, "min": 1}]}},
            "trades[0].awards.tiers[0].min",
            "未知的设置项",
            id="tier-unknown-key",
        ),
        pytest.param(
            {**BASE, "awards": {"tiers": ["一等奖"]}},
            "trades[0].awards.tiers[0]",
            "应为表（{ … }）",
            id="tier-not-table",
        ),
        pytest.param(
            {**BASE, "awards": {"mode": "cups"}},
            "trades[0].awards.mode",
            "“cups”无效，应为 tiers、medals 之一",
            id="award-mode",
        ),
        pytest.param(
            {**BASE, "awards": {"quota_rounding": "down"}},
            "trades[0].awards.quota_rounding",
            "“down”无效，应为 half_up、floor、ceil 之一",
            id="quota-rounding",
        ),
        pytest.param(
            {**BASE, "awards": {"min_total": "sixty"}},
            "trades[0].awards.min_total",
            "“sixty”不是数字",
            id="min-total",
        ),
        pytest.param(
            {**BASE, "awards": {"tie_window": "-2"}},
            "trades[0].awards.tie_window",
            "-2 应在 0–1000 之间",
            id="tie-window",
        ),
        pytest.param(
            {**BASE, "awards": {"medals": 3}},
            "trades[0].awards.medals",
            "未知的设置项",
            id="awards-unknown",
        ),
        pytest.param(
            {**BASE, "awards": 3}, "trades[0].awards", "应为表（{ … }）", id="awards-not-table"
        ),
        pytest.param(
            {**BASE, "awards": {"names": ["金", "银", "铜"]}},
            "trades[0].awards.names",
            "应为 4 个名称（金、银、铜牌与优胜奖），实际为 3 个",
            id="medal-names-count",
        ),
        pytest.param(
            {**BASE, "awards": {"names": ["金", "银", "", "优"]}},
            "trades[0].awards.names[2]",
            "不能为空",
            id="medal-name-blank",
        ),
        pytest.param(
            {**BASE, "awards": {"medals_by_field": [[6, 3, 1]]}},
            "trades[0].awards.medals_by_field[0]",
            "应为 [参赛人数下限, 奖牌数] 两项",
            id="medals-by-field-pair",
        ),
        pytest.param(
            {**BASE, "awards": {"medals_by_field": [[6, 4]]}},
            "trades[0].awards.medals_by_field[0][1]",
            "应在 0–3 之间",
            id="medals-by-field-too-many",
        ),
        pytest.param(
            {**BASE, "awards": {"medals_by_field": [[0, 1]]}},
            "trades[0].awards.medals_by_field[0][0]",
            "不能小于 1",
            id="medals-by-field-zero-field",
        ),
        pytest.param(
            {**BASE, "promotions": {"一等將": "技师"}},
            "trades[0].promotions.一等將",
            "没有名为“一等將”的奖项或称号",
            id="promotion-unknown-honour",
        ),
        pytest.param(
            {**BASE, "promotions": {"一等奖": ""}},
            "trades[0].promotions.一等奖",
            "不能为空",
            id="promotion-blank",
        ),
        pytest.param(
            {**BASE, "promotions": ["一等奖"]},
            "trades[0].promotions",
            "应为表（{ … }）",
            id="promotions-list",
        ),
        pytest.param(
            {**BASE, "ws_scale": "true"},
            "trades[0].ws_scale",
            "应为 true 或 false",
            id="ws-scale-not-bool",
        ),
        pytest.param(
            {**BASE, "rank_style": "olympic"},
            "trades[0].rank_style",
            "“olympic”无效，应为 competition、dense 之一",
            id="rank-style-unknown",
        ),
        pytest.param(
            {**BASE, "awards": {"medallion_on": "points"}},
            "trades[0].awards.medallion_on",
            "“points”无效，应为 scale、total 之一",
            id="medallion-on-unknown",
        ),
        pytest.param(
            {**BASE, "components": [{"code": "x", "weight": "1", "max": "1e400"}]},
            "trades[0].components[0].max",
            "1E+400 不能大于 1000",
            id="component-max-absurd",
        ),
        pytest.param(
            {**BASE, "components": [{"code": "x", "weight": "1", "max": "1000.5"}]},
            "trades[0].components[0].max",
            "1000.5 不能大于 1000",
            id="component-max-over-1000",
        ),
        pytest.param(
            {**BASE, "awards": {"min_total": "abc"}},
            "trades[0].awards.min_total",
            "“abc”不是数字",
            id="min-total-not-a-number",
        ),
        pytest.param(
            {**BASE, "awards": {"medallion": "-700"}},
            "trades[0].awards.medallion",
            "-700 应在 0–1000 之间",
            id="medallion-negative",
        ),
    ],
)
def test_each_problem_is_located(mapping: dict[str, Any], location: str, reason: str) -> None:
    assert Problem(location, reason) in _problems(mapping)


def test_every_problem_is_reported_at_once() -> None:
    problems = _problems(
        {
            "preset": "cn-provincial",
            "decimals": 9,
            "rounding": "up",
            "components": [{"code": "a", "weight": "0.5"}],
            "tie_break": ["total", "theory"],
            "awards": {"tiers": [{"name": "x", "share": "2"}]},
        }
    )
    assert [p.location for p in problems] == [
        "trades[0].components",
        "trades[0].decimals",
        "trades[0].rounding",
        "trades[0].tie_break[1]",
        "trades[0].awards.tiers[0].share",
    ]
    message = str(ValidationError(problems))
    assert message.splitlines()[0] == "trades[0].components: 权重之和应为 1，实际为 0.5"


def test_location_without_where() -> None:
    with pytest.raises(ValidationError) as caught:
        rules_from_mapping({"preset": "cn-provincial", "decimals": 9})
    assert caught.value.problems == (Problem("decimals", "应在 0–4 之间"),)


def test_the_weight_and_criteria_sums_have_one_rule_and_one_message() -> None:
    assert weight_sum_problem([Decimal("0.3"), Decimal("0.7")]) == ""
    assert weight_sum_problem([Decimal("0.3"), Decimal("0.75")]) == "权重之和应为 1，实际为 1.05"
    assert criteria_sum_problem("操作技能", [], Decimal(100)) == ""  # typed directly
    assert criteria_sum_problem("操作技能", [Decimal(60), Decimal(40)], Decimal(100)) == ""
    assert criteria_sum_problem("操作技能", [Decimal(60), Decimal(50)], Decimal(100)) == (
        "“操作技能”的评分细则满分之和为 110，应等于该部分满分 100"
    )
