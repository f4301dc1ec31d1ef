"""`print recheck` and `recheck correct --component`: the whole score sheet, direct scores too,
printed and corrected from the command line."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

EVENT = """
[event]
name = "复核演练"
date = "2022-07-20"
organizer = "组委会"

[[trades]]
code = "fitter"
name = "钳工"
components = [ { code = "theory", name = "理论知识", weight = "0.3" },
               { code = "practical", name = "操作技能", weight = "0.7" } ]
criteria = [ { code = "p1", name = "尺寸精度", component = "practical", max = "60" },
             { code = "p2", name = "安全文明生产", component = "practical", max = "40" } ]
recheck = { required = true, top = 3, share = "0.15", error_rate = "0.05" }
"""
PEOPLE = "number,name,trade,unit\n" + "".join(
    f"10{i:02d},选手{i},fitter,单位{i}\n" for i in range(1, 4)
)
SCORES = "number,theory,p1,p2\n" + "".join(
    f"10{i:02d},{80 + i}.5,{60 - i},{40 - i}\n" for i in range(1, 4)
)


@pytest.fixture
def where(cli, write) -> tuple[str, ...]:
    run = cli("event", "import", str(write("event.toml", EVENT)))
    assert run.code == 0, run.err
    event = run.last_line
    assert cli("contestants", "import", str(write("c.csv", PEOPLE)), "--event", event).code == 0
    scores = write("s.csv", SCORES)
    assert cli("scores", "import", str(scores), "--event", event, "--trade", "fitter").code == 0
    return ("--event", event, "--trade", "fitter")


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.backends("sqlite")
def test_print_recheck_lists_the_direct_scores_with_the_marks(cli, where, tmp_path):
    pdf = tmp_path / "list.pdf"
    early = cli("print", "recheck", *where, "--output", str(pdf))
    assert early.code == 1 and "尚未抽取复核样本" in early.err and not pdf.exists()
    assert cli("recheck", "draw", *where, "--seed", "7").code == 0
    made = cli("print", "recheck", *where, "--output", str(pdf))
    assert made.code == 0, made.err
    assert f"已生成抽样复核名单：{pdf}" in made.out
    text = _text(pdf)
    assert "钳工抽样复核名单" in text and "种子 7" in text
    theory = [line for line in text.splitlines() if "theory 理论知识" in line]
    assert len(theory) == 3 and any("81.5" in line for line in theory)
    assert "p1 尺寸精度" in text and "p2 安全文明生产" in text


@pytest.mark.backends("sqlite")
def test_a_direct_score_is_corrected_from_the_command_line(cli, where, tmp_path):
    assert cli("recheck", "draw", *where, "--seed", "7").code == 0
    fixed = cli("recheck", "correct", *where, "--number", "1001", "--component", "theory",
                "--value", "88", "--reason", "理论试卷复核")  # fmt: skip
    assert fixed.code == 0, fixed.err
    rows = cli("recheck", "status", *where, "--rows")
    line = next(x for x in rows.out.splitlines() if x.startswith("1001"))
    assert "已更正" in line and "theory: 81.5 → 88" in line
    pdf = tmp_path / "after.pdf"
    assert cli("print", "recheck", *where, "--output", str(pdf)).code == 0
    assert any("theory 理论知识" in x and "88" in x for x in _text(pdf).splitlines())

    judged = cli("recheck", "correct", *where, "--number", "1002", "--component", "theory",
                 "--value", "80", "--judge", "J1")  # fmt: skip
    assert judged.code != 0 and "不能与 --judge 同用" in judged.err
    wrong = cli("recheck", "correct", *where, "--number", "1002", "--component", "practical",
                "--value", "80")  # fmt: skip
    assert wrong.code == 1 and "“practical”不能直接录入分数" in wrong.err
    with pytest.raises(SystemExit) as both:  # argparse's refusal: one or the other
        cli("recheck", "correct", *where, "--number", "1002", "--component", "theory",
            "--criterion", "p1", "--value", "80")  # fmt: skip
    assert both.value.code == 2
