"""The issue's "done when", in the window only: a new event from a preset, an Excel import with
bad rows, marks typed with the keyboard, ranking and awards, the lock, the export."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from competition_app.domain.id_number import check_digit
from competition_app.services.context import Context
from competition_app.storage.database import Database
from competition_app.ui.window.main_window import MainWindow

from .helpers import wait_task


def registration(path: Path, rows: list[list[str]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["参赛证号", "姓名", "工种", "单位", "身份证号"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def type_in(qtbot: Any, table: Any, index: Any, text: str) -> None:
    table.setCurrentIndex(index)
    qtbot.keyClicks(table, text[0])
    editor = next(e for e in table.findChildren(QLineEdit, "CellEditor") if e.isVisible())
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_contest_from_start_to_export(qtbot, tmp_path, answers):
    ctx = Context(Database(tmp_path / "contest.db"))
    try:
        window = MainWindow(ctx, None)
        qtbot.addWidget(window)
        window.show()

        # 1. a new event with one trade from the electricians' preset
        wizard = window.new_event()
        qtbot.addWidget(wizard)
        wizard.event_page.name.setText("2024年区职业技能大赛")
        wizard.next()
        wizard.trades_page.add_trade("electrician", "电工", "cn-electrician")
        wizard.next()
        wizard.button(wizard.WizardButton.FinishButton).click()
        assert window.session is not None

        # 2. an Excel registration form with bad rows: refused, every bad row named
        body = "11010519900307123"
        good_id = body + check_digit(body)
        people = [[f"{100 + i}", f"选手{i}", "电工", f"单位{i % 3}", ""] for i in range(1, 11)]
        bad = registration(
            tmp_path / "报名表.xlsx",
            [
                *people,
                ["105", "重号", "电工", "单位1", ""],
                ["111", "", "电工", "单位1", ""],
                [
                    "112",
                    "坏证件",
                    "电工",
                    "单位2",
                    good_id[:-1] + ("0" if good_id[-1] != "0" else "1"),
                ],
            ],
        )
        contestants = window.show_view("contestants")
        wait_task(qtbot, contestants)
        contestants.import_file(bad)
        wait_task(qtbot, contestants, "import_task")
        preview = contestants.preview_dialog
        qtbot.addWidget(preview)
        assert preview.import_button is None
        assert {(r[0], r[1]) for r in preview.problem_rows()} == {
            ("12", "参赛证号"),
            ("13", "姓名"),
            ("14", "身份证号"),
        }
        preview.reject()
        good = registration(tmp_path / "报名表（改）.xlsx", people)
        contestants.import_file(good)
        wait_task(qtbot, contestants, "import_task")
        contestants.preview_dialog.import_button.click()
        wait_task(qtbot, contestants, "import_task")
        wait_task(qtbot, contestants)
        assert contestants.model.rowCount() == 10

        # 3. marks typed with the keyboard: theory then practical, Enter moves down
        scoring = window.show_view("scoring")
        theory = scoring.entry_column("theory")
        type_in(qtbot, scoring.table, scoring.cell("101", theory), "61")
        for n in range(2, 11):  # Enter moved down: keep typing
            editor_start = scoring.table.currentIndex()
            assert scoring.proxy.headerData(editor_start.row(), Qt.Orientation.Vertical) == str(
                100 + n
            )
            type_in(qtbot, scoring.table, editor_start, str(60 + n))
        practical = scoring.entry_column("practical")
        for n in range(1, 11):
            # total 0.4 × (60 + n) + 0.6 × (95 - n) = 81 - 0.2 n: 101 first, 110 last
            type_in(qtbot, scoring.table, scoring.cell(str(100 + n), practical), str(95 - n))
        entered, expected = scoring.model.counts()
        assert (entered, expected) == (20, 20)
        assert scoring.counter.text() == "已录入 20 / 20"

        # 4. ranking and awards follow
        results = window.show_view("results")
        wait_task(qtbot, results)
        rows = [results.model.result_row(r) for r in range(results.model.rowCount())]
        assert [r.rank for r in rows] == list(range(1, 11))
        assert rows[0].award == "一等奖" and rows[0].number == "101"
        assert sum(1 for r in rows if r.award) == 6  # 10% + 20% + 30% of ten

        # 5. the chief judge locks: the grid is read-only
        results.toggle_lock()
        window.show_view("scoring")
        assert scoring.banner.isVisible()
        assert not scoring.cell("101", theory).flags() & Qt.ItemFlag.ItemIsEditable

        # 6. and the results are exported
        window.show_view("results")
        wait_task(qtbot, results)
        path = results.export_file(tmp_path / "电工成绩.csv")
        lines = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
        assert lines[1][:3] == ["1", "101", "选手1"]
        assert lines[1][-3] == "一等奖"
    finally:
        ctx.db.dispose()
