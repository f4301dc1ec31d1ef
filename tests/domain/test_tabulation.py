"""The whole trade: groups, statuses, missing marks, flags, awards and honours together."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from competition_app.domain.entries import Entry, Status
from competition_app.domain.results import (
    FLAG_BOUNDARY_TIE,
    FLAG_MISSING,
    FLAG_SPREAD,
    FLAG_TIE_DECISION,
    ResultRow,
)
from competition_app.domain.tabulation import number_key, tabulate

from .factories import entry, rules

D = Decimal


def by_key(rows: tuple[ResultRow, ...]) -> dict[str, ResultRow]:
    return {r.key: r for r in rows}


def test_empty_trade() -> None:
    result = tabulate(rules(), [])
    assert result.rows == ()
    assert result.flags == ()


def test_one_contestant() -> None:
    result = tabulate(rules(), [entry("1", "80", "90")])
    (row,) = result.rows
    assert (row.rank, row.tied, row.total) == (1, False, D("87.00"))
    assert row.award == ""  # 10% of one contestant rounds to nobody
    assert row.titles == ("技术能手",)
    assert row.ws_scale is None


def test_statuses_and_missing_marks() -> None:
    entries = [
        entry("1", "80", "90"),
        entry("2", "70", "80"),
        entry("3", "90", None),  # practical not entered: never read as zero
        entry("4", status="absent"),
        entry("5", "95", "95", status="disqualified", time="50"),
        entry("6", "99", "99", status="out_of_competition"),
    ]
    rows = by_key(tabulate(rules(), entries).rows)
    # a void score publishes nothing: no component, no total, no time
    assert (rows["5"].components, rows["5"].total, rows["5"].time) == (
        {"theory": None, "practical": None},
        None,
        None,
    )
    assert rows["6"].rank == 1 and rows["6"].award == "" and rows["6"].titles == ()
    assert rows["1"].rank == 2
    assert rows["2"].rank == 3
    assert rows["3"].rank is None and rows["3"].total is None
    assert rows["3"].flags == (FLAG_MISSING,)
    assert rows["4"].rank is None and rows["4"].flags == () and rows["4"].note == "缺考"
    assert rows["5"].rank is None and rows["5"].award == ""
    assert rows["3"].note == "成绩未录完"


def test_missing_marks_never_count_as_zero_for_awards() -> None:
    entries = [entry(str(i), "90", str(90 - i)) for i in range(9)] + [entry("x", "100", None)]
    result = tabulate(rules(), entries)
    # N is 9 ranked contestants, so 10% is one first prize; the unfinished one is not in N
    assert [r.award for r in result.rows].count("一等奖") == 1
    assert result.rows[-1].key == "x" and result.rows[-1].rank is None


def test_groups_rank_separately_in_given_order() -> None:
    entries = [
        entry("s1", "60", "60", group="学生组"),
        entry("w1", "90", "90", group="职工组"),
        entry("s2", "70", "70", group="学生组"),
        entry("w2", "80", "80", group="职工组"),
    ]
    result = tabulate(rules(), entries)
    assert [(r.group, r.key, r.rank) for r in result.rows] == [
        ("学生组", "s2", 1),
        ("学生组", "s1", 2),
        ("职工组", "w1", 1),
        ("职工组", "w2", 2),
    ]


def test_rows_ordered_by_rank_then_number() -> None:
    entries = [
        entry("a", "80", "80", number="A10"),
        entry("b", "80", "80", number="A2"),
        entry("c", status="absent", number="A1"),
        entry("d", "80", None, number="A3"),
        entry("e", "90", "90", number="A11"),
    ]
    result = tabulate(rules(), entries)
    assert [r.number for r in result.rows] == ["A11", "A2", "A10", "A1", "A3"]


def test_time_breaks_ties_and_missing_time_is_last() -> None:
    entries = [
        entry("1", "80", "80", time="100"),
        entry("2", "80", "80"),
        entry("3", "80", "80", time="95"),
    ]
    rows = by_key(tabulate(rules(), entries).rows)
    assert [rows[k].rank for k in "123"] == [2, 3, 1]


def test_forbidden_shared_top_is_flagged_until_decided() -> None:
    trade = rules(forbid_shared_top=3)
    entries = [entry("1", "80", "80"), entry("2", "80", "80"), entry("3", "70", "70")]
    result = tabulate(trade, entries)
    rows = by_key(result.rows)
    assert rows["1"].rank == rows["2"].rank == 1
    assert FLAG_TIE_DECISION in rows["1"].flags and FLAG_TIE_DECISION in rows["2"].flags
    assert FLAG_TIE_DECISION in result.flags

    decided = [
        replace(entries[0], decided_order=2),
        replace(entries[1], decided_order=1),
        entries[2],
    ]
    result = tabulate(trade, decided)
    rows = by_key(result.rows)
    assert (rows["2"].rank, rows["1"].rank) == (1, 2)
    assert result.flags == ()


def test_boundary_tie_and_summary_flags() -> None:
    entries = [entry(str(i), "80", "80") for i in range(2)] + [
        entry(str(i), "70", str(70 - i)) for i in range(2, 10)
    ]
    result = tabulate(rules(), entries)
    assert [r.award for r in result.rows[:3]] == ["一等奖", "一等奖", "二等奖"]
    assert FLAG_BOUNDARY_TIE in result.rows[0].flags
    assert result.rows[0].note == "并列跨奖项"
    assert result.flags == (FLAG_BOUNDARY_TIE,)


def test_min_total_and_promotions() -> None:
    trade = rules(promotions={"一等奖": "技师", "技术能手": "高级工"})
    entries = [entry(str(i), str(95 - 5 * i), str(95 - 5 * i)) for i in range(10)]
    rows = tabulate(trade, entries).rows
    assert [r.total for r in rows] == [D(95 - 5 * i) for i in range(10)]
    # 60 is the pass mark: 55 and below get nothing though the 30% tier reaches them
    assert [r.award for r in rows] == [
        "一等奖",
        "二等奖",
        "二等奖",
        "三等奖",
        "三等奖",
        "三等奖",
        "",
        "",
        "",
        "",
    ]
    assert [r.promotion for r in rows[:6]] == ["技师", "高级工", "高级工", "高级工", "高级工", ""]


def test_worldskills_trade_with_medals_and_scale() -> None:
    trade = rules(
        "worldskills",
        criteria=[
            {"code": "m1", "name": "尺寸", "component": "practical", "max": "70"},
            {
                "code": "j1",
                "name": "外观",
                "component": "practical",
                "max": "30",
                "kind": "judgement",
            },
        ],
    )

    def ws(key: str, measured: str, *scores: str) -> Entry:
        return Entry(
            key=key,
            number=key,
            marks={
                "m1": {"a": D(measured)},
                "j1": {j: D(s) for j, s in zip("abc", scores, strict=True)},
            },
        )

    entries = [
        ws("1", "60", "3", "3", "3"),  # 90
        ws("2", "58.5", "3", "3", "3"),  # 88.5: within 2 of 90 -> gold
        ws("3", "55", "3", "3", "3"),  # 85 -> bronze (a place skipped)
        ws("4", "50", "3", "3", "3"),  # 80, the median: 700 on the scale -> medallion
        ws("5", "45", "3", "3", "3"),  # 75
        ws("6", "40", "3", "3", "3"),  # 70
        ws("7", "40", "3", "3", "1"),  # 40 + 30 × 7/9 = 63.33; judges 2 apart -> spread
    ]
    result = tabulate(trade, entries)
    assert [r.award for r in result.rows] == ["金牌", "金牌", "铜牌", "优胜奖", "", "", ""]
    # median 80; deviations 10 8.5 5 0 5 10 16.67 -> MAD 8.5; 1.4826 × 8.5 = 12.6021
    # 90: 700 + 300 / 12.6021 = 723.8; 63.33: 700 − 500.1 / 12.6021 = 660.3
    assert [r.ws_scale for r in result.rows] == [724, 720, 712, 700, 688, 676, 660]
    assert result.rows[6].total == D("63.33")
    assert result.rows[6].spread_criteria == ("j1",)
    assert FLAG_SPREAD in result.flags


def test_ws_scale_shown_by_choice() -> None:
    result = tabulate(rules(ws_scale=True), [entry("1", "80", "80"), entry("2", "70", "70")])
    # median 75, MAD 5: 700 ± 30 × 5 / 7.413 = 700 ± 20.2
    assert [r.ws_scale for r in result.rows] == [720, 680]
    assert result.ranked == result.rows


@pytest.mark.parametrize(
    ("numbers", "ordered"),
    [
        (["A10", "A2", "A1"], ["A1", "A2", "A10"]),
        (["10", "9", "010"], ["9", "10", "010"]),
        (["B1", "A2", ""], ["", "A2", "B1"]),
    ],
    ids=["prefixed", "plain-digits", "letters-and-empty"],
)
def test_number_key(numbers: list[str], ordered: list[str]) -> None:
    assert sorted(numbers, key=number_key) == ordered


# --- properties -------------------------------------------------------------------------------

_status: st.SearchStrategy[Status] = st.sampled_from(
    ["ok", "ok", "ok", "ok", "out_of_competition", "absent", "disqualified"]
)
_score = st.one_of(st.none(), st.integers(40, 60).map(str))


@st.composite
def _entries(draw: st.DrawFn) -> list[Entry]:
    count = draw(st.integers(0, 14))
    out: list[Entry] = []
    for i in range(count):
        status: Status = draw(_status)
        theory = draw(st.integers(40, 100).map(str))
        practical = draw(_score)
        time = draw(st.one_of(st.none(), st.sampled_from(["90", "95", "100"])))
        out.append(entry(str(i), theory, practical, status=status, time=time))
    return out


_presets = st.sampled_from(["cn-provincial", "cn-fixed", "cn-national-2020", "cn-defence"])


@settings(max_examples=120, deadline=None)
@given(_entries(), _presets)
def test_awards_only_to_eligible_contestants_above_min_total(
    entries: list[Entry], preset: str
) -> None:
    trade = rules(preset)
    result = tabulate(trade, entries)
    assert len(result.rows) == len(entries)
    floor = trade.awards.min_total
    for row in result.rows:
        if row.award or row.titles or row.promotion:
            assert row.status == "ok" and row.rank is not None
        if row.award and floor is not None:
            assert row.total is not None and row.total >= floor
        if row.rank is None:
            assert row.award == "" and not row.tied
        if row.status in ("ok", "out_of_competition") and row.total is None:
            assert FLAG_MISSING in row.flags


def _award_order(preset: str) -> dict[str, int]:
    trade = rules(preset)
    names = [t.name for t in trade.awards.tiers]
    return {name: i for i, name in enumerate([*names, ""])}


@settings(max_examples=120, deadline=None)
@given(_entries(), _presets, st.data())
def test_raising_marks_never_lowers_rank_or_award(
    entries: list[Entry], preset: str, data: st.DataObject
) -> None:
    candidates = [i for i, e in enumerate(entries) if e.status in ("ok", "out_of_competition")]
    if not candidates:
        return
    i = data.draw(st.sampled_from(candidates))
    raise_by = data.draw(st.integers(1, 30))
    trade = rules(preset)
    before = by_key(tabulate(trade, entries).rows)[entries[i].key]
    scores = {code: min(D(100), value + raise_by) for code, value in entries[i].scores.items()}
    raised = [*entries[:i], replace(entries[i], scores=scores), *entries[i + 1 :]]
    after = by_key(tabulate(trade, raised).rows)[entries[i].key]
    if before.rank is not None:
        assert after.rank is not None and after.rank <= before.rank
        order = _award_order(preset)
        assert order[after.award] <= order[before.award]


def test_medals_mode_shows_the_windowed_place_as_the_rank() -> None:
    trade = rules("worldskills", ws_scale=True)
    totals = ["90", "89", "80", "75", "70", "65", "60"]
    entries = [entry(str(i), practical=t) for i, t in enumerate(totals, start=1)]
    rows = by_key(tabulate(trade, entries).rows)
    # 89 is within 2 points of 90: both first and tied; the next place is third
    assert (rows["1"].rank, rows["2"].rank, rows["3"].rank) == (1, 1, 3)
    assert rows["1"].tied and rows["2"].tied and not rows["3"].tied
    assert (rows["1"].award, rows["2"].award, rows["3"].award) == ("金牌", "金牌", "铜牌")
