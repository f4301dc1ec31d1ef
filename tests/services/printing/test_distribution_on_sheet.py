"""`print results --internal` carries the score distribution; the public notice never does."""

from __future__ import annotations

from competition_app.services.printing.printing import result_sheet_pdf


def test_only_the_internal_sheet_has_the_distribution(ctx, scored, pdf):
    internal = pdf.flat_text(result_sheet_pdf(ctx, scored, "fitter", internal=True))
    assert "分数分布（已排名" in internal and "每5分一档" in internal
    public = pdf.flat_text(result_sheet_pdf(ctx, scored, "fitter"))
    assert "分数分布" not in public
