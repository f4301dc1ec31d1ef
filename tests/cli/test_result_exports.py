"""`results` and `teams` as organisers open them: the workbook with the screen's headers in
Chinese or English, CSV in UTF-8 with a BOM or GBK that reads back, names GBK cannot hold refused."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from competition_app.io.tabular import read_sheet
from tests.cli.conftest import Run

pytestmark = pytest.mark.backends("sqlite")
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def demo(cli: Callable[..., Run]) -> str:
    run = cli("demo")
    assert run.code == 0, run.err
    return run.last_line


def test_results_workbook_has_a_sheet_per_group_and_the_screens_headers(cli, demo, tmp_path):
    out = tmp_path / "钳工.xlsx"
    run = cli("results", "--event", demo, "--trade", "fitter", "--format", "xlsx", "-o", str(out))
    assert run.code == 0, run.err
    wb = load_workbook(out)
    assert wb.sheetnames == ["职工组", "学生组"]
    ws = wb["职工组"]
    assert "钳工" in ws["A1"].value and "职工组" in ws["A1"].value
    header = [c.value for c in ws[2]]
    assert header[:4] == ["名次", "参赛证号", "姓名", "单位"]
    for expected in ("理论知识", "操作技能", "总成绩", "奖项", "称号", "晋升", "备注"):
        assert expected in header
    total = ws.cell(3, header.index("总成绩") + 1)
    assert total.data_type == "n" and total.number_format == "0.00"
    assert ws.cell(3, 2).data_type == "s" and ws.freeze_panes == "A3" and ws.auto_filter.ref


def test_lang_en_gives_english_headers(cli, demo, tmp_path):
    out = tmp_path / "fitter.xlsx"
    run = cli("results", "--event", demo, "--trade", "fitter", "--group", "职工组", "--lang", "en",
              "-o", str(out))  # fmt: skip
    assert run.code == 0, run.err
    wb = load_workbook(out)
    assert wb.sheetnames == ["职工组"]
    assert [c.value for c in wb.active[2]][:3] == ["Rank", "Entry no.", "Name"]
    teams = tmp_path / "teams.xlsx"
    assert cli("teams", "--event", demo, "--lang", "en", "-o", str(teams)).code == 0
    ws = load_workbook(teams).active
    assert [c.value for c in ws[2]] == ["Rank", "Team", "Total", "Counted"]
    assert ws["C3"].data_type == "n"


def test_csv_keeps_its_contract_columns_with_a_bom_for_excel(cli, demo, tmp_path):
    out = tmp_path / "r.csv"
    assert cli("results", "--event", demo, "--trade", "electrician", "-o", str(out)).code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfrank,number,name,unit,")
    stdout = cli("results", "--event", demo, "--trade", "electrician").out
    assert stdout == data.decode("utf-8-sig")  # the screen gets the same text, without the BOM


def test_a_gbk_export_reads_back_through_the_importer_as_the_utf8_one(cli, demo, tmp_path):
    utf8, gbk = tmp_path / "utf8.csv", tmp_path / "gbk.csv"
    for path, encoding in ((utf8, "utf-8"), (gbk, "gbk")):
        run = cli("results", "--event", demo, "--trade", "fitter", "--encoding", encoding,
                  "-o", str(path))  # fmt: skip
        assert run.code == 0, run.err
    assert gbk.read_bytes().startswith(b"rank,number,name")
    with pytest.raises(UnicodeDecodeError):
        gbk.read_bytes().decode("utf-8")
    as_utf8, as_gbk = (read_sheet(p, lambda h: h) for p in (utf8, gbk))
    assert as_gbk.header == as_utf8.header and as_gbk.rows == as_utf8.rows
    teams = tmp_path / "teams.csv"
    assert cli("teams", "--event", demo, "--encoding", "gbk", "-o", str(teams)).code == 0
    assert next(csv.reader(teams.read_text(encoding="gbk").splitlines())) == [
        "rank", "team", "total", "counted",
    ]  # fmt: skip


def test_a_name_gbk_cannot_hold_is_refused_with_its_row_and_nothing_written(cli, write, tmp_path):
    event = cli("event", "import", str(EXAMPLES / "event.toml")).last_line
    form = write("reg.csv", "参赛证号,姓名,工种,单位\n3001,王伟,钳工,江北\n3002,陈𠮷,钳工,=1+1\n")
    assert cli("contestants", "import", str(form), "--event", event).code == 0
    out = tmp_path / "r.csv"
    run = cli("results", "--event", event, "--trade", "fitter", "--encoding", "gbk", "-o", str(out))
    assert run.code == 2 and "Traceback" not in run.err
    assert "r.csv:3:name" in run.err and "𠮷" in run.err and "UTF-8" in run.err
    assert not out.exists()
    assert cli("results", "--event", event, "--trade", "fitter", "-o", str(out)).code == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert {r["name"]: r["unit"] for r in rows} == {"王伟": "江北", "陈𠮷": "'=1+1"}
