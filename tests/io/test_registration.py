"""Registration forms as organisers save them: exported in GBK and read back, Excel's "Unicode
text", .xls, and ID numbers that Excel turned into numbers, told as such with their place."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from competition_app.domain.errors import ValidationError
from competition_app.domain.id_number import STORED_AS_NUMBER
from competition_app.io.registration import read_contestants, validate_contestants
from competition_app.io.table_files import list_table, write_table
from tests.io.xls_file import write_xls

TRADES = {"钳工": "fitter", "fitter": "fitter"}
HEADER = ["参赛证号", "姓名", "工种", "单位", "身份证号"]
ROWS = [
    ["0012", "王伟", "钳工", "江北区机械厂", "11010519491231002X"],
    ["0013", "=HYPERLINK(1)", "钳工", "-某单位", ""],
]


def test_a_gbk_export_reads_back_as_written(tmp_path):
    path = write_table(tmp_path / "名单.csv", list_table("名单", HEADER, ROWS), "gbk")
    assert path.read_bytes().startswith("参赛证号".encode("gbk"))
    rows = validate_contestants(read_contestants(path), trades=TRADES)
    assert [(r.number, r.name, r.unit, r.id_number) for r in rows] == [
        ("0012", "王伟", "江北区机械厂", "11010519491231002X"),
        ("0013", "=HYPERLINK(1)", "-某单位", ""),  # the quote that kept Excel from running it goes
    ]


def test_a_utf8_export_with_its_bom_reads_back_too(tmp_path):
    path = write_table(
        tmp_path / "名单.csv", list_table("名单", HEADER, [*ROWS, ["0014", "陈𠮷", "钳工", "", ""]])
    )
    names = [r.name for r in validate_contestants(read_contestants(path), trades=TRADES)]
    assert names == ["王伟", "=HYPERLINK(1)", "陈𠮷"]


def test_excels_unicode_text_is_read(tmp_path):
    """Excel's “Unicode text (*.txt)”: UTF-16 with a BOM, tab-separated."""
    path = tmp_path / "报名表.txt"
    text = (
        "\r\n".join("\t".join(r) for r in [HEADER, ["0015", "刘䶮", "钳工", "南岸", ""]]) + "\r\n"
    )
    path.write_bytes(text.encode("utf-16"))
    rows = validate_contestants(read_contestants(path), trades=TRADES)
    assert [(r.number, r.name, r.unit) for r in rows] == [("0015", "刘䶮", "南岸")]


def _refusals(path):
    with pytest.raises(ValidationError) as e:
        validate_contestants(read_contestants(path), trades=TRADES)
    return {p.location: p.reason for p in e.value.problems}


def test_an_id_number_excel_stored_as_a_number_in_an_xlsx_is_told_as_such(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["0012", "王伟", "钳工", "", 5.001051990031215e17])
    ws.append(["0013", "李娜", "钳工", "", 500105199003121000])
    path = tmp_path / "报名表.xlsx"
    wb.save(path)
    assert _refusals(path) == {
        "报名表.xlsx:2:id_number": STORED_AS_NUMBER,
        "报名表.xlsx:3:id_number": STORED_AS_NUMBER,
    }


def test_an_id_number_excel_stored_as_a_number_in_a_csv_or_xls_is_told_as_such(tmp_path):
    csv_path = tmp_path / "报名表.csv"
    csv_path.write_text(
        ",".join(HEADER) + "\n0012,王伟,钳工,,5.00105E+17\n0013,李娜,钳工,,500105199003121000\n"
    )
    assert set(_refusals(csv_path).values()) == {STORED_AS_NUMBER}
    xls_path = write_xls(
        tmp_path / "报名表.xls", [HEADER, ["0012", "王伟", "钳工", "", 5.001051990031215e17]]
    )
    assert _refusals(xls_path) == {"报名表.xls:2:id_number": STORED_AS_NUMBER}


def test_a_mistyped_id_number_is_still_a_bad_check_digit(tmp_path):
    path = tmp_path / "报名表.csv"
    path.write_text(",".join(HEADER) + "\n0012,王伟,钳工,,110105194912310022\n")
    assert _refusals(path) == {"报名表.csv:2:id_number": "身份证号校验位错误"}
