"""The printing services' papers read back with poppler: the reports' own fixtures, stable PDF
bytes (autouse) and poppler to read them back."""

from tests.reports.conftest import invariant_pdfs, pdf  # noqa: F401
