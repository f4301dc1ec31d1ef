"""Fitting text into boxes: shrink, then wrap, never wider than the box."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from competition_app.reports.fonts import KAI, SANS, register_fonts
from competition_app.reports.text_fit import LEADING, fit_text, text_width, wrap_lines

register_fonts()

mixed_text = st.text(
    alphabet=st.sampled_from(list("钳工电焊数控车职业技能大赛（）“”，。、 ABCxyz0123456789-")),
    min_size=0,
    max_size=80,
)


def test_text_that_fits_is_left_alone() -> None:
    fit = fit_text("张三", SANS, 20, 200, min_size=8)
    assert fit.size == 20 and fit.lines == ("张三",)


def test_text_shrinks_to_the_width() -> None:
    text = "宁波市江北区北岸机械制造有限公司"
    fit = fit_text(text, SANS, 20, 200, min_size=8)
    assert 8 <= fit.size < 20
    assert text_width(text, SANS, fit.size) <= 200


def test_below_the_floor_it_wraps() -> None:
    text = "宁波市江北区北岸机械制造有限公司" * 3
    fit = fit_text(text, SANS, 20, 100, min_size=10)
    assert fit.size == 10 and len(fit.lines) > 1 and "".join(fit.lines) == text


def test_lines_do_not_start_with_closing_punctuation() -> None:
    lines = wrap_lines("在大赛中荣获一等奖，特发此证，以资鼓励。" * 3, KAI, 12, 12 * 9 + 1)
    assert len(lines) > 2
    assert not any(line[:1] in "，。、）" for line in lines)


def test_short_bracketed_runs_stay_together() -> None:
    lines = wrap_lines("比赛钳工（职工组）比赛", SANS, 10, 10 * 5 + 1)
    assert any("（职工组）" in line for line in lines)


def test_latin_words_are_not_broken() -> None:
    lines = wrap_lines("Certificate of Achievement in Welding", SANS, 10, 80)
    assert " ".join(lines).split() == ["Certificate", "of", "Achievement", "in", "Welding"]


@settings(max_examples=150, deadline=None)
@given(text=mixed_text, width=st.floats(min_value=15, max_value=300), size=st.floats(6, 30))
def test_wrapped_lines_never_exceed_the_width(text: str, width: float, size: float) -> None:
    lines = wrap_lines(text, SANS, size, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        if len(line) > 1:  # a single glyph wider than the box cannot be helped
            assert text_width(line, SANS, size) <= width + 1e-6, (line, width)


@settings(max_examples=100, deadline=None)
@given(text=mixed_text.filter(lambda t: t.strip()), width=st.floats(30, 300))
def test_box_fit_respects_height_until_the_floor(text: str, width: float) -> None:
    height = 40.0
    fit = fit_text(text, KAI, 20, width, min_size=8, height=height)
    assert 8 <= fit.size <= 20
    if fit.size > 8:
        assert len(fit.lines) * fit.size * LEADING <= height + 1e-6


@pytest.mark.parametrize("size", [8, 12.5, 40])
def test_widths_scale_with_size(size: float) -> None:
    assert text_width("钳工 A1", SANS, size) == pytest.approx(text_width("钳工 A1", SANS, 1) * size)
