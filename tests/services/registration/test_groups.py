"""Groups as the rules take them: a trade that declares its groups ranks each separately and
takes no other group (a mistyped one would open a ranking of its own); a trade that declares
none ranks everyone in one field, the form's groups kept as a note. Names and numbers are one
line each."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from competition_app.domain.errors import ValidationError
from competition_app.services.registration.contestants import (
    ContestantInfo,
    add_contestant,
    import_contestants,
    list_contestants,
    preview_import,
    update_contestant,
)
from competition_app.services.results.results import results_for
from competition_app.services.scoring.scoring import record_mark, record_score
from competition_app.services.setup.trades import get_trade, update_trade
from competition_app.storage.models import Judge

HEADER = "number,name,trade,unit,group\n"


@pytest.fixture
def grouped(ctx, event_id) -> int:
    """The example event with its fitters' one group declared, as they are registered."""
    update_trade(ctx, get_trade(ctx, event_id, "fitter").id, groups=["职工组"])
    return event_id


def _form(tmp_path, rows: str):
    path = tmp_path / "form.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("group", "reason"),
    [
        pytest.param("职 工组", "组别“职 工组”不是工种“fitter”的组别（职工组）", id="mistyped"),
        pytest.param("老年组", "组别“老年组”不是工种“fitter”的组别（职工组）", id="undeclared"),
        pytest.param("", "组别为空：工种“fitter”分为 职工组", id="empty"),
    ],
)
def test_a_trade_with_groups_takes_only_its_own(ctx, grouped, tmp_path, group, reason):
    preview = preview_import(ctx, grouped, _form(tmp_path, f"3001,赵六,fitter,厂,{group}\n"))
    assert [(p.location, p.reason) for p in preview.problems] == [("form.csv:2:group", reason)]
    with pytest.raises(ValidationError):
        import_contestants(ctx, grouped, _form(tmp_path, f"3001,赵六,fitter,厂,{group}\n"))
    assert "3001" not in {c.number for c in list_contestants(ctx, grouped)}
    import_contestants(ctx, grouped, _form(tmp_path, "3001,赵六,fitter,厂,职工组\n"))
    assert "3001" in {c.number for c in list_contestants(ctx, grouped)}


def test_an_edit_into_an_undeclared_group_is_refused(ctx, grouped):
    person = next(c for c in list_contestants(ctx, grouped) if c.number == "1001")
    with pytest.raises(ValidationError) as refused:
        update_contestant(ctx, person._replace(group="学生组"))
    assert [p.location for p in refused.value.problems] == ["group"]


def test_a_trade_without_groups_ranks_one_field_and_notes_the_forms_groups(ctx, event_id, tmp_path):
    form = _form(tmp_path, "3001,赵六,electrician,厂,职工组\n3002,钱七,electrician,厂,学生组\n")
    preview = preview_import(ctx, event_id, form)
    assert preview.ok
    assert preview.notes == (
        "工种“电工”未设组别：表中的组别（职工组、学生组）只作记录，该工种全部选手一同排名",
    )
    warned: list[str] = []
    import_contestants(ctx, event_id, form, warn=warned.append)
    assert warned == list(preview.notes)
    ids = {c.number: c.id for c in list_contestants(ctx, event_id)}
    with ctx.db.reading() as s:
        judges = list(s.scalars(select(Judge.id).where(Judge.code.in_(["J1", "J2"]))))
    for number, mark in (("3001", "30"), ("3002", "20")):
        record_score(ctx, ids[number], "theory", Decimal("80"))
        for judge in judges:
            for criterion in ("e1", "e2"):
                record_mark(ctx, ids[number], criterion, Decimal(mark), judge_id=judge)
    rows = {r.number: r for r in results_for(ctx, event_id, "electrician").rows}
    # one field: not each first of a group of their own
    assert (rows["3001"].group, rows["3002"].group) == ("", "")
    assert rows["3001"].rank is not None and rows["3002"].rank == rows["3001"].rank + 1


def test_declaring_groups_later_ranks_by_them(ctx, event_id, tmp_path):
    form = _form(tmp_path, "3001,赵六,electrician,厂,职工组\n3002,钱七,electrician,厂,学生组\n")
    import_contestants(ctx, event_id, form)
    update_trade(ctx, get_trade(ctx, event_id, "electrician").id, groups=["职工组", "学生组"])
    rows = {r.number: r for r in results_for(ctx, event_id, "electrician").rows}
    assert (rows["3001"].group, rows["3002"].group) == ("职工组", "学生组")


@pytest.mark.parametrize("field", ["name", "unit", "number"])
def test_a_line_break_inside_a_field_is_refused(ctx, event_id, tmp_path, field):
    values = {"number": "3001", "name": "赵六", "unit": "江北职教"}
    values[field] = values[field][:1] + "\n" + values[field][1:]
    row = f'"{values["number"]}","{values["name"]}",electrician,"{values["unit"]}",\n'
    preview = preview_import(ctx, event_id, _form(tmp_path, row))
    assert [(p.location, p.reason) for p in preview.problems] == [
        (f"form.csv:2:{field}", "含有换行，请写在一行内")
    ]
    with pytest.raises(ValidationError) as refused:
        add_contestant(ctx, event_id, ContestantInfo(0, "3001", "赵\n六", "electrician", ""))
    assert [(p.location, p.reason) for p in refused.value.problems] == [
        ("name", "含有换行，请写在一行内")
    ]


def test_an_import_into_an_event_that_does_not_exist_says_so(ctx, event_id, tmp_path):
    from competition_app.domain.errors import UserError

    with pytest.raises(UserError, match="没有编号为 99 的赛事") as refused:
        import_contestants(ctx, 99, _form(tmp_path, "3001,赵六,fitter,厂,\n"))
    assert "未知的工种" not in str(refused.value)
