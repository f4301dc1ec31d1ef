"""Judge assignment in the window: judges and criteria panels, declared and same-unit conflicts,
and a conflicted judge's cell refused in the grid with the reason."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit

from competition_app.services.registration.contestants import list_contestants
from competition_app.services.registration.judges import list_judges
from competition_app.services.scoring.recusal import declare_conflict, judge_assignments
from competition_app.services.setup.trades import get_trade
from competition_app.ui.contest_day.assignments_view import AssignmentsView
from competition_app.ui.scoring.scoring_view import ScoringView
from tests.blind_trades import blind_from_the_start

from ..helpers import type_into_cell


@pytest.fixture
def view(qtbot: Any, session: Any) -> AssignmentsView:
    v = AssignmentsView(session)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    v.activate()
    v.select_trade("fitter")
    return v


def codes_shown(view: AssignmentsView) -> list[str]:
    return [view.assignments.row_values(r)[0] for r in range(view.assignments.rowCount())]


def test_assign_a_judge_to_a_panel_change_it_and_remove_them(
    qtbot, qtmodeltester, view, ctx, demo_event_id, answers
):
    qtmodeltester.check(view.assignments)
    assert codes_shown(view) == ["QG1", "QG2", "QG3", "QGC"]
    assert view.assignments.row_values(0)[4] == "全部评分项"
    dialog = view.assign()
    qtbot.addWidget(dialog)
    offered = [dialog.judge.itemText(i) for i in range(dialog.judge.count())]
    assert not any(t.startswith("QG1 ") for t in offered)  # already on the trade
    dialog.judge.setCurrentIndex(next(i for i, t in enumerate(offered) if t.startswith("DG1 ")))
    dialog.every.setChecked(False)
    dialog.save()
    assert "请勾选至少一个评分项" in dialog.error.text()
    dialog.set_criteria(["f1", "f2"])
    dialog.save()
    assert "已安排裁判 DG1" in view.messages.text()
    assert "DG1" in codes_shown(view)
    row = codes_shown(view).index("DG1")
    assert view.assignments.row_values(row)[4] == "尺寸精度、形位公差"

    view.assign_table.selectRow(row)
    dialog = view.edit_panel()
    qtbot.addWidget(dialog)
    assert not dialog.judge.isEnabled() and dialog.chosen_criteria() == ["f1", "f2"]
    dialog.set_criteria(["f5"])
    dialog.save()
    fitter = get_trade(ctx, demo_event_id, "fitter")
    dg1 = next(a for a in judge_assignments(ctx, fitter.id) if a.code == "DG1")
    assert dg1.criteria == ("f5",)

    view.assign_table.selectRow(codes_shown(view).index("DG1"))
    view.remove_selected()
    assert "DG1" not in codes_shown(view)


def test_the_conflict_list_is_a_proper_model_showing_who_stands_aside_and_why(
    qtmodeltester, view, ctx, demo_event_id
):
    judge = next(j for j in list_judges(ctx, demo_event_id) if j.code == "QG2")
    person = next(c for c in list_contestants(ctx, demo_event_id, "fitter") if c.number == "1045")
    declare_conflict(ctx, judge.id, person.id, "师徒关系")
    view.reload()
    assert view.conflicts.rowCount() == 1
    qtmodeltester.check(view.conflicts)
    shown = [view.conflicts.index(0, c).data() for c in range(view.conflicts.columnCount())]
    assert shown == [f"QG2 {judge.name}", f"1045 {person.name}", "登记回避", "师徒关系"]


def test_declared_conflict_is_listed_refused_in_the_grid_and_withdrawn(
    qtbot, view, session, ctx, demo_event_id
):
    judge = next(j for j in list_judges(ctx, demo_event_id) if j.code == "QG2")
    person = next(c for c in list_contestants(ctx, demo_event_id, "fitter") if c.number == "1045")
    dialog = view.declare()
    qtbot.addWidget(dialog)
    dialog.choose(judge.id, person.id)
    dialog.save()
    assert "原因" in dialog.error.text()  # a conflict needs its reason
    dialog.reason.setText("师徒关系")
    dialog.save()
    assert "已登记回避" in view.messages.text()
    rows = view.conflict_rows()
    assert (f"QG2 {judge.name}", f"1045 {person.name}", "登记回避", "师徒关系") in rows

    grid = ScoringView(session)
    qtbot.addWidget(grid)
    grid.resize(1200, 700)
    grid.show()
    grid.activate()
    grid.select_trade("fitter")
    index = grid.cell("1045", grid.entry_column("f1", "QG2"))
    assert "已登记须回避该选手：师徒关系" in index.data(3)  # the tooltip says why, before typing
    # the cell takes no typing (回避) and says why
    grid.table.setCurrentIndex(index)
    grid.table.setFocus()
    qtbot.keyClicks(grid.table, "3")
    assert not [e for e in grid.table.findChildren(QLineEdit, "CellEditor") if e.isVisible()]
    assert "须回避" in grid.messages.text() and "师徒关系" in grid.messages.text()
    # another judge's cell for the same contestant is fine
    type_into_cell(qtbot, grid, grid.cell("1045", grid.entry_column("f1", "QG1")), "30")
    assert grid.messages.text() == ""  # saved: the refusal above is cleared
    assert grid.cell("1045", grid.entry_column("f1", "QG1")).data() == "30"

    view.conflict_table.selectRow(rows.index(next(r for r in rows if r[2] == "登记回避")))
    assert view.withdraw_button.isEnabled()
    reason = view.withdraw_selected()
    qtbot.addWidget(reason)
    assert not reason.ok_button.isEnabled()
    reason.reason.setPlainText("登记有误")
    reason.accept()
    assert "已撤销回避" in view.messages.text()
    assert not any(r[2] == "登记回避" for r in view.conflict_rows())


def test_same_unit_conflicts_are_listed_unless_marking_is_blind(qtbot, view, ctx, demo_event_id):
    from competition_app.services.registration.judge_roster import update_judge

    judge = next(j for j in list_judges(ctx, demo_event_id) if j.code == "QG3")
    unit = list_contestants(ctx, demo_event_id, "fitter")[0].unit
    update_judge(ctx, type(judge)(**{**judge.__dict__, "unit": unit}))
    view.reload()
    same = [r for r in view.conflict_rows() if r[2] == "同单位"]
    assert same and all(r[0].startswith("QG3") and r[3] == f"同单位：{unit}" for r in same)
    assert "非盲评" in view.note.text()
    blind_from_the_start(ctx, get_trade(ctx, demo_event_id, "fitter").id)
    view.reload()
    assert not [r for r in view.conflict_rows() if r[2] == "同单位"]
    assert "盲评工种" in view.note.text()


def test_a_judge_may_not_assign(qtbot, staff, demo_event_id):
    from competition_app.ui.window.session import EventSession

    v = AssignmentsView(EventSession(staff["judge"], demo_event_id))
    qtbot.addWidget(v)
    v.show()
    v.activate()
    assert not v.assign_button.isEnabled() and not v.declare_button.isEnabled()
    assert v.assign() is None
    assert "无权分配裁判和登记回避" in v.messages.text()
