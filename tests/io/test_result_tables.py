"""Result exports: numbers stay numbers in Excel, identifiers stay text."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import load_workbook

from competition_app.io.result_tables import text_table, write_xlsx


def test_xlsx_keeps_marks_numeric_and_ids_as_text(tmp_path):
    path = tmp_path / "r.xlsx"
    write_xlsx(path, ["rank", "number", "id_number", "total"],
               [["1", "0012", "110105194912310021", "87.50"]], title="钳工")
    ws = load_workbook(path).active
    rank, number, id_number, total = (c.value for c in ws[2])
    assert rank == 1
    assert number == "0012"
    assert id_number == "110105194912310021"
    assert Decimal(str(total)) == Decimal("87.5")


def test_text_table_aligns_chinese_as_two_cells():
    import unicodedata

    def column(line: str, text: str) -> int:
        before = line[: line.index(text)]
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in before)

    out = text_table(["name", "total"], [["王伟", "1"], ["Li", "22"]]).splitlines()
    assert column(out[2], "1") == column(out[3], "22") == 6
