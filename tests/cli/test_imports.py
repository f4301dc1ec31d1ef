"""Importing events, registrations and scores from the files organisers have; bad files change nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def event(cli) -> str:
    run = cli("event", "import", str(EXAMPLES / "event.toml"))
    assert run.code == 0, run.err
    return run.last_line


def test_event_import_prints_the_new_id_alone_on_the_last_line(cli):
    run = cli("event", "import", str(EXAMPLES / "event.toml"))
    assert run.code == 0
    assert run.last_line == "1"
    listing = cli("event", "list").out
    assert "北岸匠星" in listing


def test_event_export_round_trips_every_setting(cli, tmp_path, event):
    out = tmp_path / "exported.toml"
    assert cli("event", "export", event, str(out)).code == 0
    again = cli("event", "import", str(out))
    assert again.code == 0
    out2 = tmp_path / "exported-again.toml"
    assert cli("event", "export", again.last_line, str(out2)).code == 0
    assert out.read_text(encoding="utf-8") == out2.read_text(encoding="utf-8")
    text = out.read_text(encoding="utf-8")
    for expected in ('weight = "0.3"', 'min_total = "60"', "tie_break", "J2", "spread_tolerance"):
        assert expected in text


def test_example_files_import_and_rank(cli, event):
    assert (
        cli("contestants", "import", str(EXAMPLES / "contestants.csv"), "--event", event).code == 0
    )
    run = cli(
        "scores",
        "import",
        str(EXAMPLES / "fitter-scores.csv"),
        "--event",
        event,
        "--trade",
        "fitter",
    )
    assert run.code == 0, run.err
    out = cli("results", "--event", event, "--trade", "fitter").out.splitlines()
    # the example's fitters declare no groups: one field, no group column
    assert out[0] == "rank,number,name,unit,theory,practical,total,award,title,note"
    # 1002: 0.3 × 92.5 + 0.7 × 88 = 89.35, ahead of 1001: 25.5 + 63 = 88.50
    assert out[1].startswith("1,1002,李娜,重庆机床集团有限责任公司,92.50,88.00,89.35,")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_registration_csv_in_any_encoding_excel_writes(cli, write, event, encoding):
    path = write("reg.csv", "参赛证号,姓名,工种,单位\n3001,赵六,钳工,江北职教\n", encoding)
    run = cli("contestants", "import", str(path), "--event", event)
    assert run.code == 0, run.err
    assert "赵六" in cli("results", "--event", event, "--trade", "fitter").out


def test_registration_from_xlsx(cli, tmp_path, event):
    wb = Workbook()
    ws = wb.active
    ws.append(["number", "name", "trade", "id_number", "gender"])
    ws.append([4001, "钱七", "fitter", "11010519491231002X", "女"])
    path = tmp_path / "reg.xlsx"
    wb.save(path)
    assert cli("contestants", "import", str(path), "--event", event).code == 0
    assert "4001,钱七" in cli("results", "--event", event, "--trade", "fitter").out


def test_bad_registration_lists_every_problem_and_writes_nothing(cli, write, event, db_state):
    assert (
        cli("contestants", "import", str(EXAMPLES / "contestants.csv"), "--event", event).code == 0
    )
    before = db_state()
    bad = write("bad.csv", "number,name,trade,id_number,colour\n")
    run = cli("contestants", "import", str(bad), "--event", event)
    assert run.code != 0
    assert "bad.csv:1:colour: 未知的列“colour”" in run.err
    bad = write(
        "bad.csv",
        "number,name,trade,id_number\n"
        "5001,周八,fitter,\n"
        "5001,吴九,fitter,\n"  # duplicate in the file
        "1001,郑十,fitter,\n"  # already registered
        "5002,王一,welder,\n"  # unknown trade
        "5003,,fitter,110105194912310021\n",  # no name, bad checksum
    )
    run = cli("contestants", "import", str(bad), "--event", event)
    assert run.code != 0
    lines = run.err.splitlines()
    assert "bad.csv:3:number: 参赛证号“5001”与第 2 行重复" in lines
    assert "bad.csv:4:number: 参赛证号“1001”已存在于本赛事" in lines
    assert "bad.csv:5:trade: 未知的工种“welder”" in lines
    assert "bad.csv:6:name: 姓名为空" in lines
    assert any(line.startswith("bad.csv:6:id_number: ") for line in lines)
    assert db_state() == before
    assert "周八" not in cli("results", "--event", event, "--trade", "fitter").out


def test_bad_scores_are_refused_whole(cli, write, event, db_state):
    cli("contestants", "import", str(EXAMPLES / "contestants.csv"), "--event", event)
    before = db_state()
    bad = write("s.csv", "number,theory,practical\n1001,85,90\n1002,abc,101\n9999,50,50\n")
    run = cli("scores", "import", str(bad), "--event", event, "--trade", "fitter")
    assert run.code != 0
    lines = run.err.splitlines()
    assert any(line.startswith("s.csv:3:theory: ") and "abc" in line for line in lines)
    assert any(line.startswith("s.csv:3:practical: ") and "101" in line for line in lines)
    assert "s.csv:4:number: 本工种没有参赛证号“9999”" in lines
    assert db_state() == before
    # the good row 1001 was not written either
    assert ",85.00," not in cli("results", "--event", event, "--trade", "fitter").out


def test_long_form_refuses_unknown_judge_and_criterion(cli, write, event):
    cli("contestants", "import", str(EXAMPLES / "contestants.csv"), "--event", event)
    bad = write(
        "m.csv", "number,criterion,judge,mark\n2001,e9,J1,10\n2001,e1,J7,10\n2001,e1,J1,41\n"
    )
    run = cli("scores", "import", str(bad), "--event", event, "--trade", "electrician")
    assert run.code != 0
    assert "m.csv:2:criterion: 未知的评分项“e9”" in run.err
    assert "m.csv:3:judge: 未知的裁判“J7”" in run.err
    assert "m.csv:4:mark: " in run.err


def test_weights_not_summing_to_one_are_refused(cli, write, db_path):
    toml = (
        (EXAMPLES / "event.toml")
        .read_text(encoding="utf-8")
        .replace('weight = "0.7"', 'weight = "0.6"')
    )
    run = cli("event", "import", str(write("e.toml", toml)))
    assert run.code != 0
    assert "e.toml:trades[0].components" in run.err
    assert cli("event", "list").out.count("北岸匠星") == 0


def test_console_script_runs_as_a_separate_process(tmp_path):
    db = tmp_path / "p.db"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "competition_app",
            "--db",
            str(db),
            "event",
            "import",
            str(EXAMPLES / "event.toml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "1"


def test_database_from_environment_variable(tmp_path, monkeypatch, capsys):
    from competition_app.cli import main

    monkeypatch.setenv("COMPETITION_APP_DB", str(tmp_path / "env.db"))
    assert main(["event", "import", str(EXAMPLES / "event.toml")]) == 0
    assert (tmp_path / "env.db").exists()


def test_demo_event_is_built_once_and_ranks(cli):
    first = cli("demo")
    assert first.code == 0
    again = cli("demo")
    assert again.last_line == first.last_line
    out = cli("results", "--event", first.last_line, "--trade", "fitter").out
    assert "一等奖" in out
    assert "成绩未录完" in out


def test_an_old_excel_xls_registration_form_is_imported(cli, event, tmp_path):
    from tests.io.xls_file import write_xls

    form = write_xls(
        tmp_path / "报名表.xls",
        [
            ["参赛证号", "姓名", "工种", "单位"],
            ["3001", "陈𠮷", "钳工", "江北"],
            [3002.0, "王伟", "fitter", ""],
        ],
    )
    run = cli("contestants", "import", str(form), "--event", event)
    assert run.code == 0, run.err
    out = cli("results", "--event", event, "--trade", "fitter").out
    assert "3001,陈𠮷,江北" in out and "3002,王伟," in out
