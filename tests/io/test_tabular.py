"""An XLSX sheet reads as the organiser typed it, whatever kind of cell each value is in."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from competition_app.io.tabular import read_sheet

COLUMNS = {"编号": "number", "姓名": "name", "单位": "unit"}


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_text_rows_and_number_rows_read_alike(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "form.xlsx",
        [
            ["编号", "姓名", "单位"],
            [" 0001 ", "  王 芳", None],  # all text (or empty): trimmed, the blank empty
            [1002, "李雷 ", 3.5],  # numbers as typed: 1002, not 1002.0
            [None, None, None],  # an empty row is no row
            ["1003", "", "一厂"],
        ],
    )
    sheet = read_sheet(path, COLUMNS.get)
    assert [(n, v) for n, v in sheet.rows] == [
        (2, {"number": "0001", "name": "王 芳", "unit": ""}),
        (3, {"number": "1002", "name": "李雷", "unit": "3.5"}),
        (5, {"number": "1003", "name": "", "unit": "一厂"}),
    ]
