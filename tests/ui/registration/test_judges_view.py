"""Judges: list and filter, add/edit/delete, import preview."""

from __future__ import annotations

from typing import Any

import pytest

from competition_app.services.registration.judges import list_judges
from competition_app.ui.registration.judges_view import JudgesView

from ..helpers import wait_task


@pytest.fixture
def view(qtbot: Any, session: Any) -> JudgesView:
    v = JudgesView(session)
    qtbot.addWidget(v)
    v.show()
    v.activate()
    return v


def test_lists_and_filters(view):
    assert view.model.rowCount() == 18
    view.trade_filter.setCurrentIndex(view.trade_filter.findData("焊工"))
    assert view.proxy.rowCount() == 6  # five judges and the chief judge
    view.role_filter.setCurrentIndex(view.role_filter.findData("裁判长"))
    assert view.proxy.rowCount() == 1
    assert view.count_label.text() == "共 18 人，显示 1 人"


def test_add_edit_and_delete(qtbot, view, ctx, demo_event_id, answers):
    dialog = view.add()
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.code.setText("QG9")
    dialog.name.setText("周裁判")
    dialog.unit.setText("外单位")
    dialog.set_trades(["fitter", "welder"])
    dialog.save_button.click()
    added = next(j for j in list_judges(ctx, demo_event_id) if j.code == "QG9")
    assert added.trades == ("fitter", "welder") and added.role == "judge"
    assert view.model.rowCount() == 19

    dialog = view.add()
    qtbot.addWidget(dialog)
    dialog.code.setText("QG9")
    dialog.name.setText("重复")
    dialog.save_button.click()
    assert "已存在" in dialog.errors["code"].text()

    row = next(
        r
        for r in range(view.proxy.rowCount())
        if view.model.judge(view.proxy.source_row(r)).code == "QG9"
    )
    view.table.selectRow(row)
    dialog = view.edit_selected()
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData("clerk"))
    dialog.save_button.click()
    assert next(j for j in list_judges(ctx, demo_event_id) if j.code == "QG9").role == "clerk"
    view.table.selectRow(row)
    view.delete_selected()
    assert all(j.code != "QG9" for j in list_judges(ctx, demo_event_id))


def test_a_judge_with_marks_is_not_deleted(view, ctx, demo_event_id, answers):
    row = next(
        r
        for r in range(view.proxy.rowCount())
        if view.model.judge(view.proxy.source_row(r)).role == "judge"
        and "焊工" in view.model.row_values(view.proxy.source_row(r))[4]
    )
    view.table.selectRow(row)
    view.delete_selected()
    assert "不能删除" in view.messages.text()
    assert len(list_judges(ctx, demo_event_id)) == 18


def test_import_preview(qtbot, view, ctx, demo_event_id, tmp_path):
    bad = tmp_path / "judges.csv"
    bad.write_text(
        "编号,姓名,单位,角色,执裁工种\nJ1,甲,单位A,裁判员,钳工\nJ2,,单位B,裁判员,木工\n"
        "J1,丙,单位C,校长,电工\n",
        encoding="utf-8",
    )
    view.import_file(bad)
    wait_task(qtbot, view, "import_task")
    dialog = view.preview_dialog
    qtbot.addWidget(dialog)
    reasons = " ".join(" ".join(r) for r in dialog.problem_rows())
    assert "姓名为空" in reasons and "木工" in reasons and "重复" in reasons and "校长" in reasons
    assert dialog.import_button is None
    good = tmp_path / "good.csv"
    good.write_text(
        "编号,姓名,单位,角色,执裁工种\nJ1,甲,单位A,裁判员,钳工、焊工\n", encoding="utf-8"
    )
    view.import_file(good)
    wait_task(qtbot, view, "import_task")
    dialog = view.preview_dialog
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    assert next(j for j in list_judges(ctx, demo_event_id) if j.code == "J1").trades == (
        "fitter",
        "welder",
    )
    assert view.model.rowCount() == 19


def test_in_english_every_role_and_status_reads_whole(qtbot, session):
    from competition_app.services.registration.judge_roster import ROLE_LABELS
    from competition_app.ui.registration.contestants_view import ContestantsView
    from competition_app.ui.registration.judge_model import role_label
    from competition_app.ui.registration.judges_view import JudgesView
    from competition_app.ui.window.translation import install_translators

    assert install_translators("en")
    judges = JudgesView(session)
    qtbot.addWidget(judges)
    judges.show()
    judges.activate()
    column = [c.key for c in judges.model.columns].index("role")
    metrics = judges.table.fontMetrics()
    for role in ROLE_LABELS:
        assert metrics.horizontalAdvance(role_label(role)) + 12 <= judges.table.columnWidth(column)
    people = ContestantsView(session)
    qtbot.addWidget(people)
    people.show()
    people.activate()
    wait_task(qtbot, people)
    combo = people.status_filter
    widest = max(
        combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
    )
    assert combo.sizeHint().width() >= widest + 20
