"""Trades are added and removed after the wizard; removing one with marks asks first, and the
removal is audited with what it took."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from competition_app.domain.errors import UserError
from competition_app.services.results.locking import lock_trade
from competition_app.services.scoring.scoring import record_mark
from competition_app.services.setup.trade_list import add_trade, remove_trade, trade_contents
from competition_app.services.setup.trades import get_trade, list_trades
from competition_app.storage.models import AuditEntry, Contestant, CriterionMark
from competition_app.ui.setup.trades_view import TradesView

from ..helpers import wait_task


@pytest.fixture
def view(qtbot: Any, session: Any) -> TradesView:
    v = TradesView(session)
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.show()
    v.activate()
    wait_task(qtbot, v, "preview_task")
    return v


def codes(ctx: Any, event_id: int) -> list[str]:
    return [t.code for t in list_trades(ctx, event_id)]


def test_a_trade_is_added_from_a_preset_and_shown(qtbot, view, ctx, demo_event_id):
    dialog = view.add_trade()
    dialog.code.setText("fitter")
    dialog.name.setText("钳工二")
    assert not dialog.save()  # the code is taken
    assert "已被使用" in dialog.error.text() and dialog.isVisible()
    dialog.code.setText("plumber")
    dialog.name.setText("管道工")
    dialog.groups.setText("职工组、学生组")
    assert dialog.save()
    assert codes(ctx, demo_event_id)[-1] == "plumber"
    trade = get_trade(ctx, demo_event_id, "plumber")
    assert trade.groups == ("职工组", "学生组") and trade.rules.components
    assert view.trade.code == "plumber"
    assert "管道工" in view.messages.text()
    with ctx.db.reading() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "trade.add")).one()


def test_removing_a_trade_with_marks_asks_and_is_audited(qtbot, view, ctx, demo_event_id, answers):
    view.select_trade("electrician")
    held = trade_contents(ctx, view.trade.id)
    assert held.contestants == 48 and held.marks > 0
    answers["confirm"] = False
    assert not view.remove_trade()
    assert "electrician" in codes(ctx, demo_event_id)
    assert f"{held.marks} 个已录入的分数" in answers["asked"][-1]
    answers["confirm"] = True
    assert view.remove_trade()
    assert "electrician" not in codes(ctx, demo_event_id)
    shown = [view.trade_combo.itemText(i) for i in range(view.trade_combo.count())]
    assert len(shown) == 4 and not any(t.endswith("· electrician") for t in shown)
    with ctx.db.reading() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "trade.remove")).one()
        assert entry.entity_key == "electrician" and f'"marks": {held.marks}' in entry.old_value
        left = s.execute(
            select(func.count()).select_from(Contestant).where(Contestant.trade_id == held.trade_id)
        ).scalar_one()
        assert left == 0
        assert s.execute(select(func.count()).select_from(CriterionMark)).scalar_one() > 0


def test_a_removal_never_takes_more_marks_than_were_agreed(ctx, demo_event_id):
    electrician = get_trade(ctx, demo_event_id, "electrician")
    with pytest.raises(UserError, match="须确认"):
        remove_trade(ctx, electrician.id)  # marks, and no agreement to lose them
    person = people_of(ctx, electrician.id)[0]
    record_mark(ctx, person, "e1", None)
    held = trade_contents(ctx, electrician.id)  # what the user is asked about
    record_mark(ctx, person, "e1", Decimal(12))  # another station saves meanwhile
    with pytest.raises(UserError, match="须确认"):
        remove_trade(ctx, electrician.id, agreed_marks=held.marks)
    assert "electrician" in codes(ctx, demo_event_id)
    lock_trade(ctx, electrician.id)
    with pytest.raises(UserError):
        remove_trade(ctx, electrician.id, agreed_marks=held.marks + 1)
    empty = add_trade(ctx, demo_event_id, "empty_one", "空工种", "cn-provincial")
    remove_trade(ctx, empty.id)  # nothing in it: nothing to agree
    assert "empty_one" not in codes(ctx, demo_event_id)


def people_of(ctx: Any, trade_id: int) -> list[int]:
    with ctx.db.reading() as s:
        return list(s.scalars(select(Contestant.id).where(Contestant.trade_id == trade_id)))
