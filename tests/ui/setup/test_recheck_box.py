"""The re-check settings in the rules editor: saved through the service, and kept when other
rules are edited (the editor once wrote its mapping without them)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from competition_app.domain.rules import RecheckRules
from competition_app.domain.rules_io import rules_to_mapping
from competition_app.services.setup.trades import get_trade, update_trade
from competition_app.ui.setup.trades_view import TradesView

from ..helpers import wait_task


@pytest.fixture
def view(qtbot: Any, session: Any) -> TradesView:
    v = TradesView(session)
    qtbot.addWidget(v)
    v.resize(1200, 760)
    v.show()
    v.activate()
    wait_task(qtbot, v, "preview_task")
    return v


def test_the_recheck_settings_are_saved(qtbot, view, ctx, demo_event_id):
    box = view.editor.recheck
    assert not box.required.isChecked() and box.top.value() == 10
    assert box.share.text() == "0.15" and box.error_rate.text() == "0.05"
    box.required.setChecked(True)
    box.top.setValue(5)
    box.share.setText("0.2")
    assert view.save_button.isEnabled()
    assert view.save()
    rules = get_trade(ctx, demo_event_id, "fitter").rules
    assert rules.recheck == RecheckRules(True, 5, Decimal("0.2"), Decimal("0.05"))


def test_other_edits_keep_a_required_recheck(qtbot, session, ctx, demo_event_id):
    trade = get_trade(ctx, demo_event_id, "fitter")
    mapping = rules_to_mapping(trade.rules)
    mapping["recheck"] = {"required": True, "top": 3, "share": "0.5", "error_rate": "0.1"}
    update_trade(ctx, trade.id, rules_mapping=mapping)
    v = TradesView(session)
    qtbot.addWidget(v)
    v.show()
    v.activate()
    wait_task(qtbot, v, "preview_task")
    v.editor.decimals.setValue(1)
    assert v.save()
    rules = get_trade(ctx, demo_event_id, "fitter").rules
    assert rules.rounding.decimals == 1 and rules.recheck.required and rules.recheck.top == 3


def test_a_bad_share_is_refused_in_words(qtbot, view):
    view.editor.recheck.share.setText("1.5")
    assert not view.save()
    assert "抽样复核 · 抽查比例：1.5 应在 0–1 之间" in view.validity.text()
    assert "recheck.share" not in view.validity.text()
