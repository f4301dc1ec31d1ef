"""The results workbook as an organiser opens it: the screen's headers, numbers in the trade's
decimals, entry and ID numbers as text, a title row, a sheet per group; the CSV contract as is."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from competition_app.domain.tabulation import tabulate
from competition_app.io.result_tables import (
    result_sheets,
    result_table,
    standings_sheet,
    text_table,
)
from competition_app.io.table_files import csv_text, write_xlsx
from tests.domain.factories import entry, rules

D = Decimal


def _fitters(grouped: bool = False, **overrides):
    trade = rules(**overrides)
    young, workers = ("青年组", "职工组") if grouped else ("", "")
    result = tabulate(
        trade,
        [
            entry("0012", "90", "90", group=young),
            entry("0013", "80", "70.5", group=young),
            entry("0014", "85", "88", group=workers),
            entry("0015", status="absent", group=workers),
        ],
    )
    return trade, result.rows


def _open(tmp_path, tables):
    return load_workbook(write_xlsx(tmp_path / "成绩.xlsx", tables))


def test_one_sheet_per_group_with_the_event_and_trade_above_a_frozen_filtered_header(tmp_path):
    trade, rows = _fitters(grouped=True)
    wb = _open(
        tmp_path,
        result_sheets(
            rows, trade, event="2024 市职工技能大赛", trade="钳工", groups=("青年组", "职工组")
        ),
    )
    assert wb.sheetnames == ["青年组", "职工组"]
    ws = wb["青年组"]
    assert ws["A1"].value == "2024 市职工技能大赛 · 钳工 · 青年组"
    header = [c.value for c in ws[2]]
    assert header[:4] == ["名次", "参赛证号", "姓名", "单位"]
    assert [h for h in header if h in ("理论知识", "操作技能")] == ["理论知识", "操作技能"]
    assert header[-5:] == [
        "总成绩",
        "用时",
        "奖项",
        "称号",
        "备注",
    ]  # the preset breaks ties on time
    assert "组别" not in header  # the sheet is the group
    assert all(c.font.b for c in ws[2])
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == f"A2:{ws.cell(2, len(header)).column_letter}4"
    assert ws.max_row == 4 and wb["职工组"].max_row == 4


def test_marks_are_numbers_with_the_trades_decimals_and_entry_numbers_text(tmp_path):
    trade, rows = _fitters()
    ws = _open(tmp_path, result_sheets(rows, trade, event="E", trade="钳工"))["钳工"]
    header = [c.value for c in ws[2]]
    first = {h: c for h, c in zip(header, ws[3], strict=True)}
    assert first["名次"].value == 1 and first["名次"].data_type == "n"
    assert first["参赛证号"].value == "0012" and first["参赛证号"].number_format == "@"
    total = first["总成绩"]
    assert total.data_type == "n" and total.number_format == "0.00"
    assert D(str(total.value)) == D("90")  # shown 90.00
    absent = {h: c.value for h, c in zip(header, ws[6], strict=True)}
    assert absent["名次"] is None and absent["总成绩"] is None and absent["备注"] == "缺考"


def test_three_decimals_give_a_three_place_format(tmp_path):
    trade, rows = _fitters(decimals=3)
    ws = _open(tmp_path, result_sheets(rows, trade, event="E", trade="钳工"))["钳工"]
    header = [c.value for c in ws[2]]
    assert ws.cell(3, header.index("总成绩") + 1).number_format == "0.000"


def test_english_headers(tmp_path):
    trade, rows = _fitters()
    ws = _open(tmp_path, result_sheets(rows, trade, event="E", trade="Fitter", lang="en"))["Fitter"]
    header = [c.value for c in ws[2]]
    assert header[:4] == ["Rank", "Entry no.", "Name", "Unit"]
    assert "Total" in header and "Award" in header and "Note" in header


def test_a_blind_trade_shows_work_piece_codes_and_no_names(tmp_path):
    trade, rows = _fitters()
    ws = _open(tmp_path, result_sheets(rows, trade, event="E", trade="钳工", blind=True))["钳工"]
    header = [c.value for c in ws[2]]
    assert header[:2] == ["名次", "工件号"] and "姓名" not in header and "单位" not in header


def test_columns_that_do_not_apply_are_left_out_and_those_that_do_are_there():
    plain, rows = _fitters(titles=[], tie_break=["total"])
    header = [c.title for c in result_sheets(rows, plain, event="E", trade="T")[0].columns]
    assert "称号" not in header and "用时" not in header and "晋升" not in header
    timed, rows = _fitters(tie_break=["total", "time"])
    header = [c.title for c in result_sheets(rows, timed, event="E", trade="T")[0].columns]
    assert "用时" in header


def test_the_csv_contract_is_unchanged():
    trade, rows = _fitters(grouped=True)
    header, body = result_table(rows, trade, with_group=True)
    assert header == [
        "rank", "number", "name", "unit", "group", "theory", "practical",
        "total", "award", "title", "note",
    ]  # fmt: skip
    line = dict(
        zip(header, next(csv.reader([csv_text(header, body).splitlines()[1]])), strict=True)
    )
    assert line["number"] == "0012" and line["total"] == "90.00"


def test_standings_sheet(tmp_path):
    from competition_app.domain.results import TeamStanding

    standings = [
        TeamStanding(1, "江北区", D("178.50"), 2),
        TeamStanding(2, "=HYPERLINK(1)", D("90"), 1),
    ]
    ws = _open(tmp_path, [standings_sheet(standings, event="E", scope="钳工")])["钳工"]
    assert ws["A1"].value == "E · 钳工"
    assert [c.value for c in ws[2]] == ["名次", "代表队", "总分", "计入人数"]
    assert ws["C3"].number_format == "0.00" and ws["C3"].data_type == "n"
    assert ws["B4"].value == "=HYPERLINK(1)" and ws["B4"].data_type == "s"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_standings_sheet_is_named_for_all_trades(lang):
    sheet = standings_sheet([], event="E", lang=lang)
    assert sheet.name == ("团体总分" if lang == "zh" else "Team standings")


def test_text_table_aligns_chinese_as_two_cells():
    import unicodedata

    def column(line: str, text: str) -> int:
        before = line[: line.index(text)]
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in before)

    out = text_table(["name", "total"], [["王伟", "1"], ["Li", "22"]]).splitlines()
    assert column(out[2], "1") == column(out[3], "22") == 6
