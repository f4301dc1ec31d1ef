"""Results a judge can check by hand, end to end through the CLI on SQLite and PostgreSQL.

Each expectation is worked out by hand in the comment beside it.
"""

from __future__ import annotations

from pathlib import Path

from .test_rules_end_to_end import JUDGES3, PROVINCIAL, by_number, contest

THIRDS = """decimals = 3
rounding = "down"
components = [ { code = "practical", name = "操作技能", weight = "1" } ]
criteria = [ { code = "c1", name = "一", component = "practical", max = "30" },
             { code = "c2", name = "二", component = "practical", max = "30" },
             { code = "c3", name = "三", component = "practical", max = "40" } ]
panel = { method = "mean" }
tie_break = ["total"]
"""
THIRDS_MARKS = "number,criterion,judge,mark\n" + "".join(
    f"1,{c},J{j},{m}\n"
    for c, marks in (("c1", (15, 16, 16)), ("c2", (16, 17, 17)), ("c3", (17, 18, 18)))
    for j, m in enumerate(marks, start=1)
)


def test_three_means_in_thirds_total_exactly_50_under_down(cli, write):
    # 47/3 + 50/3 + 53/3 = 150/3 = 50 exactly: "down" must not print 49.999
    rows = contest(cli, write, THIRDS, ["1,甲,t,,,"], THIRDS_MARKS, judges=JUDGES3)
    assert rows[0]["total"] == "50.000"
    assert rows[0]["practical"] == "50.000"


def test_an_exact_half_cent_rounds_up(cli, write):
    # 0.3 × 75.05 + 0.7 × 90.00 = 85.515 -> 85.52 half-up
    rows = contest(cli, write, PROVINCIAL, ["1,甲,t,,,"], "number,theory,practical\n1,75.05,90\n")
    assert rows[0]["total"] == "85.52"


def test_disqualified_and_absent_rows_have_no_total_rank_or_award(cli, write):
    rows = by_number(
        contest(
            cli,
            write,
            PROVINCIAL,
            ["1,甲,t,,,ok", "2,乙,t,,,disqualified", "3,丙,t,,,absent"],
            "number,theory,practical\n1,80,80\n2,99,99\n3,90,90\n",
        )
    )
    for number, note in (("2", "取消资格"), ("3", "缺考")):
        row = rows[number]
        assert (row["rank"], row["total"], row["award"], row["note"]) == ("", "", "", note)
        assert (row["theory"], row["practical"]) == ("", "")
    assert rows["1"]["rank"] == "1"


def test_dense_ranks_through_the_event_file(cli, write):
    # totals 95, 90, 90, 85 -> dense 1, 2, 2, 3 (competition would be 1, 2, 2, 4)
    rows = contest(
        cli,
        write,
        PROVINCIAL + 'rank_style = "dense"\ntie_break = ["total"]\n',
        [f"{i},选手{i},t,,," for i in range(1, 5)],
        "number,theory,practical\n1,95,95\n2,90,90\n3,90,90\n4,85,85\n",
    )
    assert [r["rank"] for r in rows] == ["1", "2", "2", "3"]


def test_new_settings_round_trip_through_event_export(cli, write, tmp_path: Path):
    trade = (
        'components = [ { code = "points", name = "成绩", weight = "1", max = "1000" } ]\n'
        'decimals = 0\nrank_style = "dense"\n'
        '[trades.awards]\nmode = "medals"\nmedallion = "700"\nmedallion_on = "total"\n'
    )
    from .test_rules_end_to_end import HEAD

    event = cli("event", "import", str(write("e.toml", HEAD + trade))).last_line
    out = tmp_path / "out.toml"
    assert cli("event", "export", event, str(out)).code == 0
    text = out.read_text(encoding="utf-8")
    assert 'rank_style = "dense"' in text
    assert 'medallion_on = "total"' in text
    again = cli("event", "import", str(out))
    assert again.code == 0, again.err


def test_standardised_points_take_the_medallion_on_the_total(cli, write):
    trade = (
        'components = [ { code = "points", name = "成绩", weight = "1", max = "1000" } ]\n'
        'decimals = 0\ntie_break = ["total"]\n'
        '[trades.awards]\nmode = "medals"\nmedallion = "700"\nmedallion_on = "total"\n'
    )
    points = (780, 760, 745, 712, 700, 699, 650)
    rows = contest(
        cli,
        write,
        trade,
        [f"{i},选手{i},t,,," for i in range(1, 8)],
        "number,points\n" + "".join(f"{i},{p}\n" for i, p in enumerate(points, start=1)),
    )
    assert [r["award"] for r in rows] == ["金牌", "银牌", "铜牌", "优胜奖", "优胜奖", "", ""]


def test_results_explain_reads_out_the_working(cli, write):
    trade = (
        'preset = "cn-provincial"\n'
        'criteria = [ { code = "p1", name = "工件", component = "practical", max = "100" } ]\n'
        'panel = { method = "trimmed_mean", trim_min_judges = 5 }\n'
        'tie_break = ["total"]\n'
    )
    marks = "number,criterion,judge,mark\n" + "".join(
        f"1,p1,J{j},{m}\n" for j, m in enumerate((80, 95, 70, 82, 84), start=1)
    )
    scores = "number,theory\n1,80\n"
    rows = contest(cli, write, trade, ["1,甲,t,,,"], marks, judges=JUDGES3)
    assert rows[0]["total"] == ""  # theory not yet in
    run = cli("scores", "import", str(write("theory.csv", scores)), "--event", "1", "--trade", "t")
    assert run.code == 0, run.err
    run = cli("results", "explain", "--event", "1", "--trade", "t", "--number", "1")
    assert run.code == 0, run.err
    assert "J2 裁判2 95（最高分，去掉）" in run.out
    assert "J3 裁判3 70（最低分，去掉）" in run.out
    assert "得分 = (80 + 82 + 84) / 3 = 82" in run.out
    # 0.3 × 80 + 0.7 × 82 = 24 + 57.4 = 81.4
    assert "按四舍五入保留 2 位：81.40" in run.out
    assert "名次：第 1 名" in run.out


def test_results_explain_refuses_an_unknown_number(cli, write):
    contest(cli, write, PROVINCIAL, ["1,甲,t,,,"], "number,theory,practical\n1,80,80\n")
    run = cli("results", "explain", "--event", "1", "--trade", "t", "--number", "77")
    assert run.code != 0
    assert "没有参赛证号为“77”的选手" in run.err
    run = cli("results", "explain", "--event", "1", "--trade", "t")
    assert run.code != 0 and "--number" in run.err


def test_invalid_event_values_are_refused_with_their_path_and_nothing_written(cli, write):
    from .test_rules_end_to_end import HEAD

    bad = HEAD.replace("team_best_n = 2", 'team_best_n = 2\nnotice_days = "abc"')
    run = cli("event", "import", str(write("bad.toml", bad + "max_total = 1\n")))
    assert run.code != 0
    assert "event.notice_days" in run.err and "trades[0].max_total" in run.err
    assert "1" not in cli("event", "list").out.split()


def test_results_explain_in_english(cli, write):
    contest(cli, write, PROVINCIAL, ["1,甲,t,,,"], "number,theory,practical\n1,75.05,90\n")
    run = cli("results", "explain", "--event", "1", "--trade", "t", "--number", "1", "--lang", "en")
    assert run.code == 0, run.err
    # 0.3 × 75.05 + 0.7 × 90 = 85.515 exactly
    assert "= 85.515 (before rounding)" in run.out
    assert "rounded by half up to 2 places: 85.52" in run.out


def test_teams_leave_out_of_competition_members_and_share_tied_ranks(cli, write):
    # 甲: 90 counted, 99 out of competition (not counted); 乙: 90; 丙: 80 -> 1 甲/乙 tied, 3 丙
    contest(
        cli,
        write,
        PROVINCIAL,
        ["1,一,t,,甲,ok", "2,二,t,,甲,out_of_competition", "3,三,t,,乙,ok", "4,四,t,,丙,ok"],
        "number,theory,practical\n1,90,90\n2,99,99\n3,90,90\n4,80,80\n",
    )
    run = cli("teams", "--event", "1")
    assert run.code == 0, run.err
    assert run.out.splitlines() == [
        "rank,team,total,counted",
        "1,乙,90.00,1",
        "1,甲,90.00,1",
        "3,丙,80.00,1",
    ]
