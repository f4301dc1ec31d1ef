"""Fixtures for the PDF tests: stable output (ReportLab's invariant mode) and poppler helpers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab import rl_config

from tests.reports.pdf_tools import PdfTools


@pytest.fixture(autouse=True)
def invariant_pdfs() -> Iterator[None]:
    """No timestamps or random ids in the PDFs, so the same input gives the same bytes."""
    before = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = before


@pytest.fixture
def pdf(tmp_path: Path) -> PdfTools:
    return PdfTools(tmp_path)
