"""The papers the printing page makes, read back as a person reads them: the result sheet, team
standings and the contest-day forms, what each prints and withholds, and what each refuses."""

from __future__ import annotations

import re
from datetime import date

import pytest

from competition_app.domain.errors import UserError
from competition_app.services.contest_day.blind_codes import generate_codes
from competition_app.services.contest_day.lots import draw_trade_lots
from competition_app.services.printing.printing import (
    checkin_pdf,
    desk_cards_pdf,
    form_pdf,
    lot_result_pdf,
    missing_glyphs_report,
    result_sheet_pdf,
    score_forms_pdf,
    team_standings_pdf,
)
from competition_app.services.registration.contestants import (
    list_contestants,
    set_status,
    update_contestant,
)
from competition_app.services.results.locking import lock_trade
from competition_app.services.setup.trade_options import set_trade_options
from competition_app.services.setup.trades import get_trade

NAMES = ("王伟", "李娜", "张强")
# U+E000 (private use) is drawn by no bundled font.
UNPRINTABLE = "王\ue000"


def contestant(ctx, event_id, number):
    return next(c for c in list_contestants(ctx, event_id) if c.number == number)


def test_the_result_sheet_lists_ranks_totals_and_awards_in_order(ctx, scored, pdf):
    sheet = result_sheet_pdf(ctx, scored, "fitter", posted=date(2022, 7, 21))
    text = pdf.text(sheet)
    lines = [line.split() for line in text.splitlines()]
    rows = [line for line in lines if line and line[0] in ("1", "2", "—")]
    assert [r[:3] for r in rows] == [
        ["1", "1002", "李娜"],
        ["2", "1001", "王伟"],
        ["—", "1003", "张强"],
    ]
    assert "89.35" in rows[0] and "三等奖" in rows[0] and "88.50" in rows[1]
    flat = pdf.flat_text(sheet)
    # the example's fitters declare no groups: one field, one sheet, whatever the form wrote
    assert "钳工成绩公示" in flat and "职工组" not in flat and "成绩未录完" in flat
    assert "公示期：2022年7月21日至" in flat
    assert "裁判员签字" in flat and "监督员签字" in flat  # the event's signature lines
    assert "大赛监督仲裁组（实训楼A101）" in flat and "0574-87654321" in flat
    pdf.assert_fonts_embedded(sheet)


def test_an_unlocked_result_sheet_is_a_draft_and_a_locked_one_is_not(ctx, scored, pdf):
    assert "草稿，不作正式结果：成绩未经裁判长锁定" in pdf.flat_text(
        result_sheet_pdf(ctx, scored, "fitter")
    )
    lock_trade(ctx, get_trade(ctx, scored, "fitter").id)
    final = pdf.flat_text(result_sheet_pdf(ctx, scored, "fitter"))
    assert "草稿" not in final and "李娜" in final


def test_id_numbers_print_masked_and_only_when_asked(ctx, scored, pdf):
    without = pdf.flat_text(result_sheet_pdf(ctx, scored, "fitter"))
    assert "身份证号" not in without and "002X" not in without
    masked = pdf.text(result_sheet_pdf(ctx, scored, "fitter", show_id_numbers=True))
    assert "1101**********002X" in masked
    assert "11010519491231002X" not in masked


def test_the_chief_judges_sheet_is_marked_internal(ctx, scored, pdf):
    flat = pdf.flat_text(result_sheet_pdf(ctx, scored, "fitter", internal=True))
    assert "成绩审核表（内部，不得公示）" in flat
    assert "成绩公示" not in flat.replace("不得公示", "")


def test_a_group_the_trade_does_not_have_is_refused(ctx, scored):
    with pytest.raises(UserError, match="工种“钳工”没有组别“学生组”"):
        result_sheet_pdf(ctx, scored, "fitter", group="学生组")


def test_a_blind_trade_prints_no_result_sheet_before_decryption(ctx, scored):
    set_trade_options(ctx, get_trade(ctx, scored, "fitter").id, blind=True)
    with pytest.raises(UserError, match="成绩公示表"):
        result_sheet_pdf(ctx, scored, "fitter")


def test_a_name_no_font_draws_is_refused_unless_allowed(ctx, scored, pdf):
    update_contestant(ctx, contestant(ctx, scored, "1001")._replace(name=UNPRINTABLE))
    with pytest.raises(UserError, match="U\\+E000"):
        result_sheet_pdf(ctx, scored, "fitter")
    assert "李娜" in pdf.flat_text(
        result_sheet_pdf(ctx, scored, "fitter", allow_missing_glyphs=True)
    )
    report = missing_glyphs_report(ctx, scored)
    assert len(report) == 1 and "参赛证号 1001" in report[0] and "U+E000" in report[0]
    assert missing_glyphs_report(ctx, scored, "electrician") == []


def test_team_standings_rank_the_units_and_say_how(ctx, scored, pdf):
    text = pdf.text(team_standings_pdf(ctx, scored))
    rows = [line.split() for line in text.splitlines() if line.split()[:1] in (["1"], ["2"])]
    assert rows == [["1", "重庆机床", "89.35", "1"], ["2", "长安汽车", "88.50", "1"]]
    assert "各队成绩最好的3名选手总成绩之和" in pdf.flat_text(team_standings_pdf(ctx, scored))


def test_team_standings_name_a_blind_trade_they_leave_out(ctx, scored, pdf):
    set_trade_options(ctx, get_trade(ctx, scored, "fitter").id, blind=True)
    flat = pdf.flat_text(team_standings_pdf(ctx, scored))
    assert "未含盲评未解密的工种：钳工" in flat
    assert "重庆机床" not in flat


def test_the_check_in_sheet_before_the_draw_lists_everyone_by_number(ctx, event_id, pdf):
    text = pdf.text(checkin_pdf(ctx, event_id, "fitter"))
    assert re.findall(r"^\s*\d\s+(\d{4})\s", text, re.M) == ["1001", "1002", "1003"]
    flat = re.sub(r"\s+", "", text)
    assert "尚未抽签（按参赛证号排列，工位待定）" in flat and "应到3人" in flat
    assert "1101**********002X" in text and "11010519491231002X" not in text


def test_a_disqualified_contestant_is_not_called_at_check_in(ctx, event_id, pdf):
    set_status(ctx, contestant(ctx, event_id, "1002").id, "disqualified")
    flat = pdf.flat_text(checkin_pdf(ctx, event_id, "fitter"))
    assert "李娜" not in flat and "王伟" in flat and "应到2人" in flat


def test_the_lot_result_needs_a_draw_and_then_prints_its_seed(ctx, event_id, pdf):
    with pytest.raises(UserError, match="工种“钳工”还没有抽签"):
        lot_result_pdf(ctx, event_id, "fitter")
    draw_trade_lots(ctx, event_id, "fitter", seed=7)
    flat = pdf.flat_text(lot_result_pdf(ctx, event_id, "fitter"))
    assert "钳工抽签结果" in flat and "共3人" in flat
    assert all(name in flat for name in NAMES)
    assert "抽签种子：7" in flat
    today = date.today()
    # the day it was drawn, not the event's date (2022-07-20 in the example)
    assert f"抽签日期：{today.year}年{today.month}月{today.day}日" in flat
    assert "2022-07-20" not in flat


def test_score_forms_never_print_names_and_list_codes_once_they_exist(ctx, event_id, pdf):
    before = score_forms_pdf(ctx, event_id, "electrician")
    flat = pdf.flat_text(before)
    assert pdf.pages(before) == 2  # one form per criterion, e1 and e2
    assert "评分项目：e1电路设计" in flat and "满分：40分" in flat
    assert "加密号尚未生成" in flat
    assert "刘洋" not in flat and "2001" not in flat
    generate_codes(ctx, event_id, "electrician")
    coded = pdf.text(score_forms_pdf(ctx, event_id, "electrician"))
    assert len(set(re.findall(r"\b[0-9A-Z]{3}-[0-9A-Z]{3}\b", coded))) == 2
    assert "刘洋" not in coded and "陈静" not in coded


def test_desk_cards_print_numbers_not_names(ctx, event_id, pdf):
    cards = desk_cards_pdf(ctx, event_id, "fitter")
    flat = pdf.flat_text(cards)
    assert flat.count("参赛证号") == 3  # one card each
    assert all(n in flat for n in ("1001", "1002", "1003"))
    assert not any(name in flat for name in NAMES)
    assert "尚未抽签，工位待定" in flat


def test_a_form_kind_that_does_not_exist_is_refused_with_the_choices(ctx, event_id):
    with pytest.raises(
        UserError, match="未知的表格“badge”（可选：checkin、scoreform、desk、lots）"
    ):
        form_pdf(ctx, event_id, "fitter", "badge")


def test_a_form_printing_an_unprintable_name_is_refused_unless_allowed(ctx, event_id, pdf):
    update_contestant(ctx, contestant(ctx, event_id, "1001")._replace(name=UNPRINTABLE))
    with pytest.raises(UserError, match="U\\+E000"):
        form_pdf(ctx, event_id, "fitter", "checkin")
    # score forms print no names: nothing to refuse
    assert pdf.pages(form_pdf(ctx, event_id, "fitter", "scoreform")) >= 1
    allowed = form_pdf(ctx, event_id, "fitter", "checkin", allow_missing_glyphs=True)
    assert "李娜" in pdf.flat_text(allowed)
