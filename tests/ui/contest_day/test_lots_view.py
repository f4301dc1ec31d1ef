"""Lot drawing in the window: capacities and seed, the seed shown, redraw confirmed, verify, print."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from competition_app.services.contest_day.lots import lot_result
from competition_app.services.integrity.audit import audit_log
from competition_app.services.setup.trade_options import set_trade_options, trade_options
from competition_app.services.setup.trades import get_trade
from competition_app.ui.contest_day.lots_view import LotsView

from ..helpers import column_values, wait_task


@pytest.fixture
def view(qtbot: Any, session: Any) -> LotsView:
    v = LotsView(session)
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show()
    v.activate()
    v.select_trade("fitter")
    return v


def test_draw_with_capacities_and_a_seed_shows_the_seed_and_places(
    qtbot, qtmodeltester, view, ctx, demo_event_id
):
    assert view.seed_label.text() == "—" and "尚未抽签" in view.draw_info.text()
    assert view.draw_button.text() == "抽签"
    assert not view.verify_button.isEnabled() and not view.print_button.isEnabled()
    view.capacities.setText("2x20, ")
    view.draw()
    assert "应写成" in view.messages.text()
    view.capacities.setText("1x5")
    view.draw()
    assert "不够" in view.messages.text()
    view.capacities.setText("3x20")
    view.seed.setText("20220720")
    res = view.draw()
    assert res is not None and res.seed == 20220720
    assert view.seed_label.text() == "20220720"
    assert "第 1 次抽签" in view.draw_info.text() and "20,20,20" in view.draw_info.text()
    assert "种子 20220720" in view.messages.text()
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 46  # 48 minus the two absent
    assert "本工种 48 名选手" in view.people.text()
    assert "另有 2 人未参加这次抽签" in view.draw_info.text()  # what the 46 beside it are not
    assert [view.model.columns[i].title for i in range(6)] == [
        "场次",
        "工位",
        "签号",
        "参赛证号",
        "姓名",
        "单位",
    ]
    sessions = column_values(view.model, 0)
    assert sessions.count("第 1 场") == 20 and sessions.count("第 3 场") == 6
    stored = lot_result(ctx, demo_event_id, "fitter")
    assert stored is not None and stored.seed == 20220720
    assert column_values(view.model, 3) == [r.number for r in stored.rows]
    assert view.draw_button.text() == "重新抽签…"


def test_redraw_needs_confirmation_and_is_audited(qtbot, view, ctx, demo_event_id, answers):
    view.capacities.setText("2x30")
    first = view.draw()
    assert first is not None
    answers["confirm"] = False
    assert view.draw() is None
    assert "重新抽签将作废现有结果" in answers["asked"][-1]
    assert lot_result(ctx, demo_event_id, "fitter").seed == first.seed
    answers["confirm"] = True
    again = view.draw()
    assert again is not None and again.round == 2
    assert view.seed_label.text() == str(again.seed)
    actions = [a.action for a in audit_log(ctx, demo_event_id)]
    assert actions[:2] == ["lots.redraw", "lots.draw"]


def test_a_redraw_with_too_few_places_is_refused_before_it_is_asked(
    qtbot, view, ctx, demo_event_id, answers
):
    view.capacities.setText("2x30")
    first = view.draw()
    assert first is not None
    asked = len(answers["asked"])
    answers["confirm"] = True
    view.capacities.setText("10,10")  # 20 places for the fitters who compete
    assert view.draw() is None
    assert len(answers["asked"]) == asked  # nobody was asked to void the draw for nothing
    assert "不够" in view.messages.text()
    assert lot_result(ctx, demo_event_id, "fitter").seed == first.seed


def test_verify_confirms_a_draw_and_names_the_differences(qtbot, view, ctx, demo_event_id):
    view.capacities.setText("46")
    view.seed.setText("7")
    view.draw()
    assert view.verify() is True
    assert "复核通过" in view.messages.text() and "种子 7" in view.messages.text()
    # someone swaps two workstations behind the app's back
    with ctx.db.unit_of_work() as s:
        s.execute(
            text(
                "UPDATE lot_place SET station = 99 WHERE contestant_id = "
                "(SELECT id FROM contestant WHERE number = '1001')"
            )
        )
    assert view.verify() is False
    shown = view.messages.text()
    assert "复核不通过" in shown and "1001" in shown and "99" in shown


def test_print_the_lot_result(qtbot, view, tmp_path, answers):
    view.draw()
    answers["save"] = tmp_path / "抽签"
    task = view.print_result()
    assert task is not None
    wait_task(qtbot, view)
    pdf = tmp_path / "抽签.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "已生成" in view.messages.text()


def test_a_locked_trade_cannot_be_drawn(qtbot, session, ctx, demo_event_id):
    from competition_app.services.results.locking import lock_trade
    from competition_app.services.setup.trades import get_trade

    lock_trade(ctx, get_trade(ctx, demo_event_id, "welder").id)
    v = LotsView(session)
    qtbot.addWidget(v)
    v.show()
    v.activate()
    v.select_trade("welder")
    assert not v.draw_button.isEnabled()
    v.draw()
    assert "锁定" in v.messages.text()


def test_capacities_come_from_the_trade_and_a_draw_keeps_new_ones(
    qtbot, view, session, ctx, demo_event_id, answers
):
    fitter = get_trade(ctx, demo_event_id, "fitter")
    assert view.capacities.text() == ""
    set_trade_options(ctx, fitter.id, lot_capacities=(30, 30))
    session.notify()  # as the trades page does after saving
    assert view.capacities.text() == "30,30"
    view.capacities.setText("4x12")
    news: list[str] = []
    session.changed.connect(news.append)
    res = view.draw()
    assert res is not None and res.capacities == (12, 12, 12, 12)
    assert news == ["lots", "options"]  # the trades page shows the capacities kept
    assert trade_options(ctx, fitter.id).lot_capacities == (12, 12, 12, 12)
    assert "trade.options" in [a.action for a in audit_log(ctx, demo_event_id)[:2]]
    # another page (or the next day) starts from the capacities kept
    other = LotsView(session)
    qtbot.addWidget(other)
    other.show()
    other.activate()
    other.select_trade("fitter")
    assert other.capacities.text() == "12,12,12,12"


def test_the_draw_button_is_called_what_its_hint_says_in_english(english, view):
    assert view.draw_button.text() == "Draw lots"  # the page is built after English is chosen
    assert "“Draw lots”" in view.draw_info.text()


def test_in_english_the_sessions_example_shows_whole(english, view):
    view.resize(1090, 700)  # beside the navigation in a 1280-wide window
    field = view.capacities
    words = field.fontMetrics().horizontalAdvance(field.placeholderText())
    assert field.width() >= words + 20  # the frame and padding: nothing elided
