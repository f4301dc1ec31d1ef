"""One score file of 900,000 marks (every contestant of the city in one trade): the import must
stream it with bounded memory (issue 16: at most 300 MB)."""

from __future__ import annotations

import csv
import sqlite3
import time
from pathlib import Path

from benchmarks import synthetic
from benchmarks.measure import EVENT_ID, bare_sqlite, clock, context, copy_db

BIG_FILE = "marks-big.csv"


def prepare_big_file(work: Path) -> None:
    """The registered city with every contestant moved into the first trade, and one long-form
    file of all 900,000 marks for it (the trades' files joined, their judges renamed to the
    first trade's judges of the same place)."""
    db = copy_db(work / "contestants.db", work / "big-file.db")
    con = sqlite3.connect(db)
    first = synthetic.trade_code(0)
    (trade_id,) = con.execute("SELECT id FROM trade WHERE code = ?", (first,)).fetchone()
    con.execute("UPDATE contestant SET trade_id = ?", (trade_id,))
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with (work / "data" / BIG_FILE).open("w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(["number", "criterion", "judge", "mark"])
        for i in range(synthetic.TRADES):
            path = work / "data" / f"marks-{synthetic.trade_code(i)}.csv"
            with path.open(encoding="utf-8", newline="") as f:
                rows = csv.reader(f)
                next(rows)
                for number, criterion, judge, mark in rows:
                    w.writerow([number, criterion, first + judge[judge.index("-") :], mark])


def import_big_file_app(work: Path) -> float:
    from competition_app.services.scoring.score_file import import_scores

    ctx = context(copy_db(work / "big-file.db", work / "big-file-run.db"))
    start = clock()
    report = import_scores(ctx, EVENT_ID, synthetic.trade_code(0), work / "data" / BIG_FILE)
    seconds = time.perf_counter() - start
    assert report.marks > 0
    ctx.db.dispose()
    return seconds


def import_big_file_baseline(work: Path) -> float:
    """csv.reader + sqlite3 executemany of the one file into a plain table, one commit."""
    con = bare_sqlite(work / "bare-big-file.db")
    con.execute(
        "CREATE TABLE mark (id INTEGER PRIMARY KEY, number TEXT, criterion TEXT, judge TEXT,"
        " mark TEXT, UNIQUE (number, criterion, judge))"
    )
    start = clock()
    with (work / "data" / BIG_FILE).open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        con.executemany("INSERT INTO mark (number, criterion, judge, mark) VALUES (?, ?, ?, ?)",
                        rows)  # fmt: skip
    con.commit()
    return time.perf_counter() - start
