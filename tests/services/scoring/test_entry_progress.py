"""Entry progress counted in the database: the grid's own count, in a fixed number of queries."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.services.registration.contestants import list_contestants, set_status
from competition_app.services.registration.judges import list_judges
from competition_app.services.scoring.entry_progress import (
    entry_progress,
    progress_at_head,
    progress_of,
)
from competition_app.services.scoring.recusal import (
    assign_judge,
    declare_conflict,
    unassign_judge,
)
from competition_app.services.scoring.score_grid import load_grid
from competition_app.services.scoring.scoring import record_score
from competition_app.services.setup.demo import build_demo_event
from competition_app.services.setup.trade_facts import facts_from_rows
from competition_app.services.setup.trades import get_trade, list_trades
from competition_app.storage.plain_rows import driver_rows

from ..statements import statements


def _as_the_grid_counts(ctx, event_id):
    out = {}
    for t in list_trades(ctx, event_id):
        grid = load_grid(ctx, t.id)
        out[t.code] = (len(grid.rows), *grid.counts(), t.locked)
    return out


def _progress(ctx, event_id):
    found = {
        p.code: (p.contestants, p.entered, p.expected, p.locked)
        for p in entry_progress(ctx, event_id)
    }
    if ctx.db.is_sqlite:
        # the first figures of the event page, read from the file before the database layer
        # loads, are the same counts
        early = progress_at_head(ctx.db.path, event_id)
        assert early is not None
        assert early.event_id == event_id
        assert {
            p.code: (p.contestants, p.entered, p.expected, p.locked) for p in early.trades
        } == found
    return found


def test_progress_is_the_grids_count_through_recusal_panels_and_status(ctx, scored, tmp_path):
    event_id = scored
    assert _progress(ctx, event_id) == _as_the_grid_counts(ctx, event_id)
    people = {c.number: c for c in list_contestants(ctx, event_id)}
    judges = {j.code: j.id for j in list_judges(ctx, event_id)}
    electrician = get_trade(ctx, event_id, "electrician").id
    # a declared conflict after the marks: J1's marks for 2001 are neither expected nor entered
    declare_conflict(ctx, judges["J1"], people["2001"].id, "亲属")
    assert _progress(ctx, event_id) == _as_the_grid_counts(ctx, event_id)
    # J2 only on e1's panel now: the e2 column stands aside whole
    assign_judge(ctx, judges["J2"], electrician, ["e1"])
    assert _progress(ctx, event_id) == _as_the_grid_counts(ctx, event_id)
    # a judge of 2002's unit, on the trade: the grid greys that contestant's cells
    path = tmp_path / "judges.csv"
    path.write_text(
        f"code,name,unit,role,trades\nJ9,周正,{people['2002'].unit},judge,electrician\n", "utf-8"
    )
    from competition_app.services.registration.judges import import_judges

    import_judges(ctx, event_id, path)
    assert _progress(ctx, event_id) == _as_the_grid_counts(ctx, event_id)
    # J1 off the trade: the marks J1 gave keep a column of their own
    unassign_judge(ctx, judges["J1"], electrician)
    assert _progress(ctx, event_id) == _as_the_grid_counts(ctx, event_id)
    # an absent contestant is not expected, and the marks they have do not count
    set_status(ctx, people["2002"].id, "absent", reason="未到场")
    record_score(ctx, people["1001"].id, "practical", Decimal("70"))
    progress = _progress(ctx, event_id)
    assert progress == _as_the_grid_counts(ctx, event_id)
    assert progress["electrician"][1:3] != (0, 0)


@pytest.mark.backends("sqlite")
def test_progress_of_the_demo_is_the_grids_count(ctx):
    event_id = build_demo_event(ctx)
    assert _progress(ctx, event_id) == _as_the_grid_counts(ctx, event_id)


def test_progress_costs_the_same_statements_whatever_the_number_of_trades(ctx, scored):
    from competition_app.services.setup.trade_list import add_trade

    one_event = _reads(ctx, scored), statements(ctx, lambda: entry_progress(ctx, scored))
    for i in range(3):
        add_trade(ctx, scored, f"extra{i}", f"工种{i}", "cn-provincial")
    more = _reads(ctx, scored), statements(ctx, lambda: entry_progress(ctx, scored))
    assert len(entry_progress(ctx, scored)) == 5
    assert more == one_event


def _reads(ctx, event_id):
    """How many statements counting the event's progress runs (its plain SQL)."""
    seen = []
    with ctx.db.reading() as s:
        read = driver_rows(s)

        def counting(sql, params):
            seen.append(sql)
            return read(sql, params)

        progress_of(
            counting,
            event_id,
            lambda row, components, criteria: facts_from_rows(ctx, row, components, criteria).rules,
        )
    return len(seen)


def test_marks_of_a_judge_taken_off_the_trade_keep_their_columns_before_the_time(ctx, scored):
    judges = {j.code: j.id for j in list_judges(ctx, scored)}
    electrician = get_trade(ctx, scored, "electrician").id
    unassign_judge(ctx, judges["J1"], electrician)
    grid = load_grid(ctx, electrician)
    kept = [i for i, c in enumerate(grid.columns) if c.judge_id == judges["J1"]]
    assert [grid.columns[i].judge_code for i in kept] == [f"#{judges['J1']}"] * 2
    assert [grid.columns[i].code for i in kept] == ["e1", "e2"]
    assert grid.columns[-1].kind == "time"
    row = next(r for r in grid.rows if r.number == "2001")
    assert [row.values[i] for i in kept] == [Decimal("35"), Decimal("50")]


def test_marks_of_a_contestant_moved_to_another_trade_count_in_neither(ctx, scored):
    from competition_app.services.registration.contestants import update_contestant

    people = {c.number: c for c in list_contestants(ctx, scored)}
    before = _progress(ctx, scored)
    moved = people["2001"]  # an electrician with marks
    other = next(t for t in list_trades(ctx, scored) if t.code != moved.trade_code)
    update_contestant(ctx, moved._replace(trade_code=other.code, trade_name=other.name))
    after = _progress(ctx, scored)
    assert after == _as_the_grid_counts(ctx, scored)
    assert after[moved.trade_code][1] < before[moved.trade_code][1]  # its marks left with it


@pytest.mark.backends("sqlite")
def test_a_file_the_early_read_cannot_make_sense_of_is_left_to_the_full_way(ctx, scored, tmp_path):
    import sqlite3

    for name, content in (("junk.db", b"not a database \xff\xfe"), ("empty.db", b"")):
        spoilt = tmp_path / name
        spoilt.write_bytes(content)
        assert progress_at_head(spoilt, scored) is None
        assert spoilt.read_bytes() == content  # nothing written
    assert progress_at_head(tmp_path, scored) is None  # a folder
    assert progress_at_head(tmp_path / "missing.db", scored) is None
    # a trade's settings damaged outside the app: no traceback from the early read
    con = sqlite3.connect(ctx.db.path)
    con.execute("UPDATE trade SET settings = '{not json' WHERE event_id = ?", (scored,))
    con.commit()
    con.close()
    assert progress_at_head(ctx.db.path, scored) is None
