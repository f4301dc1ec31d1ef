"""Published rule sets as trade-table mappings, the form an event's TOML file uses."""

from __future__ import annotations

from typing import Any

_THEORY = {"code": "theory", "name": "理论知识"}
_PRACTICAL = {"code": "practical", "name": "操作技能"}
_DEFENCE = {"code": "defence", "name": "技术答辩"}

# Provincial and municipal contests: 2 places half-up on the total; ties go to the shorter
# completion time, then the practical, then the theory score; prizes to 10/20/30% of the field.
_CN_PROVINCIAL: dict[str, Any] = {
    "components": [
        {**_THEORY, "weight": "0.3"},
        {**_PRACTICAL, "weight": "0.7"},
    ],
    "panel": {"method": "trimmed_mean", "trim_min_judges": 5},
    "decimals": 2,
    "rounding": "half_up",
    "round_components_first": False,
    "tie_break": ["total", "time", "practical", "theory"],
    "awards": {
        "mode": "tiers",
        "quota_rounding": "half_up",
        "min_total": "60",
        "tiers": [
            {"name": "一等奖", "share": "0.10"},
            {"name": "二等奖", "share": "0.20"},
            {"name": "三等奖", "share": "0.30"},
        ],
    },
}

PRESETS: dict[str, dict[str, Any]] = {
    "cn-provincial": _CN_PROVINCIAL,
    # Electricians: theory weighs more (40/60); otherwise as the provincial rules.
    "cn-electrician": {
        **_CN_PROVINCIAL,
        "components": [
            {**_THEORY, "weight": "0.4"},
            {**_PRACTICAL, "weight": "0.6"},
        ],
    },
    # With a technical defence before a panel (技术答辩): 25/55/20.
    "cn-defence": {
        **_CN_PROVINCIAL,
        "components": [
            {**_THEORY, "weight": "0.25"},
            {**_PRACTICAL, "weight": "0.55"},
            {**_DEFENCE, "weight": "0.20"},
        ],
        "tie_break": ["total", "time", "practical", "defence", "theory"],
    },
    # Fixed numbers of prizes whatever the field (1/3/5 and ten merit awards), no pass mark.
    "cn-fixed": {
        **_CN_PROVINCIAL,
        "awards": {
            "mode": "tiers",
            "quota_rounding": "half_up",
            "tiers": [
                {"name": "一等奖", "count": 1},
                {"name": "二等奖", "count": 3},
                {"name": "三等奖", "count": 5},
                {"name": "优秀奖", "count": 10},
            ],
        },
    },
    # First national skills competition (2020): one gold, silver and bronze, merit award down to
    # the top half; shared medal places are not allowed, so a tie there waits for the chief judge.
    "cn-national-2020": {
        "components": [{**_PRACTICAL, "weight": "1"}],
        "panel": {"method": "trimmed_mean", "trim_min_judges": 5},
        "decimals": 2,
        "rounding": "half_up",
        "round_components_first": False,
        "tie_break": ["total", "time"],
        "forbid_shared_top": 3,
        "awards": {
            "mode": "tiers",
            "quota_rounding": "half_up",
            "tiers": [
                {"name": "金牌", "count": 1},
                {"name": "银牌", "count": 1},
                {"name": "铜牌", "count": 1},
                {"name": "优胜奖", "up_to_share": "0.5"},
            ],
        },
    },
    # WorldSkills: judgement aspects scored 0-3, medals with a 2-mark tie window, Medallion for
    # Excellence at 700 on the WorldSkills scale; judges more than 1 apart on 0-3 are flagged.
    "worldskills": {
        "components": [{**_PRACTICAL, "weight": "1"}],
        "panel": {"method": "worldskills_judgement", "spread_tolerance": "1"},
        "decimals": 2,
        "rounding": "half_up",
        "round_components_first": False,
        "tie_break": ["total"],
        "ws_scale": True,
        "awards": {
            "mode": "medals",
            "tie_window": "2",
            "medallion": "700",
            "names": ["金牌", "银牌", "铜牌", "优胜奖"],
            "medals_by_field": [[6, 3], [5, 2], [1, 1]],
        },
    },
}

PRESET_LABELS: dict[str, str] = {
    "cn-provincial": "省市级大赛（理论30%+操作70%，一二三等奖10%/20%/30%）",
    "cn-electrician": "电工类（理论40%+操作60%）",
    "cn-defence": "含技术答辩（理论25%+操作55%+答辩20%）",
    "cn-fixed": "固定名额（一等奖1名、二等奖3名、三等奖5名、优秀奖10名）",
    "cn-national-2020": "全国技能大赛（金银铜牌各1名，优胜奖至前50%）",
    "worldskills": "世界技能大赛（0–3评价分，金银铜牌与优胜奖）",
}
