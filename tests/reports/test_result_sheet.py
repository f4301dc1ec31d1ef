"""The result sheet: what is printed, how it pages, and which fonts it carries."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from competition_app.domain.results import (
    FLAG_BOUNDARY_TIE,
    FLAG_SPREAD,
    FLAG_TIE_DECISION,
    ResultRow,
)
from competition_app.reports.result_sheet import (
    ResultSheetData,
    format_mark,
    render_result_sheet,
)
from tests.reports.pdf_tools import PdfTools
from tests.reports.samples import EVENT, ID_NUMBER, UNITS, result_rows

COMPONENTS = (("theory", "理论知识"), ("practical", "操作技能"))
NOTICE = "公示期：2022年7月21日至7月27日（5个工作日）"


def sheet(rows: list[ResultRow], **kw: object) -> ResultSheetData:
    base: dict[str, object] = dict(
        event_title=EVENT,
        trade="钳工",
        group="职工组",
        components=COMPONENTS,
        rows=rows,
        notice_period=NOTICE,
        date=date(2022, 7, 20),
        organizer="大赛组委会",
    )
    base.update(kw)
    return ResultSheetData(**base)  # type: ignore[arg-type]


def test_sheet_shows_names_awards_and_the_notice(pdf: PdfTools) -> None:
    rows = result_rows(20)
    text = pdf.text(render_result_sheet(sheet(rows)))
    flat = "".join(text.split())
    assert EVENT in flat
    assert "钳工（职工组）成绩公示" in flat
    for row in rows:
        assert row.name in text
        assert row.number in text
    for word in ("名次", "参赛证号", "姓名", "单位", "理论知识", "操作技能", "总成绩", "奖项"):
        assert word in text
    assert "一等奖" in text and "技术能手" in text
    assert NOTICE.replace(" ", "") in flat
    assert "裁判员签字" in flat and "裁判长签字" in flat
    assert "2022年7月20日" in flat


def test_ties_absences_and_missing_marks_are_visible(pdf: PdfTools) -> None:
    rows = result_rows(20)
    flat = pdf.flat_text(render_result_sheet(sheet(rows)))
    assert flat.count("并列4") == 2  # a shared place is never hidden
    assert "缺考" in flat  # absent: note column
    assert "成绩未录完" in flat  # why a row has no rank: the public may read that
    assert "—" in flat  # no mark: a dash, never 0
    # The flag for the chief judge is for the internal sheet only, never the public notice.
    assert "并列待" not in flat and "裁定" not in flat
    internal = pdf.flat_text(render_result_sheet(sheet(rows, internal=True)))
    assert "并列待" in internal and "裁定" in internal  # wrapped in its cell
    assert "成绩审核表（内部，不得公示）" in internal
    assert "并列4" in internal and "缺考" in internal
    assert "公示期" not in internal


def test_public_notice_never_shows_internal_flags(pdf: PdfTools) -> None:
    flags = (FLAG_TIE_DECISION, FLAG_SPREAD, FLAG_BOUNDARY_TIE)
    rows = [dataclasses.replace(r, flags=flags) for r in result_rows(12)]
    public = pdf.flat_text(render_result_sheet(sheet(rows)))
    internal = pdf.flat_text(render_result_sheet(sheet(rows, internal=True)))
    for label in ("评分差异超限", "并列待裁判长裁定", "并列跨奖项"):
        assert label[:3] not in public and label[-3:] not in public
    # a wide enough note column shows the three whole on the internal sheet
    assert "评分差异超限" in internal.replace("\n", "")


def test_notice_says_where_to_object_who_signs_and_is_sealed(pdf: PdfTools) -> None:
    objection = ("对公示结果有异议的，请于各工种比赛结束后 2 小时内以书面形式向监督仲裁组提出。",
                 "受理地点：实训楼 A101 监督仲裁组；电话：0574-87654321")  # fmt: skip
    data = sheet(
        result_rows(8),
        objection=objection,
        signatures=("裁判员签字", "裁判长签字", "监督员签字"),
    )
    flat = pdf.flat_text(render_result_sheet(data))
    for text in (*objection, "监督员签字：", "裁判长签字：", "大赛组委会（盖章）"):
        assert "".join(text.split()) in flat, text


def test_draft_carries_a_watermark_and_its_reasons_on_every_page(pdf: PdfTools) -> None:
    data = sheet(result_rows(120), draft=("成绩未经裁判长锁定", "有并列待裁判长裁定"))
    out = render_result_sheet(data)
    pages = pdf.pages(out)
    assert pages >= 3
    for page in range(1, pages + 1):
        flat = "".join(pdf.text(out, first=page, last=page).split())
        assert "草稿/未锁定" in flat
        assert "草稿，不作正式结果：成绩未经裁判长锁定；有并列待裁判长裁定" in flat
        # and the title, trade and group, on every page
        assert f"{EVENT}·钳工（职工组）成绩公示" in flat
    final = "".join(pdf.text(render_result_sheet(sheet(result_rows(120)))).split())
    assert "草稿" not in final


@pytest.mark.parametrize(
    ("value", "decimals", "printed"),
    [
        (Decimal("95.5"), 2, "95.50"),
        (Decimal("95"), 2, "95.00"),
        (Decimal("88.125"), 2, "88.13"),
        (Decimal("88.125"), 3, "88.125"),
        (Decimal("88.5"), 0, "89"),
        (None, 2, "—"),
    ],
    ids=["pad", "integer", "half-up", "three", "zero-places", "missing"],
)
def test_marks_have_exactly_the_decimals(
    value: Decimal | None, decimals: int, printed: str
) -> None:
    assert format_mark(value, decimals) == printed


def test_totals_print_with_the_sheet_decimals(pdf: PdfTools) -> None:
    row = result_rows(1)[0]
    row = ResultRow(**{**row.__dict__, "total": Decimal("91.5"), "components": {
        "theory": Decimal("90"), "practical": Decimal("92.1")}})  # fmt: skip
    text = pdf.text(render_result_sheet(sheet([row], decimals=3)))
    assert "91.500" in text and "90.000" in text and "92.100" in text


def test_id_numbers_are_masked_and_turn_the_page(pdf: PdfTools) -> None:
    rows = result_rows(8)
    ids = {r.key: ID_NUMBER for r in rows}
    data = render_result_sheet(sheet(rows, id_numbers=ids))
    text = pdf.text(data)
    assert "3302**********1234" in text
    assert ID_NUMBER not in text
    assert pdf.landscape(data)


def test_usual_sheet_is_portrait_and_more_columns_landscape(pdf: PdfTools) -> None:
    rows = result_rows(8)
    assert not pdf.landscape(render_result_sheet(sheet(rows)))
    three = (*COMPONENTS, ("defence", "技术答辩"))
    assert pdf.landscape(render_result_sheet(sheet(rows, components=three)))
    assert pdf.landscape(render_result_sheet(sheet(rows, show_ws_scale=True)))
    one = COMPONENTS[1:]
    assert not pdf.landscape(render_result_sheet(sheet(rows, components=one, show_ws_scale=True)))


def test_pages_are_numbered_x_of_y_and_repeat_the_header(pdf: PdfTools) -> None:
    rows = result_rows(150)
    data = render_result_sheet(sheet(rows))
    pages = pdf.pages(data)
    assert pages >= 3
    flat = pdf.flat_text(data)
    for page in range(1, pages + 1):
        assert f"第{page}页/共{pages}页" in flat
    # Header row on every page, every contestant exactly once (rows never split or repeat).
    assert flat.count("参赛证号") == pages
    for row in rows:
        assert flat.count(row.number) == 1, row.number


def test_signatures_share_a_page_with_the_last_rows(pdf: PdfTools) -> None:
    for n in (24, 26, 55):  # sizes where the table just fits a page but the signatures do not
        data = render_result_sheet(sheet(result_rows(n)))
        last = "".join(pdf.text(data, first=pdf.pages(data)).split())
        assert "裁判长签字" in last
        assert "JB" in last, f"{n} rows: signatures alone on the last page"


def test_empty_sheet_still_prints(pdf: PdfTools) -> None:
    data = render_result_sheet(sheet([]))
    assert "（无）" in pdf.flat_text(data)
    assert pdf.pages(data) == 1


def test_ws_scale_column(pdf: PdfTools) -> None:
    rows = [ResultRow(**{**r.__dict__, "ws_scale": 700 + i}) for i, r in enumerate(result_rows(6))]
    text = pdf.text(render_result_sheet(sheet(rows, show_ws_scale=True)))
    assert "世赛分" in text and "701" in text


def test_fonts_are_embedded_truetype_only(pdf: PdfTools) -> None:
    pdf.assert_fonts_embedded(render_result_sheet(sheet(result_rows(30))))


def test_long_units_wrap_inside_their_cells(pdf: PdfTools) -> None:
    long_unit = "宁波市江北区人力资源和社会保障局直属单位技术服务中心第一分中心精密制造实训基地"
    rows = [ResultRow(**{**r.__dict__, "unit": long_unit}) for r in result_rows(5)]
    flat = pdf.flat_text(render_result_sheet(sheet(rows)))
    assert flat.count("精密制造实训基地") == 5  # wrapped, not cut off


def test_same_input_same_bytes() -> None:
    data = sheet(result_rows(40))
    assert render_result_sheet(data) == render_result_sheet(data)


def test_units_sample_is_varied() -> None:
    assert len(set(UNITS)) == len(UNITS)


def test_a_long_trade_name_in_the_footer_keeps_clear_of_the_page_number(pdf: PdfTools) -> None:
    trade = "数控车工（数控车床操作调整工）及加工中心操作工与智能制造生产线运维技术"
    out = render_result_sheet(sheet(result_rows(8), trade=trade, event_title=EVENT * 2))
    rects = pdf.word_rects(out)
    bottom = max(r[4] for r in rects)
    footer = [r for r in rects if r[4] > bottom - 30]
    page_no = min(r[1] for r in footer if r[0] == "第")  # "第 1 页 / 共 1 页", centred
    left = [r for r in footer if r[1] < page_no - 1]
    assert left, "the footer names the trade"
    assert max(r[3] for r in left) < page_no - 2
    assert trade in pdf.stream_text(out)


def test_a_long_name_takes_room_from_an_empty_note_column_first() -> None:
    from reportlab.lib.units import mm

    from competition_app.reports.fonts import SANS
    from competition_app.reports.result_sheet import result_sheet_section
    from competition_app.reports.styles import CELL_PAD_X, TABLE_FONT_SIZE
    from competition_app.reports.table_document import column_widths
    from competition_app.reports.text_fit import wrap_lines

    name = "阿卜杜热合曼·买买提明"
    tail = "技术服务中心精密制造实训基地"  # 30-odd character units on every other row
    rows = [
        dataclasses.replace(r, status="ok", flags=(), unit=r.unit + tail if i % 2 else r.unit)
        for i, r in enumerate(result_rows(12))
    ]
    rows[2] = dataclasses.replace(rows[2], name=name)
    section = result_sheet_section(sheet(rows))
    titles = [c.title for c in section.columns]
    assert all(not r[titles.index("备注")] for r in section.rows)  # the note column is empty
    _landscape, (widths,) = column_widths([section], max_portrait_columns=10)
    note = widths[titles.index("备注")]
    assert note < 12 * mm  # its floor, given up for the text that wraps
    inner = widths[titles.index("姓名")] - 2 * CELL_PAD_X
    assert len(wrap_lines(name, SANS, TABLE_FONT_SIZE, inner)) <= 2, widths


def test_marks_line_up_on_the_right_and_units_on_the_left(pdf: PdfTools) -> None:
    rows = result_rows(30)
    rows[0] = dataclasses.replace(rows[0], total=Decimal("100"))  # one total wider than the rest
    out = render_result_sheet(sheet(rows))
    rects = pdf.word_rects(out)
    totals = {f"{r.total:.2f}" for r in rows if r.total is not None}
    units = {r.unit for r in rows}
    total_right = {round(w[3]) for w in rects if w[0] in totals and w[1] > 400}
    unit_left = {round(w[1]) for w in rects if w[0] in units}
    assert len(total_right) == 1, total_right  # one column, every total flush right
    assert len(unit_left) == 1, unit_left


def test_notes_that_need_attention_print_in_red(pdf: PdfTools) -> None:
    import pypdfium2 as pdfium

    rows = [dataclasses.replace(r, flags=(FLAG_SPREAD,)) if i == 2 else r
            for i, r in enumerate(result_rows(12))]  # fmt: skip
    out = render_result_sheet(sheet(rows, internal=True))
    scale = 3.0
    image = pdfium.PdfDocument(out)[0].render(scale=scale).to_pil().convert("RGB")

    def ink(word: str) -> tuple[int, int, int]:
        _w, x0, y0, x1, y1 = next(w for w in pdf.word_rects(out) if w[0] == word)
        box = image.crop((int(x0 * scale), int(y0 * scale), int(x1 * scale), int(y1 * scale)))
        return min(box.get_flattened_data(), key=sum)  # type: ignore[no-any-return]

    r, g, b = ink("缺考")  # the absent contestant's note
    assert r > 120 and g < 90 and b < 90, (r, g, b)
    r, g, b = ink(rows[0].name)  # everything else in near-black ink
    assert max(r, g, b) < 70, (r, g, b)
