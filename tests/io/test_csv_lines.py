"""A CSV's text is read a block at a time: the same lines as the whole text gives, so the same
records, and the same errors on the same rows."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st

from competition_app.io.tabular import _text_lines


@given(text=st.text(alphabet='ab,"\r\n\u4e00', max_size=200), block=st.integers(1, 50))
def test_lines_a_block_at_a_time_are_the_lines_of_the_whole_text(text, block):
    assert list(_text_lines(text, block)) == list(io.StringIO(text))


def test_a_quoted_newline_across_a_block_boundary_is_one_cell():
    import csv

    text = 'number,note\n1001,"two\nlines"\n1002,x\n'
    for block in range(1, len(text)):
        assert list(csv.reader(_text_lines(text, block))) == [
            ["number", "note"],
            ["1001", "two\nlines"],
            ["1002", "x"],
        ]
