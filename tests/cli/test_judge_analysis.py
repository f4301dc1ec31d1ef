"""`judges analysis` and `print judge-analysis` on the example electricians' marks."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PASSWORD = "s3cret-pw"


@pytest.fixture
def marked(cli) -> str:
    run = cli("event", "import", str(EXAMPLES / "event.toml"))
    assert run.code == 0, run.err
    eid = run.last_line
    assert cli("contestants", "import", str(EXAMPLES / "contestants.csv"), "--event", eid).code == 0
    run = cli("scores", "import", str(EXAMPLES / "electrician-marks.csv"), "--event", eid,
              "--trade", "electrician")  # fmt: skip
    assert run.code == 0, run.err
    return eid


def test_csv_has_the_issue_columns_and_hand_worked_values(cli, marked):
    # 2001: e1 35 33 (J1 +1, J2 −1), e2 50 52 (J1 −1, J2 +1); 2002: e1 38 37, e2 55 54
    # (J1 +1/2, J2 −1/2 each): J1 (1 − 1 + 1/2 + 1/2) / 4 = 0.25, J2 −0.25; tolerance 5: none.
    run = cli("judges", "analysis", "--event", marked, "--trade", "electrician")  # csv by default
    assert run.code == 0, run.err
    assert run.out.splitlines() == [
        "judge,name,marks,mean_offset,flagged_share,trimmed_high,trimmed_low",
        "J1,张建国,4,0.25,0.00,0,0",
        "J2,李红梅,4,-0.25,0.00,0,0",
    ]


def test_table_says_the_marks_may_still_change_before_the_lock(cli, marked):
    run = cli(
        "judges", "analysis", "--event", marked, "--trade", "electrician", "--format", "table"
    )
    assert run.code == 0, run.err
    assert "-0.25" in run.out and "分析的评分组（两名以上裁判评分）：4" in run.out
    assert "注意：成绩未经裁判长锁定，分数仍可能变动" in run.out


def test_an_unknown_trade_is_one_line_not_a_traceback(cli, marked):
    run = cli("judges", "analysis", "--event", marked, "--trade", "nope")
    assert run.code == 1 and run.err.startswith("错误：") and "Traceback" not in run.err


def test_a_judge_may_not_see_the_analysis(cli, marked, monkeypatch):
    monkeypatch.setenv("COMPETITION_APP_PASSWORD", PASSWORD)
    monkeypatch.setenv("COMPETITION_APP_NEW_PASSWORD", PASSWORD)
    assert cli("users", "add", "组委会", "--role", "organizer").code == 0
    assert cli("--user", "组委会", "users", "add", "裁判员甲", "--role", "judge").code == 0
    args = ("judges", "analysis", "--event", marked, "--trade", "electrician")
    refused = cli("--user", "裁判员甲", *args)
    assert refused.code == 1 and "无权查看审计日志" in refused.err
    assert cli("--user", "组委会", *args).code == 0


def test_the_printed_sheet_carries_the_table_and_the_chief_judges_line(cli, marked, tmp_path):
    out = tmp_path / "analysis.pdf"
    days = {date.today()}
    run = cli(
        "print", "judge-analysis", "--event", marked, "--trade", "electrician", "-o", str(out)
    )
    assert run.code == 0, run.err
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "电工评分一致性分析表" in text and "总裁判长签字" in text
    assert "张建国" in text and "-0.25" in text
    assert "草稿，不作正式结果：成绩未经裁判长锁定" in text
    # dated the day it is printed and signed, as the result and re-check sheets are, not with
    # the contest's day (2022-07-20 in the example event)
    from competition_app.reports.dates import cn_date

    days.add(date.today())  # printed either side of midnight
    assert any(f"日期：{cn_date(d)}" in text for d in days) and "2022年7月20日" not in text
