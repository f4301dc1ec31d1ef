"""`results decide` / `results undecide`: the chief judge's order for a tie from the command
line, in Chinese and English, and what the results then say."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.services.results.test_tie_decisions import EVENT, PEOPLE, SCORES

pytestmark = pytest.mark.backends("sqlite")


@pytest.fixture
def tied(cli: Callable[..., Run], write: Callable[..., Path]) -> str:
    run = cli("event", "import", str(write("event.toml", EVENT)))
    assert run.code == 0, run.err
    event = run.last_line
    assert cli("contestants", "import", "--event", event, str(write("p.csv", PEOPLE))).code == 0
    run = cli(
        "scores", "import", "--event", event, "--trade", "fitter", str(write("s.csv", SCORES))
    )
    assert run.code == 0, run.err
    return event


def _rows(cli: Callable[..., Run], event: str) -> dict[str, dict[str, str]]:
    run = cli("results", "--event", event, "--trade", "fitter")
    return {r["number"]: r for r in csv.DictReader(io.StringIO(run.out.lstrip("\ufeff")))}


def test_decide_then_undecide(cli, tied):
    assert _rows(cli, tied)["101"]["rank"] == _rows(cli, tied)["102"]["rank"] == "1"
    run = cli("results", "decide", "--event", tied, "--trade", "fitter", "--order", "102，101",
              "--reason", "抽签决定")  # fmt: skip
    assert run.code == 0, run.err
    assert run.out.splitlines() == ["已记录裁定：钳工", "第 1 名：102 刘䶮", "第 2 名：101 陈𠮷"]
    rows = _rows(cli, tied)
    assert (rows["102"]["rank"], rows["101"]["rank"]) == ("1", "2")
    assert "并列待裁判长裁定" not in rows["101"]["note"]
    run = cli("--lang", "en", "results", "undecide", "--event", tied, "--trade", "fitter",
              "--number", "101", "--reason", "lots drawn again")  # fmt: skip
    assert run.code == 0, run.err
    assert run.out.strip() == "Decision withdrawn: in 钳工, 101、102 share their place again"
    assert _rows(cli, tied)["101"]["rank"] == "1"


def test_refusals_are_worded_and_change_nothing(cli, tied):
    base = ("results", "decide", "--event", tied, "--trade", "fitter")
    run = cli(*base, "--order", "101", "--reason", "抽签")
    assert run.code != 0 and "还缺 102" in run.err and "Traceback" not in run.err
    run = cli("--lang", "en", *base, "--order", "101,102")
    assert run.code != 0 and "needs its grounds" in run.err
    run = cli(*base, "--reason", "抽签")
    assert run.code != 0 and "需要 --order" in run.err
    run = cli("results", "--event", tied, "--trade", "fitter", "--order", "101,102")
    assert run.code != 0 and "只用于 results decide" in run.err
    assert _rows(cli, tied)["101"]["rank"] == _rows(cli, tied)["102"]["rank"] == "1"
