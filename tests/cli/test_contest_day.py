"""The contest-day commands: log-in once users exist, roles, lots verify, audit verify after an edit
with the sqlite3 module, decryption only after the lock, check-in from a scanner, appeals."""

from __future__ import annotations

import io
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from tests.services.staff import PASSWORD, fast_passwords  # noqa: F401

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def event(cli) -> str:
    run = cli("event", "import", str(EXAMPLES / "event.toml"))
    assert run.code == 0, run.err
    assert (
        cli(
            "contestants", "import", str(EXAMPLES / "contestants.csv"), "--event", run.last_line
        ).code
        == 0
    )
    return run.last_line


@pytest.fixture
def staffed(cli, event, monkeypatch):
    """An organizer, a chief judge, a judge, an encryption judge and a viewer, all with PASSWORD."""
    monkeypatch.setenv("COMPETITION_APP_PASSWORD", PASSWORD)
    monkeypatch.setenv("COMPETITION_APP_NEW_PASSWORD", PASSWORD)
    assert cli("users", "add", "组委会", "--role", "organizer").code == 0
    for name, role in (
        ("裁判长", "chief_judge"),
        ("裁判员甲", "judge"),
        ("加密裁判", "encryption_judge"),
        ("监督", "viewer"),
    ):
        run = cli("--user", "组委会", "users", "add", name, "--role", role)
        assert run.code == 0, run.err
    return event


def _sqlite_path(database_url: str) -> str:
    return database_url.removeprefix("sqlite:///")


def test_the_first_user_must_be_an_organizer(cli, event, monkeypatch):
    monkeypatch.setenv("COMPETITION_APP_PASSWORD", PASSWORD)
    run = cli("users", "add", "裁判员甲", "--role", "judge")
    assert run.code == 1 and "organizer" in run.err
    run = cli("users", "add", "组委会", "--role", "organizer")
    assert run.code == 0 and "需要登录" in run.out


def test_once_users_exist_a_changing_command_needs_user_and_password(cli, staffed, monkeypatch):
    run = cli("lots", "draw", "--event", staffed, "--trade", "fitter")
    assert run.code == 1 and "--user" in run.err
    monkeypatch.setenv("COMPETITION_APP_PASSWORD", "wrong-password")
    run = cli("--user", "组委会", "lots", "draw", "--event", staffed, "--trade", "fitter")
    assert run.code == 1 and "密码不正确" in run.err
    monkeypatch.setenv("COMPETITION_APP_PASSWORD", PASSWORD)
    run = cli("--user", "组委会", "lots", "draw", "--event", staffed, "--trade", "fitter")
    assert run.code == 0, run.err
    # reading needs no log-in
    assert cli("results", "--event", staffed, "--trade", "fitter").code == 0
    assert cli("users", "list").code == 0


def test_results_with_a_user_still_checks_the_password(cli, staffed, monkeypatch):
    # results read without the database layer only when nobody logs in: a named user is
    # authenticated the full way, so a wrong password is refused and nothing is printed
    monkeypatch.setenv("COMPETITION_APP_PASSWORD", "wrong-password")
    run = cli("--user", "监督", "results", "--event", staffed, "--trade", "fitter")
    assert run.code == 1 and "密码不正确" in run.err and run.out == ""
    monkeypatch.setenv("COMPETITION_APP_PASSWORD", PASSWORD)
    logged_in = cli("--user", "监督", "results", "--event", staffed, "--trade", "fitter")
    anonymous = cli("results", "--event", staffed, "--trade", "fitter")
    assert logged_in.code == anonymous.code == 0
    assert logged_in.out == anonymous.out and "rank,number" in anonymous.out


def test_the_password_is_prompted_when_not_in_the_environment(cli, staffed, monkeypatch):
    monkeypatch.delenv("COMPETITION_APP_PASSWORD")
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSWORD)
    run = cli("--user", "组委会", "lots", "draw", "--event", staffed, "--trade", "fitter")
    assert run.code == 0, run.err


def test_a_judge_cannot_lock_decrypt_or_edit_settings_and_a_viewer_cannot_mark(cli, staffed):
    as_judge = ("--user", "裁判员甲")
    trade = ("--event", staffed, "--trade", "electrician")
    for args in (
        ("trades", "lock", *trade),
        ("codes", "decrypt", *trade),
        ("trades", "options", *trade, "--blind", "on"),
    ):
        run = cli(*as_judge, *args)
        assert run.code == 1 and "无权" in run.err, args
    run = cli(
        "--user",
        "监督",
        "marks",
        "enter",
        *trade,
        "--number",
        "2001",
        "--criterion",
        "e1",
        "--value",
        "30",
    )
    assert run.code == 1 and "无权录入成绩" in run.err
    run = cli(
        *as_judge,
        "marks",
        "enter",
        *trade,
        "--number",
        "2001",
        "--criterion",
        "e1",
        "--value",
        "30",
    )
    assert run.code == 0, run.err
    assert cli("--user", "裁判长", "trades", "lock", *trade).code == 0


def test_decryption_only_after_the_lock(cli, staffed):
    trade = ("--event", staffed, "--trade", "electrician")
    assert cli("--user", "加密裁判", "codes", "generate", *trade).code == 0
    tables = cli("--user", "加密裁判", "codes", "tables", *trade)
    assert tables.code == 0 and "一次加密" in tables.out and "二次加密" in tables.out
    run = cli("--user", "加密裁判", "codes", "decrypt", *trade)
    assert run.code == 1 and "锁定" in run.err
    assert cli("--user", "裁判长", "trades", "lock", *trade).code == 0
    run = cli("--user", "加密裁判", "codes", "decrypt", *trade)
    assert run.code == 0 and "2001" in run.out and "刘洋" in run.out


def test_lots_verify_reproduces_a_draw_and_reports_a_changed_one(cli, event, database_url):
    trade = ("--event", event, "--trade", "fitter")
    run = cli("lots", "draw", *trade, "--seed", "20220720", "--sessions", "2x2")
    assert run.code == 0 and "种子：20220720" in run.out
    assert cli("lots", "draw", *trade).code == 1  # a redraw needs --force
    run = cli("lots", "verify", *trade)
    assert run.code == 0 and "一致" in run.out
    assert "20220720" in cli("lots", "show", *trade).out
    if not database_url.startswith("sqlite"):
        return
    con = sqlite3.connect(_sqlite_path(database_url))
    con.execute("UPDATE lot_place SET session = 2, station = 2 WHERE draw_order = 1")
    con.commit()
    con.close()
    run = cli("lots", "verify", *trade)
    assert run.code == 3 and "应为第1场" in run.err


@pytest.mark.backends("sqlite")
def test_audit_verify_names_the_entry_edited_with_the_sqlite3_module(cli, event, database_url):
    assert cli("lots", "draw", "--event", event, "--trade", "fitter").code == 0
    run = cli("audit", "verify")
    assert run.code == 0 and "完整" in run.out
    con = sqlite3.connect(_sqlite_path(database_url))
    con.execute("UPDATE audit_entry SET user = '别人' WHERE id = 2")
    con.commit()
    con.close()
    run = cli("audit", "verify")
    assert run.code == 3 and "第 2 条" in run.err and "：2" in run.err


@pytest.mark.backends("sqlite")
def test_audit_verify_finds_the_last_entry_deleted(cli, event, database_url):
    assert cli("lots", "draw", "--event", event, "--trade", "fitter").code == 0
    con = sqlite3.connect(_sqlite_path(database_url))
    (last,) = con.execute("SELECT MAX(id) FROM audit_entry").fetchone()
    con.execute("DELETE FROM audit_entry WHERE id = ?", (last,))
    con.commit()
    con.close()
    run = cli("audit", "verify")
    assert run.code == 3 and f"第 {last} 条" in run.err and "删除" in run.err


def test_audit_show_needs_the_audit_permission_once_users_exist(cli, staffed):
    assert cli("audit", "show").code == 1
    assert cli("--user", "裁判员甲", "audit", "show").code == 1
    run = cli("--user", "监督", "audit", "show", "--event", staffed, "--limit", "3")
    assert run.code == 0 and "user.add" in run.out
    assert "密码：" in run.out and '"password"' not in run.out  # fields named, not JSON
    run = cli("--lang", "en", "--user", "监督", "audit", "show", "--event", staffed, "--limit", "3")
    assert run.code == 0 and "password: " in run.out


def test_check_in_from_a_barcode_scanner_on_standard_input(cli, event, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("1001\n1001\n9999\n1002\r\n"))
    run = cli("checkin", "in", "--event", event)
    assert run.code == 1  # one bad scan, reported; the others went through
    assert "王伟" in run.out and "已检录过" in run.out and "9999" in run.err
    assert cli("checkin", "absent", "--event", event, "1003").code == 0
    run = cli("checkin", "missing", "--event", event, "--trade", "fitter")
    assert run.code == 0 and "已到 2，缺考 1" in run.out


def test_verified_entry_and_resolution_from_the_command_line(cli, staffed):
    trade = ("--event", staffed, "--trade", "electrician")
    assert cli("--user", "组委会", "trades", "options", *trade, "--double-entry", "on").code == 0
    for number in ("2001", "2002"):
        for crit in ("e1", "e2"):
            for judge in ("J1", "J2"):
                mark = (
                    "marks",
                    "enter",
                    *trade,
                    "--number",
                    number,
                    "--criterion",
                    crit,
                    "--judge",
                    judge,
                )
                first = cli("--user", "裁判员甲", *mark, "--value", "30", "--pass", "1")
                assert first.code == 0 and "待另一遍" in first.out
                again = cli("--user", "裁判员甲", *mark, "--value", "30", "--pass", "2")
                assert again.code == 1 and "另一人" in again.err
                second_value = "3" if (number, crit, judge) == ("2002", "e2", "J2") else "30"
                second = cli("--user", "裁判长", *mark, "--value", second_value, "--pass", "2")
                assert second.code == 0, second.err
    run = cli("marks", "verification", *trade)
    assert run.code == 3 and "不一致 1" in run.out and "2002" in run.out
    assert cli("--user", "裁判长", "trades", "lock", *trade).code == 1  # not before verified
    run = cli(
        "--user",
        "裁判长",
        "marks",
        "resolve",
        *trade,
        "--number",
        "2002",
        "--criterion",
        "e2",
        "--judge",
        "J2",
        "--value",
        "30",
        "--reason",
        "核对原始评分表",
    )
    assert run.code == 0, run.err
    assert cli("marks", "verification", *trade).code == 0
    assert cli("--user", "裁判长", "trades", "lock", *trade).code == 0


def test_appeals_window_decision_and_changes(cli, event, write):
    trade = ("--event", event, "--trade", "electrician")
    theory = write("theory.csv", "number,theory\n2001,80\n2002,80\n")
    assert cli("scores", "import", str(theory), *trade).code == 0
    for number, e1 in (("2001", "30"), ("2002", "35")):
        for crit, value in (("e1", e1), ("e2", "50")):
            assert (
                cli(
                    "marks",
                    "enter",
                    *trade,
                    "--number",
                    number,
                    "--criterion",
                    crit,
                    "--value",
                    value,
                ).code
                == 0
            )
    assert cli("trades", "options", *trade, "--ends-at", "2022-07-20 17:00").code == 0
    assert cli("trades", "lock", *trade).code == 0
    late = cli(
        "appeals",
        "add",
        *trade,
        "--number",
        "2001",
        "--reason",
        "漏评",
        "--received",
        "2022-07-20 19:30",
    )
    assert late.code == 1 and "时限已过" in late.err
    run = cli(
        "appeals",
        "add",
        *trade,
        "--number",
        "2001",
        "--reason",
        "漏评",
        "--received",
        "2022-07-20 18:30",
    )
    assert run.code == 0
    appeal = run.last_line
    assert cli("appeals", "decide", appeal, "--decision", "upheld", "--note", "属实").code == 0
    run = cli("appeals", "apply", appeal, "--event", event, "--change", "2001:e1=40")
    assert run.code == 0, run.err
    assert "已修改 1 个分数" in run.out and "2001" in run.out and "2002" in run.out
    assert cli("audit", "verify").code == 0


def test_the_encryption_judge_prints_the_sealed_code_lists(cli, staffed, tmp_path):
    from tests.reports.pdf_tools import PdfTools

    trade = ("--event", staffed, "--trade", "electrician")
    assert cli("--user", "加密裁判", "codes", "generate", *trade).code == 0
    out = tmp_path / "second.pdf"
    run = cli("--user", "加密裁判", "codes", "print", *trade, "--layer", "2", "-o", str(out))
    assert run.code == 0, run.err
    text = PdfTools(tmp_path).flat_text(out.read_bytes())
    assert "二次加密表" in text and "一次加密表" not in text and "刘洋" not in text
    run = cli("--user", "裁判员甲", "codes", "print", *trade, "-o", str(tmp_path / "x.pdf"))
    assert run.code == 1 and "无权" in run.err and not (tmp_path / "x.pdf").exists()


def test_results_of_a_blind_trade_name_nobody_before_decryption(cli, staffed):
    trade = ("--event", staffed, "--trade", "electrician")
    assert cli("--user", "组委会", "trades", "options", *trade, "--blind", "on").code == 0
    assert cli("--user", "加密裁判", "codes", "generate", *trade).code == 0
    run = cli("results", *trade)
    assert run.code == 0 and "刘洋" not in run.out and "2001" not in run.out
    assert cli("--user", "裁判长", "trades", "lock", *trade).code == 0
    assert "刘洋" not in cli("results", *trade).out
    assert cli("--user", "加密裁判", "codes", "decrypt", *trade).code == 0
    assert "刘洋" in cli("results", *trade).out


def test_verified_entry_on_one_laptop_without_users_names_the_two_clerks(cli, event):
    trade = ("--event", event, "--trade", "electrician")
    assert cli("trades", "options", *trade, "--double-entry", "on").code == 0
    mark = ("marks", "enter", *trade, "--number", "2001", "--criterion", "e1", "--judge", "J1")
    run = cli(*mark, "--value", "30", "--pass", "1")
    assert run.code == 1 and "录入员姓名" in run.err
    assert cli(*mark, "--value", "30", "--pass", "1", "--clerk", "王芳").code == 0
    run = cli(*mark, "--value", "30", "--pass", "2", "--clerk", "王芳")
    assert run.code == 1 and "另一人" in run.err
    run = cli(*mark, "--value", "30", "--pass", "2", "--clerk", "李娜")
    assert run.code == 0 and "一致" in run.out
    assert "王芳" in cli("audit", "show", "--event", event).out


def test_an_end_time_is_cleared_with_none_and_appeals_wait_for_a_new_one(cli, event):
    trade = ("--event", event, "--trade", "electrician")
    run = cli("trades", "options", *trade, "--ends-at", "2022-07-20 17:00")
    assert run.code == 0 and "ends_at = 2022-07-20 17:00:00" in run.out
    run = cli("trades", "options", *trade, "--ends-at", "none")
    assert run.code == 0 and "ends_at = -" in run.out
    assert "ends_at = -" in cli("trades", "options", *trade).out
    appeal = ("appeals", "add", *trade, "--number", "2001", "--reason", "漏评")
    run = cli(*appeal, "--received", "2022-07-20 18:00")
    assert run.code == 1 and "请先设置结束时间" in run.err
    assert "trade.options" in cli("audit", "show", "--event", event, "--limit", "1").out


def test_late_check_in_is_flagged_and_listed(cli, event, monkeypatch):
    from competition_app.services.contest_day import checkin

    trade = ("--event", event, "--trade", "fitter")
    run = cli("trades", "options", *trade, "--session-starts", "2022-07-20 08:30")
    assert run.code == 0 and "session_starts = 2022-07-20 08:30" in run.out
    monkeypatch.setattr(checkin, "now", lambda: datetime(2022, 7, 20, 8, 20))
    run = cli("checkin", "in", "--event", event, "1001")
    assert run.code == 0 and "迟到" not in run.out
    monkeypatch.setattr(checkin, "now", lambda: datetime(2022, 7, 20, 8, 42))
    run = cli("checkin", "in", "--event", event, "1002")
    assert run.code == 0 and "迟到 12 分钟（08:30 开始）" in run.out
    run = cli("checkin", "late", *trade)
    assert run.code == 0 and "1002" in run.out and "1001" not in run.out
    assert "迟到 1 人" in run.out
    run = cli("checkin", "missing", *trade)
    assert "已到 2（其中迟到 1）" in run.out
    run = cli("trades", "options", *trade, "--session-starts", "none")
    assert "session_starts = -" in run.out
    assert "迟到 0 人" in cli("checkin", "late", *trade).out


def test_lots_draw_keeps_the_sessions_given_for_the_next_draw(cli, event):
    trade = ("--event", event, "--trade", "fitter")
    assert cli("lots", "draw", *trade, "--sessions", "2,2").code == 0
    assert "sessions = 2,2" in cli("trades", "options", *trade).out
    run = cli("lots", "draw", *trade, "--force")
    assert run.code == 0 and "场次容量：2,2" in run.out


def test_team_standings_say_which_blind_trade_they_leave_out(cli, staffed, tmp_path):
    from tests.reports.pdf_tools import PdfTools

    trade = ("--event", staffed, "--trade", "electrician")
    assert cli("--user", "组委会", "trades", "options", *trade, "--blind", "on").code == 0
    run = cli("teams", "--event", staffed)
    assert run.code == 0 and "未计入盲评未解密的工种：电工" in run.err
    out = tmp_path / "teams.pdf"
    assert cli("print", "teams", "--event", staffed, "-o", str(out)).code == 0
    assert "未含盲评未解密的工种：电工" in PdfTools(tmp_path).flat_text(out.read_bytes())
    run = cli("teams", *trade)
    assert run.code == 1 and "解密前不计算团体成绩" in run.err
