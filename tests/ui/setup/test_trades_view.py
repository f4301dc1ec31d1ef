"""The rules editor: weights checked as typed, problems shown in words, live preview, save."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from competition_app.domain.rules_io import weight_sum_problem
from competition_app.services.results.locking import lock_trade
from competition_app.services.setup.trades import get_trade
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


def set_cell(model: Any, row: int, key: str, value: str) -> None:
    col = [c.key for c in model.columns].index(key)
    assert model.setData(model.index(row, col), value, Qt.ItemDataRole.EditRole)


def test_shows_the_trade_and_a_preview(qtbot, view):
    assert view.trade.code == "fitter"
    assert view.editor.components.rowCount() == 2
    assert view.editor.criteria.rowCount() == 5
    assert view.validity.text().startswith("✓ 规则有效")
    assert view.preview_model.rowCount() == 48
    assert "已排名 43 / 48 人" in view.preview_summary.text()
    assert not view.save_button.isEnabled()


def test_weights_are_checked_as_you_type(qtbot, view):
    editor = view.editor
    set_cell(editor.components, 0, "weight", "0.4")
    # the domain's rule and words, under the table and in the list of problems alike
    said = weight_sum_problem([Decimal("0.4"), Decimal("0.7")])
    assert said == "权重之和应为 1，实际为 1.1"
    assert editor.weight_status.text() == said
    assert editor.weight_status.objectName() == "FieldError"
    assert said in view.validity.text()
    assert not view.save_button.isEnabled()
    assert view.save() is False  # nor by any other way: nothing is written
    stored = get_trade(view.session.ctx, view.session.event_id, "fitter").rules
    assert sum(c.weight for c in stored.components) == 1
    set_cell(editor.components, 1, "weight", "0.6")
    assert editor.weight_status.text() == "✓ 权重合计 1"
    assert view.validity.text().startswith("✓ 规则有效")
    assert view.save_button.isEnabled()


def test_problems_point_at_their_cells_in_words(qtbot, view):
    editor = view.editor
    set_cell(editor.criteria, 0, "max", "50")
    text = view.validity.text()
    assert "组成部分第 2 行" in text and "细则满分之和为 110" in text
    set_cell(editor.criteria, 1, "max", "abc")
    assert "评分细则第 2 行 · 满分" in view.validity.text()
    index = editor.criteria.index(1, 3)
    assert "不是数字" in index.data(Qt.ItemDataRole.ToolTipRole)
    set_cell(editor.criteria, 1, "max", "10")
    assert view.validity.text().startswith("✓")


def test_preview_follows_the_rules_being_edited(qtbot, view, ctx, demo_event_id):
    awards_before = [r.award for r in view.preview.rows]
    view.editor.tiers.remove_row(2)  # no third prize
    assert view.save_button.isEnabled()
    qtbot.waitUntil(lambda: all(r.award != "三等奖" for r in view.preview.rows), timeout=5000)
    assert "三等奖" in awards_before
    # nothing saved yet
    assert [t.name for t in get_trade(ctx, demo_event_id, "fitter").rules.awards.tiers] == [
        "一等奖",
        "二等奖",
        "三等奖",
    ]


def test_save_writes_the_rules_through_the_service(qtbot, view, ctx, demo_event_id):
    editor = view.editor
    set_cell(editor.components, 0, "weight", "0.4")
    set_cell(editor.components, 1, "weight", "0.6")
    view.groups_edit.setText("职工组、学生组、教师组")
    view.groups_edit.textEdited.emit("职工组、学生组、教师组")
    editor.panel_method.setCurrentIndex(editor.panel_method.findData("trimmed_mean"))
    assert view.save()
    trade = get_trade(ctx, demo_event_id, "fitter")
    assert [str(c.weight) for c in trade.rules.components] == ["0.4", "0.6"]
    assert trade.groups == ("职工组", "学生组", "教师组")
    assert trade.rules.panel.method == "trimmed_mean"
    assert "已保存" in view.messages.text()
    assert not view.save_button.isEnabled()


def test_tie_break_chain_is_edited_in_order(qtbot, view, ctx, demo_event_id):
    editor = view.editor
    assert editor.tie_break() == ["total", "time", "practical", "theory"]
    editor.tie_list.setCurrentRow(3)  # theory
    editor.tie_up.click()
    assert editor.tie_break() == ["total", "time", "theory", "practical"]
    editor.tie_list.item(1).setCheckState(Qt.CheckState.Unchecked)  # no time
    assert editor.tie_break() == ["total", "theory", "practical"]
    assert view.save()
    assert get_trade(ctx, demo_event_id, "fitter").rules.tie_break == (
        "total",
        "theory",
        "practical",
    )


def test_refused_by_the_service_in_plain_words(qtbot, view):
    view.editor.criteria.remove_row(4)  # a criterion that has marks
    set_cell(view.editor.criteria, 0, "max", "50")
    assert view.save_button.isEnabled()
    assert not view.save()
    assert "已有成绩，不能删除" in view.messages.text()


def test_switching_trade_with_unsaved_changes_asks(qtbot, view, answers):
    set_cell(view.editor.components, 0, "name", "理论")
    answers["confirm"] = False
    view.trade_combo.setCurrentIndex(1)
    assert view.trade.code == "fitter" and view.dirty
    answers["confirm"] = True
    view.trade_combo.setCurrentIndex(1)
    assert view.trade.code == "electrician" and not view.dirty


def test_a_locked_trade_is_read_only(qtbot, view, ctx, session, demo_event_id):
    lock_trade(ctx, get_trade(ctx, demo_event_id, "fitter").id)
    session.notify()
    assert view.banner.isVisible()
    assert (
        not view.editor.components.flags(view.editor.components.index(0, 0))
        & Qt.ItemFlag.ItemIsEditable
    )
    assert not view.editor.panel_method.isEnabled()
    assert not view.save_button.isEnabled()


def test_medal_settings_only_for_medals(qtbot, view):
    editor = view.editor
    assert editor.award_mode.currentData() == "tiers"
    assert editor.tiers_view.isEnabled() and not editor.medallion.isEnabled()
    view.select_trade("electronics")  # a WorldSkills trade
    assert editor.award_mode.currentData() == "medals"
    assert not editor.tiers_view.isEnabled() and editor.medallion.isEnabled()
    assert editor.medallion.text() == "700"
    wait_task(qtbot, view, "preview_task")
    assert "标准分" in [c.title for c in view.preview_model.columns]  # the WorldSkills scale
    assert {"金牌", "优胜奖"} <= {r.award for r in view.preview.rows}


def test_rank_style_and_medallion_basis_are_saved(qtbot, view, ctx, demo_event_id):
    editor = view.editor
    assert editor.rank_style.currentData() == "competition"
    editor.rank_style.setCurrentIndex(editor.rank_style.findData("dense"))
    assert view.save()
    assert get_trade(ctx, demo_event_id, "fitter").rules.rank_style == "dense"
    view.select_trade("electronics")
    assert editor.medallion_on.isEnabled() and editor.medallion_on.currentData() == "scale"
    editor.medallion_on.setCurrentIndex(editor.medallion_on.findData("total"))
    assert view.save()
    assert get_trade(ctx, demo_event_id, "electronics").rules.awards.medallion_on == "total"
