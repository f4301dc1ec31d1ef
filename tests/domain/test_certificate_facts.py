"""A certificate's facts, built once from a result row, for each kind of certificate."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.certificate_facts import (
    AWARD,
    BOTH,
    certificate_kinds,
    facts_for,
    kind_of,
)
from competition_app.domain.results import ResultRow


def row(award: str = "", titles: tuple[str, ...] = ()) -> ResultRow:
    return ResultRow("7", "A7", "陈\U00020bb7", "北岸厂", "", "职工组", "ok", {}, Decimal(90),
                     rank=1, award=award, titles=titles)  # fmt: skip


@pytest.mark.parametrize(
    ("award", "titles", "separate", "kinds"),
    [
        ("", (), False, ()),
        ("一等奖", (), False, (AWARD,)),
        ("一等奖", ("技术能手",), False, (BOTH,)),
        ("", ("技术能手",), False, ("title:技术能手",)),
        ("一等奖", ("技术能手",), True, (AWARD, "title:技术能手")),
        ("", ("技术能手", "岗位能手"), True, ("title:技术能手", "title:岗位能手")),
    ],
    ids=["none", "award", "both", "title-only", "separate", "two-titles"],
)
def test_kinds(award, titles, separate, kinds) -> None:
    assert certificate_kinds(row(award, titles), separate_titles=separate) == kinds


def test_facts_of_each_kind_and_when_they_no_longer_hold() -> None:
    r = row("一等奖", ("技术能手",))
    both = facts_for(r, trade="钳工", event="大赛")
    assert both is not None and both.honour == "一等奖、技术能手"
    assert kind_of(both.award, both.title) == BOTH
    award = facts_for(r, trade="钳工", event="大赛", kind=AWARD)
    assert award is not None and (award.award, award.title) == ("一等奖", "")
    title = facts_for(r, trade="钳工", event="大赛", kind="title:技术能手")
    assert title is not None and (title.award, title.title) == ("", "技术能手")
    # the title is lost on appeal: the combined and the title certificate no longer hold
    lost = row("二等奖")
    assert facts_for(lost, trade="钳工", event="大赛", kind=BOTH) is None
    assert facts_for(lost, trade="钳工", event="大赛", kind="title:技术能手") is None
    assert not award.same_as(facts_for(lost, trade="钳工", event="大赛", kind=AWARD))
    assert facts_for(row(), trade="钳工", event="大赛") is None


def test_same_as_folds_width_and_spacing_like_the_code() -> None:
    a = facts_for(row("一等奖"), trade="钳工", event="大赛")
    b = facts_for(row("一等奖"), trade="钳工 ", event="大赛")
    assert a is not None and a.same_as(b) and not a.same_as(None)
