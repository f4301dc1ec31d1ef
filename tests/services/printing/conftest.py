"""The printing services' papers read back with poppler, and the example event scored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab import rl_config

from competition_app.services.context import Context
from competition_app.services.scoring.score_file import import_scores
from tests.reports.pdf_tools import PdfTools
from tests.services.conftest import EXAMPLES


@pytest.fixture(autouse=True)
def invariant_pdfs() -> Iterator[None]:
    before = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = before


@pytest.fixture
def pdf(tmp_path: Path) -> PdfTools:
    return PdfTools(tmp_path)


@pytest.fixture
def scored(ctx: Context, event_id: int) -> int:
    """The example event with its example scores: 李娜 first in 钳工 (89.35), 王伟 second."""
    import_scores(ctx, event_id, "fitter", EXAMPLES / "fitter-scores.csv")
    import_scores(ctx, event_id, "electrician", EXAMPLES / "electrician-marks.csv")
    return event_id
