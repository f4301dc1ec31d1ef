"""Competition-day forms: check-in, lot result, blank score forms, desk cards, team standings."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from competition_app.domain.results import TeamStanding
from competition_app.reports.forms import (
    CheckinEntry,
    CheckinSheetData,
    CodeListData,
    DeskCard,
    LotEntry,
    LotResultData,
    ScoreFormData,
    TeamStandingsData,
    render_checkin_sheet,
    render_code_lists,
    render_desk_cards,
    render_lot_result,
    render_score_forms,
    render_team_standings,
)
from tests.reports.pdf_tools import PdfTools
from tests.reports.samples import EVENT, ID_NUMBER, UNITS

NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈杰", "杨秀英", "欧阳明月", "赵磊"]


def checkin(n: int = 12) -> CheckinSheetData:
    entries = [
        CheckinEntry(f"{i + 1:02d}", f"JB{i + 1:04d}", NAMES[i % 8], UNITS[i % 5], ID_NUMBER)
        for i in range(n)
    ]
    return CheckinSheetData(EVENT, "钳工", "第1场 08:30—11:30", entries, group="职工组",
                            venue="实训楼A201", date=date(2022, 7, 20))  # fmt: skip


def test_checkin_sheet(pdf: PdfTools) -> None:
    data = render_checkin_sheet(checkin())
    text = pdf.text(data)
    flat = "".join(text.split())
    assert "钳工（职工组）检录表" in flat
    assert "场次：第1场" in flat
    for name in NAMES:
        assert name in text
    assert "3302**********1234" in text and ID_NUMBER not in text
    for word in ("工位号", "选手签名", "缺考", "检录员签字", "应到12人"):
        assert word in flat
    pdf.assert_fonts_embedded(data)


def test_checkin_sheet_pages_on(pdf: PdfTools) -> None:
    data = render_checkin_sheet(checkin(60))
    assert pdf.pages(data) >= 2
    flat = pdf.flat_text(data)
    assert all(flat.count(f"JB{i:04d}") == 1 for i in range(1, 61))


def test_lot_result(pdf: PdfTools) -> None:
    entries = [
        LotEntry(
            f"JB{i:04d}", NAMES[i % 8], UNITS[i % 5], f"第{i // 10 + 1}场", f"{i % 10 + 1:02d}"
        )
        for i in range(25)
    ]
    data = render_lot_result(LotResultData(EVENT, "电工", entries, date=date(2022, 7, 18),
                                           note="抽签由监督员全程监督。"))  # fmt: skip
    flat = pdf.flat_text(data)
    assert "电工抽签结果" in flat and "第3场" in flat and "抽签由监督员全程监督。" in flat
    assert "出场顺序" not in flat
    with_order = [dataclasses.replace(e, order=str(k)) for k, e in enumerate(entries, 1)]
    assert "出场顺序" in pdf.flat_text(render_lot_result(LotResultData(EVENT, "电工", with_order)))
    pdf.assert_fonts_embedded(data)


def test_score_form_has_no_field_for_names() -> None:
    assert not {"name", "names", "unit"} & {f.name for f in dataclasses.fields(ScoreFormData)}


def test_score_forms_list_codes_never_names(pdf: PdfTools) -> None:
    # The contestants behind the codes; none of their names or units may reach the paper.
    contestants = {f"J{k:03d}": (NAMES[k % 8], UNITS[k % 5]) for k in range(10, 34)}
    forms = [
        ScoreFormData(EVENT, "钳工", "B1", "尺寸精度", Decimal("40"), list(contestants), session="第1场"),
        ScoreFormData(EVENT, "钳工", "B2", "表面粗糙度", Decimal("10"), list(contestants)),
    ]  # fmt: skip
    data = render_score_forms(forms)
    text = pdf.text(data)
    flat = "".join(text.split())
    for code in contestants:
        assert flat.count(code) == 2
    for name, unit in contestants.values():
        assert name not in flat and unit not in flat
    for word in ("评分项目：B1尺寸精度", "满分：40分", "评分项目：B2表面粗糙度", "评分裁判签字"):
        assert word in flat
    assert "第1页/共" in flat
    assert pdf.pages(data) == 2  # one criterion per page at this size
    pdf.assert_fonts_embedded(data)


def test_score_forms_need_at_least_one() -> None:
    with pytest.raises(ValueError):
        render_score_forms([])


@pytest.mark.parametrize(("per_page", "pages"), [(2, 3), (4, 2)])
def test_desk_cards(pdf: PdfTools, per_page: int, pages: int) -> None:
    cards = [
        DeskCard(f"JB{i:04d}", "钳工", f"{i:02d}", EVENT, "第1场", "职工组") for i in range(1, 6)
    ]
    data = render_desk_cards(cards, per_page=per_page)  # type: ignore[arg-type]
    assert pdf.pages(data) == pages
    flat = pdf.flat_text(data)
    for i in range(1, 6):
        assert f"JB{i:04d}" in flat and f"工位号{i:02d}" in flat
    assert "钳工（职工组）" in flat
    pdf.assert_fonts_embedded(data)


def test_desk_card_without_number_shows_the_workstation_big(pdf: PdfTools) -> None:
    flat = pdf.flat_text(render_desk_cards([DeskCard("", "焊工", "A07")]))
    assert "工位号A07" in flat and "参赛证号" not in flat


def test_desk_cards_per_page_is_two_or_four() -> None:
    with pytest.raises(ValueError):
        render_desk_cards([DeskCard("1", "钳工")], per_page=3)  # type: ignore[arg-type]


def test_team_standings(pdf: PdfTools) -> None:
    standings = [TeamStanding(i + 1, u, Decimal("250.5") - 10 * i, 3) for i, u in enumerate(UNITS)]
    data = render_team_standings(
        TeamStandingsData(EVENT, standings, basis="按前3名选手总成绩之和排名",
                          date=date(2022, 7, 28), organizer="大赛组委会")
    )  # fmt: skip
    text = pdf.text(data)
    for unit in UNITS:
        assert unit in text
    assert "250.50" in text and "210.50" in text
    assert "团体总分排名" in "".join(text.split())
    pdf.assert_fonts_embedded(data)


def _code_list(layer, n=30):
    rows = (
        [(f"JB{i:04d}", NAMES[i % 8], f"K{i:02d}-{i:03d}") for i in range(1, n + 1)]
        if layer == 1
        else [(f"K{i:02d}-{i:03d}", f"W{i:02d}-{i:03d}") for i in range(1, n + 1)]
    )
    return CodeListData(EVENT, "电工", layer, rows, "ab12cd34ef56ab12cd34", printed_by="加密裁判")


def test_sealed_code_lists_one_layer_per_page_with_fingerprint_and_seal_signatures(pdf):
    data = render_code_lists([_code_list(1, n=20), _code_list(2, n=20)])
    assert pdf.pages(data) == 2  # each layer on its own sheet, to be sealed apart
    first, second = pdf.text(data, first=1, last=1), pdf.text(data, first=2, last=2)
    flat_first, flat_second = "".join(first.split()), "".join(second.split())
    assert "电工一次加密表（参赛证号→检录号）" in flat_first
    assert "电工二次加密表（检录号→工件号）" in flat_second
    assert "JB0007" in first and "K07-007" in first and NAMES[7 % 8] in first
    # the second layer never names a contestant: alone it links nothing
    assert "JB0007" not in second and not any(n in second for n in NAMES)
    assert "W07-007" in second
    for flat in (flat_first, flat_second):
        assert "表指纹：ab12cd34ef56ab12" in flat and "监督员签字" in flat and "密封时间" in flat
    assert "一次加密裁判签字" in flat_first and "二次加密裁判签字" in flat_second
    pdf.assert_fonts_embedded(data)


def test_a_long_code_list_pages_on_and_repeats_its_header(pdf):
    data = render_code_lists([_code_list(2, n=120)])
    assert pdf.pages(data) >= 3
    assert all("工件号" in pdf.text(data, first=p, last=p) for p in range(1, pdf.pages(data) + 1))
    flat = pdf.flat_text(data)
    assert all(flat.count(f"W{i:02d}-{i:03d}") == 1 for i in range(1, 121))
