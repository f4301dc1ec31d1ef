"""A trade's rules to and from the mapping form of its table in the event TOML file."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

from competition_app.domain.marks import plain
from competition_app.domain.presets import PRESETS
from competition_app.domain.recheck import recheck_from_mapping, recheck_to_mapping
from competition_app.domain.rules import (
    CRITERION_KINDS,
    MEDALLION_ON,
    PANEL_METHODS,
    QUOTA_ROUNDINGS,
    RANK_STYLES,
    ROUNDING_MODES,
    TIE_TIME,
    TIE_TOTAL,
    TIER_KINDS,
    AwardRules,
    ComponentSpec,
    CriterionSpec,
    PanelRule,
    Rounding,
    Tier,
    TitleRule,
    TradeRules,
)
from competition_app.domain.settings_reader import SettingsReader

# Keys of a trade table that describe the trade itself, not its rules: accepted and passed over.
TRADE_KEYS = frozenset({"code", "name", "preset", "groups"})
RULE_KEYS = frozenset(
    {
        "components", "criteria", "panel", "decimals", "rounding", "round_components_first",
        "tie_break", "forbid_shared_top", "titles", "promotions", "ws_scale", "awards",
        "rank_style", "recheck",
    }
)  # fmt: skip
_AWARD_KEYS = frozenset(
    {
        "mode", "quota_rounding", "min_total", "tiers", "tie_window", "medallion", "names",
        "medals_by_field", "medallion_on",
    }
)  # fmt: skip
_AWARD_MODES = ("tiers", "medals")
MAX_DECIMALS = 4
# The largest maximum a component, a criterion or any mark-valued setting may have: standardised
# WorldSkills points run to 1000, and nothing a contest publishes goes higher.
MAX_SCORE = Decimal(1000)
_ZERO = Decimal(0)


def _merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """`over` laid on `base`: tables merge key by key, anything else (lists too) replaces."""
    merged = copy.deepcopy(dict(base))
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _components(r: SettingsReader, raw: Any) -> list[ComponentSpec]:
    if raw is None:
        r.bad("components", "至少需要一个组成部分（例如理论知识、操作技能）")
        return []
    specs: list[ComponentSpec] = []
    weights_ok = True
    listed = r.items(raw, "components")
    if isinstance(raw, list | tuple) and not listed:
        r.bad("components", "至少需要一个组成部分（例如理论知识、操作技能）")
    for i, item in enumerate(listed):
        path = f"components[{i}]"
        table = r.table(item, path)
        if table is None:
            weights_ok = False
            continue
        r.unknown_keys(table, frozenset({"code", "name", "weight", "max"}), path)
        code = r.text(table.get("code"), f"{path}.code")
        if code is not None and any(s.code == code for s in specs):
            r.bad(f"{path}.code", f"代码“{code}”重复")
        name = r.text(table.get("name", code or ""), f"{path}.name", required=False)
        weight = r.decimal(table.get("weight"), f"{path}.weight")
        if weight is not None and not Decimal(0) <= weight <= Decimal(1):
            r.bad(f"{path}.weight", f"权重 {plain(weight)} 应在 0–1 之间")
        max_score = r.decimal(table.get("max", "100"), f"{path}.max", high=MAX_SCORE)
        if max_score is not None and max_score <= 0:
            r.bad(f"{path}.max", "满分应大于 0")
            max_score = None
        if weight is None:
            weights_ok = False
        if code is not None and name is not None and weight is not None and max_score is not None:
            specs.append(ComponentSpec(code, name or code, weight, max_score))
    if weights_ok and specs:
        problem = weight_sum_problem([s.weight for s in specs])
        if problem:
            r.bad("components", problem)
    return specs


def weight_sum_problem(weights: Sequence[Decimal]) -> str:
    """Why the components' weights make no total ("" when they sum to exactly 1)."""
    total = sum(weights, Decimal(0))
    return "" if total == 1 else f"权重之和应为 1，实际为 {plain(total)}"


def criteria_sum_problem(component: str, maxes: Sequence[Decimal], max_score: Decimal) -> str:
    """Why a component's criteria do not add up to its maximum ("" when they do, or when it
    has no criteria: its score is typed directly)."""
    total = sum(maxes, Decimal(0))
    if not maxes or total == max_score:
        return ""
    return f"“{component}”的评分细则满分之和为 {plain(total)}，应等于该部分满分 {plain(max_score)}"


def _criteria(r: SettingsReader, raw: Any, components: list[ComponentSpec]) -> list[CriterionSpec]:
    specs: list[CriterionSpec] = []
    known = {c.code for c in components}
    for i, item in enumerate(r.items(raw, "criteria")):
        path = f"criteria[{i}]"
        table = r.table(item, path)
        if table is None:
            continue
        r.unknown_keys(table, frozenset({"code", "name", "component", "max", "kind"}), path)
        code = r.text(table.get("code"), f"{path}.code")
        if code is not None and any(s.code == code for s in specs):
            r.bad(f"{path}.code", f"代码“{code}”重复")
        name = r.text(table.get("name", code or ""), f"{path}.name", required=False)
        component = r.text(table.get("component"), f"{path}.component")
        if component is not None and component not in known:
            r.bad(f"{path}.component", f"没有代码为“{component}”的组成部分")
        max_mark = r.decimal(table.get("max"), f"{path}.max", high=MAX_SCORE)
        if max_mark is not None and max_mark <= 0:
            r.bad(f"{path}.max", "满分应大于 0")
            max_mark = None
        kind = r.choice(table.get("kind", "measurement"), f"{path}.kind", CRITERION_KINDS)
        if None not in (code, name, component, max_mark, kind):
            specs.append(
                CriterionSpec(
                    cast(str, code),
                    name or cast(str, code),
                    cast(str, component),
                    cast(Decimal, max_mark),
                    cast(Any, kind),
                )
            )
    for j, spec in enumerate(components):
        parts = [c.max_mark for c in specs if c.component == spec.code]
        problem = criteria_sum_problem(spec.name, parts, spec.max_score)
        if problem:
            r.bad(f"components[{j}].max", problem)
    return specs


def _panel(r: SettingsReader, raw: Any) -> PanelRule:
    table = r.table(raw, "panel") if raw is not None else {}
    if table is None:
        return PanelRule()
    r.unknown_keys(table, frozenset({"method", "trim_min_judges", "spread_tolerance"}), "panel")
    default = PanelRule()
    method = r.choice(table.get("method", default.method), "panel.method", PANEL_METHODS)
    trim = r.integer(
        table.get("trim_min_judges", default.trim_min_judges), "panel.trim_min_judges", 3
    )
    tolerance = r.optional_decimal(
        table.get("spread_tolerance"), "panel.spread_tolerance", _ZERO, MAX_SCORE
    )
    return PanelRule(
        cast(Any, method or default.method), trim or default.trim_min_judges, tolerance
    )


def _tie_break(r: SettingsReader, raw: Any, components: list[ComponentSpec]) -> tuple[str, ...]:
    if raw is None:
        return (TIE_TOTAL,)
    keys = r.items(raw, "tie_break")
    allowed = list(dict.fromkeys([TIE_TOTAL, TIE_TIME, *(c.code for c in components)]))
    for i, key in enumerate(keys):
        if key not in allowed:
            r.bad(f"tie_break[{i}]", f"未知的排名依据“{key}”，应为 {'、'.join(allowed)} 之一")
        elif key in keys[:i]:
            r.bad(f"tie_break[{i}]", f"排名依据“{key}”重复")
    if keys and keys[0] != TIE_TOTAL:
        r.bad("tie_break[0]", "排名首先按总分，第一项应为 total")
    elif not keys:
        r.bad("tie_break", "至少需要 total")
    return tuple(str(k) for k in keys)


def _titles(r: SettingsReader, raw: Any) -> list[TitleRule]:
    titles: list[TitleRule] = []
    for i, item in enumerate(r.items(raw, "titles")):
        path = f"titles[{i}]"
        table = r.table(item, path)
        if table is None:
            continue
        r.unknown_keys(table, frozenset({"name", "top_n"}), path)
        name = r.text(table.get("name"), f"{path}.name")
        top_n = r.integer(table.get("top_n"), f"{path}.top_n", 1)
        if name is not None and any(t.name == name for t in titles):
            r.bad(f"{path}.name", f"称号“{name}”重复")
        if name is not None and top_n is not None:
            titles.append(TitleRule(name, top_n))
    return titles


def _tiers(r: SettingsReader, raw: Any) -> list[Tier]:
    tiers: list[Tier] = []
    for i, item in enumerate(r.items(raw, "awards.tiers")):
        path = f"awards.tiers[{i}]"
        table = r.table(item, path)
        if table is None:
            continue
        r.unknown_keys(table, frozenset({"name", *TIER_KINDS}), path)
        name = r.text(table.get("name"), f"{path}.name")
        if name is not None and any(t.name == name for t in tiers):
            r.bad(f"{path}.name", f"奖项“{name}”重复")
        given = [k for k in TIER_KINDS if k in table]
        if len(given) != 1:
            r.bad(path, "count、share、up_to_share 须且只能给出其中一项")
            continue
        kind = given[0]
        value: Decimal | None
        if kind == "count":
            count = r.integer(table[kind], f"{path}.count", 0)
            value = None if count is None else Decimal(count)
        else:
            value = r.decimal(table[kind], f"{path}.{kind}")
            if value is not None and not Decimal(0) < value <= Decimal(1):
                r.bad(f"{path}.{kind}", f"比例 {plain(value)} 应大于 0 且不超过 1")
                value = None
        if name is not None and value is not None:
            tiers.append(Tier(name, cast(Any, kind), value))
    return tiers


def _medals_by_field(r: SettingsReader, raw: Any) -> tuple[tuple[int, int], ...]:
    pairs: list[tuple[int, int]] = []
    for i, item in enumerate(r.items(raw, "awards.medals_by_field")):
        path = f"awards.medals_by_field[{i}]"
        pair = r.items(item, path)
        if len(pair) != 2:
            r.bad(path, "应为 [参赛人数下限, 奖牌数] 两项")
            continue
        field_size = r.integer(pair[0], f"{path}[0]", 1)
        medals = r.integer(pair[1], f"{path}[1]", 0, 3)
        if field_size is not None and medals is not None:
            pairs.append((field_size, medals))
    return tuple(pairs)


def _awards(r: SettingsReader, raw: Any) -> AwardRules:
    default = AwardRules()
    table = r.table(raw, "awards") if raw is not None else {}
    if table is None:
        return default
    r.unknown_keys(table, _AWARD_KEYS, "awards")
    mode = r.choice(table.get("mode", default.mode), "awards.mode", _AWARD_MODES)
    rounding = r.choice(
        table.get("quota_rounding", default.quota_rounding),
        "awards.quota_rounding",
        QUOTA_ROUNDINGS,
    )
    min_total = r.optional_decimal(table.get("min_total"), "awards.min_total", _ZERO, MAX_SCORE)
    tie_window = r.decimal(table.get("tie_window", "0"), "awards.tie_window", _ZERO, MAX_SCORE)
    medallion = r.optional_decimal(table.get("medallion"), "awards.medallion", _ZERO, MAX_SCORE)
    medallion_on = r.choice(
        table.get("medallion_on", default.medallion_on), "awards.medallion_on", MEDALLION_ON
    )
    names = default.medal_names
    if "names" in table:
        given = [
            r.text(n, f"awards.names[{i}]")
            for i, n in enumerate(r.items(table["names"], "awards.names"))
        ]
        if len(given) != 4:
            r.bad("awards.names", f"应为 4 个名称（金、银、铜牌与优胜奖），实际为 {len(given)} 个")
        elif all(n is not None for n in given):
            names = cast(tuple[str, str, str, str], tuple(given))
    by_field = default.medals_by_field
    if "medals_by_field" in table:
        by_field = _medals_by_field(r, table["medals_by_field"])
    return AwardRules(
        mode=cast(Any, mode or default.mode),
        tiers=tuple(_tiers(r, table.get("tiers", []))),
        quota_rounding=cast(Any, rounding or default.quota_rounding),
        min_total=min_total,
        tie_window=tie_window if tie_window is not None else default.tie_window,
        medallion=medallion,
        medallion_on=cast(Any, medallion_on or default.medallion_on),
        medal_names=names,
        medals_by_field=by_field,
    )


def _promotions(r: SettingsReader, raw: Any, honours: set[str]) -> tuple[tuple[str, str], ...]:
    table = r.table(raw, "promotions")
    if table is None:
        return ()
    pairs: list[tuple[str, str]] = []
    for honour, level in table.items():
        path = f"promotions.{honour}"
        if honour not in honours:
            r.bad(path, f"没有名为“{honour}”的奖项或称号")
        text = r.text(level, path)
        if text is not None:
            pairs.append((str(honour), text))
    return tuple(pairs)


def rules_from_mapping(d: Mapping[str, Any], *, where: str = "") -> TradeRules:
    """A trade's rules from its table in the event file: the named preset, then the keys given.

    Raises ValidationError listing every problem, each located like
    `trades[0].components[1].weight`.
    """
    r = SettingsReader(where)
    base: Mapping[str, Any] = {}
    preset = d.get("preset")
    if preset is not None:
        if isinstance(preset, str) and preset in PRESETS:
            base = PRESETS[preset]
        else:
            r.bad("preset", f"未知的预设“{preset}”，可选：{'、'.join(PRESETS)}")
    r.unknown_keys(d, RULE_KEYS | TRADE_KEYS, "")
    m = _merge(base, {k: v for k, v in d.items() if k in RULE_KEYS})

    components = _components(r, m.get("components"))
    criteria = _criteria(r, m.get("criteria", []), components)
    panel = _panel(r, m.get("panel"))
    decimals = r.integer(m.get("decimals", 2), "decimals", 0, MAX_DECIMALS)
    mode = r.choice(m.get("rounding", "half_up"), "rounding", ROUNDING_MODES)
    first = r.flag(m.get("round_components_first", False), "round_components_first")
    tie_break = _tie_break(r, m.get("tie_break"), components)
    forbid = r.integer(m.get("forbid_shared_top", 0), "forbid_shared_top", 0)
    titles = _titles(r, m.get("titles", []))
    awards = _awards(r, m.get("awards"))
    honours = {t.name for t in titles} | {t.name for t in awards.tiers} | set(awards.medal_names)
    promotions = _promotions(r, m.get("promotions", {}), honours)
    show_scale = r.flag(m.get("ws_scale", False), "ws_scale")
    rank_style = r.choice(m.get("rank_style", "competition"), "rank_style", RANK_STYLES)
    recheck = recheck_from_mapping(r, m.get("recheck"))

    r.raise_problems()
    return TradeRules(
        components=tuple(components),
        criteria=tuple(criteria),
        panel=panel,
        rounding=Rounding(cast(int, decimals), cast(Any, mode), bool(first)),
        tie_break=tie_break,
        rank_style=cast(Any, rank_style),
        forbid_shared_top=cast(int, forbid),
        awards=awards,
        titles=tuple(titles),
        promotions=promotions,
        show_ws_scale=bool(show_scale),
        recheck=recheck,
    )


def _tier_mapping(tier: Tier) -> dict[str, Any]:
    value: Any = int(tier.value) if tier.kind == "count" else plain(tier.value)
    return {"name": tier.name, tier.kind: value}


def rules_to_mapping(rules: TradeRules) -> dict[str, Any]:
    """Every setting of `rules` spelled out (Decimals as strings, no preset), ready for TOML.

    `rules_from_mapping(rules_to_mapping(r)) == r`. Unset values (no minimum total, no medallion,
    no spread tolerance) are left out, since TOML has no null.
    """
    panel: dict[str, Any] = {
        "method": rules.panel.method,
        "trim_min_judges": rules.panel.trim_min_judges,
    }
    if rules.panel.spread_tolerance is not None:
        panel["spread_tolerance"] = plain(rules.panel.spread_tolerance)
    a = rules.awards
    awards: dict[str, Any] = {"mode": a.mode, "quota_rounding": a.quota_rounding}
    if a.min_total is not None:
        awards["min_total"] = plain(a.min_total)
    awards["tiers"] = [_tier_mapping(t) for t in a.tiers]
    awards["tie_window"] = plain(a.tie_window)
    if a.medallion is not None:
        awards["medallion"] = plain(a.medallion)
    awards["medallion_on"] = a.medallion_on
    awards["names"] = list(a.medal_names)
    awards["medals_by_field"] = [[size, medals] for size, medals in a.medals_by_field]
    return {
        "components": [
            {"code": c.code, "name": c.name, "weight": plain(c.weight), "max": plain(c.max_score)}
            for c in rules.components
        ],
        "criteria": [
            {
                "code": c.code,
                "name": c.name,
                "component": c.component,
                "max": plain(c.max_mark),
                "kind": c.kind,
            }
            for c in rules.criteria
        ],
        "panel": panel,
        "decimals": rules.rounding.decimals,
        "rounding": rules.rounding.mode,
        "round_components_first": rules.rounding.components_first,
        "tie_break": list(rules.tie_break),
        "rank_style": rules.rank_style,
        "forbid_shared_top": rules.forbid_shared_top,
        "titles": [{"name": t.name, "top_n": t.top_n} for t in rules.titles],
        "promotions": dict(rules.promotions),
        "ws_scale": rules.show_ws_scale,
        "awards": awards,
        "recheck": recheck_to_mapping(rules.recheck),
    }
