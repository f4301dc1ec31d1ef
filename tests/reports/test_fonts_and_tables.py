"""Font registration and the paged table's column widths."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from competition_app.reports.dates import cn_upper_date, en_date
from competition_app.reports.fonts import KAI, SANS, register_fonts
from competition_app.reports.paged_table import Column, minimum_width, natural_widths, plan_widths


def test_registration_is_idempotent() -> None:
    register_fonts()
    register_fonts()
    assert {SANS, KAI} <= set(pdfmetrics.getRegisteredFontNames())


@pytest.mark.parametrize("font", [SANS, KAI])
def test_fonts_cover_chinese_latin_and_digits(font: str) -> None:
    register_fonts()
    face = pdfmetrics.getFont(font).face
    for ch in "张三钳工荣誉证书〇AZaz09-./：（）“”—":
        assert ord(ch) in face.charToGlyph, f"{font} lacks {ch!r}"


def test_rigid_columns_fit_their_content_and_flexible_ones_share_the_rest() -> None:
    register_fonts()
    cols = [Column("名次", 10), Column("单位", 30, flex=2), Column("备注", 10, flex=1)]
    rows = [["100", "宁波市江北区北岸机械制造有限公司", "缺考"]]
    natural = natural_widths(cols, rows, 9)
    widths = plan_widths(cols, natural, 180 * mm)
    assert sum(widths) == pytest.approx(180 * mm)
    assert widths[0] == pytest.approx(max(10 * mm, natural[0]))
    assert widths[1] >= natural[1]  # the unit fits on one line when there is room


def test_when_space_is_short_flexible_columns_wrap_first() -> None:
    cols = [Column("参赛证号", 20), Column("单位", 20, flex=1)]
    rows = [["JB2022000001", "很长的单位名称" * 10]]
    natural = natural_widths(cols, rows, 9)
    widths = plan_widths(cols, natural, 100 * mm)
    assert widths[0] >= natural[0]
    assert sum(widths) == pytest.approx(100 * mm)
    assert minimum_width(cols, natural) <= 100 * mm


@pytest.mark.parametrize(
    ("day", "upper"),
    [((2022, 7, 28), "二〇二二年七月二十八日"), ((2020, 10, 1), "二〇二〇年十月一日"),
     ((2023, 12, 31), "二〇二三年十二月三十一日"), ((2021, 1, 20), "二〇二一年一月二十日")],
)  # fmt: skip
def test_chinese_numeral_dates(day: tuple[int, int, int], upper: str) -> None:
    from datetime import date

    assert cn_upper_date(date(*day)) == upper
    assert en_date(date(2022, 7, 28)) == "28 July 2022"


def test_one_long_cell_wraps_in_its_own_row_instead_of_widening_the_column() -> None:
    from competition_app.reports.paged_table import typical_widths

    cols = [Column("序号", 10), Column("姓名", 12, flex=1, whole_mm=45),
            Column("单位", 30, flex=3), Column("备注", 10, flex=1)]  # fmt: skip
    rows = [[str(i), "张伟", "江北区职业教育中心", ""] for i in range(20)]
    rows.append(["21", "阿卜杜热合曼·买买提明" * 3, "江北区职业教育中心" * 4, ""])
    natural = natural_widths(cols, rows, 9)
    typical = typical_widths(cols, rows, 9)
    assert typical[1] < natural[1] and typical[2] < natural[2]
    widths = plan_widths(cols, natural, 120 * mm, typical)
    assert sum(widths) == pytest.approx(120 * mm)
    assert widths[2] >= typical[2]  # the usual unit stays on one line
    assert widths[1] >= typical[1]


def test_an_empty_note_yields_its_floor_but_a_column_to_write_in_keeps_it() -> None:
    rows = [
        ["阿卜杜热合曼·买买提明", "宁波市江北区人力资源和社会保障局直属单位技术服务中心", "", ""]
    ]
    cols = [
        Column("姓名", 12, flex=1, whole_mm=45),
        Column("单位", 30, align="left", flex=3),
        Column("选手签名", 32, flex=2),  # written in by hand
        Column("备注", 12, flex=2, yields_when_empty=True),
    ]
    widths = plan_widths(cols, natural_widths(cols, rows, 9), 100 * mm)
    assert widths[2] >= 32 * mm - 1e-6
    assert widths[3] < 12 * mm
    assert sum(widths) == pytest.approx(100 * mm)
