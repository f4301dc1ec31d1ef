"""Editing judges one at a time and previewing a judge-list import."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.errors import UserError, ValidationError
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.registration.judge_roster import (
    add_judge,
    delete_judge,
    preview_judge_import,
    update_judge,
    write_judges,
)
from competition_app.services.registration.judges import JudgeInfo, list_judges
from competition_app.services.scoring.scoring import record_mark


def test_add_edit_delete(ctx, event_id):
    j = add_judge(ctx, event_id, JudgeInfo(0, " J9 ", "王裁判", "某单位", "judge", ("fitter",)))
    assert (j.code, j.trades) == ("J9", ("fitter",))
    j = update_judge(
        ctx, JudgeInfo(j.id, "J9", "王裁判", "某单位", "chief_judge", ("fitter", "electrician"))
    )
    assert j.role == "chief_judge" and j.trades == ("fitter", "electrician")
    delete_judge(ctx, j.id)
    assert "J9" not in {x.code for x in list_judges(ctx, event_id)}


def test_problems_are_listed_per_field(ctx, event_id):
    with pytest.raises(ValidationError) as e:
        add_judge(ctx, event_id, JudgeInfo(0, "J1", "", "", "boss", ("carpenter",)))
    fields = {p.location for p in e.value.problems}
    assert fields == {"code", "name", "role", "trades"}


def test_a_judge_with_marks_stays(ctx, event_id):
    j1 = next(j for j in list_judges(ctx, event_id) if j.code == "J1")
    who = next(c.id for c in list_contestants(ctx, event_id) if c.number == "2001")
    record_mark(ctx, who, "e1", Decimal("30"), judge_id=j1.id)
    with pytest.raises(UserError, match="不能删除"):
        delete_judge(ctx, j1.id)


def test_import_preview_then_write(ctx, event_id, tmp_path):
    bad = tmp_path / "judges.csv"
    bad.write_text("编号,姓名,执裁工种\nJ1,重复,钳工\nJ5,,木工\n", encoding="utf-8")
    preview = preview_judge_import(ctx, event_id, bad)
    assert not preview.ok and len(preview.problems) == 3
    good = tmp_path / "good.csv"
    good.write_text("编号,姓名,执裁工种\nJ5,赵,钳工、电工\n", encoding="utf-8")
    preview = preview_judge_import(ctx, event_id, good)
    assert preview.ok
    assert write_judges(ctx, event_id, preview.rows, source="good.csv") == 1
    assert next(j for j in list_judges(ctx, event_id) if j.code == "J5").trades == (
        "fitter",
        "electrician",
    )
