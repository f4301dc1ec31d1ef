"""The score grid service: columns per judge, values with versions, saving one cell."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.errors import ConflictError, UserError
from competition_app.domain.marks import MarkError
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.scoring.score_grid import (
    entry_progress,
    load_grid,
    parse_cell,
    save_cell,
)
from competition_app.services.setup.trades import get_trade


def grid_of(ctx, event_id, code):
    return load_grid(ctx, get_trade(ctx, event_id, code).id)


def test_columns_follow_the_marking_scheme_then_the_time(ctx, event_id):
    grid = grid_of(ctx, event_id, "electrician")
    cols = [(c.kind, c.code, c.judge_code) for c in grid.columns]
    # a mean panel: one column per criterion and judge; theory has no criteria, so it is direct
    assert cols == [
        ("score", "theory", ""),
        ("mark", "e1", "J1"),
        ("mark", "e1", "J2"),
        ("mark", "e2", "J1"),
        ("mark", "e2", "J2"),
        ("time", "time", ""),
    ]
    assert [c.limit for c in grid.columns[:3]] == [Decimal(100), Decimal(40), Decimal(40)]
    fitter = grid_of(ctx, event_id, "fitter")
    assert [c.code for c in fitter.columns] == ["theory", "practical", "time"]


def test_rows_in_entry_number_order_with_nothing_entered(ctx, event_id):
    grid = grid_of(ctx, event_id, "fitter")
    assert [r.number for r in grid.rows] == ["1001", "1002", "1003"]
    assert all(v is None for r in grid.rows for v in r.values)
    assert grid.counts() == (0, 6)


def test_save_cell_commits_and_returns_the_next_version(ctx, event_id):
    grid = grid_of(ctx, event_id, "electrician")
    who = grid.rows[0].contestant_id
    e1 = grid.columns[1]
    saved = save_cell(ctx, who, e1, Decimal("35.5"), 0)
    assert (saved.value, saved.version) == (Decimal("35.5"), 1)
    again = grid_of(ctx, event_id, "electrician")
    assert again.rows[0].values[1] == Decimal("35.5") and again.rows[0].versions[1] == 1
    assert again.counts() == (1, 10)  # two contestants x five cells
    # cleared: gone (not zero), and the version a fresh load would show
    cleared = save_cell(ctx, who, e1, None, 1)
    assert (cleared.value, cleared.version) == (None, 0)
    assert grid_of(ctx, event_id, "electrician").rows[0].values[1] is None
    assert save_cell(ctx, who, e1, Decimal("0"), 0).value == Decimal(0)


def test_a_stale_version_is_a_conflict(ctx, event_id):
    grid = grid_of(ctx, event_id, "electrician")
    who, e2 = grid.rows[0].contestant_id, grid.columns[3]
    save_cell(ctx, who, e2, Decimal("50"), 0)
    with pytest.raises(ConflictError, match="50"):
        save_cell(ctx, who, e2, Decimal("51"), 0)


def test_time_cells_check_the_contestants_version(ctx, event_id):
    grid = grid_of(ctx, event_id, "fitter")
    row, time = grid.rows[0], grid.columns[-1]
    saved = save_cell(ctx, row.contestant_id, time, parse_cell(time, "1:30"), row.versions[-1])
    assert saved.value == Decimal(90)
    with pytest.raises(ConflictError, match="90"):
        save_cell(ctx, row.contestant_id, time, Decimal("95"), row.versions[-1])
    assert save_cell(ctx, row.contestant_id, time, Decimal("95"), saved.version).value == Decimal(
        95
    )


@pytest.mark.parametrize(
    ("text", "message"), [("41", "超出范围"), ("x", "不是数字"), ("1.234", "最多 2 位小数")]
)
def test_parse_cell_refuses_what_the_service_would(ctx, event_id, text, message):
    e1 = grid_of(ctx, event_id, "electrician").columns[1]
    with pytest.raises(MarkError, match=message):
        parse_cell(e1, text)
    assert parse_cell(e1, "") is None
    assert parse_cell(e1, "４０") == Decimal(40)


def test_unknown_trade(ctx):
    with pytest.raises(UserError):
        load_grid(ctx, 9999)


def test_entry_progress(ctx, event_id):
    people = {c.number: c.id for c in list_contestants(ctx, event_id)}
    grid = grid_of(ctx, event_id, "fitter")
    save_cell(ctx, people["1001"], grid.columns[0], Decimal("80"), 0)
    progress = {p.code: p for p in entry_progress(ctx, event_id)}
    assert (progress["fitter"].entered, progress["fitter"].expected) == (1, 6)
    assert progress["electrician"].contestants == 2 and not progress["fitter"].locked


def _add_judges(ctx, event_id, tmp_path, lines):
    from competition_app.services.registration.judges import import_judges

    path = tmp_path / "judges.csv"
    path.write_text("code,name,unit,role,trades\n" + "".join(f"{x}\n" for x in lines), "utf-8")
    import_judges(ctx, event_id, path)


def test_a_judge_of_the_contestants_unit_stands_aside_and_is_not_counted(ctx, event_id, tmp_path):
    unit = next(c.unit for c in list_contestants(ctx, event_id) if c.number == "2001")
    _add_judges(ctx, event_id, tmp_path, [f"J9,周正,{unit},judge,electrician"])
    grid = grid_of(ctx, event_id, "electrician")
    j9 = [i for i, c in enumerate(grid.columns) if c.judge_code == "J9"]
    assert len(j9) == 2  # e1 and e2
    row = next(r for r in grid.rows if r.number == "2001")
    assert [row.recusal(i).ground for i in j9] == ["same_unit", "same_unit"]
    others = [r for r in grid.rows if r.number != "2001"]
    assert all(r.recusal(i) is None for r in others for i in j9)
    # 2 contestants × (theory + 3 judges × 2 criteria) = 14 cells, less the 2 J9 stands aside in
    assert grid.counts() == (0, 12)
    progress = next(p for p in entry_progress(ctx, event_id) if p.code == "electrician")
    assert (progress.entered, progress.expected) == (0, 12)


@pytest.mark.parametrize("read", ["grid", "assignments", "conflicts"])
def test_reading_a_trade_costs_the_same_statements_whatever_the_judges(
    ctx, event_id, tmp_path, read
):
    from competition_app.services.scoring.recusal import conflicts_for_trade, judge_assignments

    from ..statements import statements

    trade_id = get_trade(ctx, event_id, "electrician").id
    action = {
        "grid": lambda: load_grid(ctx, trade_id),
        "assignments": lambda: judge_assignments(ctx, trade_id),
        "conflicts": lambda: conflicts_for_trade(ctx, trade_id),
    }[read]
    with_two = statements(ctx, action)
    _add_judges(ctx, event_id, tmp_path, [f"J{i},裁判{i},,judge,electrician" for i in range(3, 9)])
    assert len(judge_assignments(ctx, trade_id)) == 8
    assert statements(ctx, action) == with_two
