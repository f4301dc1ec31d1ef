"""Check-in in the window: scan (digits then Enter), large result in colour, missing list, absent."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from competition_app.services.contest_day import checkin as checkin_service
from competition_app.services.contest_day.lots import draw_trade_lots
from competition_app.services.integrity.audit import audit_log
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.setup.trade_options import set_trade_options
from competition_app.services.setup.trades import get_trade
from competition_app.ui.contest_day import checkin_view
from competition_app.ui.contest_day.checkin_view import CheckinView
from competition_app.ui.window.session import EventSession

from ..helpers import column_values


@pytest.fixture
def view(qtbot: Any, session: Any, ctx: Any, demo_event_id: int) -> CheckinView:
    draw_trade_lots(ctx, demo_event_id, "fitter", seed=11, capacities=(24, 24))
    v = CheckinView(session)
    qtbot.addWidget(v)
    v.resize(1100, 750)
    v.show()
    v.activate()
    v.select_trade("fitter")
    return v


def scan(qtbot: Any, view: CheckinView, number: str) -> None:
    """As a barcode scanner does it: the digits, then Enter."""
    qtbot.keyClicks(view.scan_edit, number)
    qtbot.keyClick(view.scan_edit, Qt.Key.Key_Return)


def test_scanning_shows_who_and_where_in_colour(qtbot, qtmodeltester, view, ctx, demo_event_id):
    assert view.scan_edit.hasFocus()
    qtmodeltester.check(view.model)
    before = view.model.rowCount()
    assert before == 46
    assert "应到 48 · 已到 0 · 缺考 2 · 未到 46" in view.summary.text()
    scan(qtbot, view, "1003")
    person = next(c for c in list_contestants(ctx, demo_event_id) if c.number == "1003")
    assert view.state == "ok" and view.result_box.property("state") == "ok"
    assert view.result_title.text() == f"1003  {person.name}"
    assert "钳工" in view.result_place.text() and "场" in view.result_place.text()
    assert "号工位" in view.result_place.text()
    assert "检录成功" in view.result_note.text()
    assert view.scan_edit.text() == "" and view.scan_edit.hasFocus()
    assert view.model.rowCount() == before - 1
    assert "1003" not in column_values(view.model, 2)
    assert "已到 1" in view.summary.text()

    scan(qtbot, view, "1003")
    assert view.state == "already"
    assert "无需重复检录" in view.result_note.text()
    assert view.model.rowCount() == before - 1

    scan(qtbot, view, "9999")
    assert view.state == "unknown" and view.result_box.property("state") == "unknown"
    assert "没有参赛证号“9999”的选手" in view.result_note.text()


def test_a_scan_does_not_reload_the_lists(qtbot, view, monkeypatch):
    calls: list[str] = []
    real = checkin_service.missing

    def counting(*a: Any, **k: Any) -> Any:
        calls.append("missing")
        return real(*a, **k)

    monkeypatch.setattr(checkin_view, "missing", counting)
    for number in ("1001", "1002", "1004", "1005"):
        scan(qtbot, view, number)
    assert calls == []
    assert view.model.rowCount() == 42


def test_someone_from_another_trade_checks_in_too(qtbot, view):
    scan(qtbot, view, "1050")  # electrician, no draw yet
    assert view.state == "ok"
    assert "电工" in view.result_place.text() and "尚未抽签" in view.result_place.text()
    assert view.model.rowCount() == 46  # the fitter list is untouched


def test_session_filter_and_mark_absent(qtbot, view, ctx, demo_event_id, answers):
    view.session_combo.setCurrentIndex(view.session_combo.findData(2))
    shown = [r for r in range(view.model.rowCount()) if not view.table.isRowHidden(r)]
    assert shown and all(view.model.payload(r).session == 2 for r in shown)
    assert "应到 22 · 已到 0 · 缺考 0 · 未到 22" in view.summary.text()
    view.table.selectRow(shown[0])
    number = view.model.payload(shown[0]).number
    assert view.absent_button.isEnabled()
    answers["confirm"] = False
    assert view.mark_selected_absent() == 0
    answers["confirm"] = True
    view.table.selectRow(shown[0])
    assert view.mark_selected_absent() == 1
    assert "缺考" in answers["asked"][-1]
    assert number not in column_values(view.model, 2)
    status = next(c.status for c in list_contestants(ctx, demo_event_id) if c.number == number)
    assert status == "absent"
    assert "应到 22 · 已到 0 · 缺考 1 · 未到 21" in view.summary.text()  # session 2
    # late after all: a scan brings them back
    scan(qtbot, view, number)
    assert view.state == "ok"
    assert "应到 22 · 已到 1 · 缺考 0 · 未到 21" in view.summary.text()
    status = next(c.status for c in list_contestants(ctx, demo_event_id) if c.number == number)
    assert status == "ok"


def test_a_viewer_may_not_check_in(qtbot, staff, demo_event_id):
    session = EventSession(staff["viewer"], demo_event_id)
    v = CheckinView(session)
    qtbot.addWidget(v)
    v.show()
    v.activate()
    assert not v.scan_edit.isEnabled()
    v.scan("1001")  # the scanner's keystrokes reached the page anyway
    assert v.state == "unknown"
    assert "无权检录" in v.result_note.text()


def test_a_late_arrival_is_admitted_in_orange_and_listed(
    qtbot, qtmodeltester, view, session, ctx, demo_event_id, monkeypatch
):
    assert view.late_table.isHidden() and "迟到" not in view.summary.text()  # no start times yet
    set_trade_options(
        ctx,
        get_trade(ctx, demo_event_id, "fitter").id,
        session_starts=(datetime(2022, 7, 20, 8, 30), datetime(2022, 7, 20, 13, 30)),
    )
    session.notify()  # as the trades page does after saving
    assert not view.late_table.isHidden() and "迟到 0" in view.summary.text()
    people = [view.model.payload(r) for r in range(view.model.rowCount())]
    first = [p.number for p in people if p.session == 1]
    second = [p.number for p in people if p.session == 2]
    monkeypatch.setattr(checkin_service, "now", lambda: datetime(2022, 7, 20, 8, 42))
    scan(qtbot, view, first[0])
    assert view.state == "late" and view.result_box.property("state") == "late"
    assert "迟到 12 分钟" in view.result_note.text() and "08:30 开始" in view.result_note.text()
    scan(qtbot, view, second[0])  # the afternoon session is early, not late
    assert view.state == "ok" and "迟到" not in view.result_note.text()
    qtmodeltester.check(view.late_model)
    assert column_values(view.late_model, 2) == [first[0]]
    assert column_values(view.late_model, 6) == ["12 分钟"]
    assert "已到 2" in view.summary.text() and "迟到 1" in view.summary.text()
    assert "迟到选手（1 人）" in view.late_title.text()
    scan(qtbot, view, first[0])
    assert view.state == "already" and "迟到 12 分钟" in view.result_note.text()
    entry = next(a for a in audit_log(ctx, demo_event_id) if a.key == first[0])
    assert entry.new == "late" and "迟到 12 分钟" in entry.reason
    # the session filter applies to the late list too; a fresh page reads the same from the database
    view.session_combo.setCurrentIndex(view.session_combo.findData(2))
    assert view.late_table.isRowHidden(0) and "迟到 0" in view.summary.text()
    fresh = CheckinView(session)
    qtbot.addWidget(fresh)
    fresh.show()
    fresh.activate()
    fresh.select_trade("fitter")
    assert column_values(fresh.late_model, 2) == [first[0]]
    assert "迟到 1" in fresh.summary.text()
