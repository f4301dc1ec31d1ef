"""Results, team standings and the audit trail as a user sees them; lock, unlock, export."""

from __future__ import annotations

import csv
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from competition_app.services.scoring.score_grid import load_grid
from competition_app.services.setup.trades import get_trade
from competition_app.storage.models import AuditEntry
from competition_app.ui.integrity.audit_view import AuditView
from competition_app.ui.results.results_view import ResultsView
from competition_app.ui.results.teams_view import TeamsView
from competition_app.ui.results.unlock_dialog import UnlockDialog
from competition_app.ui.scoring.scoring_view import ScoringView
from tests.blind_trades import blind_from_the_start

from ..helpers import wait_task


@pytest.fixture
def results(qtbot: Any, session: Any) -> ResultsView:
    v = ResultsView(session)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    v.activate()
    wait_task(qtbot, v)
    return v


def test_ranking_with_awards_titles_and_flags(results):
    model = results.model
    keys = [c.key for c in model.columns]
    assert keys[:5] == ["rank", "number", "name", "unit", "group"]
    assert {"c:theory", "c:practical", "total", "award", "titles", "note"} <= set(keys)
    first = model.result_row(0)
    assert first.rank == 1 and first.award == "一等奖"
    assert model.index(0, keys.index("award")).data() == "一等奖"
    assert model.index(0, keys.index("rank")).data(Qt.ItemDataRole.BackgroundRole) == QColor(
        "#fef3c7"
    )
    notes = [model.index(r, keys.index("note")).data() for r in range(model.rowCount())]
    assert notes.count("成绩未录完") == 3
    assert notes.count("缺考") == 2
    assert "不参与评奖" in notes
    assert "成绩未录完 3" in results.summary.text()
    unranked = model.rowCount() - 1
    assert model.index(unranked, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor("#94a3b8")


def test_group_and_tie_flags(qtbot, results):
    results.select_trade("fitter", "职工组")
    wait_task(qtbot, results)
    assert all(
        results.model.result_row(r).group == "职工组" for r in range(results.model.rowCount())
    )
    assert "group" not in [c.key for c in results.model.columns]
    results.select_trade("welder")
    wait_task(qtbot, results)
    keys = [c.key for c in results.model.columns]
    assert "time" in keys or "total" in keys


def test_lock_makes_the_grid_read_only_and_unlock_needs_a_reason(
    qtbot, results, session, ctx, demo_event_id, answers
):
    results.select_trade("electrician")
    wait_task(qtbot, results)
    scoring = ScoringView(session)
    qtbot.addWidget(scoring)
    scoring.show()
    scoring.activate()
    scoring.select_trade("electrician")
    assert results.lock_button.text() == "锁定成绩"
    results.toggle_lock()
    assert "锁定“电工”后" in answers["asked"][-1]
    assert get_trade(ctx, demo_event_id, "electrician").locked
    wait_task(qtbot, results)
    assert results.banner.isVisible()
    assert results.lock_button.text() == "解锁…"
    assert scoring.banner.isVisible()
    index = scoring.cell("1050", scoring.entry_column("e1"))
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable

    results.toggle_lock()  # opens the reason dialog
    dialog = results.unlock_dialog
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("仲裁委员会裁定复核 e2")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert not get_trade(ctx, demo_event_id, "electrician").locked
    wait_task(qtbot, results)
    assert not results.banner.isVisible()
    assert scoring.cell("1050", scoring.entry_column("e1")).flags() & Qt.ItemFlag.ItemIsEditable
    with ctx.db.reading() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (last.action, last.reason) == ("trade.unlock", "仲裁委员会裁定复核 e2")


def test_unlock_dialog_trims_the_reason(qtbot):
    dialog = UnlockDialog("电工")
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("  复核  ")
    assert dialog.text() == "复核"


def test_lock_cancelled_changes_nothing(qtbot, results, ctx, demo_event_id, answers):
    answers["confirm"] = False
    results.toggle_lock()
    assert not get_trade(ctx, demo_event_id, "fitter").locked
    assert "还有 3 人成绩未录完" in answers["asked"][-1]


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_export_results_to_csv_keeps_the_contract_columns(qtbot, results, tmp_path, encoding):
    path = results.export_file(tmp_path / "钳工成绩.csv", encoding)
    text = path.read_bytes().decode("utf-8-sig" if encoding == "utf-8" else "gbk")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0][:4] == ["rank", "number", "name", "unit"]
    assert len(rows) == 49
    assert str(rows[1][0]) == "1"
    assert "已导出到" in results.messages.text()


def test_export_results_to_excel_as_organisers_read_it(qtbot, results, tmp_path, answers):
    answers["save"] = tmp_path / "钳工成绩"  # the dialog's name, without its suffix
    path = results.export_file()
    assert path == tmp_path / "钳工成绩.xlsx"
    wb = load_workbook(path)
    assert wb.sheetnames == ["职工组", "学生组"]
    ws = wb["职工组"]
    assert "钳工" in ws["A1"].value
    header = [c.value for c in ws[2]]
    assert header[:4] == ["名次", "参赛证号", "姓名", "单位"] and "总成绩" in header
    assert sum(sheet.max_row - 2 for sheet in wb.worksheets) == 48
    assert ws.cell(3, 1).value == 1 and ws.freeze_panes == "A3"
    assert "已导出到" in results.messages.text()


def test_results_follow_a_mark_entered_in_the_grid(qtbot, results, session, ctx, demo_event_id):
    grid = load_grid(ctx, get_trade(ctx, demo_event_id, "fitter").id)
    assert grid.rows  # 1045-1047 are unfinished
    results.hide()
    from competition_app.services.scoring.scoring import record_mark

    row = next(r for r in grid.rows if r.number == "1045")
    recused = False
    for col in grid.columns:
        if col.kind == "mark":
            if col.judge_unit == row.unit:
                recused = True  # this judge stands aside: the mean of the others counts
                continue
            record_mark(ctx, row.contestant_id, col.code, Decimal("1"), judge_id=col.judge_id)
    session.notify()
    results.show()
    results.activate()
    wait_task(qtbot, results)
    shown = {
        results.model.result_row(r).number: results.model.result_row(r)
        for r in range(results.model.rowCount())
    }
    assert shown["1045"].total is not None
    assert shown["1045"].rank is not None
    assert "成绩未录完 2" in results.summary.text() or recused


def test_team_standings(qtbot, session):
    view = TeamsView(session)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    wait_task(qtbot, view)
    assert view.model.rowCount() == 10
    assert view.model.index(0, 0).data() == "1"
    totals = [float(view.model.index(r, 2).data()) for r in range(view.model.rowCount())]
    assert totals == sorted(totals, reverse=True)
    assert "3 名" in view.subtitle_label.text()
    view.trade_combo.setCurrentIndex(view.trade_combo.findData("welder"))
    wait_task(qtbot, view)
    assert 0 < view.model.rowCount() <= 10


def test_team_export(qtbot, session, tmp_path):
    view = TeamsView(session)
    qtbot.addWidget(view)
    view.activate()
    wait_task(qtbot, view)
    path = view.export_file(tmp_path / "团体.csv")
    assert path.read_text(encoding="utf-8-sig").splitlines()[0] == "rank,team,total,counted"
    ws = load_workbook(view.export_file(tmp_path / "团体.xlsx")).active
    assert ws.title == "团体总分" and "团体总分" in ws["A1"].value
    assert [c.value for c in ws[2]] == ["名次", "代表队", "总分", "计入人数"]
    assert ws["A3"].value == 1 and ws["C3"].data_type == "n" and ws.max_row == 12


def test_audit_trail_filter_and_verify(qtbot, session, ctx):
    view = AuditView(session)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    assert view.model.rowCount() >= 2
    assert view.model.index(0, 3).data() in {"建立演示数据", "创建赛事"}
    view.search.setText("演示")
    assert view.proxy.rowCount() >= 1
    view.search.setText("")
    view.verify()
    wait_task(qtbot, view)
    assert "审计链完整" in view.messages.text()
    with ctx.db.unit_of_work() as s:
        entry = s.get(AuditEntry, 1)
        entry.new_value = "篡改"
    view.verify()
    wait_task(qtbot, view)
    assert "第 1 条" in view.messages.text()
    assert view.messages.level == "error"


def test_a_blind_trade_shows_work_piece_codes_until_decrypted(qtbot, results, ctx, demo_event_id):
    from competition_app.services.contest_day.blind_codes import (
        code_tables,
        decrypt_results,
        generate_codes,
    )
    from competition_app.services.results.locking import lock_trade

    trade = get_trade(ctx, demo_event_id, "electrician")
    blind_from_the_start(ctx, trade.id)
    generate_codes(ctx, demo_event_id, "electrician")
    pieces = {r.workpiece_code for r in code_tables(ctx, demo_event_id, "electrician").second}
    results.select_trade("electrician")
    wait_task(qtbot, results)
    model = results.model

    def column(key):
        keys = [c.key for c in model.columns]
        return [model.index(r, keys.index(key)).data() for r in range(model.rowCount())]

    assert results.blind_banner.isVisibleTo(results)
    assert "只显示工件号" in results.blind_text.text()
    assert set(column("number")) == pieces
    assert [c.title for c in model.columns][:2] == ["名次", "工件号"]
    assert not {"name", "unit"} & {c.key for c in model.columns}
    lock_trade(ctx, trade.id)
    decrypt_results(ctx, demo_event_id, "electrician")
    results.session.notify()  # as the codes page does after decrypting
    wait_task(qtbot, results)
    assert not results.blind_banner.isVisibleTo(results)
    assert not set(column("number")) & pieces and "" not in set(column("name"))


def test_team_standings_leave_out_a_blind_trade_until_decrypted(qtbot, session, ctx, demo_event_id):
    from competition_app.services.contest_day.blind_codes import decrypt_results, generate_codes
    from competition_app.services.results.locking import lock_trade

    view = TeamsView(session)
    qtbot.addWidget(view)
    view.show()  # on screen: it follows changes at once
    view.activate()
    wait_task(qtbot, view)
    before = {view.model.index(r, 1).data(): view.model.index(r, 2).data()
              for r in range(view.model.rowCount())}  # fmt: skip
    trade = get_trade(ctx, demo_event_id, "welder")
    blind_from_the_start(ctx, trade.id)
    generate_codes(ctx, demo_event_id, "welder")
    view.task = None
    session.notify()  # as the trade options dialog does
    wait_task(qtbot, view)
    assert "未计入盲评未解密的工种：焊工" in view.summary.text()
    blind = {view.model.index(r, 1).data(): view.model.index(r, 2).data()
             for r in range(view.model.rowCount())}  # fmt: skip
    assert blind != before  # the welders' totals are not in
    view.trade_combo.setCurrentIndex(view.trade_combo.findData("welder"))
    wait_task(qtbot, view)
    assert "解密前不计算团体成绩" in view.messages.text()
    lock_trade(ctx, trade.id)
    decrypt_results(ctx, demo_event_id, "welder")
    view.trade_combo.setCurrentIndex(0)
    wait_task(qtbot, view)
    after = {view.model.index(r, 1).data(): view.model.index(r, 2).data()
             for r in range(view.model.rowCount())}  # fmt: skip
    assert after == before and "未计入" not in view.summary.text()


def test_double_clicking_a_row_opens_the_working_behind_it(qtbot, results):
    from competition_app.ui.results.explanation_dialog import ExplanationDialog

    first = results.model.result_row(0)
    results.explain_row(0)
    qtbot.waitUntil(lambda: results.explanation_dialog is not None, timeout=10_000)
    dialog = results.explanation_dialog
    assert isinstance(dialog, ExplanationDialog)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert f"选手 {first.number} {first.name}" in text
    assert f"按四舍五入保留 2 位：{first.total}" in text
    assert f"结果：{first.award}" in text
    # the dialog fits a laptop screen and the copy holds the same working
    assert dialog.width() <= 1366 and dialog.height() <= 700
    dialog.copy()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == dialog.explanation.text()


def test_asking_for_the_working_with_nothing_selected_says_so(qtbot, results):
    results.table.clearSelection()
    results.explain_selected()
    assert results.explanation_dialog is None
    assert "请先在表中选中一位选手" in results.messages.text()


def test_another_stations_mark_refreshes_results_and_leaves_other_pages_alone(
    qtbot, results, ctx, session, demo_event_id
):
    from competition_app.services.scoring.scoring import record_score
    from competition_app.ui.registration.contestants_view import ContestantsView

    contestants = ContestantsView(session)
    qtbot.addWidget(contestants)
    contestants.activate()  # loaded once, then out of sight behind the results page
    heard: list[str] = []
    session.changed.connect(heard.append)
    first = results.model.result_row(0)
    assert not results._stale and not contestants._stale
    # another station (the same database, another context) saves a theory score
    other = type(ctx)(ctx.db, user="")
    record_score(other, int(first.key), "theory", Decimal("0"))
    assert session.check_for_changes()
    assert heard == ["marks"]  # what changed, read from the audit trail: not "anything"
    wait_task(qtbot, results)
    shown = {
        results.model.result_row(r).key: results.model.result_row(r)
        for r in range(results.model.rowCount())
    }
    assert shown[first.key].components["theory"] == Decimal("0.00")
    assert not contestants._stale  # the contestants page shows no marks: nothing to reload
    assert not session.check_for_changes()  # and nothing more is news


def test_results_show_a_busy_state_while_they_are_computed(qtbot, session, monkeypatch):
    import threading

    from PySide6.QtCore import Qt

    from competition_app.ui.results import results_view as module
    from competition_app.ui.results.results_view import ResultsView

    gate = threading.Event()
    real = module.results_for

    def slow(*args: Any) -> Any:
        gate.wait(5)
        return real(*args)

    monkeypatch.setattr(module, "results_for", slow)
    view = ResultsView(session)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    assert view.loading
    assert not view.table.isEnabled() and not view.refresh_button.isEnabled()
    assert view.summary.text() == "正在计算成绩……"
    assert view.table.viewport().cursor().shape() == Qt.CursorShape.WaitCursor
    gate.set()
    wait_task(qtbot, view)
    assert not view.loading and view.table.isEnabled() and view.refresh_button.isEnabled()
    assert "已排名" in view.summary.text()
    assert view.table.viewport().cursor().shape() != Qt.CursorShape.WaitCursor


def test_a_lock_in_single_user_mode_names_the_mode_once_in_either_language(qtbot, results, answers):
    results.select_trade("electrician")
    wait_task(qtbot, results)
    results.toggle_lock()
    wait_task(qtbot, results)
    assert results.banner_text.text() == "成绩已锁定（单机），各处均为只读。"

    from competition_app.ui.window.translation import install_translators

    assert install_translators("en")
    # the banner is worded again when the trade is shown
    results.select_trade("fitter")
    wait_task(qtbot, results)
    results.select_trade("electrician")
    wait_task(qtbot, results)
    text = results.banner_text.text()
    assert "single user" in text and "单机" not in text and "（" not in text


def test_the_flag_counts_read_as_label_and_number_in_english(qtbot, results):
    from competition_app.ui.window.translation import install_translators

    shown = results.current_trade()
    assert shown is not None and "成绩未录完 3" in results.summary.text()
    assert install_translators("en")
    results.select_trade("electrician")
    wait_task(qtbot, results)
    results.select_trade(shown.code)
    wait_task(qtbot, results)
    assert "Marks missing: 3" in results.summary.text()


def test_another_group_opens_at_its_first_place_and_a_refresh_stays(qtbot, results):
    results.resize(1200, 400)  # fewer rows than the trade has on screen
    results.select_trade("fitter")
    wait_task(qtbot, results)
    bar = results.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    results.table.scrollToBottom()
    assert bar.value() == bar.maximum()
    results.reload()  # the same trade again (a mark saved): the reader keeps their place
    wait_task(qtbot, results)
    assert bar.value() > 0
    results.select_trade("fitter", "职工组")
    wait_task(qtbot, results)
    assert bar.value() == 0
