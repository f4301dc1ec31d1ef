"""The printed re-check list: the sheets with their stored marks, boxes, signatures; codes only
for a blind trade before decryption."""

from __future__ import annotations

from competition_app.reports.recheck_list import (
    RecheckListData,
    RecheckMark,
    RecheckSheet,
    render_recheck_list,
)
from tests.reports.samples import EVENT


def _data(*, hidden: bool = False) -> RecheckListData:
    sheets = [
        RecheckSheet(
            "JFS-693" if hidden else f"10{i:02d}",
            "" if hidden else f"陈𠮷{i}",
            "前列全检" if i <= 2 else "随机抽查",
            [RecheckMark("w1 焊缝外观", f"HG{j}", f"{30 + i}.5") for j in (1, 2, 3)],
        )
        for i in range(1, 5)
    ]
    return RecheckListData(EVENT, "焊工", 20220720, "各组前 2 名全部复核。", sheets, hidden=hidden)


def test_each_sheet_lists_every_stored_mark_with_room_to_check_it(pdf):
    data = render_recheck_list(_data())
    flat = pdf.flat_text(data)
    assert "焊工抽样复核名单" in flat and "种子20220720" in flat
    for heading in ("参赛证号", "姓名", "评分项", "裁判", "录入分数", "无误", "更正为"):
        assert heading in flat
    assert "陈𠮷1" in flat and "随机抽查" in flat and "31.5" in flat and "HG3" in flat
    assert "复核人签字" in flat and "裁判长签字" in flat
    pdf.assert_fonts_embedded(data)


def test_a_blind_trade_prints_codes_and_no_names(pdf):
    flat = pdf.flat_text(render_recheck_list(_data(hidden=True)))
    assert "工件号" in flat and "JFS-693" in flat
    assert "姓名" not in flat and "参赛证号" not in flat.replace("每个参赛证号", "")
