"""The event file: every unknown key, wrong type and out-of-range value refused with its path."""

from __future__ import annotations

from typing import Any

import pytest

from competition_app.domain.errors import Problem, ValidationError
from competition_app.io.event_file import (
    event_definition_to_mapping,
    parse_event_definition,
)

TRADE: dict[str, Any] = {"code": "fitter", "name": "钳工", "preset": "cn-provincial"}


def _file(event: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    return {"event": {"name": "技能大赛", **(event or {})}, "trades": [dict(TRADE)], **extra}


def _problems(data: dict[str, Any]) -> list[Problem]:
    with pytest.raises(ValidationError) as caught:
        parse_event_definition(data, "e.toml")
    return list(caught.value.problems)


@pytest.mark.parametrize(
    ("data", "location", "reason"),
    [
        pytest.param(_file({"notice_days": "abc"}), "e.toml:event.notice_days", "“abc”不是整数",
                     id="notice-days-text"),
        pytest.param(_file({"notice_days": 400}), "e.toml:event.notice_days", "应在 0–60 之间",
                     id="notice-days-huge"),
        pytest.param(_file({"name": {"a": 1}}), "e.toml:event.name", "应为文字", id="name-table"),
        pytest.param(_file({"organizer": 5}), "e.toml:event.organizer", "应为文字",
                     id="organizer-number"),
        pytest.param(_file({"team_best_n": 0}), "e.toml:event.team_best_n", "应在 1–10000 之间",
                     id="best-n-zero"),
        pytest.param(_file({"colour": "red"}), "e.toml:event.colour", "未知的项“colour”",
                     id="event-unknown-key"),
        pytest.param({"event": "x", "trades": [TRADE]}, "e.toml:event", "应为表（{ … }）",
                     id="event-not-a-table"),
        pytest.param(_file(judges=5), "e.toml:judges", "应为列表（[ … ]）", id="judges-number"),
        pytest.param(_file(judges=[{"code": "J1", "name": "张", "role": "boss"}]),
                     "e.toml:judges[0].role", "“boss”无效，应为 judge、chief_judge、clerk 之一",
                     id="judge-role"),
        pytest.param(_file(judges=[{"code": "J1", "name": "张", "trades": ["welder"]}]),
                     "e.toml:judges[0].trades", "未知的工种“welder”", id="judge-trade"),
        pytest.param({"event": {"name": "x"}, "trades": [{**TRADE, "name": 3}]},
                     "e.toml:trades[0].name", "应为文字", id="trade-name-number"),
        pytest.param({"event": {"name": "x"}, "trades": [{**TRADE, "decimals": "2"}]},
                     "e.toml:trades[0].decimals", "“2”不是整数", id="trade-rule-type"),
        pytest.param(_file({"date": "2022-02-30"}), "e.toml:event.date",
                     "“2022-02-30”不是日期：应写成 2022-07-20 的形式", id="date-not-a-day"),
        pytest.param(_file({"date": "tomorrow"}), "e.toml:event.date",
                     "“tomorrow”不是日期：应写成 2022-07-20 的形式", id="date-words"),
        pytest.param(_file({"team_best_n": 10**20}), "e.toml:event.team_best_n",
                     "应在 1–10000 之间", id="best-n-past-any-integer-column"),
        pytest.param(_file(judges=[{"code": "J1", "name": "张"}, {"code": "J1", "name": "李"}]),
                     "e.toml:judges[1].code", "裁判代码“J1”重复", id="judge-code-twice"),
        pytest.param({"event": {"name": "x"}, "trades": [{**TRADE, "groups": ["甲", "甲"]}]},
                     "e.toml:trades[0].groups", "组别重复", id="group-twice"),
    ],
)  # fmt: skip
def test_each_problem_is_located(data: dict[str, Any], location: str, reason: str) -> None:
    assert Problem(location, reason) in _problems(data)


def test_problems_come_in_file_order() -> None:
    data = {
        "event": {"name": "x", "notice_days": -1},
        "trades": [{**TRADE, "decimals": 9}, {"code": "fitter", "name": "钳工二"}],
        "judges": [{"code": "J1"}],
    }
    assert [p.location for p in _problems(data)] == [
        "e.toml:event.notice_days",
        "e.toml:trades[0].decimals",
        "e.toml:trades[1].code",
        "e.toml:trades[1].components",
        "e.toml:judges[0].name",
    ]


def test_new_rules_round_trip_through_the_file() -> None:
    trade = {**TRADE, "rank_style": "dense", "awards": {"medallion_on": "total"}}
    first = parse_event_definition({"event": {"name": "x", "notice_days": 7}, "trades": [trade]})
    again = parse_event_definition(event_definition_to_mapping(first))
    assert again == first
    assert again.trades[0].rules.rank_style == "dense"
    assert again.trades[0].rules.awards.medallion_on == "total"
    assert again.settings == {"notice_days": 7}


def test_an_unquoted_toml_date_is_read_as_the_date() -> None:
    import tomllib

    data = tomllib.loads('[event]\nname = "x"\ndate = 2022-07-20\n[[trades]]\ncode = "f"\n'
                        'name = "钳工"\npreset = "cn-provincial"\n')  # fmt: skip
    assert parse_event_definition(data).date == "2022-07-20"
