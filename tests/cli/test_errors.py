"""How the command line says what went wrong: one line (or one per bad row) on standard error, in
the words of one function, and the exit status a script can act on."""

from __future__ import annotations

import ast
import io
from pathlib import Path

import pytest

import competition_app.cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CLI = Path(competition_app.cli.__file__).parent


@pytest.fixture
def event(cli) -> str:
    run = cli("event", "import", str(EXAMPLES / "event.toml"))
    form = str(EXAMPLES / "contestants.csv")
    assert cli("contestants", "import", form, "--event", run.last_line).code == 0
    return run.last_line


def test_names_the_cli_cannot_find_are_refused_in_one_line(cli, event):
    trade = ("--event", event, "--trade", "fitter")
    mark = ("--criterion", "theory", "--value", "80")
    run = cli("marks", "enter", *trade, "--number", "2001", *mark)  # 2001 is an electrician
    assert (run.code, run.err) == (1, "错误：工种“fitter”没有参赛证号“2001”的选手\n")
    run = cli("judges", "conflict", "--event", event, "--judge", "J9", "--number", "1001",
              "--reason", "同单位")  # fmt: skip
    assert (run.code, run.err) == (1, f"错误：赛事 {event} 没有裁判“J9”\n")
    run = cli("judges", "conflict", "--event", event, "--judge", "J1", "--number", "9999",
              "--reason", "同单位")  # fmt: skip
    assert (run.code, run.err) == (1, f"错误：赛事 {event} 没有参赛证号“9999”的选手\n")
    run = cli("appeals", "apply", "7", "--event", event, "--change", "1001:theory=90")
    assert (run.code, run.err) == (1, f"错误：赛事 {event} 没有编号为 7 的申诉\n")


def test_a_bad_scan_at_check_in_is_one_error_line_and_the_desk_goes_on(cli, event, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("9999\n1001\n"))
    run = cli("checkin", "in", "--event", event)
    assert run.code == 1 and "王伟" in run.out
    assert run.err.startswith("9999: 错误：") and len(run.err.splitlines()) == 1


def test_offline_verification_without_the_key_file_is_a_usage_error(cli):
    run = cli("verify", "--offline", "CERT-TEXT")
    assert (run.code, run.out, run.err) == (
        2,
        "",
        "错误：离线核验须用 --key 给出赛事公布的公钥文件\n",
    )


def test_ctrl_c_says_what_was_not_saved(cli, monkeypatch):
    from competition_app.cli import event as event_commands

    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(event_commands, "cmd_event_list", interrupted)
    run = cli("event", "list")
    assert (run.code, run.err) == (130, "已中断，本次操作未完成的部分没有保存。\n")


def _texts(path: Path) -> list[str]:
    return [
        node.value
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def test_only_report_error_words_an_error():
    """So that translating the messages is done in one place: no command module writes the
    "错误：" of an error line itself."""
    words = ("错误：", "程序错误", "已中断", "处问题")
    writers = {p.name for p in CLI.glob("*.py") if any(w in t for t in _texts(p) for w in words)}
    assert writers == {"common.py"}
