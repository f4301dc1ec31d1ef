"""Text that a spreadsheet would run as a formula (CSV injection, OWASP), and how it is made inert.

A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel when
it opens a CSV. In a CSV such text is written behind a single quote, which Excel shows as the text
itself; in an XLSX it is written as a string cell with Excel's own "typed as text" mark
(quotePrefix), so the cell's value is the text unchanged and stays text when edited. A number,
negative ones included, is not text and is written as it is.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def runs_as_formula(text: str) -> bool:
    """Whether a spreadsheet would take `text` for a formula; a plain number such as -3.5 is not."""
    return text.startswith(FORMULA_STARTS) and _NUMBER.fullmatch(text) is None


def csv_cell(text: str) -> str:
    """`text` as a CSV cell Excel shows but never runs: behind a quote when it would run."""
    return QUOTE + text if runs_as_formula(text) else text


def csv_cell_read(text: str) -> str:
    """The text a `csv_cell` stands for: an import of our own export reads the name as written."""
    if text.startswith(QUOTE) and runs_as_formula(text[1:]):
        return text[1:]
    return text
