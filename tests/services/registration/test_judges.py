"""A judge found by what a desk types: the code or the name, in the one event."""

from __future__ import annotations

import pytest

from competition_app.domain.errors import UserError
from competition_app.io.event_file import read_event_definition
from competition_app.services.registration.judge_roster import add_judge
from competition_app.services.registration.judges import JudgeInfo, find_judge
from competition_app.services.setup.events import create_event
from tests.services.conftest import EXAMPLES


def test_a_judge_is_found_by_code_or_by_name(ctx, event_id):
    # the example event's judges: J1 张建国 and J2 李红梅, both on the electricians' panel
    j = find_judge(ctx, event_id, "J2")
    assert (j.code, j.name, j.unit, j.trades) == (
        "J2",
        "李红梅",
        "重庆机床集团有限责任公司",
        ("electrician",),
    )
    assert find_judge(ctx, event_id, "张建国").code == "J1"


def test_a_code_is_meant_before_a_name_that_spells_it(ctx, event_id):
    add_judge(ctx, event_id, JudgeInfo(0, "J3", "J1", "二中", "judge", ("fitter",)))
    assert find_judge(ctx, event_id, "J1").name == "张建国"
    assert find_judge(ctx, event_id, "J3").name == "J1"


def test_an_unknown_judge_is_refused_naming_the_event(ctx, event_id):
    with pytest.raises(UserError, match=f"^赛事 {event_id} 没有裁判“J9”$"):
        find_judge(ctx, event_id, "J9")


def test_a_judge_of_another_event_is_not_found(ctx, event_id):
    definition = read_event_definition(EXAMPLES / "event.toml")
    other = create_event(ctx, definition)
    add_judge(ctx, event_id, JudgeInfo(0, "J7", "王五", "三中", "judge", ("fitter",)))
    with pytest.raises(UserError, match=f"^赛事 {other} 没有裁判“J7”$"):
        find_judge(ctx, other, "J7")
    assert find_judge(ctx, other, "J1").id != find_judge(ctx, event_id, "J1").id


def test_the_judges_of_an_event_are_counted_whatever_their_role(ctx, event_id):
    from competition_app.services.registration.judges import judge_count, list_judges

    assert judge_count(ctx, event_id) == len(list_judges(ctx, event_id)) > 0
    assert judge_count(ctx, event_id + 1000) == 0
