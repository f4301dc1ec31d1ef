"""A corrected registration form updates the contestants already there: new, changed (field by
field) and unchanged rows previewed, then one transaction, audited."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from competition_app.services.registration.contestants import list_contestants
from competition_app.storage.models import AuditEntry
from competition_app.ui.registration.contestants_view import ContestantsView

from ..helpers import wait_task
from .test_contestants_view import write_registration


@pytest.fixture
def view(qtbot: Any, session: Any) -> ContestantsView:
    v = ContestantsView(session)
    qtbot.addWidget(v)
    v.show()
    v.activate()
    return v


def person(ctx: Any, event_id: int, number: str) -> Any:
    return next(c for c in list_contestants(ctx, event_id) if c.number == number)


def row_of(ctx: Any, event_id: int, number: str, **changes: str) -> list[str]:
    c = person(ctx, event_id, number)
    values = {
        "name": c.name,
        "trade": "钳工",
        "group": c.group,
        "unit": c.unit,
        "id": c.id_number,
        "gender": c.gender,
    }
    values.update(changes)
    return [
        number,
        values["name"],
        values["trade"],
        values["group"],
        values["unit"],
        values["id"],
        values["gender"],
    ]


def test_a_corrected_form_is_offered_as_an_update_and_written_in_one_go(
    qtbot, view, ctx, demo_event_id, tmp_path
):
    before_1001 = person(ctx, demo_event_id, "1001")
    absent = person(ctx, demo_event_id, "1008")
    assert absent.status == "absent"
    path = write_registration(
        tmp_path / "报名表（更正）.csv",
        [
            row_of(ctx, demo_event_id, "1001", unit="江北区第二职业学校"),
            row_of(ctx, demo_event_id, "1002"),
            row_of(ctx, demo_event_id, "1008", name="钟军军"),
            ["3001", "王一", "钳工", "职工组", "甲单位", "", "男"],
        ],
    )
    view.import_file(path)
    wait_task(qtbot, view, "import_task")
    refused = view.preview_dialog
    qtbot.addWidget(refused)
    assert "已存在" in "\n".join(" ".join(r) for r in refused.problem_rows())
    refused.update_button.click()  # "update existing" instead
    wait_task(qtbot, view, "import_task")
    dialog = view.preview_dialog
    qtbot.addWidget(dialog)
    assert dialog is not refused
    assert "新增 1 人，修改 2 人，不变 1 人" in dialog.headline.text()
    shown = {r[2]: r for r in dialog.model.all_rows()}
    assert shown["1001"][0] == "修改"
    assert f"单位：{before_1001.unit} → 江北区第二职业学校" == shown["1001"][4]
    assert shown["1008"][4].startswith("姓名：")
    assert shown["1002"][0] == "不变" and shown["3001"][0] == "新增"
    assert dialog.import_button.text() == "写入（新增 1 人、修改 2 人）"
    dialog.import_button.click()
    wait_task(qtbot, view, "import_task")
    assert person(ctx, demo_event_id, "1001").unit == "江北区第二职业学校"
    assert person(ctx, demo_event_id, "1001").team == before_1001.team  # no team column
    assert person(ctx, demo_event_id, "1008").name == "钟军军"
    assert person(ctx, demo_event_id, "1008").status == "absent"  # the day's, not the form's
    assert len(list_contestants(ctx, demo_event_id)) == 241
    with ctx.db.reading() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "contestants.update")).one()
    assert before_1001.unit in entry.old_value and "3001" in entry.new_value


def test_moving_someone_to_another_trade_is_refused_in_an_update(ctx, demo_event_id, tmp_path):
    from competition_app.services.registration.reimport import preview_update

    path = write_registration(
        tmp_path / "x.csv", [row_of(ctx, demo_event_id, "1001", trade="电工")]
    )
    preview = preview_update(ctx, demo_event_id, path)
    assert not preview.ok and "换工种请在选手页修改" in preview.problems[0].reason


def test_a_contestant_changed_since_the_preview_is_refused(ctx, demo_event_id, tmp_path):
    from competition_app.domain.errors import ConflictError
    from competition_app.services.registration.contestants import update_contestant
    from competition_app.services.registration.reimport import apply_update, preview_update

    path = write_registration(
        tmp_path / "x.csv", [row_of(ctx, demo_event_id, "1001", unit="新单位")]
    )
    preview = preview_update(ctx, demo_event_id, path)
    update_contestant(ctx, person(ctx, demo_event_id, "1001")._replace(name="另一个名字"))
    with pytest.raises(ConflictError):
        apply_update(ctx, demo_event_id, preview, source="x.csv")
    assert person(ctx, demo_event_id, "1001").unit != "新单位"
