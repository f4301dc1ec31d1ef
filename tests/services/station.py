"""A scoring station in a process of its own, for the two-station tests.

    python station.py save URL GO_FILE CELLS_JSON   # wait for GO_FILE, save each cell, print results
    python station.py watch URL EVENT_ID STAMP CELL_JSON TIMEOUT
                                                     # poll change_stamp until it moves, print the cell

A cell is [contestant_id, criterion_code, judge_id, value, expected_version]. Output is one JSON
object per line on stdout.
"""

from __future__ import annotations

import json
import sys
import time
from decimal import Decimal
from pathlib import Path

from competition_app.domain.errors import UserError
from competition_app.services.context import Context
from competition_app.services.integrity.changes import change_stamp
from competition_app.services.scoring.pending import stored_cell
from competition_app.services.scoring.score_grid import GridColumn
from competition_app.services.scoring.scoring import record_mark
from competition_app.storage.database import Database


def _column(code: str, judge_id: int) -> GridColumn:
    return GridColumn(kind="mark", code=code, name=code, limit=None, decimals=2, judge_id=judge_id)


def save(url: str, go_file: str, cells_json: str) -> None:
    ctx = Context(Database(url), user=f"station-{url[-6:]}")
    print(json.dumps({"ready": True}), flush=True)
    go = Path(go_file)
    deadline = time.monotonic() + 30
    while not go.exists():
        if time.monotonic() > deadline:
            raise SystemExit("no go signal")
        time.sleep(0.005)
    for cid, code, judge, value, expected in json.loads(cells_json):
        try:
            mark = None if value is None else Decimal(value)
            saved = record_mark(ctx, cid, code, mark, judge_id=judge, expected_version=expected)
        except UserError as e:
            out = {"cell": [cid, code, judge], "error": type(e).__name__, "message": str(e)}
        else:
            out = {"cell": [cid, code, judge], "value": str(saved.value), "version": saved.version}
        print(json.dumps(out, ensure_ascii=False), flush=True)
    ctx.db.dispose()


def watch(url: str, event_id: str, stamp: str, cell_json: str, timeout: str) -> None:
    ctx = Context(Database(url))
    start = change_stamp(ctx, int(event_id))
    print(json.dumps({"ready": True, "stamp": start}), flush=True)
    deadline = time.monotonic() + float(timeout)
    while (now := change_stamp(ctx, int(event_id))) == int(stamp):
        if time.monotonic() > deadline:
            print(json.dumps({"timeout": True}), flush=True)
            return
        time.sleep(0.05)
    cid, code, judge = json.loads(cell_json)
    seen = stored_cell(ctx, cid, _column(code, judge))
    print(json.dumps({"stamp": now, "value": str(seen.value), "version": seen.version}), flush=True)
    ctx.db.dispose()


if __name__ == "__main__":
    commands = {"save": save, "watch": watch}
    commands[sys.argv[1]](*sys.argv[2:])
