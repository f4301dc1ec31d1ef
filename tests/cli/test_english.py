"""`--lang en`: the command line words its refusals in English; Chinese stays the default."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
pytestmark = pytest.mark.backends("sqlite")

BAD = (
    "number,name,trade,id_number\n"
    "5001,周八,fitter,\n"
    "5001,吴九,fitter,\n"  # repeated in the file
    "5002,王一,welder,\n"  # unknown trade
    "5003,,fitter,\n"  # no name
)


@pytest.fixture
def event(cli) -> str:
    run = cli("event", "import", str(EXAMPLES / "event.toml"))
    assert run.code == 0, run.err
    return run.last_line


def test_a_refused_import_in_english(cli, write, event):
    bad = write("bad.csv", BAD)
    chinese = cli("contestants", "import", str(bad), "--event", event)
    english = cli("--lang", "en", "contestants", "import", str(bad), "--event", event)
    assert english.code == chinese.code == 2
    assert "bad.csv:3:number: 参赛证号“5001”与第 2 行重复" in chinese.err
    assert english.err.splitlines() == [
        'bad.csv:3:number: entry number "5001" repeats row 2',
        'bad.csv:4:trade: unknown trade "welder"',
        "bad.csv:5:name: name is empty",
        "3 problems; nothing was written.",
    ]


def test_explain_takes_the_language_before_or_after_the_command(cli, event):
    assert (
        cli("contestants", "import", str(EXAMPLES / "contestants.csv"), "--event", event).code == 0
    )
    after = cli(
        "results",
        "explain",
        "--event",
        event,
        "--trade",
        "fitter",
        "--number",
        "1001",
        "--lang",
        "en",
    )
    before = cli(
        "--lang",
        "en",
        "results",
        "explain",
        "--event",
        event,
        "--trade",
        "fitter",
        "--number",
        "1001",
    )
    chinese = cli("results", "explain", "--event", event, "--trade", "fitter", "--number", "1001")
    assert after.code == before.code == chinese.code == 0
    assert after.out == before.out != chinese.out
