"""The working behind a result: what the chief judge reads out when an appeal asks why."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

from competition_app.domain.entries import Entry
from competition_app.domain.errors import UserError
from competition_app.domain.explanation import exact_text, explain
from competition_app.domain.recusal import Recusal
from competition_app.domain.tabulation import tabulate

from .factories import entry, rules

TRIMMED: dict[str, Any] = {
    "criteria": [
        {"code": "p1", "name": "尺寸精度", "component": "practical", "max": "60"},
        {"code": "p2", "name": "安全文明生产", "component": "practical", "max": "40"},
    ],
    "panel": {"method": "trimmed_mean", "trim_min_judges": 5},
}


def _panel(p1: tuple[str, ...], p2: tuple[str, ...]) -> dict[str, dict[str, str]]:
    return {
        "p1": {str(j): m for j, m in enumerate(p1, start=1)},
        "p2": {str(j): m for j, m in enumerate(p2, start=1)},
    }


def test_a_trimmed_panel_shows_the_marks_struck_and_the_exact_mean() -> None:
    trade = rules(**TRIMMED)
    one = entry("1", theory="80", marks=_panel(("50", "58", "49", "52", "55"), ("30",) * 5))
    text = explain(
        trade,
        [one],
        "1",
        judge_names={"1": "J1 张建国", "2": "J2 李红", "3": "J3 王强"},
        recused={"p1": {"J6 赵敏": Recusal("same_unit", "江北机械厂")}},
    ).text()
    assert "J2 李红 58（最高分，去掉）" in text
    assert "J3 王强 49（最低分，去掉）" in text
    assert "得分 = (50 + 52 + 55) / 3 = 52.333333…（= 157/3）" in text
    assert "J6 赵敏：回避（与选手同属“江北机械厂”）" in text
    # practical = 157/3 + 30 = 247/3; total = 24 + 0.7 × 247/3 = 81.633… -> 81.63
    assert "= 0.3 × 80 + 0.7 × 82.333333…（= 247/3）" in text
    assert "= 81.633333…（= 2449/30）（取舍前）" in text
    assert "按四舍五入保留 2 位：81.63" in text


def _field(totals: list[str], **extra: Any) -> tuple[Any, list[Entry]]:
    trade = rules(components=[{"code": "theory", "name": "理论", "weight": "1"}],
                  tie_break=["total"], **extra)  # fmt: skip
    return trade, [entry(str(i), t) for i, t in enumerate(totals, start=1)]


def test_a_boundary_tie_says_who_joined_the_tier_and_why() -> None:
    # 10 eligible: 一等奖 10 % = 1 place, but 2 and 1 are tied at the top
    trade, entries = _field(["95", "95", "90", "88", "86", "84", "82", "80", "78", "76"])
    text = explain(trade, entries, "2").text()
    assert "一等奖：比例 0.1 × 10 = 1，四舍五入为 1 名；获得者为可评奖选手第 1–2 位" in text
    assert "其中 1 位因与名额内最后一名并列而一同获得（含本人）" in text
    assert "名次：第 1 名（并列）" in text
    assert (
        "与下一名 3 选手3（第 3 名）比较：总成绩 95.00 > 90.00：由总成绩分出先后，本人在前" in text
    )
    assert "结果：一等奖" in text


def test_out_of_competition_places_pass_down() -> None:
    trade, entries = _field(["99", "95", "90", "88", "86", "84", "82", "80", "78", "76"])
    entries[0] = entry("1", "99", status="out_of_competition")
    result = {r.key: r for r in tabulate(trade, entries).rows}
    assert result["2"].award == "一等奖" and result["2"].rank == 2
    top = explain(trade, entries, "1").text()
    assert "不参与评奖：保留名次，不获奖、不占名额，奖项依次递补给后面的选手" in top
    assert "结果：无奖项" in top
    second = explain(trade, entries, "2").text()
    assert "可评奖人数 N = 9" in second
    assert "可评奖名次：第 1 位（前面有 1 位不参与评奖的选手让出名次，依次递补）" in second


def test_minimum_total_and_void_scores_are_explained() -> None:
    trade, entries = _field(["95", "55"])
    entries.append(entry("3", "99", status="disqualified"))
    low = explain(trade, entries, "2").text()
    assert "最低获奖分 60：本人 55.00 < 60，低于最低获奖分，不获奖" in low
    void = explain(trade, entries, "3").text()
    assert "取消资格：成绩作废，不计总成绩、不排名、不获奖" in void
    assert "不排名：取消资格" in void
    # what was entered is shown, but nothing of a void score reads as published
    assert "直接录入：99" in void and "公布的理论" not in void


def test_dense_place_also_says_the_position_counted() -> None:
    trade, entries = _field(["95", "90", "90", "85"], rank_style="dense")
    text = explain(trade, entries, "4").text()
    assert "名次：第 3 名；按人数计为第 4 位（名次并列不占位）" in text


def test_an_unknown_number_is_a_user_error() -> None:
    trade, entries = _field(["95"])
    with pytest.raises(UserError, match="没有参赛证号为“9”的选手"):
        explain(trade, entries, "9")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        pytest.param(None, "未录入", id="missing"),
        pytest.param(Fraction(17, 8), "2.125", id="ends"),
        pytest.param(Fraction(1, 3), "0.333333…（= 1/3）", id="third"),
    ],
)
def test_exact_text(value: Any, text: str) -> None:
    assert exact_text(value) == text


def test_the_working_reads_the_same_in_english() -> None:
    trade = rules(
        components=[
            {"code": "theory", "name": "Theory", "weight": "0.3"},
            {"code": "practical", "name": "Practical", "weight": "0.7"},
        ],
        criteria=[
            {"code": "p1", "name": "Accuracy", "component": "practical", "max": "60"},
            {"code": "p2", "name": "Safety", "component": "practical", "max": "40"},
        ],
        panel={"method": "trimmed_mean", "trim_min_judges": 5},
        awards={"tiers": [{"name": "First", "count": 1}], "min_total": "60"},
        titles=[{"name": "Expert", "top_n": 5}],
        promotions={},
    )
    one = Entry(
        "1",
        number="1",
        name="Chen",
        scores={"theory": Decimal(80)},
        marks=_decimal_marks(_panel(("50", "58", "49", "52", "55"), ("30",) * 5)),
    )
    text = explain(
        trade,
        [one],
        "1",
        judge_names={"2": "J2 Li", "3": "J3 Wang"},
        recused={"p1": {"J6 Zhao": Recusal("declared", "his nephew")}},
        lang="en",
    ).text()
    assert "J2 Li 58 (highest, dropped)" in text
    assert "J3 Wang 49 (lowest, dropped)" in text
    assert "J6 Zhao: stood aside (declared conflict: his nephew)" in text
    assert "value = (50 + 52 + 55) / 3 = 52.333333… (= 157/3)" in text
    assert "rounded by half up to 2 places: 81.63" in text
    assert "N = 1 (ranked contestants eligible for awards" in text
    assert "result: First" in text
    # nothing of the window's English mode is left in Chinese
    assert not [ch for ch in text if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"]


def _decimal_marks(marks: dict[str, dict[str, str]]) -> dict[str, dict[str, Decimal]]:
    return {c: {j: Decimal(m) for j, m in judged.items()} for c, judged in marks.items()}


def test_an_unknown_language_is_a_bug_not_a_guess() -> None:
    trade, entries = _field(["95"])
    with pytest.raises(ValueError, match="unknown language"):
        explain(trade, entries, "1", lang="fr")
