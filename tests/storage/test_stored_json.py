"""A stored setting that is not the JSON the app wrote is said in plain words, naming where it
stops being JSON, on every way it is read (the ORM's column, the plain reads: tests/services/setup)."""

from __future__ import annotations

import pytest

from competition_app.domain.errors import UserError
from competition_app.storage import stored_json


@pytest.mark.parametrize(
    ("text", "where"),
    [("{broken", "第 2 个字符处"), ('{"a": 1', "第 8 个字符处"), ("", "第 1 个字符处")],
)
def test_text_that_is_not_json_names_where_it_breaks(text, where):
    with pytest.raises(stored_json.DamagedSettings) as e:
        stored_json.loads(text)
    assert isinstance(e.value, UserError)
    assert where in str(e.value) and "audit verify" in str(e.value)


def test_nesting_past_the_parser_is_damage_too():
    with pytest.raises(stored_json.DamagedSettings):
        stored_json.loads("[" * 100_000 + "]" * 100_000)


def test_what_the_app_wrote_reads_back():
    assert stored_json.loads('{"groups": ["职工组"], "n": 1.5}') == {"groups": ["职工组"], "n": 1.5}
