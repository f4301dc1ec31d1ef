"""`recheck draw|confirm|correct|status|list`: a small trade re-checked from the command line."""

from __future__ import annotations

import subprocess
import tomllib

import pytest

EVENT = """
[event]
name = "复核演练"
date = "2022-07-20"
organizer = "组委会"

[[trades]]
code = "fitter"
name = "钳工"
components = [ { code = "practical", name = "操作技能", weight = "1" } ]
criteria = [ { code = "p1", name = "尺寸精度", component = "practical", max = "60" },
             { code = "p2", name = "安全文明生产", component = "practical", max = "40" } ]
recheck = { required = true, top = 2, share = "0.34", error_rate = "0.05" }
"""

PEOPLE = "number,name,trade,unit\n" + "".join(
    f"10{i:02d},选手{i},fitter,单位{i}\n" for i in range(1, 8)
)
SCORES = "number,p1,p2\n" + "".join(f"10{i:02d},{60 - i},{40 - i}\n" for i in range(1, 8))


@pytest.fixture
def trade(cli, write) -> str:
    run = cli("event", "import", str(write("event.toml", EVENT)))
    assert run.code == 0, run.err
    event = run.last_line
    assert cli("contestants", "import", str(write("c.csv", PEOPLE)), "--event", event).code == 0
    scores = write("s.csv", SCORES)
    assert cli("scores", "import", str(scores), "--event", event, "--trade", "fitter").code == 0
    return event


def _drawn(out: str) -> list[tuple[str, str]]:
    """(number, part) of each row of the printed list."""
    return [
        (line.split()[0], line.split()[3])
        for line in out.splitlines()
        if line.startswith("10") and line[:4].isdigit()
    ]


@pytest.mark.backends("sqlite")
def test_the_settings_travel_with_the_event_file(cli, trade, tmp_path):
    out = tmp_path / "back.toml"
    assert cli("event", "export", trade, str(out)).code == 0
    written = tomllib.loads(out.read_text(encoding="utf-8"))["trades"][0]["recheck"]
    assert written == {"required": True, "top": 2, "share": "0.34", "error_rate": "0.05"}


@pytest.mark.backends("sqlite")
def test_a_recheck_from_draw_to_lock(cli, trade, tmp_path):
    where = ("--event", trade, "--trade", "fitter")
    assert cli("recheck", "status", *where).code == 3
    drawn = cli("recheck", "draw", *where, "--seed", "20220720")
    assert drawn.code == 0, drawn.err
    assert "种子 20220720" in drawn.out
    rows = _drawn(drawn.out)
    # 7 ranked: the top 2 in full, ceil(0.34 × 5) = 2 of the other five
    assert [p for _n, p in rows] == ["前列全检", "前列全检", "随机抽查", "随机抽查"]
    assert {n for n, _p in rows[:2]} == {"1001", "1002"}
    again = cli("recheck", "draw", *where, "--seed", "1")
    assert again.code == 1 and "重新抽取须写明原因" in again.err

    locked = cli("trades", "lock", *where)
    assert locked.code == 1 and "抽样复核未完成" in locked.err

    pdf = tmp_path / "list.pdf"
    assert cli("recheck", "list", *where, "--output", str(pdf)).code == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "钳工抽样复核名单" in text and "种子 20220720" in text and "选手1" in text
    assert "复核人签字" in text and "p1 尺寸精度" in text

    for number, _part in rows[:3]:
        assert cli("recheck", "confirm", *where, "--number", number).code == 0
    assert cli("recheck", "status", *where).code == 3
    last = rows[3][0]
    fixed = cli("recheck", "correct", *where, "--number", last, "--criterion", "p1", "--value",
                "50", "--reason", "原始评分表为 50")  # fmt: skip
    assert fixed.code == 0, fixed.err
    # one corrected sheet of a sample of two is 50 %: everybody is re-checked now
    assert "已扩大为全部复核" in fixed.out
    status = cli("recheck", "status", *where, "--rows")
    assert status.code == 3 and "已复核 4/7" in status.out
    for number in ("1001", "1002", "1003", "1004", "1005", "1006", "1007"):
        if number not in {n for n, _p in rows}:
            assert cli("recheck", "confirm", *where, "--number", number).code == 0
    done = cli("recheck", "status", *where)
    assert done.code == 0 and "已复核 7/7" in done.out
    assert cli("trades", "lock", *where).code == 0
