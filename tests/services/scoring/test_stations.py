"""Several scoring stations on one database, each a real process: conflicts, change stamps."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from competition_app.services.integrity.changes import change_stamp
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.scoring.pending import stored_cell
from competition_app.services.scoring.scoring import record_mark, record_score
from competition_app.storage.models import Judge
from tests.services.station import _column

STATION = Path(__file__).parents[1] / "station.py"
ROOT = Path(__file__).resolve().parents[3]


def _station(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(STATION), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def _lines(proc: subprocess.Popen[str], timeout: float = 60) -> list[dict]:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err
    return [json.loads(line) for line in out.splitlines()]


def _wait_ready(proc: subprocess.Popen[str]) -> dict:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line, proc.stderr.read() if proc.stderr else "station died"
    return json.loads(line)


def _electricians(ctx, event_id) -> list[int]:
    return [c.id for c in list_contestants(ctx, event_id, "electrician")]


def _judges(ctx) -> list[int]:
    with ctx.db.reading() as s:
        return [0, *s.scalars(select(Judge.id).order_by(Judge.id))]


def test_the_later_station_is_refused_and_shown_the_other_value(
    ctx, event_id, database_url, tmp_path
):
    who = _electricians(ctx, event_id)[0]
    go = tmp_path / "go"
    go.touch()
    # Both stations loaded the grid while the cell was empty (version 0).
    first = _lines(_station("save", database_url, str(go), json.dumps([[who, "e1", 0, "30", 0]])))
    assert first[-1]["value"] == "30" and first[-1]["version"] == 1
    later = _lines(_station("save", database_url, str(go), json.dumps([[who, "e1", 0, "35", 0]])))
    assert later[-1]["error"] == "ConflictError"
    assert "30" in later[-1]["message"]
    # The first value stands; the station that saw it can change it.
    assert record_mark(ctx, who, "e1", Decimal("30"), expected_version=1).value == 30
    assert record_mark(ctx, who, "e1", Decimal("36"), expected_version=1).version == 2


def test_simultaneous_saves_of_the_same_cells_never_both_pass(
    ctx, event_id, database_url, tmp_path
):
    cells = [
        (cid, code, judge)
        for cid in _electricians(ctx, event_id)
        for code in ("e1", "e2")
        for judge in _judges(ctx)
        if judge  # the judges' marks: one without a judge beside them is refused (panel_marks)
    ]
    go = tmp_path / "go"
    a = _station(
        "save", database_url, str(go), json.dumps([[c, k, j, "11", 0] for c, k, j in cells])
    )
    b = _station(
        "save", database_url, str(go), json.dumps([[c, k, j, "22", 0] for c, k, j in cells])
    )
    _wait_ready(a)
    _wait_ready(b)
    go.touch()  # both stations start saving the same cells at the same moment
    results_a = {tuple(r["cell"]): r for r in _lines(a)}
    results_b = {tuple(r["cell"]): r for r in _lines(b)}
    for cell in cells:
        ra, rb = results_a[cell], results_b[cell]
        winners = [r for r in (ra, rb) if "value" in r]
        losers = [r for r in (ra, rb) if "error" in r]
        assert len(winners) == 1 and len(losers) == 1, (ra, rb)
        assert losers[0]["error"] == "ConflictError"
        assert winners[0]["value"] in losers[0]["message"]  # the loser sees the winner's mark
        stored = stored_cell(ctx, cell[0], _column(cell[1], cell[2]))
        assert str(stored.value) == winners[0]["value"] and stored.version == 1


def test_another_stations_save_shows_up_through_the_change_stamp(
    ctx, event_id, database_url, tmp_path
):
    who = _electricians(ctx, event_id)[1]
    before = change_stamp(ctx, event_id)
    watcher = _station(
        "watch", database_url, str(event_id), str(before), json.dumps([who, "e2", 0]), "30"
    )
    assert _wait_ready(watcher)["stamp"] == before
    go = tmp_path / "go"
    go.touch()
    saver = _station("save", database_url, str(go), json.dumps([[who, "e2", 0, "47.5", 0]]))
    assert _lines(saver)[-1]["version"] == 1
    seen = _lines(watcher)[-1]
    assert seen["stamp"] > before
    assert seen["value"] == "47.5" and seen["version"] == 1


def test_change_stamp_moves_with_every_change_and_only_then(ctx, event_id):
    ids = list_contestants(ctx, event_id)
    fitter = next(c.id for c in ids if c.number == "1001")
    electrician = next(c.id for c in ids if c.number == "2001")
    s0 = change_stamp(ctx, event_id)
    assert s0 > 0  # the event and its registration were changes too
    assert change_stamp(ctx, event_id) == s0  # reading changes nothing
    saved = record_mark(ctx, electrician, "e1", Decimal("30"))
    s1 = change_stamp(ctx, event_id)
    assert s1 > s0
    record_mark(ctx, electrician, "e1", Decimal("30"), expected_version=saved.version)  # same value
    assert change_stamp(ctx, event_id) == s1
    record_score(ctx, fitter, "theory", Decimal("80"))
    assert change_stamp(ctx, event_id) > s1


def test_change_stamp_of_one_event_ignores_another(ctx, event_id):
    from competition_app.io.event_file import read_event_definition
    from competition_app.services.setup.events import create_event
    from tests.services.conftest import EXAMPLES

    other = create_event(ctx, read_event_definition(EXAMPLES / "event.toml"))
    stamp, other_before = change_stamp(ctx, event_id), change_stamp(ctx, other)
    record_mark(ctx, _electricians(ctx, event_id)[0], "e1", Decimal("12"))
    assert change_stamp(ctx, other) == other_before
    assert change_stamp(ctx, event_id) > stamp
