"""Text Excel would run as a formula is made inert; numbers, negative ones too, are left alone."""

from __future__ import annotations

import pytest

from competition_app.io.formula_safety import csv_cell, csv_cell_read, runs_as_formula


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        pytest.param('=HYPERLINK("http://x","点我")', True, id="equals"),
        pytest.param("+86 138 0013 8000", True, id="plus"),
        pytest.param("-2+3", True, id="minus-expression"),
        pytest.param("@SUM(A1)", True, id="at"),
        pytest.param("\t=1+1", True, id="tab"),
        pytest.param("\r=1+1", True, id="carriage-return"),
        pytest.param("-3.5", False, id="negative-number"),
        pytest.param("+7", False, id="signed-number"),
        pytest.param("王伟", False, id="a-name"),
        pytest.param("", False, id="empty"),
        pytest.param("a=b", False, id="equals-inside"),
    ],
)
def test_which_text_runs_as_a_formula(text: str, runs: bool) -> None:
    assert runs_as_formula(text) is runs
    assert csv_cell(text) == ("'" + text if runs else text)


@pytest.mark.parametrize("text", ["=1+1", "-x", "王伟", "'quoted", "-3"])
def test_reading_back_our_own_csv_gives_the_text_written(text: str) -> None:
    assert csv_cell_read(csv_cell(text)) == text
