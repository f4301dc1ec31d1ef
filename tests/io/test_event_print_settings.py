"""The event file's printing settings: objection, signature lines, English names; checked."""

from __future__ import annotations

from typing import Any

import pytest

from competition_app.domain.errors import ValidationError
from competition_app.io.event_file import event_definition_to_mapping, parse_event_definition

TRADE = {"code": "fitter", "name": "钳工", "preset": "cn-provincial"}


def definition(**event: Any) -> dict[str, Any]:
    return {"event": {"name": "大赛", **event}, "trades": [TRADE]}


def test_settings_are_kept_and_written_back() -> None:
    english = {"event": "Contest", "trades": {"fitter": "Fitter"}, "honours": {"一等奖": "First"}}
    d = parse_event_definition(
        definition(
            objection_office="监督仲裁组",
            objection_phone="0574-1",
            objection_deadline="2 小时内",
            signatures=["裁判员", "裁判长", "监督员"],
            english=english,
        )
    )
    assert d.settings["signatures"] == ["裁判员", "裁判长", "监督员"]
    assert d.settings["english"] == english
    back = event_definition_to_mapping(d)["event"]
    assert back["objection_office"] == "监督仲裁组" and back["english"] == english


@pytest.mark.parametrize(
    ("settings", "where"),
    [
        ({"objection_phone": 574}, "event.objection_phone"),
        ({"signatures": "裁判长"}, "event.signatures"),
        ({"signatures": ["裁判长", ""]}, "event.signatures"),
        ({"english": "Contest"}, "event.english"),
        ({"english": {"trades": {"fitter": 1}}}, "event.english.trades"),
        ({"english": {"colour": "red"}}, "event.english.colour"),
    ],
    ids=["phone", "signatures-text", "signatures-empty", "english-text", "trade-number", "unknown"],
)
def test_bad_settings_are_refused_with_their_place(settings: dict[str, Any], where: str) -> None:
    with pytest.raises(ValidationError) as e:
        parse_event_definition(definition(**settings))
    assert any(p.location.endswith(where) for p in e.value.problems), e.value.problems
