"""The figures of contest day: saving one mark, the score grid of a 30,000-contestant trade, and a
`results` command for one trade as a whole process."""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

from benchmarks import synthetic
from benchmarks.measure import (
    EVENT_ID,
    bare_sqlite,
    children_peak_kib,
    clock,
    context,
    copy_db,
    extra,
    mb,
)

SAVES = 300  # save_one_mark: marks saved one by one, the median reported

# -- save_one_mark ----------------------------------------------------------------------------


def save_one_mark_app(work: Path) -> float:
    from sqlalchemy import select

    from competition_app.services.scoring.scoring import record_mark
    from competition_app.storage.models import Contestant, CriterionMark, Judge

    db = copy_db(work / "full.db", work / "save.db")
    ctx = context(db)
    with ctx.db.reading() as s:
        trade_id = s.scalars(select(Contestant.trade_id).limit(1)).one()
        people = list(s.scalars(select(Contestant.id).where(Contestant.trade_id == trade_id)))
        judge = s.scalars(select(Judge.id).where(Judge.code == "t01-J1")).one()
        versions = {
            cid: v
            for cid, v in s.execute(
                select(CriterionMark.contestant_id, CriterionMark.version).where(
                    CriterionMark.judge_id == judge,
                    CriterionMark.contestant_id.in_(people),
                    CriterionMark.criterion_id
                    == select(CriterionMark.criterion_id)
                    .where(CriterionMark.judge_id == judge)
                    .order_by(CriterionMark.criterion_id)
                    .limit(1)
                    .scalar_subquery(),
                )
            )
        }
    times = []
    for i in range(SAVES + 5):
        cid = people[i % len(people)]
        value = Decimal(f"{(i % 10) + 0.5}")
        start = clock()
        saved = record_mark(ctx, cid, "c01", value, judge_id=judge, expected_version=versions[cid])
        times.append(time.perf_counter() - start)
        versions[cid] = saved.version
    ctx.db.dispose()
    return statistics.median(times[5:])  # the first few warm caches up


def save_one_mark_baseline(work: Path) -> float:
    """One INSERT and a COMMIT into the same database file, with the app's pragmas."""
    db = copy_db(work / "full.db", work / "save-bare.db")
    con = bare_sqlite(db, fresh=False)
    con.execute(
        "CREATE TABLE bare_mark (id INTEGER PRIMARY KEY, contestant_id INTEGER,"
        " criterion_id INTEGER, judge_id INTEGER, mark TEXT)"
    )
    con.commit()
    times = []
    for i in range(SAVES + 5):
        start = clock()
        con.execute(
            "INSERT INTO bare_mark (contestant_id, criterion_id, judge_id, mark)"
            " VALUES (?, ?, ?, ?)",
            (i, 1, 1, f"{(i % 10) + 0.5}"),
        )
        con.commit()
        times.append(time.perf_counter() - start)
    return statistics.median(times[5:])


# -- load_score_grid_30k ----------------------------------------------------------------------


def prepare_grid30k(work: Path) -> None:
    """One trade holding every contestant and mark of the city (30,000 × 30 at full scale): the
    marks moved onto the first trade's criteria and judges of the same codes."""
    db = copy_db(work / "full.db", work / "grid30k.db")
    con = sqlite3.connect(db)
    first = con.execute(
        "SELECT id FROM trade WHERE code = ?", (synthetic.trade_code(0),)
    ).fetchone()[0]
    con.execute("DROP INDEX IF EXISTS ix_mark_criterion_marks")  # rebuilt after the move
    con.execute(
        "UPDATE criterion_mark SET"
        " criterion_id = (SELECT t.id FROM criterion o JOIN criterion t ON t.code = o.code"
        "  WHERE o.id = criterion_mark.criterion_id AND t.trade_id = :first),"
        " judge_id = (SELECT t.id FROM judge o JOIN judge t"
        "  ON t.code = :prefix || substr(o.code, instr(o.code, '-'))"
        "  WHERE o.id = criterion_mark.judge_id)",
        {"first": first, "prefix": synthetic.trade_code(0)},
    )
    con.execute("UPDATE contestant SET trade_id = ?", (first,))
    con.execute(
        "CREATE INDEX ix_mark_criterion_marks ON criterion_mark"
        " (criterion_id, contestant_id, judge_id, mark)"
    )
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def _grid_trade(con: sqlite3.Connection) -> int:
    return int(con.execute("SELECT trade_id FROM contestant LIMIT 1").fetchone()[0])


def load_grid_app(work: Path) -> float:
    from competition_app.services.scoring.score_grid import load_grid

    db = work / "grid30k.db"
    trade_id = _grid_trade(sqlite3.connect(db))
    ctx = context(db)
    start = clock()
    grid = load_grid(ctx, trade_id)
    seconds = time.perf_counter() - start
    assert len(grid.rows) > 0
    ctx.db.dispose()
    return seconds


def load_grid_baseline(work: Path) -> float:
    """sqlite3 fetchall of the trade's contestants and marks, the marks into a dict."""
    con = sqlite3.connect(work / "grid30k.db")
    trade_id = _grid_trade(con)
    start = clock()
    people = con.execute(
        "SELECT id, number, name, unit, group_name, status, time_minutes, version"
        " FROM contestant WHERE trade_id = ?",
        (trade_id,),
    ).fetchall()
    marks = {
        (cid, code, judge): (mark, version)
        for cid, code, judge, mark, version in con.execute(
            "SELECT m.contestant_id, c.code, m.judge_id, m.mark, m.version FROM criterion_mark m"
            " JOIN criterion c ON c.id = m.criterion_id WHERE c.trade_id = ?",
            (trade_id,),
        ).fetchall()
    }
    seconds = time.perf_counter() - start
    assert people and marks
    return seconds


# -- cli_results_one_trade --------------------------------------------------------------------

_BARE_RESULTS = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
totals = {}
for cid, mark in con.execute(
    "SELECT m.contestant_id, m.mark FROM criterion_mark m JOIN criterion c"
    " ON c.id = m.criterion_id JOIN trade t ON t.id = c.trade_id WHERE t.code = ?",
    (sys.argv[2],),
):
    totals[cid] = totals.get(cid, 0.0) + float(mark)
for cid, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(cid, total)
"""


def _whole_process(cmd: list[str]) -> float:
    env = dict(os.environ)
    start = clock()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    seconds = time.perf_counter() - start
    extra["peak_mb"] = mb(children_peak_kib())
    return seconds


def cli_results_app(work: Path) -> float:
    """`competition-app results --event 1 --trade t01`, start to exit."""
    return _whole_process(
        [sys.executable, "-m", "competition_app", "--db", str(work / "full.db"), "results",
         "--event", str(EVENT_ID), "--trade", synthetic.trade_code(0)]
    )  # fmt: skip


def cli_results_baseline(work: Path) -> float:
    """A `python -c` process: sqlite3 read of the trade's marks, a sum per contestant, sorted."""
    return _whole_process(
        [sys.executable, "-c", _BARE_RESULTS, str(work / "full.db"), synthetic.trade_code(0)]
    )
