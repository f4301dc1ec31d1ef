"""Rare characters (生僻字) and minority names print whole on every document, in embedded fonts."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from competition_app.reports.certificate import render_certificates
from competition_app.reports.font_coverage import drawable, missing_characters
from competition_app.reports.font_runs import font_runs, markup
from competition_app.reports.fonts import KAI, RARE_A, RARE_B, SANS
from competition_app.reports.forms import (
    CheckinEntry,
    CheckinSheetData,
    DeskCard,
    LotEntry,
    LotResultData,
    render_checkin_sheet,
    render_desk_cards,
    render_lot_result,
)
from competition_app.reports.layouts import builtin_layout
from competition_app.reports.result_sheet import ResultSheetData, render_result_sheet
from tests.reports.pdf_tools import PdfTools
from tests.reports.samples import EVENT, ID_NUMBER, certificate, result_rows

CHEN_JI = "陈\U00020bb7"  # 𠮷: CJK Extension B, beyond the BMP
LIU_YAN = "刘\u4dae"  # 䶮: CJK Extension A; AR PL UKai maps it to an empty glyph
UYGHUR = "阿卜杜热合曼·买买提明"
HARD = (CHEN_JI, LIU_YAN, UYGHUR)
RARE_UNIT = "宁波市\U00020bb7\u4dae精密机械厂"


def test_runs_pick_the_first_font_that_draws_each_character() -> None:
    assert font_runs(CHEN_JI, SANS) == (("陈", SANS), ("\U00020bb7", RARE_B))
    assert font_runs(LIU_YAN, SANS) == (("刘", SANS), ("\u4dae", RARE_A))
    # UKai has 䶮 in its cmap but draws nothing: it must not count as drawn.
    assert 0x4DAE not in drawable(KAI)
    assert font_runs(LIU_YAN, KAI) == (("刘", KAI), ("\u4dae", RARE_A))
    assert font_runs(UYGHUR, KAI) == ((UYGHUR, KAI),)


def test_markup_wraps_only_the_fallback_runs() -> None:
    assert markup("A&B" + CHEN_JI, SANS) == (f'A&amp;B陈<font name="{RARE_B}">\U00020bb7</font>')


def test_characters_no_font_draws_are_named() -> None:
    assert missing_characters("陈\U00020bb7" + UYGHUR) == []
    # A private-use character and an unassigned one: no bundled font draws them.
    assert missing_characters("王\ue000二\ue000\U000e0100") == ["\ue000", "\U000e0100"]


def _assert_names(pdf: PdfTools, data: bytes, names: tuple[str, ...] = HARD) -> None:
    flat = pdf.flat_text(data)
    for name in names:
        assert name in flat, name
    pdf.assert_fonts_embedded(data)


@pytest.mark.parametrize("layout_name", ["classic-cn", "plain-bilingual"])
def test_certificates(pdf: PdfTools, layout_name: str) -> None:
    items = [certificate(i + 1, name=n, unit=RARE_UNIT) for i, n in enumerate(HARD)]
    data = render_certificates(items, builtin_layout(layout_name))
    _assert_names(pdf, data, (*HARD, RARE_UNIT))
    names = {row.name.split("+")[-1] for row in pdf.fonts(data)}
    assert "HanaMinB" in names


def test_result_sheet(pdf: PdfTools) -> None:
    rows = result_rows(8)
    rows = [
        dataclasses.replace(r, name=HARD[i % 3], unit=RARE_UNIT if i == 0 else r.unit)
        for i, r in enumerate(rows)
    ]
    data = render_result_sheet(
        ResultSheetData(
            event_title=EVENT,
            trade="钳工",
            group="职工组",
            components=(("theory", "理论知识"), ("practical", "操作技能")),
            rows=rows,
            notice_period="公示期：5个工作日",
            date=date(2022, 7, 20),
            organizer="大赛组委会",
        )
    )
    _assert_names(pdf, data, (*HARD, RARE_UNIT))


def test_checkin_sheet_and_lot_result(pdf: PdfTools) -> None:
    entries = [
        CheckinEntry(f"{i + 1:02d}", f"JB{i + 1:04d}", n, RARE_UNIT, ID_NUMBER)
        for i, n in enumerate(HARD)
    ]
    sheet = CheckinSheetData(EVENT, "钳工", "第 1 场", entries, date=date(2022, 7, 20))
    _assert_names(pdf, render_checkin_sheet(sheet), (*HARD, RARE_UNIT))
    lots = LotResultData(
        event_title=EVENT,
        trade="钳工",
        entries=[
            LotEntry(f"JB{i:04d}", n, RARE_UNIT, "第 1 场", str(i), str(i))
            for i, n in enumerate(HARD)
        ],
        date="2022-07-20",
    )
    _assert_names(pdf, render_lot_result(lots))


def test_desk_cards_with_a_rare_trade_name(pdf: PdfTools) -> None:
    data = render_desk_cards([DeskCard("JB0001", "\u4dae\U00020bb7工艺", "3", EVENT)])
    _assert_names(pdf, data, ("\u4dae\U00020bb7工艺",))
