"""Appeals in the window: the deadline, recording (refused after the window), the chief judge's
decision, and ranks and awards before and after a changed mark."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from competition_app.services.integrity.appeals import list_appeals
from competition_app.services.integrity.audit import audit_log
from competition_app.services.results.locking import lock_trade
from competition_app.services.scoring.score_grid import load_grid
from competition_app.services.setup.trade_options import set_trade_options
from competition_app.services.setup.trades import get_trade
from competition_app.ui.integrity.appeals_view import AppealsView
from competition_app.ui.window.session import EventSession


def page(qtbot: Any, ctx: Any, event_id: int) -> AppealsView:
    v = AppealsView(EventSession(ctx, event_id))
    qtbot.addWidget(v)
    v.resize(1200, 760)
    v.show()
    v.activate()
    v.select_trade("electrician")
    return v


def test_no_appeal_before_the_end_time_is_set(qtbot, staff, demo_event_id):
    view = page(qtbot, staff["organizer"], demo_event_id)
    assert "未设置比赛结束时间" in view.deadline_label.text()
    assert not view.record_button.isEnabled()  # the page says what to set first
    assert "结束时间与时限" in view.record_button.toolTip()
    dialog = view.record()  # a page that had not heard the end time was cleared
    qtbot.addWidget(dialog)
    dialog.choose("1050")
    dialog.reason.setPlainText("分数有误")
    dialog.save()
    assert "未设置结束时间" in dialog.error.text()
    # the end time and window are set from the page
    options = view.edit_deadline()
    qtbot.addWidget(options)
    options.has_end.setChecked(True)
    options.ends_at.setDateTime(options.ends_at.dateTime().currentDateTime().addSecs(-3600))
    options.hours.setValue(2)
    assert "申诉截止" in options.deadline.text()
    options.save()
    assert options.result() == options.DialogCode.Accepted
    view.load_trade()
    assert "申诉时限 2 小时" in view.deadline_label.text() and "还剩" in view.deadline_label.text()
    assert view.record_button.isEnabled() and not view.record_button.toolTip()


@pytest.fixture
def ended(staff: Any, demo_event_id: int) -> datetime:
    """The electrician trade ended an hour ago; appeals are open for two hours."""
    end = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    org = staff["organizer"]
    set_trade_options(org, get_trade(org, demo_event_id, "electrician").id, ends_at=end)
    return end


def test_record_decide_and_change_marks(qtbot, qtmodeltester, staff, demo_event_id, ended):
    clerk = page(qtbot, staff["organizer"], demo_event_id)
    assert not clerk.decide_button.isEnabled()  # the organizer records, the chief judge decides
    dialog = clerk.record()
    qtbot.addWidget(dialog)
    assert (ended + timedelta(hours=2)).strftime("%H:%M") in dialog.deadline.text()
    dialog.choose("1050")
    dialog.save()
    assert "申诉须写明事由" in dialog.error.text()
    dialog.reason.setPlainText("第 1 项“电路安装”漏计 2 分")
    dialog.save()
    assert "已登记申诉 1（选手 1050" in clerk.messages.text()
    qtmodeltester.check(clerk.model)
    assert clerk.model.row_values(0)[4] == "待裁定"

    chief_ctx = staff["chief_judge"]
    trade = get_trade(chief_ctx, demo_event_id, "electrician")
    lock_trade(chief_ctx, trade.id)  # appeals come after the lock; the trade stays locked
    chief = page(qtbot, chief_ctx, demo_event_id)
    assert not chief.change_button.isEnabled()
    chief.select_appeal(1)
    decide = chief.decide_selected()
    qtbot.addWidget(decide)
    decide.note.setPlainText("经复核，漏计属实")
    decide.save()
    assert "请选择" in decide.error.text()
    decide.upheld.setChecked(True)
    decide.save()
    assert "已裁定：申诉成立" in chief.messages.text()
    assert chief.model.row_values(0)[4] == "申诉成立"
    assert chief.change_button.isEnabled() and not chief.decide_button.isEnabled()

    grid = load_grid(chief_ctx, trade.id)
    row = next(r for r in grid.rows if r.number == "1050")
    e1 = next(i for i, c in enumerate(grid.columns) if c.code == "e1")
    new = "20" if row.values[e1] != Decimal(20) else "0"
    change = chief.change_marks()
    qtbot.addWidget(change)
    labels = [change.cell.itemText(i) for i in range(change.cell.count())]
    index = next(i for i, t in enumerate(labels) if t.startswith(grid.columns[e1].name))
    assert "现为" in labels[index]
    assert change.add_change(index, new)
    change.save()
    assert change.outcome is not None and change.outcome.marks_changed == 1
    assert chief.outcome_card.isVisible()
    qtmodeltester.check(chief.changes_model)
    moved = {chief.changes_model.row_values(r)[0] for r in range(chief.changes_model.rowCount())}
    assert "1050" in moved
    assert "修改 1 个分数" in chief.outcome_summary.text()
    actions = [a.action for a in audit_log(chief_ctx, demo_event_id)[:3]]
    assert actions[0] == "appeal.apply" and "mark.appeal" in actions
    after = load_grid(chief_ctx, trade.id)
    assert next(r for r in after.rows if r.number == "1050").values[e1] == Decimal(new)


def test_an_appeal_after_the_window_is_refused_with_the_deadline(
    qtbot, staff, demo_event_id, ended
):
    view = page(qtbot, staff["organizer"], demo_event_id)
    dialog = view.record()
    qtbot.addWidget(dialog)
    dialog.choose("1051")
    dialog.reason.setPlainText("评分不公")
    dialog.set_received(ended + timedelta(hours=2, minutes=5))
    dialog.save()
    deadline = (ended + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M")
    assert "申诉时限已过" in dialog.error.text() and deadline in dialog.error.text()
    assert list_appeals(staff["organizer"], demo_event_id) == []


def test_a_judge_may_neither_record_nor_decide(qtbot, staff, demo_event_id, ended):
    view = page(qtbot, staff["judge"], demo_event_id)
    assert not view.record_button.isEnabled() and not view.options_button.isEnabled()
    assert view.record() is None
    assert "无权登记申诉" in view.messages.text()


def test_an_end_time_set_by_mistake_is_cleared_and_appeals_wait_for_a_new_one(
    qtbot, staff, demo_event_id, ended
):
    view = page(qtbot, staff["organizer"], demo_event_id)
    assert "截止" in view.deadline_label.text()
    options = view.edit_deadline()
    qtbot.addWidget(options)
    assert options.has_end.isChecked() and options.has_end.isEnabled()
    options.has_end.setChecked(False)
    assert not options.ends_at.isEnabled()
    assert "保存后将清除结束时间" in options.deadline.text()
    assert ended.strftime("%Y-%m-%d %H:%M") in options.deadline.text()
    options.save()
    assert options.result() == options.DialogCode.Accepted
    assert "未设置比赛结束时间" in view.deadline_label.text()
    entry = audit_log(staff["organizer"], demo_event_id)[0]
    assert entry.action == "trade.options" and '"ends_at": null' in entry.new
    dialog = view.record()
    qtbot.addWidget(dialog)
    dialog.choose("1050")
    dialog.reason.setPlainText("分数有误")
    dialog.save()
    assert "请先设置结束时间" in dialog.error.text()
    assert list_appeals(staff["organizer"], demo_event_id) == []


def test_in_english_the_message_names_the_button_as_it_is_labelled(
    qtbot, english, staff, demo_event_id
):
    view = page(qtbot, staff["organizer"], demo_event_id)
    label = view.options_button.text()
    assert label == "End time and window…"
    assert f"“{label}”" in view.deadline_label.text()
