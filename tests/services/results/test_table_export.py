"""Lists written as shown, every cell text, so Excel keeps 18-digit ID numbers whole."""

from __future__ import annotations

from openpyxl import load_workbook

from competition_app.services.results.table_export import write_text_table


def test_xlsx_cells_are_text(tmp_path):
    path = write_text_table(
        tmp_path / "名单",
        ["参赛证号", "身份证号"],
        [["0012", "500105199001011234"]],
        title="选手名单",
    )
    assert path.suffix == ".xlsx"
    ws = load_workbook(path).active
    assert ws.title == "选手名单"
    assert [c.value for c in ws[2]] == ["0012", "500105199001011234"]
    assert ws["B2"].number_format == "@"


def test_csv_has_a_bom_for_excel(tmp_path):
    path = write_text_table(tmp_path / "a.csv", ["姓名"], [["王伟"]])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
