"""A trade's contest-day options from the Trades page: blind marking, verified entry, sessions,
end time and appeal window; audited, and refused in words when they cannot change."""

from __future__ import annotations

from typing import Any

import pytest

from competition_app.services.integrity.audit import audit_log
from competition_app.services.results.locking import lock_trade
from competition_app.services.scoring.scoring import clear_marks
from competition_app.services.setup.trade_options import trade_options
from competition_app.services.setup.trades import get_trade
from competition_app.ui.setup.trades_view import TradesView


@pytest.fixture
def view(qtbot: Any, session: Any) -> TradesView:
    v = TradesView(session)
    qtbot.addWidget(v)
    v.resize(1200, 760)
    v.show()
    v.activate()
    return v


def test_options_are_saved_and_audited(qtbot, view, ctx, demo_event_id):
    view.select_trade("welder")
    dialog = view.open_options()
    qtbot.addWidget(dialog)
    # the demo's welders are marked: blind marking waits for a trade with none
    assert not dialog.blind.isEnabled() and "录分前设定" in dialog.blind.toolTip()
    dialog.reject()
    clear_marks(ctx, get_trade(ctx, demo_event_id, "welder").id)
    dialog = view.open_options()
    qtbot.addWidget(dialog)
    assert dialog.blind.isEnabled()
    assert not dialog.blind.isChecked() and not dialog.double_entry.isChecked()
    dialog.blind.setChecked(True)
    dialog.capacities.setText("3x20")
    dialog.has_end.setChecked(True)
    dialog.hours.setValue(1.5)
    assert "申诉截止" in dialog.deadline.text()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "已保存“焊工”的赛务选项" in view.messages.text()
    o = trade_options(ctx, get_trade(ctx, demo_event_id, "welder").id)
    assert o.blind and o.lot_capacities == (20, 20, 20) and str(o.appeal_hours) == "1.5"
    assert o.ends_at is not None
    assert audit_log(ctx, demo_event_id)[0].action == "trade.options"


def test_options_refused_in_words(qtbot, view, ctx, demo_event_id):
    view.select_trade("welder")
    dialog = view.open_options()
    qtbot.addWidget(dialog)
    dialog.double_entry.setChecked(True)  # the welders' marks were never verified
    dialog.save()
    assert "不能再启用复核" in dialog.error.text()
    dialog.double_entry.setChecked(False)
    dialog.capacities.setText("3 sessions")
    dialog.save()
    assert "应写成" in dialog.error.text()
    lock_trade(ctx, get_trade(ctx, demo_event_id, "electrician").id)
    view.reload()
    view.select_trade("electrician")
    locked = view.open_options()
    qtbot.addWidget(locked)
    assert not locked.blind.isEnabled() and not locked.double_entry.isEnabled()
    assert locked.hours.isEnabled()  # appeals come after the lock


def test_session_start_times_are_typed_checked_and_shown_again(qtbot, view, ctx, demo_event_id):
    view.select_trade("welder")
    dialog = view.open_options()
    qtbot.addWidget(dialog)
    assert dialog.session_starts.text() == ""
    dialog.session_starts.setText("13:30")
    dialog.save()
    assert "须写明日期" in dialog.error.text()
    dialog.session_starts.setText("2022-07-20 13:30, 08:30")
    dialog.save()
    assert "早于第 1 场" in dialog.error.text()
    assert trade_options(ctx, get_trade(ctx, demo_event_id, "welder").id).session_starts == ()
    dialog.session_starts.setText("2022-07-20 8:30，13:30")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    starts = trade_options(ctx, get_trade(ctx, demo_event_id, "welder").id).session_starts
    assert [t.strftime("%m-%d %H:%M") for t in starts] == ["07-20 08:30", "07-20 13:30"]
    again = view.open_options()
    qtbot.addWidget(again)
    assert again.session_starts.text() == "2022-07-20 08:30, 13:30"
    lock_trade(ctx, get_trade(ctx, demo_event_id, "electrician").id)
    view.reload()
    view.select_trade("electrician")
    locked = view.open_options()
    qtbot.addWidget(locked)
    assert not locked.session_starts.isEnabled()  # they decide who was late: kept after the lock
