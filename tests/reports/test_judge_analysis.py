"""The judge-analysis sheet: its table, a labelled bar per judge, and the chief judge's line."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from competition_app.reports.judge_analysis import JudgeAnalysisSheetData, render_judge_analysis


def _data(**changes: object) -> JudgeAnalysisSheetData:
    fields: dict[str, object] = {
        "event_title": "2022年江北区职业技能大赛",
        "trade": "焊工",
        "date": date(2022, 7, 20),
        "rows": [
            ["HG1", "吴天浩", "4", "0.58", "0.25", "1", "0"],
            ["HG2", "王博鹏", "4", "-1.33", "0.50", "0", "1"],
            ["HG9", "周正", "0", "", "", "0", "0"],
        ],
        "bars": [
            ("HG1 吴天浩", Fraction(7, 12), "0.58"),
            ("HG2 王博鹏", Fraction(-4, 3), "-1.33"),
            ("HG9 周正", None, ""),
        ],
        "notes": ["平均偏差：说明"],
    }
    fields.update(changes)
    return JudgeAnalysisSheetData(**fields)  # type: ignore[arg-type]


def test_the_sheet_shows_each_offset_in_the_table_and_beside_its_bar(pdf):
    data = render_judge_analysis(_data())
    text = pdf.flat_text(data)
    assert "焊工评分一致性分析表" in text and "2022年7月20日" in text
    assert text.count("-1.33") == 2 and text.count("0.58") == 2  # table and bar
    assert "HG9周正" in text  # listed beside the bars, with no bar
    assert "总裁判长签字" in text and "草稿" not in text
    assert all(f.embedded for f in pdf.fonts(data))
    assert pdf.pages(data) == 1 and not pdf.landscape(data)


def test_a_draft_says_why_on_the_page(pdf):
    text = pdf.flat_text(render_judge_analysis(_data(draft=("成绩未经裁判长锁定",))))
    assert "草稿，不作正式结果：成绩未经裁判长锁定" in text


def test_a_trade_without_panels_prints_an_empty_table_and_no_chart(pdf):
    text = pdf.flat_text(render_judge_analysis(_data(rows=[], bars=[])))
    assert "（无两名以上裁判评分的评分项）" in text and "偏宽" not in text
