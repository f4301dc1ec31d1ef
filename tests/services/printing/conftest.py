"""The printing services' papers read back with poppler: the reports' own fixtures, stable PDF
bytes (autouse) and poppler to read them back."""

import pytest

from competition_app.services.results.locking import lock_trade
from competition_app.services.setup.trades import get_trade
from tests.reports.conftest import invariant_pdfs, pdf  # noqa: F401


@pytest.fixture
def locked(ctx, scored):
    """钳工 scored and locked: 李娜 (89.35) holds its only award, 三等奖."""
    lock_trade(ctx, get_trade(ctx, scored, "fitter").id)
    return scored
