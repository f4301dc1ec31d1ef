"""The score distribution under the table: on the chief judge's internal sheet, never the notice."""

from __future__ import annotations

from decimal import Decimal

from competition_app.domain.distribution import distribution
from competition_app.reports.result_sheet import render_result_sheet
from tests.reports.pdf_tools import PdfTools
from tests.reports.samples import result_rows
from tests.reports.test_result_sheet import sheet


def test_the_internal_sheet_draws_the_bands_and_cut_lines(pdf: PdfTools) -> None:
    rows = result_rows(20)
    d = distribution(rows, Decimal(100))
    assert d.cuts  # the sample has awards
    internal = pdf.flat_text(render_result_sheet(sheet(rows, internal=True, distribution=d)))
    assert f"分数分布（已排名{d.ranked}人，每5分一档）" in internal
    for cut in d.cuts:
        assert f"{cut.award}≥{cut.total:.2f}" in internal
    public = pdf.flat_text(render_result_sheet(sheet(rows, distribution=d)))
    assert "分数分布" not in public and "≥" not in public


def test_no_one_ranked_no_figure(pdf: PdfTools) -> None:
    rows = [r for r in result_rows(20) if r.rank is None]
    d = distribution(rows, Decimal(100))
    text = pdf.flat_text(render_result_sheet(sheet(rows, internal=True, distribution=d)))
    assert "分数分布" not in text
