"""Blind codes in the window: generate, code tables, export, decryption only after the lock, and
the judges' grid of a blind trade (work-piece codes only, marks saved by code)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from competition_app.services.contest_day.blind_codes import code_tables, generate_codes
from competition_app.services.integrity.audit import audit_log
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.registration.judges import list_judges
from competition_app.services.results.locking import lock_trade
from competition_app.services.scoring.score_grid import load_grid
from competition_app.services.setup.trades import get_trade
from competition_app.ui.contest_day.codes_view import CodesView
from competition_app.ui.scoring.scoring_view import ScoringView
from competition_app.ui.window.session import EventSession
from tests.blind_trades import blind_from_the_start
from tests.reports.pdf_tools import PdfTools
from tests.services.staff import supervisor

from ..helpers import all_model_text, type_into_cell, wait_task


@pytest.fixture
def view(qtbot: Any, session: Any) -> CodesView:
    v = CodesView(session)
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show()
    v.activate()
    v.select_trade("electrician")
    return v


def test_generate_show_export_and_decrypt_only_after_the_lock(
    qtbot, view, ctx, demo_event_id, tmp_path, answers
):
    assert "已为 0 / 48 名选手生成加密号" in view.status.text()
    assert not view.show_button.isEnabled() and not view.decrypt_button.isEnabled()
    assert "没有加密号，无须解密" in view.status.text()  # not "可以解密" beside a greyed button
    assert view.generate() == 48
    assert "已为 48 名选手生成检录号和工件号" in view.messages.text()
    assert "已为 48 / 48" in view.status.text() and "不能解密" in view.status.text()
    assert not view.generate_button.isEnabled()  # everybody has codes
    tables = view.show_tables()
    assert tables is not None
    assert view.first_model.rowCount() == 48 and view.second_model.rowCount() == 48
    assert view.first_model.row_values(0)[0] == "1049"
    assert "-" in view.second_model.row_values(0)[1]  # KRW-358
    assert "指纹" in view.messages.text()
    assert audit_log(supervisor(ctx), demo_event_id)[0].action == "codes.tables"

    answers["save"] = tmp_path / "电工加密表.xlsx"
    written = view.export_tables()
    assert [p.name for p in written] == ["电工加密表-一次加密.xlsx", "电工加密表-二次加密.xlsx"]
    assert all(p.exists() for p in written)

    # not locked: the button is greyed out, and asking anyway is refused in words
    assert not view.decrypt_button.isEnabled()
    assert view.decrypt() is None
    assert "尚未由裁判长锁定，不能解密" in view.messages.text()
    lock_trade(ctx, get_trade(ctx, demo_event_id, "electrician").id)
    view.reload()
    assert view.decrypt_button.isEnabled() and "可以解密" in view.status.text()
    d = view.decrypt()
    assert d is not None and d.table_intact
    assert view.decrypted_model.rowCount() == 48
    assert view.tabs.currentWidget() is view.decrypted_table
    assert "已解密 48 名选手" in view.messages.text()
    assert audit_log(supervisor(ctx), demo_event_id)[0].action == "codes.decrypt"


def test_an_encryption_judge_may_generate_but_not_enter_marks(qtbot, staff, demo_event_id):
    session = EventSession(staff["encryption_judge"], demo_event_id)
    v = CodesView(session)
    qtbot.addWidget(v)
    v.show()
    v.activate()
    v.select_trade("electrician")
    assert v.generate_button.isEnabled()
    assert v.generate() == 48
    assert not v.decrypt_button.isEnabled()  # not locked yet


def test_the_code_tables_print_as_sealed_lists_for_the_encryption_judge(
    qtbot, staff, demo_event_id, tmp_path
):
    for role in ("judge", "chief_judge"):
        other = CodesView(EventSession(staff[role], demo_event_id))
        qtbot.addWidget(other)
        other.activate()
        other.select_trade("electrician")
        assert not other.print_button.isEnabled()
    view = CodesView(EventSession(staff["encryption_judge"], demo_event_id))
    qtbot.addWidget(view)
    view.activate()
    view.select_trade("electrician")
    assert not view.print_button.isEnabled()  # nothing to print before the codes exist
    view.generate()
    assert view.print_button.isEnabled()
    view.print_tables()
    wait_task(qtbot, view, timeout=30_000)
    dialog = view.preview_dialog
    assert dialog is not None and dialog.isVisible() and dialog.page_count >= 2
    saved = dialog.save(tmp_path / "sealed")
    assert saved is not None and saved.name == "sealed.pdf"
    text = PdfTools(tmp_path).flat_text(saved.read_bytes())
    tables = code_tables(staff["encryption_judge"], demo_event_id, "electrician")
    assert "一次加密表" in text and "二次加密表" in text
    assert all(r.workpiece_code in text for r in tables.second)
    assert "记入审计日志" in view.messages.text()
    dialog.reject()


@pytest.fixture
def blind_fitter(staff: Any, demo_event_id: int) -> dict[str, str]:
    """Fitter marked blind, with codes; the work-piece code of each entry number."""
    ctx = staff["organizer"]
    fitter = get_trade(ctx, demo_event_id, "fitter")
    blind_from_the_start(ctx, fitter.id)
    generate_codes(ctx, demo_event_id, "fitter")
    t = code_tables(ctx, demo_event_id, "fitter")
    piece = {r.checkin_code: r.workpiece_code for r in t.second}
    return {r.number: piece[r.checkin_code] for r in t.first}


def test_blind_grid_shows_work_piece_codes_only(
    qtbot, qtmodeltester, staff, demo_event_id, blind_fitter
):
    session = EventSession(staff["judge"], demo_event_id)
    view = ScoringView(session)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.activate()
    view.select_trade("fitter")
    assert view.model is view.blind_model
    qtmodeltester.check(view.model)
    assert view.model.info_columns == () and view.model.first_entry_column() == 0
    assert view.model.rowCount() == 48
    assert not view.hide_names.isVisible()
    assert view.find_edit.placeholderText().startswith("定位工件号")
    text = all_model_text(view.model)
    judges = {j.name for j in list_judges(staff["judge"], demo_event_id)}
    people = list_contestants(staff["judge"], demo_event_id, "fitter")
    for c in people:
        if c.name not in judges:  # a judge may share a contestant's name
            assert c.name not in text
        assert c.number not in text
        assert c.unit not in text
    codes = sorted(blind_fitter.values())
    shown = [view.model.headerData(r, Qt.Orientation.Vertical) for r in range(48)]
    assert shown == codes


def test_a_blind_mark_is_saved_by_its_code(qtbot, staff, demo_event_id, blind_fitter):
    ctx = staff["judge"]
    session = EventSession(ctx, demo_event_id)
    view = ScoringView(session)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.activate()
    view.select_trade("fitter")
    code = blind_fitter["1045"]  # the demo left 1045 without marks
    assert view.go_to_number(code.replace("-", " ").lower())  # as typed, not as printed
    col = view.entry_column("f1", "QG1")
    type_into_cell(qtbot, view, view.cell(code, col), "18")
    grid = load_grid(ctx, get_trade(ctx, demo_event_id, "fitter").id)
    row = next(r for r in grid.rows if r.number == "1045")
    i = next(i for i, c in enumerate(grid.columns) if c.code == "f1" and c.judge_code == "QG1")
    assert row.values[i] == Decimal(18)
    entry = audit_log(supervisor(ctx), demo_event_id)[0]
    assert entry.action == "mark" and entry.key.startswith(code.replace("-", ""))
    assert "1045" not in entry.key
    assert view.messages.text() == ""
    # a wrong value is refused on the spot, as in any grid
    editor = type_into_cell(qtbot, view, view.cell(code, col), "99")
    assert editor.isVisible() and "超出范围" in view.messages.text()
