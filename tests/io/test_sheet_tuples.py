"""A score file read as tuples (the long form's fast way) gives the rows and the problems that
reading it as dicts gives, whatever the file holds; a broken CSV is refused either way."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from competition_app.domain.errors import ValidationError
from competition_app.io.tabular import MAX_FIELD_CHARS, open_sheet

NAMES = ("number", "criterion", "judge", "mark")
HEADERS = {"number": "number", "criterion": "criterion", "judge": "judge", "mark": "mark"}

# cells with what the reader must trim, refuse or keep: spaces, a zero-width space, a control
# character, a quote our own export puts before a formula, separators and line breaks
cell = st.text(alphabet=" a1中'=\u200b\x01,\"\n", max_size=6)
header = st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique=True).flatmap(
    lambda names: st.permutations([*names, *([""] * (1 if "mark" not in names else 0))])
)


def _csv(path: Path, head: list[str], rows: list[list[str]]) -> Path:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(head)
    w.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def _columns(raw: str) -> str | None:
    return HEADERS.get(raw)


def _both(path: Path) -> tuple[list[object], list[object], list[str], list[str], int, int]:
    as_dicts = open_sheet(path, _columns, required=("number",))
    dict_rows = [(n, tuple(v.get(c, "") for c in NAMES)) for n, v in as_dicts.rows]
    as_tuples = open_sheet(path, _columns, required=("number",))
    tuple_rows = list(as_tuples.tuples(NAMES))
    return (
        dict_rows,
        tuple_rows,
        [str(p) for p in as_dicts.problems],
        [str(p) for p in as_tuples.problems],
        as_dicts.count,
        as_tuples.count,
    )


@given(
    head=header.filter(lambda h: "number" in h),
    rows=st.lists(st.lists(cell, max_size=6), max_size=8),
)
def test_tuples_give_the_rows_and_problems_dicts_give(head: list[str], rows: list[list[str]]):
    with tempfile.TemporaryDirectory() as tmp:
        path = _csv(Path(tmp) / "marks.csv", [h or "" for h in head], rows)
        dict_rows, tuple_rows, dict_problems, tuple_problems, dict_count, tuple_count = _both(path)
    assert tuple_rows == dict_rows
    assert tuple_problems == dict_problems
    assert tuple_count == dict_count


def test_a_short_row_a_long_row_and_bad_cells_read_alike(tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "marks.csv",
        ["number", "criterion", "judge", "mark"],
        [
            [" 1001 ", "c1", "J1", " 8.5"],  # trimmed
            ["1002", "c1"],  # short: the rest are empty
            ["1003", "c1", "J1", "9", "extra"],  # a value past the header
            ["1004", "c\u200b1", "J1", "7"],  # an invisible character
            ["", "", "", ""],  # no row
        ],
    )
    dict_rows, tuple_rows, dict_problems, tuple_problems, _, count = _both(path)
    assert tuple_rows == dict_rows
    assert tuple_rows[0] == (2, ("1001", "c1", "J1", "8.5"))
    assert tuple_rows[1] == (3, ("1002", "c1", "", ""))
    assert tuple_problems == dict_problems
    assert any(":4" in p and "比表头的列多" in p for p in tuple_problems)
    assert any(":5:criterion" in p for p in tuple_problems)
    assert count == 4


@pytest.mark.parametrize("quote", ["", "'"], ids=["no quote in the file", "a quote in the file"])
def test_a_field_past_the_limit_is_refused_with_its_line(tmp_path: Path, quote: str) -> None:
    # the reader takes a short way through a file with no quote in it (no cell can be one our
    # export protected): a broken record is refused in words there too
    path = tmp_path / "marks.csv"
    path.write_text(
        f"number,criterion,judge,mark\n1001,c1,J1,8{quote}\n"
        f'1002,c1,J1,"{"9" * (MAX_FIELD_CHARS + 10)}"\n',
        encoding="utf-8",
    )
    stream = open_sheet(path, _columns, required=("number",))
    with pytest.raises(ValidationError) as refused:
        list(stream.tuples(NAMES))
    assert [str(p) for p in refused.value.problems] == [
        p for p in map(str, refused.value.problems) if p.startswith("marks.csv:3")
    ]
    assert "CSV 格式错误" in str(refused.value.problems[0])


def test_an_xlsx_long_form_reads_alike_as_tuples(tmp_path: Path) -> None:
    # typed cells (a number as a number, a mark as a float, an empty cell, a padded text) come
    # through the tuples as through the dicts
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in (
        ["mark", "number", "criterion", "judge"],  # the columns in another order
        [35.5, 1001, "c1", "J1"],
        [8, " 1002 ", "c2", None],
        [None, None, None, None],  # no row
        ["9.25", 1003, "c1", "J2"],
    ):
        ws.append(row)
    path = tmp_path / "marks.xlsx"
    wb.save(path)
    dict_rows, tuple_rows, dict_problems, tuple_problems, _, count = _both(path)
    assert tuple_rows == dict_rows
    assert tuple_rows == [
        (2, ("1001", "c1", "J1", "35.5")),
        (3, ("1002", "c2", "", "8")),
        (5, ("1003", "c1", "J2", "9.25")),
    ]
    assert tuple_problems == dict_problems == [] and count == 3


@pytest.mark.parametrize("bitmap", [True, False], ids=["bit per key", "hashes"])
@given(keys=st.lists(st.tuples(st.sampled_from("123"), st.sampled_from("ab"), st.sampled_from(["", "J1", "J2"])), max_size=40))  # fmt: skip
def test_the_duplicate_check_names_the_first_row_of_a_key_given_again(keys, bitmap):
    from decimal import Decimal

    from competition_app.io import score_sheets
    from competition_app.io.score_sheets import MarkLine, _SeenMarks

    with pytest.MonkeyPatch.context() as m:
        if not bitmap:
            m.setattr(score_sheets, "_BITMAP_BITS", 0)
        marks: list[MarkLine] = []
        seen = _SeenMarks(marks, ["1", "2", "3"], ["a", "b"], ["", "J1", "J2"])
        assert (seen._bits is not None) == bitmap
        first: dict[tuple[str, str, str], int] = {}
        for row, key in enumerate(keys, start=2):
            assert seen.first_row(key, row) == first.get(key)
            if key not in first:
                first[key] = row
                marks.append(MarkLine(row, *key, Decimal(1)))
