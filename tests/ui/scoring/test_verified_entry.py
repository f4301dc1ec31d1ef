"""Verified entry (复核) in the window: the trade option, two passes that never show each other,
the counts, the chief judge's mismatch list, and provisional results until all is verified."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from competition_app.services.integrity.audit import audit_log
from competition_app.services.scoring.scoring import clear_marks
from competition_app.services.scoring.verification import verification_status
from competition_app.services.setup.trades import get_trade
from competition_app.ui.results.results_view import ResultsView
from competition_app.ui.scoring.scoring_view import ScoringView
from competition_app.ui.setup.trade_options_dialog import TradeOptionsDialog
from competition_app.ui.window.session import EventSession
from tests.services.staff import supervisor

from ..helpers import all_model_text, type_into_cell, wait_task


@pytest.fixture
def electrician(staff: Any, demo_event_id: int) -> Any:
    """The electrician trade with verified entry switched on in the options dialog."""
    org = staff["organizer"]
    trade = get_trade(org, demo_event_id, "electrician")
    dialog = TradeOptionsDialog(org, trade)
    # its marks were never verified: both switches wait for a trade with no marks
    assert not dialog.double_entry.isEnabled() and not dialog.blind.isEnabled()
    assert "录分前设定" in dialog.double_entry.toolTip()
    dialog.double_entry.setChecked(True)
    dialog.save()
    assert "不能再启用复核" in dialog.error.text()  # and the service says so, should it be asked
    clear_marks(org, trade.id)
    dialog = TradeOptionsDialog(org, trade)
    assert dialog.double_entry.isEnabled() and dialog.blind.isEnabled()
    dialog.double_entry.setChecked(True)
    dialog.save()
    assert dialog.saved is not None and dialog.saved.double_entry
    return get_trade(org, demo_event_id, "electrician")


def scoring_for(qtbot: Any, ctx: Any, event_id: int, pass_no: int) -> ScoringView:
    view = ScoringView(EventSession(ctx, event_id))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.activate()
    view.select_trade("electrician")
    view.verification.set_pass(pass_no)
    return view


def test_two_passes_never_show_each_other(qtbot, qtmodeltester, staff, demo_event_id, electrician):
    first = scoring_for(qtbot, staff["judge"], demo_event_id, 1)
    assert first.model is first.pass_model and first.verification.isVisible()
    qtmodeltester.check(first.model)
    assert not first.import_button.isEnabled()
    col = first.entry_column("e1")
    type_into_cell(qtbot, first, first.cell("1050", col), "12.5")
    assert first.cell("1050", col).data() == "12.5"
    assert first.model.state(first.model.row_of_number("1050"), col) == "waiting"
    type_into_cell(qtbot, first, first.cell("1051", col), "10")

    second = scoring_for(qtbot, staff["judge2"], demo_event_id, 2)
    assert "12.5" not in all_model_text(second.model)
    assert second.cell("1050", col).data() == ""
    assert second.cell("1050", col).data(Qt.ItemDataRole.EditRole) == ""
    type_into_cell(qtbot, second, second.cell("1050", col), "12.50")
    assert second.model.state(second.model.row_of_number("1050"), col) == "verified"
    type_into_cell(qtbot, second, second.cell("1051", col), "11")
    assert second.model.state(second.model.row_of_number("1051"), col) == "mismatch"
    second.verification.refresh()
    assert "已核对 1 / " in second.verification.counts.text()
    assert "不一致 1" in second.verification.counts.text()
    assert second.verification.mismatch_button.isEnabled()
    # the trail does not give pass 1 away either
    passes = [a for a in audit_log(staff["viewer"], demo_event_id) if a.action == "mark.pass"]
    assert passes and all(a.new == "（已录）" for a in passes)

    # the first person, reloading, sees ✓ and ≠ but no value of the other pass
    first.reload()
    assert first.cell("1050", col).data() == "✓"
    assert first.cell("1051", col).data() == "≠"
    assert not first.cell("1051", col).flags() & Qt.ItemFlag.ItemIsEditable
    assert "11" not in [first.cell("1051", c).data() for c in range(first.model.columnCount())]
    # typing there says why nothing goes in; each save line shows only its own pass's value
    first.table.setCurrentIndex(first.cell("1051", col))
    first.table.setFocus()
    qtbot.keyClicks(first.table, "9")
    assert "不一致" in first.messages.text()
    assert second.save_line.text().startswith("已录入 1051 · 电路设计：11")
    assert "12.5" not in second.save_line.text()


def test_the_same_person_may_not_enter_both_passes(qtbot, staff, demo_event_id, electrician):
    view = scoring_for(qtbot, staff["judge"], demo_event_id, 1)
    col = view.entry_column("e2")
    type_into_cell(qtbot, view, view.cell("1052", col), "20")
    view.verification.set_pass(2)
    assert view.cell("1052", col).data() == ""  # switching passes shows nothing typed before
    type_into_cell(qtbot, view, view.cell("1052", col), "20")
    assert "须由另一人录入" in view.messages.text()
    # pass 1 is in (waiting), pass 2 is not: nothing of it shows here
    assert view.model.state(view.model.row_of_number("1052"), col) == "waiting"
    assert not view.model.entered_here(view.model.row_of_number("1052"), col)
    assert "须由另一人录入" in view.cell("1052", col).data(Qt.ItemDataRole.ToolTipRole)


def test_chief_judge_resolves_a_mismatch_and_results_stop_being_provisional(
    qtbot, staff, demo_event_id, electrician, answers
):
    a = scoring_for(qtbot, staff["judge"], demo_event_id, 1)
    col = a.entry_column("e3")
    type_into_cell(qtbot, a, a.cell("1053", col), "30")
    b = scoring_for(qtbot, staff["judge2"], demo_event_id, 2)
    type_into_cell(qtbot, b, b.cell("1053", col), "33")
    # a judge sees the list but may not settle it
    dialog = b.show_mismatches()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1 and not dialog.resolve_button.isVisible()
    dialog.accept()

    chief = scoring_for(qtbot, staff["chief_judge"], demo_event_id, 1)
    dialog = chief.show_mismatches()
    qtbot.addWidget(dialog)
    row = dialog.model.row_values(0)
    assert row[0] == "1053" and row[3] == "30" and row[5] == "33"
    dialog.second.setChecked(True)
    assert not dialog.resolve()
    assert "依据" in dialog.error.text()
    dialog.reason.setText("核对原始评分表")
    assert dialog.resolve()
    assert dialog.model.rowCount() == 0 and "不一致 0 处" in dialog.summary.text()
    dialog.accept()
    assert chief.cell("1053", col).data() == "✓"
    resolved = [
        x for x in audit_log(staff["chief_judge"], demo_event_id) if x.action == "mark.resolve"
    ]
    assert resolved and resolved[0].reason == "核对原始评分表" and resolved[0].new == "33"

    results = ResultsView(EventSession(staff["chief_judge"], demo_event_id))
    qtbot.addWidget(results)
    results.show()
    results.activate()
    results.select_trade("electrician")
    wait_task(qtbot, results)
    assert results.provisional_banner.isVisible()
    assert "暂定成绩" in results.provisional_text.text()
    assert "已核对 1 / " in results.provisional_text.text()
    results.toggle_lock()
    assert "复核未完成" in results.messages.text()
    status = verification_status(staff["chief_judge"], electrician.id)
    assert status.provisional and status.counts.verified == 1
    results.select_trade("fitter")  # no verified entry there: final figures
    wait_task(qtbot, results)
    assert not results.provisional_banner.isVisible()


def test_a_reloaded_pass_shows_what_waits_for_which_pass(qtbot, staff, demo_event_id, electrician):
    first = scoring_for(qtbot, staff["judge"], demo_event_id, 1)
    model = first.model
    marks = [
        i + model.first_entry_column() for i, c in enumerate(model.columns) if c.kind == "mark"
    ]
    for col in marks:
        type_into_cell(qtbot, first, first.cell("1050", col), "12.5")
    first.reload()  # the next morning, say
    row, col = model.row_of_number("1050"), marks[0]
    assert first.cell("1050", col).data() == "已录"  # in, but the value is not shown again
    assert "待第 2 遍" in first.cell("1050", col).data(Qt.ItemDataRole.ToolTipRole)
    assert model.entered_here(row, col)
    assert not model.row_missing(row)  # "only rows still to enter" leaves it out
    second = scoring_for(qtbot, staff["judge2"], demo_event_id, 2)
    assert second.cell("1050", col).data() == ""
    tip = second.cell("1050", col).data(Qt.ItemDataRole.ToolTipRole)
    assert "第 1 遍已录入，待本遍录入" in tip
    assert second.model.row_missing(second.model.row_of_number("1050"))


@pytest.fixture
def alone_electrician(ctx: Any, demo_event_id: int) -> Any:
    """Verified entry on a database without users (one laptop, single-user mode)."""
    from competition_app.services.setup.trade_options import set_trade_options

    trade = get_trade(ctx, demo_event_id, "electrician")
    clear_marks(ctx, trade.id)
    set_trade_options(ctx, trade.id, double_entry=True)
    return trade


def test_without_users_each_clerk_types_their_name_for_their_pass(
    qtbot, ctx, demo_event_id, alone_electrician
):
    view = scoring_for(qtbot, ctx, demo_event_id, 1)
    bar, col = view.verification, view.entry_column("e1")
    assert bar.clerk_edit.isVisible()
    editor = type_into_cell(qtbot, view, view.cell("1050", col), "12.5")
    assert "录入员" in view.messages.text() and editor.isVisible()  # the typing is kept
    assert verification_status(ctx, alone_electrician.id).counts.waiting == 0  # nothing saved
    bar.clerk_edit.setText("王芳")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.cell("1050", col).data() == "12.5"
    bar.set_pass(2)
    assert bar.clerk_edit.text() == ""  # the other pass is someone else's
    bar.clerk_edit.setText("王芳")
    type_into_cell(qtbot, view, view.cell("1050", col), "12.5")
    assert "另一人" in view.messages.text()
    bar.clerk_edit.setText("李娜")
    type_into_cell(qtbot, view, view.cell("1050", col), "12.5")
    assert view.model.state(view.model.row_of_number("1050"), col) == "verified"
    passes = [a.user for a in audit_log(supervisor(ctx), demo_event_id) if a.action == "mark.pass"]
    assert sorted(passes) == ["李娜", "王芳"]


def test_with_users_the_log_in_names_the_pass_and_no_clerk_is_asked(
    qtbot, staff, demo_event_id, electrician
):
    view = scoring_for(qtbot, staff["judge"], demo_event_id, 1)
    assert not view.verification.clerk_edit.isVisible()
