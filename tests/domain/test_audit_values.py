"""The audit trail's values as the supervisor reads them: fields named, texts unquoted, lists
joined, nothing left out; a value that is not JSON of fields shown as recorded."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from competition_app.domain.audit_values import FIELDS, pair_text, value_text

LOTS = json.dumps({"seed": 17, "capacities": [20, 20], "contestants": 38}, ensure_ascii=False)


@pytest.mark.parametrize(
    ("raw", "entity", "english", "shown"),
    [
        pytest.param(
            LOTS, "trade", False, "随机种子：17；各场次工位数：20、20；选手数：38", id="lots"
        ),
        pytest.param(
            LOTS,
            "trade",
            True,
            "seed: 17; stations per session: 20, 20; contestants: 38",
            id="lots-en",
        ),
        pytest.param('{"name": "陈𠮷"}', "contestant", False, "姓名：陈𠮷", id="a-persons-name"),
        pytest.param('{"name": "钳工"}', "trade", False, "名称：钳工", id="a-things-name"),
        pytest.param(
            '{"blind": true, "ends_at": null}',
            "trade",
            False,
            "盲评：是；结束时间：—",
            id="yes-and-none",
        ),
        pytest.param('{"blind": false}', "trade", True, "blind marking: no", id="no-en"),
        pytest.param(
            '{"file": "a.xlsx", "counts": {"contestants": 240, "marks": 900}}',
            "event",
            False,
            "文件：a.xlsx；数量：（选手数：240、评分项分数：900）",
            id="nested",
        ),
        pytest.param(
            '{"moved": [["1001", 3, 2, "三等奖", "二等奖"]]}',
            "appeal",
            False,
            "名次变动：（1001、3、2、三等奖、二等奖）",
            id="list-of-lists",
        ),
        pytest.param(
            '{"changes": {"1001/c01/J1": "8.5"}}',
            "trade",
            False,
            "改动：（1001/c01/J1：8.5）",
            id="changes-keyed-by-what",
        ),
        pytest.param('{"groups": []}', "trade", False, "组别：—", id="empty-list"),
        pytest.param('{"role": "chief_judge"}', "user", False, "角色：裁判长", id="a-role"),
        pytest.param('{"role": "chief_judge"}', "user", True, "role: Chief judge", id="a-role-en"),
        pytest.param('{"status": "absent"}', "contestant", False, "状态：缺考", id="a-status"),
        pytest.param('{"role": "wizard"}', "user", False, "角色：wizard", id="an-unknown-role"),
        pytest.param('{"odd_field": 3}', "trade", False, "odd_field：3", id="unknown-field"),
        pytest.param("8.50", "mark", False, "8.50", id="a-mark-as-recorded"),
        pytest.param("{not json", "trade", False, "{not json", id="only-looks-like-json"),
        pytest.param("", "trade", False, "", id="empty"),
        pytest.param('["fitter", "welder"]', "event", False, "fitter、welder", id="a-list"),
    ],
)
def test_recorded_values_read_as_words(raw: str, entity: str, english: bool, shown: str) -> None:
    assert value_text(raw, entity, english=english) == shown


def test_every_field_has_words_in_both_languages() -> None:
    assert all((zh and en and zh != en) or zh == en == "SHA-256" for zh, en in FIELDS.values())


scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8))
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=10,
)


@given(st.dictionaries(st.sampled_from(sorted(FIELDS)), values, max_size=4))
def test_no_recorded_text_is_left_out(value: dict[str, object]) -> None:
    """Every text and number recorded is in what is shown (the page's search finds it)."""
    shown = value_text(json.dumps(value, ensure_ascii=False), "trade")

    def named(key: str) -> str:  # a field inside a field is named too
        return "名称" if key == "name" else FIELDS[key][0] if key in FIELDS else key

    def leaves(v: object) -> list[str]:
        if isinstance(v, dict):
            return [named(k) for k in v] + [x for w in v.values() for x in leaves(w)]
        if isinstance(v, list):
            return [x for w in v for x in leaves(w)]
        return [] if v is None or isinstance(v, bool) else [str(v)]

    assert all(FIELDS[k][0] in shown for k in value)
    assert all(leaf in shown for w in value.values() for leaf in leaves(w))


def test_an_edit_shows_the_fields_it_changed() -> None:
    old = '{"appeal_hours": "2", "blind": false, "lot_capacities": []}'
    new = '{"appeal_hours": "2", "blind": false, "lot_capacities": [20, 20]}'
    assert pair_text(old, new, "trade") == ("各场次工位数：—", "各场次工位数：20、20")


def test_an_edit_that_changed_nothing_shows_every_field() -> None:
    same = '{"blind": true}'
    assert pair_text(same, same, "trade") == ("盲评：是", "盲评：是")


def test_a_field_only_on_one_side_is_shown_there() -> None:
    old, new = '{"name": "A", "unit": "x"}', '{"name": "A", "team": "T"}'
    assert pair_text(old, new, "contestant", english=True) == ("unit: x", "team: T")


def test_values_that_are_not_both_fields_are_each_worded() -> None:
    assert pair_text("", '{"rows": 3}', "event") == ("", "行数：3")
    assert pair_text("8.5", "9", "mark") == ("8.5", "9")
