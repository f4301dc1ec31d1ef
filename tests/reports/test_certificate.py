"""Certificates: fields printed, fonts embedded, shrink-to-fit, pre-printed stock, progress."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from competition_app.reports import Cancelled
from competition_app.reports.certificate import (
    fit_field,
    placeholder_values,
    render_certificates,
    write_certificates,
)
from competition_app.reports.layouts import FieldSpec, builtin_layout, builtin_layout_names
from competition_app.reports.qr import qr_modules
from competition_app.reports.text_fit import text_width
from tests.reports.pdf_tools import PdfTools
from tests.reports.samples import EVENT, certificate, certificates

LONG_UNIT = "宁波市江北区人力资源和社会保障局直属单位技术服务中心第一分中心精密制造实训基地"


@pytest.mark.parametrize("layout_name", ["classic-cn", "plain-bilingual"])
def test_every_fact_is_printed_in_chinese(pdf: PdfTools, layout_name: str) -> None:
    item = certificate(1)
    data = render_certificates([item], builtin_layout(layout_name))
    flat = pdf.flat_text(data)
    for fact in (item.name, item.unit, item.award, item.title, item.serial, item.code, EVENT):
        assert fact in flat, fact
    assert "钳工（职工组）" in flat
    assert "荣誉证书" in flat  # the heading, letter-spaced on the page
    pdf.assert_fonts_embedded(data)


def test_classic_prints_the_date_in_chinese_numerals(pdf: PdfTools) -> None:
    flat = pdf.flat_text(render_certificates([certificate(1)], builtin_layout("classic-cn")))
    assert "二〇二二年七月二十八日" in flat
    assert "江北区人力资源和社会保障局" in flat


def test_bilingual_has_english_labels(pdf: PdfTools) -> None:
    text = pdf.text(render_certificates([certificate(1)], builtin_layout("plain-bilingual")))
    for label in ("CERTIFICATE", "Name", "Organisation", "Award", "28 July 2022"):
        assert label in text


def test_one_page_per_certificate(pdf: PdfTools) -> None:
    items = certificates(7)
    data = render_certificates(items, builtin_layout("classic-cn"))
    assert pdf.pages(data) == 7
    assert pdf.landscape(data)
    flat = pdf.flat_text(data)
    for item in items:
        assert item.code in flat


def test_preprinted_stock_gets_only_the_fields(pdf: PdfTools) -> None:
    layout = builtin_layout("plain-bilingual")
    full = pdf.flat_text(render_certificates([certificate(1)], layout))
    pre = pdf.flat_text(render_certificates([certificate(1)], layout, preprinted=True))
    for design_text in ("荣誉证书", "CERTIFICATE", "姓名", "Organisation"):
        assert design_text in full
        assert design_text not in pre
    assert "张三丰" in pre and "一等奖" in pre
    classic = pdf.flat_text(
        render_certificates([certificate(1)], builtin_layout("classic-cn"), preprinted=True)
    )
    assert "荣誉证书" not in classic and "查验真伪" not in classic


def test_offset_moves_every_field(pdf: PdfTools) -> None:
    layout = builtin_layout("classic-cn")

    def position(data: bytes, word: str) -> tuple[float, float]:
        return next((x, y) for w, x, y in pdf.word_boxes(data) if w.startswith(word))

    plain = render_certificates([certificate(1)], layout, preprinted=True)
    moved = render_certificates([certificate(1)], layout, preprinted=True, offset_mm=(10, -5))
    x0, y0 = position(plain, "张三丰")
    x1, y1 = position(moved, "张三丰")
    assert x1 - x0 == pytest.approx(10 * mm, abs=0.5)
    assert y1 - y0 == pytest.approx(-5 * mm, abs=0.5)  # poppler's y grows downward, like ours


def test_long_unit_shrinks_inside_its_box() -> None:
    layout = builtin_layout("classic-cn")
    unit_field = next(f for f in layout.fields if f.key == "unit")
    values = placeholder_values(certificate(1, unit=LONG_UNIT + "联合实训分部"))
    text = unit_field.text.format_map(values)
    fit = fit_field(unit_field, text)
    assert fit.size < unit_field.size
    assert fit.size >= unit_field.min_size
    assert fit.lines == (text,)  # shrunk, still one line
    assert text_width(text, unit_field.font, fit.size) <= unit_field.width * mm


def test_text_too_long_even_at_the_floor_wraps_within_the_width() -> None:
    field = FieldSpec(key="unit", x=10, y=10, width=60, text="{unit}", size=16, min_size=10)
    text = LONG_UNIT * 2
    fit = fit_field(field, text)
    assert fit.size == 10
    assert len(fit.lines) > 1
    assert "".join(fit.lines) == text
    for line in fit.lines:
        assert text_width(line, field.font, fit.size) <= 60 * mm


def test_body_box_shrinks_to_its_height() -> None:
    layout = builtin_layout("classic-cn")
    body = next(f for f in layout.fields if f.key == "body")
    assert body.height is not None
    long_event = EVENT * 3
    item = dataclasses.replace(certificate(1), event=long_event)
    fit = fit_field(body, body.text.format_map(placeholder_values(item)))
    assert fit.size < body.size
    assert len(fit.lines) * fit.leading <= body.height * mm + 0.01


def test_long_unit_renders(pdf: PdfTools) -> None:
    data = render_certificates([certificate(1, unit=LONG_UNIT)], builtin_layout("classic-cn"))
    assert LONG_UNIT in pdf.flat_text(data)


def test_progress_is_reported_per_page() -> None:
    calls: list[tuple[int, int]] = []
    render_certificates(
        certificates(3), builtin_layout("classic-cn"), progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_progress_can_cancel() -> None:
    seen: list[int] = []

    def stop_after_two(done: int, total: int) -> bool:
        seen.append(done)
        return done < 2

    with pytest.raises(Cancelled):
        render_certificates(certificates(5), builtin_layout("classic-cn"), progress=stop_after_two)
    assert seen == [1, 2]


def test_write_certificates_writes_nothing_when_cancelled(tmp_path: Path) -> None:
    out = tmp_path / "certs.pdf"
    with pytest.raises(Cancelled):
        write_certificates(
            out, certificates(2), builtin_layout("classic-cn"), progress=lambda d, t: False
        )
    assert not out.exists()
    write_certificates(out, certificates(2), builtin_layout("classic-cn"))
    assert out.read_bytes().startswith(b"%PDF")


def test_qr_encodes_the_code_compactly() -> None:
    modules = qr_modules(certificate(1).code)
    assert len(modules) in (21, 25)  # version 1 or 2: small enough to scan at 25 mm
    assert all(len(row) == len(modules) for row in modules)
    # The three finder patterns: dark 7x7 frames in three corners.
    n = len(modules)
    for r, c in ((0, 0), (0, n - 7), (n - 7, 0)):
        assert all(modules[r][c + k] for k in range(7))
        assert all(modules[r + k][c] for k in range(7))


def test_all_builtin_layouts_render(pdf: PdfTools) -> None:
    assert {"classic-cn", "plain-bilingual"} <= set(builtin_layout_names())
    for name in builtin_layout_names():
        data = render_certificates([certificate(1)], builtin_layout(name))
        pdf.assert_fonts_embedded(data)


def test_same_input_same_bytes() -> None:
    layout = builtin_layout("classic-cn")
    assert render_certificates(certificates(2), layout) == render_certificates(
        certificates(2), layout
    )


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools is not installed")
@pytest.mark.parametrize("layout_name", ["classic-cn", "plain-bilingual"])
def test_qr_scans_back_to_the_code(tmp_path: Path, layout_name: str) -> None:
    item = certificate(5)
    (tmp_path / "c.pdf").write_bytes(render_certificates([item], builtin_layout(layout_name)))
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "150",
            "-singlefile",
            str(tmp_path / "c.pdf"),
            str(tmp_path / "c"),
        ],
        check=True,
    )
    out = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "c.png")], capture_output=True, text=True
    ).stdout
    assert out.strip() == item.code


JOINT_ISSUERS = (
    "宁波市江北区人力资源和社会保障局、中华全国总工会宁波市江北区委员会、"
    "共青团宁波市江北区委员会、宁波市江北区教育局与科学技术局"
)
HUGE_UNIT = LONG_UNIT + "（宁波市江北区北岸智能制造产业园区管理委员会联合培养基地）"


def _rows_of(rects, pick):
    return [r for r in rects if pick(r[0])]


@pytest.mark.parametrize("layout_name", ["classic-cn", "plain-bilingual"])
def test_four_joint_issuers_stay_clear_of_the_date(pdf: PdfTools, layout_name: str) -> None:
    item = dataclasses.replace(certificate(1), issuer=JOINT_ISSUERS)
    data = render_certificates([item], builtin_layout(layout_name))
    assert JOINT_ISSUERS in pdf.stream_text(data)
    rects = pdf.word_rects(data)
    issuer = _rows_of(rects, lambda w: len(w) >= 2 and w in JOINT_ISSUERS)
    date_words = _rows_of(rects, lambda w: "二〇二二" in w or "2022年7月28日" in w)
    assert issuer and date_words
    assert max(r[4] for r in issuer) <= min(r[2] for r in date_words) + 0.5


def test_bilingual_wrapped_values_stay_above_their_underline(pdf: PdfTools) -> None:
    layout = builtin_layout("plain-bilingual")
    item = certificate(1, unit=HUGE_UNIT)
    data = render_certificates([item], layout)
    assert HUGE_UNIT in pdf.stream_text(data)
    unit_field = next(f for f in layout.fields if f.key == "unit")
    rule_y = min(line.y1 for line in layout.lines if line.y1 > unit_field.y) * mm  # pt from top
    above = min(line.y1 for line in layout.lines if line.y1 < unit_field.y) * mm
    near = [r for r in pdf.word_rects(data) if above - 20 < r[2] < rule_y + 20]
    unit_words = _rows_of(near, lambda w: len(w) >= 2 and w in HUGE_UNIT)
    lines = {round(r[4]) for r in unit_words}
    assert len(lines) >= 2  # it did wrap
    for r in unit_words:
        # the descent may touch the rule, the glyphs' bodies never cross it; nor the rule above
        assert r[4] <= rule_y + 1.5 and r[2] >= above


def test_bilingual_prints_english_values_set_for_the_event(pdf: PdfTools) -> None:
    english = {"trade": "Fitter", "group": "Staff", "honour": "First Prize, Technical Expert",
               "event": "2022 North Shore Skills Competition", "issuer": "Jiangbei HR Bureau"}  # fmt: skip
    item = dataclasses.replace(certificate(1), english=english)
    text = pdf.stream_text(render_certificates([item], builtin_layout("plain-bilingual")))
    assert "钳工（职工组）/Fitter(Staff)" in text
    assert "一等奖、技术能手/FirstPrize,TechnicalExpert" in text
    assert "/2022NorthShoreSkillsCompetition" in text and "/JiangbeiHRBureau" in text
    # without English names the Chinese stands alone: no stray slash
    plain = pdf.stream_text(
        render_certificates([certificate(1)], builtin_layout("plain-bilingual"))
    )
    assert "钳工（职工组）" in plain
    assert "钳工（职工组）/" not in plain and "技术能手/" not in plain
