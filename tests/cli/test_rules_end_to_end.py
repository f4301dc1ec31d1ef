"""Every rule, end to end through the CLI: event file, registration, scores, results CSV.

Each expectation is worked out by hand in the comment beside it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

HEAD = """
[event]
name = "规则测试赛"
date = "2022-07-20"
organizer = "测试"
team_best_n = 2

[[trades]]
code = "t"
name = "钳工"
"""


def contest(
    cli: Callable[..., object],
    write: Callable[..., Path],
    trade: str,
    people: list[str],
    scores: str,
    *,
    judges: str = "",
) -> list[dict[str, str]]:
    run = cli("event", "import", str(write("event.toml", HEAD + trade + judges)))
    assert run.code == 0, run.err  # type: ignore[attr-defined]
    event = run.last_line  # type: ignore[attr-defined]
    reg = "number,name,trade,unit,team,status\n" + "\n".join(people) + "\n"
    run = cli("contestants", "import", str(write("people.csv", reg)), "--event", event)
    assert run.code == 0, run.err  # type: ignore[attr-defined]
    run = cli(
        "scores", "import", str(write("scores.csv", scores)), "--event", event, "--trade", "t"
    )
    assert run.code == 0, run.err  # type: ignore[attr-defined]
    run = cli("results", "--event", event, "--trade", "t")
    assert run.code == 0, run.err  # type: ignore[attr-defined]
    return list(csv.DictReader(io.StringIO(run.out)))  # type: ignore[attr-defined]


def by_number(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {r["number"]: r for r in rows}


PROVINCIAL = 'preset = "cn-provincial"\n'


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        # 0.3 × 80.15 + 0.7 × 90 = 24.045 + 63 = 87.045
        ("half_up", "87.05"),
        ("half_even", "87.04"),
        ("down", "87.04"),
    ],
)
def test_weighted_total_and_rounding_mode(cli, write, mode, expected):
    rows = contest(
        cli,
        write,
        PROVINCIAL + f'rounding = "{mode}"\n',
        ["1,甲,t,,,"],
        "number,theory,practical\n1,80.15,90\n",
    )
    assert rows[0]["total"] == expected
    assert rows[0]["theory"] == "80.15"


CRITERIA_PANEL = """preset = "cn-provincial"
decimals = 0
criteria = [ { code = "p1", name = "工件", component = "practical", max = "100" } ]
panel = { method = "mean" }
"""
JUDGES3 = "".join(
    f'\n[[judges]]\ncode = "J{i}"\nname = "裁判{i}"\ntrades = ["t"]\n' for i in range(1, 6)
)


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # practical = mean(80, 81, 81) = 80.666…; total = 27 + 0.7 × 80.666… = 83.466… -> 83
        ("false", "83"),
        # components first: practical 81, total = 27 + 56.7 = 83.7 -> 84
        ("true", "84"),
    ],
)
def test_rounding_of_components_first(cli, write, first, expected):
    marks = "number,criterion,judge,mark\n1,p1,J1,80\n1,p1,J2,81\n1,p1,J3,81\n"
    rows = contest(
        cli,
        write,
        CRITERIA_PANEL + f"round_components_first = {first}\n",
        ["1,甲,t,,,"],
        marks,
        judges=JUDGES3,
    )
    # theory is entered separately; without it the contestant has no total
    assert rows[0]["total"] == ""
    assert "成绩未录完" in rows[0]["note"]


def test_components_first_with_theory(cli, write, tmp_path):
    marks = "number,criterion,judge,mark\n1,p1,J1,80\n1,p1,J2,81\n1,p1,J3,81\n"
    for first, expected in (("false", "83"), ("true", "84")):
        db = tmp_path / f"{first}.db"
        from competition_app.cli import main

        toml = write(
            f"e{first}.toml",
            HEAD + CRITERIA_PANEL + f"round_components_first = {first}\n" + JUDGES3,
        )
        assert main(["--db", str(db), "event", "import", str(toml)]) == 0
        assert (
            main(
                [
                    "--db",
                    str(db),
                    "contestants",
                    "import",
                    str(write("p.csv", "number,name,trade\n1,甲,t\n")),
                    "--event",
                    "1",
                ]
            )
            == 0
        )
        assert (
            main(
                [
                    "--db",
                    str(db),
                    "scores",
                    "import",
                    str(write("m.csv", marks)),
                    "--event",
                    "1",
                    "--trade",
                    "t",
                ]
            )
            == 0
        )
        assert (
            main(
                [
                    "--db",
                    str(db),
                    "scores",
                    "import",
                    str(write("th.csv", "number,theory\n1,90\n")),
                    "--event",
                    "1",
                    "--trade",
                    "t",
                ]
            )
            == 0
        )
        out = tmp_path / f"r{first}.csv"
        assert (
            main(["--db", str(db), "results", "--event", "1", "--trade", "t", "--output", str(out)])
            == 0
        )
        row = next(csv.DictReader(out.open(encoding="utf-8")))
        assert row["total"] == expected, first


def test_trimmed_mean_needs_five_judges(cli, write):
    trade = """preset = "cn-provincial"
components = [ { code = "practical", name = "操作技能", weight = "1" } ]
tie_break = ["total"]
criteria = [ { code = "p1", name = "工件", component = "practical", max = "100" } ]
panel = { method = "trimmed_mean", trim_min_judges = 5 }
"""
    marks = "number,criterion,judge,mark\n"
    # contestant 1: five judges, drop 70 and 99 -> (80 + 82 + 84) / 3 = 82
    marks += "".join(f"1,p1,J{i},{m}\n" for i, m in enumerate((70, 80, 82, 84, 99), start=1))
    # contestant 2: four judges, plain mean (70 + 80 + 84 + 99) / 4 = 83.25
    marks += "".join(f"2,p1,J{i},{m}\n" for i, m in enumerate((70, 80, 84, 99), start=1))
    rows = by_number(contest(cli, write, trade, ["1,甲,t,,,", "2,乙,t,,,"], marks, judges=JUDGES3))
    assert rows["1"]["total"] == "82.00"
    assert rows["2"]["total"] == "83.25"
    assert rows["2"]["rank"] == "1"


def test_worldskills_judgement_and_spread_flag(cli, write):
    trade = """preset = "cn-provincial"
components = [ { code = "practical", name = "操作技能", weight = "1" } ]
tie_break = ["total"]
criteria = [ { code = "m", name = "测量", component = "practical", max = "70" },
             { code = "j", name = "评价", component = "practical", max = "30", kind = "judgement" } ]
panel = { method = "worldskills_judgement", spread_tolerance = "1" }
"""
    marks = "number,criterion,judge,mark\n"
    # measurement: mean of 60 and 60 = 60; judgement 2, 3, 2 -> 30 × (7/3) / 3 = 23.333… -> 83.33
    marks += "1,m,J1,60\n1,m,J2,60\n1,j,J1,2\n1,j,J2,3\n1,j,J3,2\n"
    # judgement 1 and 3 differ by 2 > tolerance 1: flagged; 30 × 2 / 3 = 20 -> 80
    marks += "2,m,J1,60\n2,j,J1,1\n2,j,J2,3\n"
    rows = by_number(contest(cli, write, trade, ["1,甲,t,,,", "2,乙,t,,,"], marks, judges=JUDGES3))
    assert rows["1"]["total"] == "83.33"
    assert rows["2"]["total"] == "80.00"
    assert "评分差异超限" in rows["2"]["note"]
    assert "评分差异超限" not in rows["1"]["note"]


def test_judgement_score_above_three_is_refused(cli, write):
    trade = """preset = "cn-provincial"
components = [ { code = "practical", name = "操作技能", weight = "1" } ]
tie_break = ["total"]
criteria = [ { code = "j", name = "评价", component = "practical", max = "100", kind = "judgement" } ]
panel = { method = "worldskills_judgement" }
"""
    assert cli("event", "import", str(write("e.toml", HEAD + trade + JUDGES3))).code == 0
    assert (
        cli(
            "contestants",
            "import",
            str(write("p.csv", "number,name,trade\n1,甲,t\n")),
            "--event",
            "1",
        ).code
        == 0
    )
    run = cli(
        "scores",
        "import",
        str(write("m.csv", "number,criterion,judge,mark\n1,j,J1,4\n")),
        "--event",
        "1",
        "--trade",
        "t",
    )
    assert run.code != 0
    assert "m.csv:2:mark:" in run.err
    # a judgement score is a whole 0-3: 1.5 is no score a judge can give
    run = cli("scores", "import", str(write("h.csv", "number,criterion,judge,mark\n1,j,J1,1.5\n")),
              "--event", "1", "--trade", "t")  # fmt: skip
    assert run.code != 0 and "h.csv:2:mark: 分数只能是整数" in run.err
    run = cli("scores", "import", str(write("w.csv", "number,criterion,judge,mark\n1,j,J1,2\n")),
              "--event", "1", "--trade", "t")  # fmt: skip
    assert run.code == 0, run.err


def test_tie_break_chain_time_then_practical(cli, write):
    # all three total 80: 0.3 × 80 + 0.7 × 80; 0.3 × 100 + 0.7 × 71.43 = 80.001 -> 80.00
    scores = (
        "number,theory,practical,time\n"
        "1,80,80,200\n"  # slower
        "2,80,80,180\n"  # fastest -> 1st
        "3,100,71.43,\n"  # no time: last among the tied
        "4,80,80,200\n"
    )  # same time as 1 and same practical: shares 2nd
    rows = by_number(
        contest(cli, write, PROVINCIAL, [f"{i},选手{i},t,,," for i in range(1, 5)], scores)
    )
    assert rows["2"]["rank"] == "1"
    assert rows["1"]["rank"] == rows["4"]["rank"] == "2"
    assert rows["3"]["rank"] == "4"


def test_shared_place_in_top_three_is_flagged_not_broken(cli, write):
    trade = PROVINCIAL + 'tie_break = ["total"]\nforbid_shared_top = 3\n'
    scores = "number,theory,practical\n1,90,90\n2,90,90\n3,50,50\n"
    rows = by_number(contest(cli, write, trade, ["1,甲,t,,,", "2,乙,t,,,", "3,丙,t,,,"], scores))
    assert rows["1"]["rank"] == rows["2"]["rank"] == "1"
    assert "并列待裁判长裁定" in rows["1"]["note"]
    assert "并列待裁判长裁定" in rows["2"]["note"]
    assert rows["3"]["rank"] == "3"


def _ten(totals: list[int]) -> str:
    return "number,theory,practical\n" + "".join(f"{i},{t},{t}\n" for i, t in enumerate(totals, 1))


def test_share_tiers_with_a_boundary_tie(cli, write):
    trade = PROVINCIAL + 'tie_break = ["total"]\n'
    # N = 10: 一等奖 1, 二等奖 2, 三等奖 3 (10/20/30 %). Numbers 3 and 4 tie at the 二等奖 boundary:
    # both take 二等奖 (3 people), and 三等奖 keeps its own 3: numbers 5, 6, 7.
    totals = [99, 95, 90, 90, 85, 84, 83, 82, 81, 80]
    rows = by_number(
        contest(cli, write, trade, [f"{i},选手{i},t,,," for i in range(1, 11)], _ten(totals))
    )
    awards = {n: r["award"] for n, r in rows.items()}
    assert awards == {
        "1": "一等奖",
        "2": "二等奖",
        "3": "二等奖",
        "4": "二等奖",
        "5": "三等奖",
        "6": "三等奖",
        "7": "三等奖",
        "8": "",
        "9": "",
        "10": "",
    }


def test_min_total_cuts_a_tier_short(cli, write):
    trade = PROVINCIAL + 'tie_break = ["total"]\n'
    # 三等奖 would go to numbers 4-6, but 5 and 6 are below the minimum of 60
    totals = [99, 95, 90, 61, 59, 58, 50, 40, 30, 20]
    rows = by_number(
        contest(cli, write, trade, [f"{i},选手{i},t,,," for i in range(1, 11)], _ten(totals))
    )
    assert [rows[str(i)]["award"] for i in range(1, 7)] == [
        "一等奖",
        "二等奖",
        "二等奖",
        "三等奖",
        "",
        "",
    ]


def test_out_of_competition_at_the_top_passes_the_award_down(cli, write):
    trade = PROVINCIAL + 'tie_break = ["total"]\n'
    totals = [99, 95, 90, 85, 84, 83, 82, 81, 80, 79, 78]
    people = [f"{i},选手{i},t,,,{'out_of_competition' if i == 1 else ''}" for i in range(1, 12)]
    rows = by_number(contest(cli, write, trade, people, _ten(totals)))
    assert rows["1"]["rank"] == "1"
    assert rows["1"]["award"] == ""
    assert "不参与评奖" in rows["1"]["note"]
    # N = 10 eligible: one 一等奖, two 二等奖, three 三等奖 among numbers 2..11
    assert [rows[str(i)]["award"] for i in range(2, 9)] == [
        "一等奖",
        "二等奖",
        "二等奖",
        "三等奖",
        "三等奖",
        "三等奖",
        "",
    ]


def test_absent_and_disqualified_are_listed_not_ranked(cli, write):
    people = ["1,甲,t,,,", "2,乙,t,,,absent", "3,丙,t,,,取消资格"]
    rows = by_number(contest(cli, write, PROVINCIAL, people, "number,theory,practical\n1,80,80\n"))
    assert rows["1"]["rank"] == "1"
    assert rows["2"]["rank"] == rows["3"]["rank"] == ""
    assert rows["2"]["note"] == "缺考"
    assert rows["3"]["note"] == "取消资格"
    assert rows["2"]["award"] == rows["3"]["award"] == ""


def test_fixed_counts_and_merit_up_to_a_share(cli, write):
    trade = """preset = "cn-provincial"
tie_break = ["total"]
[trades.awards]
mode = "tiers"
min_total = "0"
tiers = [ { name = "金牌", count = 1 }, { name = "银牌", count = 1 }, { name = "铜牌", count = 1 },
          { name = "优胜奖", up_to_share = "0.5" } ]
"""
    # N = 10: medals to places 1-3, merit to every remaining contestant ranked within 5 (10 × 0.5)
    totals = [99, 95, 90, 85, 84, 83, 82, 81, 80, 79]
    rows = by_number(
        contest(cli, write, trade, [f"{i},选手{i},t,,," for i in range(1, 11)], _ten(totals))
    )
    assert [rows[str(i)]["award"] for i in range(1, 8)] == [
        "金牌",
        "银牌",
        "铜牌",
        "优胜奖",
        "优胜奖",
        "",
        "",
    ]


def test_worldskills_medals_with_tie_window(cli, write):
    trade = 'preset = "worldskills"\ncriteria = [ { code = "p", name = "作品", component = "practical", max = "100" } ]\npanel = { method = "mean" }\n'
    marks = "number,criterion,mark\n" + "".join(
        f"{i},p,{m}\n" for i, m in enumerate((90, 89, 80, 75, 70, 65, 60), start=1)
    )
    # 90 and 89 are within the 2-point window: two golds, silver skipped, 80 takes bronze.
    rows = by_number(contest(cli, write, trade, [f"{i},选手{i},t,,," for i in range(1, 8)], marks))
    assert rows["1"]["award"] == rows["2"]["award"] == "金牌"
    assert rows["1"]["rank"] == rows["2"]["rank"] == "1"
    assert rows["3"]["award"] == "铜牌"
    assert rows["3"]["rank"] == "3"
    assert "ws_scale" in rows["1"]
    # the median (75) maps to 700 on the WorldSkills scale
    assert rows["4"]["ws_scale"] == "700"


def test_team_standings_sum_best_two(cli, write):
    people = ["1,甲,t,A厂,A", "2,乙,t,A厂,A", "3,丙,t,A厂,A", "4,丁,t,B厂,B", "5,戊,t,B厂,B"]
    people = [p + "," for p in people]
    scores = "number,theory,practical\n1,90,90\n2,80,80\n3,99,99\n4,95,95\n5,94,94\n"
    contest(cli, write, PROVINCIAL, people, scores)
    run = cli("teams", "--event", "1")
    rows = list(csv.DictReader(io.StringIO(run.out)))
    # A: best two of 90, 80, 99 = 189; B: 95 + 94 = 189 -> tie shares rank 1
    assert [(r["rank"], r["team"], r["total"], r["counted"]) for r in rows] == [
        ("1", "A", "189.00", "2"),
        ("1", "B", "189.00", "2"),
    ]


TRIMMED5 = """preset = "cn-provincial"
components = [ { code = "practical", name = "操作技能", weight = "1" } ]
tie_break = ["total"]
criteria = [ { code = "p1", name = "工件", component = "practical", max = "100" } ]
panel = { method = "trimmed_mean", trim_min_judges = 5 }
"""


def _results(cli, event: str = "1") -> dict[str, dict[str, str]]:
    run = cli("results", "--event", event, "--trade", "t")
    assert run.code == 0, run.err
    return by_number(list(csv.DictReader(io.StringIO(run.out))))


def test_a_mark_entered_before_a_conflict_was_declared_does_not_count(cli, write):
    marks = "number,criterion,judge,mark\n" + "".join(
        f"1,p1,J{i},{m}\n" for i, m in enumerate((100, 50, 60, 70, 80), start=1)
    )
    # five judges: drop 100 and 50 -> (60 + 70 + 80) / 3 = 70
    assert (
        contest(cli, write, TRIMMED5, ["1,甲,t,,,"], marks, judges=JUDGES3)[0]["total"] == "70.00"
    )
    run = cli("judges", "conflict", "--event", "1", "--judge", "J2", "--number", "1",
              "--reason", "亲属")  # fmt: skip
    assert run.code == 0, run.err
    # J2 stands aside: four marks are left, below five a plain mean: (100+60+70+80)/4 = 77.50
    assert _results(cli)["1"]["total"] == "77.50"
    explained = cli("results", "explain", "--event", "1", "--trade", "t", "--number", "1")
    assert "J2 裁判2：回避" in explained.out and "J2 裁判2 50" not in explained.out


TWO_CRITERIA = """preset = "cn-provincial"
components = [ { code = "practical", name = "操作技能", weight = "1" } ]
tie_break = ["total"]
criteria = [
  { code = "p1", name = "工件", component = "practical", max = "50" },
  { code = "p2", name = "工艺", component = "practical", max = "50" },
]
panel = { method = "mean" }
"""


def test_a_mark_outside_the_judges_panel_set_later_does_not_count(cli, write):
    marks = "number,criterion,judge,mark\n" + "".join(
        f"1,{c},J{i},{m}\n" for c, ms in (("p1", (40, 44)), ("p2", (30, 20))) for i, m in
        enumerate(ms, start=1)
    )  # fmt: skip
    judges = JUDGES3.replace("range(1, 6)", "")
    # p1 = (40 + 44) / 2 = 42, p2 = (30 + 20) / 2 = 25: 67.00
    assert (
        contest(cli, write, TWO_CRITERIA, ["1,甲,t,,,"], marks, judges=judges)[0]["total"]
        == "67.00"
    )
    run = cli(
        "judges", "assign", "--event", "1", "--trade", "t", "--judge", "J2", "--criteria", "p1"
    )
    assert run.code == 0, run.err
    # J2 marks only p1 now: p2 keeps J1's 30 alone -> 42 + 30 = 72.00
    assert _results(cli)["1"]["total"] == "72.00"


MEDALS = """components = [ { code = "practical", name = "实操", weight = "1" } ]
tie_break = ["total"]
[trades.awards]
mode = "medals"
tie_window = "{window}"
medallion = "700"
names = ["金牌", "银牌", "铜牌", "优胜奖"]
medals_by_field = [[6, 3], [5, 2], [1, 1]]
"""


def _medal_contest(cli, write, window: str, totals: dict[str, int]) -> dict[str, dict[str, str]]:
    people = [
        f"{n},选手{n},t,,,{'out_of_competition' if n.startswith('o') else ''}" for n in totals
    ]
    scores = "number,practical\n" + "".join(f"{n},{t}\n" for n, t in totals.items())
    return by_number(contest(cli, write, MEDALS.replace("{window}", window), people, scores))


def test_the_medallion_scale_is_the_eligible_fields_one_out_of_competition_moves_it_not(cli, write):
    rows = _medal_contest(cli, write, "0", {"o1": 99, "m1": 90, "m2": 85, "m3": 80, "m4": 75,
                                             "m5": 70})  # fmt: skip
    # five eligible: two medals (gold 90, silver 85). Their median is 80 and MAD 5, so 80 is
    # exactly 700 and earns the medallion; with the 99 counted the median would be 82.5 (693)
    assert [rows[n]["award"] for n in ("m1", "m2", "m3", "m4")] == ["金牌", "银牌", "优胜奖", ""]
    assert rows["o1"]["award"] == ""
    explained = cli("results", "explain", "--event", "1", "--trade", "t", "--number", "m3")
    assert "设 2 枚奖牌（金牌、银牌）" in explained.out  # the two places' medals, not three


def test_a_medal_window_opened_by_one_out_of_competition(cli, write):
    rows = _medal_contest(cli, write, "2", {"o1": 92, "e1": 90.5, "e2": 89, "e3": 80, "e4": 75,
                                             "e5": 70, "e6": 65})  # fmt: skip
    # medals as if o1 were not there: 90.5 leads, 89 is within 2 of it (two golds, silver
    # skipped), 80 bronze. The places shown are the whole field's, o1's window with them:
    # 92 and 90.5 share place 1, 89 is 3 below 92 and opens place 3, 80 place 4
    assert [rows[n]["award"] for n in ("e1", "e2", "e3", "e4")] == ["金牌", "金牌", "铜牌", ""]
    assert [rows[n]["rank"] for n in ("o1", "e1", "e2", "e3")] == ["1", "1", "3", "4"]
    run = cli("results", "--event", "1", "--trade", "t")
    listed = [r["number"] for r in csv.DictReader(io.StringIO(run.out))]
    assert listed[:3] == ["o1", "e1", "e2"]  # a shared place lists the higher total first
    explained = cli("results", "explain", "--event", "1", "--trade", "t", "--number", "e1").out
    # apart by total, one place: the explanation says the window, not "the total decides"
    assert (
        "总成绩 90.50 < 92.00：同在奖牌并列窗口内（与本组第一名相差不超过 2 分），名次相同"
        in explained
    )
    assert "总成绩 90.50 > 89.00：由总成绩分出先后，本人在前" in explained


def test_the_explanation_names_a_panels_judge_with_no_mark_yet(cli, write):
    trade = TRIMMED5.replace("trimmed_mean", "mean")
    marks = "number,criterion,judge,mark\n" + "".join(
        f"1,p1,J{i},{m}\n" for i, m in enumerate((80, 82, 84, 86), start=1)
    )
    # five judges on the trade, four marks: the mean is of those four, (80+82+84+86)/4 = 83
    rows = contest(cli, write, trade, ["1,甲,t,,,"], marks, judges=JUDGES3)
    assert rows[0]["total"] == "83.00"
    explained = cli("results", "explain", "--event", "1", "--trade", "t", "--number", "1").out
    assert "尚未录入：J5 裁判5（得分按已录入的分数计算）" in explained
    english = cli("--lang", "en", "results", "explain", "--event", "1", "--trade", "t",
                  "--number", "1").out  # fmt: skip
    assert "not entered yet: J5 裁判5 (the value is of the marks entered)" in english
