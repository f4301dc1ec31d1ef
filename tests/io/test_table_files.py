"""The one table writer: formula-safe cells, text and number cells, widths, CSV encodings."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from competition_app.domain.errors import ValidationError
from competition_app.io.table_files import (
    Column,
    Table,
    csv_bytes,
    list_table,
    write_csv,
    write_table,
    write_xlsx,
)

HOSTILE = ['=HYPERLINK("http://evil","点我")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def test_formula_like_text_is_a_string_cell_marked_as_typed_text(tmp_path):
    table = Table(
        "名单",
        (Column("姓名"), Column("成绩", number=True, decimals=2)),
        [[text, Decimal("-3.50")] for text in HOSTILE],
    )
    ws = load_workbook(write_xlsx(tmp_path / "a.xlsx", [table]))["名单"]
    names = [ws.cell(r, 1) for r in range(2, 2 + len(HOSTILE))]
    # the text itself, not run, not changed (XML reads a carriage return back as a line feed)
    assert [c.value.replace("\n", "\r") for c in names] == HOSTILE
    assert all(c.data_type == "s" and c.quotePrefix for c in names)
    mark = ws.cell(2, 2)
    assert mark.data_type == "n" and D(mark.value) == Decimal("-3.5")  # a negative number stays one
    assert not mark.quotePrefix


def D(v: object) -> Decimal:
    return Decimal(str(v))


def test_formula_like_text_gets_a_quote_in_csv_and_negative_numbers_do_not(tmp_path):
    path = write_csv(tmp_path / "a.csv", ["姓名", "成绩"], [[t, Decimal("-3.50")] for t in HOSTILE])
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert [r[0] for r in rows[1:]] == ["'" + t for t in HOSTILE]
    assert {r[1] for r in rows[1:]} == {"-3.50"}


def test_a_list_keeps_every_cell_text_and_its_header_in_row_one(tmp_path):
    path = write_table(
        tmp_path / "名单",
        list_table("选手名单", ["参赛证号", "身份证号"], [["0012", "500105199001011234"]]),
    )
    assert path.suffix == ".xlsx"
    ws = load_workbook(path)["选手名单"]
    assert [c.value for c in ws[1]] == ["参赛证号", "身份证号"]
    assert [c.value for c in ws[2]] == ["0012", "500105199001011234"]
    assert ws["B2"].number_format == "@" and ws.freeze_panes == "A2"


def test_widths_count_a_chinese_character_as_two(tmp_path):
    table = list_table("s", ["a", "b"], [["阿卜杜热合曼·买买提明", "abcdefghij"]])
    ws = load_workbook(write_xlsx(tmp_path / "w.xlsx", [table]))["s"]
    assert ws.column_dimensions["A"].width > ws.column_dimensions["B"].width >= 10


def test_sheet_names_excel_refuses_are_made_acceptable_and_unique(tmp_path):
    tables = [list_table(n, ["a"], [["1"]]) for n in ("钳工/电工", "钳工/电工", "x" * 40)]
    names = load_workbook(write_xlsx(tmp_path / "n.xlsx", tables)).sheetnames
    assert names[0] == "钳工_电工" and names[1] != names[0] and len(names[2]) == 31


def test_csv_is_utf8_with_a_bom_by_default(tmp_path):
    path = write_table(tmp_path / "a.csv", list_table("s", ["姓名"], [["王伟"]]))
    assert path.read_bytes() == "\ufeff姓名\n王伟\n".encode()


def test_csv_in_gbk_for_older_excel(tmp_path):
    path = write_csv(tmp_path / "a.csv", ["姓名"], [["王伟"]], "gbk")
    assert path.read_bytes() == "姓名\n王伟\n".encode("gbk")


def test_a_name_gbk_cannot_hold_is_refused_naming_its_row_and_nothing_is_written(tmp_path):
    path = tmp_path / "a.csv"
    with pytest.raises(ValidationError) as e:
        write_csv(
            path, ["number", "name"], [["0012", "王伟"], ["0013", "陈𠮷"], ["0014", "刘䶮"]], "gbk"
        )
    assert [p.location for p in e.value.problems] == ["a.csv:3:name", "a.csv:4:name"]
    assert "𠮷" in e.value.problems[0].reason and "UTF-8" in e.value.problems[0].reason
    assert not path.exists()
    assert "陈𠮷".encode() in csv_bytes(["name"], [["陈𠮷"]], "utf-8")


def test_a_full_disk_gives_one_error_and_no_stray_exception_later(tiny_disk, monkeypatch):
    """openpyxl writing straight into a zip on a full disk left writers that failed again when
    garbage-collected (“Exception ignored … Traceback” on the terminal)."""
    import gc
    import sys

    from competition_app.safe_write import WriteFailed

    stray: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", stray.append)
    body = [[f"{n:04d}", "张三" * 20, "330106199001011234"] for n in range(2000)]
    with pytest.raises(WriteFailed, match="磁盘空间已满"):
        write_table(tiny_disk / "list.xlsx", list_table("s", ["number", "name", "id"], body))
    gc.collect()
    assert stray == []
    assert list(tiny_disk.iterdir()) == []
