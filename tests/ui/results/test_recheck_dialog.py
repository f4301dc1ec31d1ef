"""The re-check panel on the demo's electricians: draw with a seed, confirm, correct, escalate."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from competition_app.domain.rules_io import rules_to_mapping
from competition_app.services.results.results import results_for
from competition_app.services.setup.trades import get_trade, update_trade
from competition_app.ui.results.recheck_dialog import RecheckDialog
from competition_app.ui.results.results_view import ResultsView

from ..helpers import wait_task


@pytest.fixture
def dialog(qtbot: Any, session: Any) -> RecheckDialog:
    trade = get_trade(session.ctx, session.event_id, "electrician")
    mapping = rules_to_mapping(trade.rules)
    mapping["recheck"]["required"] = True
    update_trade(session.ctx, trade.id, rules_mapping=mapping)
    d = RecheckDialog(session, get_trade(session.ctx, session.event_id, "electrician"))
    qtbot.addWidget(d)
    d.show()
    return d


def _select(d: RecheckDialog, row: int) -> None:
    d.table.selectRow(row)


def test_drawing_shows_the_seed_and_the_list(qtbot, qtmodeltester, dialog):
    assert dialog.seed_label.text() == "尚未抽取复核名单" and dialog.model.rowCount() == 0
    assert not dialog.confirm_button.isEnabled()
    dialog.seed_edit.setText("42")
    dialog.draw_button.click()
    assert dialog.seed_label.text().startswith("种子 42（第 1 次抽取")
    assert "种子 42 已记入审计日志" in dialog.message.text()
    model = dialog.model
    assert model.rowCount() == 16
    assert model.index(0, 4).data() == "前列全检" and model.index(15, 4).data() == "随机抽查"
    assert model.index(0, 5).data() == "待复核"
    assert "已复核 0/16" in dialog.summary.text() and not dialog.draw_button.isEnabled()
    qtmodeltester.check(model)


def test_confirming_and_correcting_follow_the_error_rate(qtbot, dialog, session, tmp_path):
    dialog.seed_edit.setText("42")
    dialog.draw_button.click()
    _select(dialog, 0)
    dialog.confirm_button.click()
    assert dialog.model.index(0, 5).data() == "已确认"
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == QColor("#dcfce7")
    assert "已复核 1/16" in dialog.summary.text()

    last = dialog.model.rowCount() - 1  # a sample sheet
    number = dialog.model.rows[last].label
    _select(dialog, last)
    form = dialog.open_correction()
    assert form is not None
    form.criterion.setCurrentIndex(form.criterion.findData("e1"))
    form.value.setText("0")
    form.reason.setText("原始评分表为 0")
    form.accept()
    assert "已扩大为全部复核" in dialog.summary.text()
    ranked = [r for r in results_for(session.ctx, session.event_id, "electrician").rows if r.rank]
    assert dialog.model.rowCount() == len(ranked)
    row = next(i for i, r in enumerate(dialog.model.rows) if r.label == number)
    assert dialog.model.index(row, 5).data() == "已更正"
    assert dialog.model.index(row, 7).data().startswith("e1: ")
    saved = dialog.save_list(tmp_path / "list.pdf")
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")


def test_the_results_page_opens_the_panel_for_its_trade(qtbot, session):
    view = ResultsView(session)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    wait_task(qtbot, view)
    view.select_trade("welder")
    wait_task(qtbot, view)
    opened = view.open_recheck()
    assert opened is not None and opened.windowTitle() == "抽样复核 · 焊工"
    assert opened.draw_button.isEnabled()


def test_the_whole_sheet_is_shown_and_a_direct_score_corrected(qtbot, dialog, session):
    dialog.seed_edit.setText("42")
    dialog.draw_button.click()
    assert "选中一份评分表" in dialog.sheet.text()
    _select(dialog, 0)
    number = dialog.model.rows[0].label
    theory = next(
        r for r in results_for(session.ctx, session.event_id, "electrician").rows
        if r.number == number
    ).components["theory"]  # fmt: skip
    assert theory is not None
    shown = dialog.sheet.text()
    assert shown.startswith(f"{number} 的分数：theory 理论知识 ") and "e4 安全规范" in shown
    form = dialog.open_correction()
    assert form is not None
    form.criterion.setCurrentIndex(form.criterion.findData("theory"))
    assert form.criterion.currentText() == "theory 理论知识（直接录入的成绩）"
    assert not form.judge.isEnabled() and Decimal(form.stored.text()) == theory
    form.value.setText("12.5")
    form.reason.setText("理论试卷复核")
    form.accept()
    row = next(i for i, r in enumerate(dialog.model.rows) if r.label == number)  # ranks moved
    assert dialog.model.index(row, 5).data() == "已更正"
    assert (
        dialog.model.index(row, 7).data().startswith("theory: ")
        and "→ 12.5" in dialog.model.index(row, 7).data()
    )
    after = next(
        r for r in results_for(session.ctx, session.event_id, "electrician").rows
        if r.number == number
    )  # fmt: skip
    assert after.components["theory"] == Decimal("12.5")
    _select(dialog, row)
    form = dialog.open_correction()
    assert form is not None and form.stored.text() == "12.5"  # theory first, as on the sheet
    form.criterion.setCurrentIndex(form.criterion.findData("e1"))
    assert form.judge.isEnabled() and form.stored.text() != "12.5"
