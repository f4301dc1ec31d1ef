"""The judge pickers of the assignment dialogs: a judge without a unit reads cleanly (the city's
judges often have none), and a trade added in English offers its presets in English."""

from __future__ import annotations

from dataclasses import replace

from competition_app.services.registration.judges import list_judges
from competition_app.services.setup.trades import get_trade
from competition_app.ui.contest_day.assignment_dialogs import AssignDialog, ConflictDialog
from competition_app.ui.setup.trade_dialogs import AddTradeDialog


def items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_judge_without_a_unit_has_no_stray_dot_or_brackets(qtbot, ctx, demo_event_id):
    judges = list_judges(ctx, demo_event_id)
    bare = [replace(judges[0], unit=""), judges[1]]
    assign = AssignDialog(ctx, get_trade(ctx, demo_event_id, "fitter"), bare)
    conflict = ConflictDialog(ctx, bare, [])
    qtbot.addWidget(assign)
    qtbot.addWidget(conflict)
    first, second = items(assign.judge)
    assert not first.endswith("·") and not first.endswith(" ") and judges[0].name in first
    assert second.endswith(f"· {judges[1].unit}")
    first, second = items(conflict.judge)
    assert "（" not in first and second.endswith(f"（{judges[1].unit}）")


def test_a_trade_added_in_english_offers_its_presets_in_english(qtbot, english, ctx, demo_event_id):
    dialog = AddTradeDialog(ctx, demo_event_id)
    qtbot.addWidget(dialog)
    offered = items(dialog.preset)
    assert offered and all(not any("\u4e00" <= ch <= "\u9fff" for ch in o) for o in offered)
