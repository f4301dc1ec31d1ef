"""A trade's or an event's settings damaged behind the app's back (a hand edit of the file):
every read says so in plain words, the command line exits with its refusal, nothing crashes."""

from __future__ import annotations

import sqlite3

import pytest

from competition_app.services.results.results import results_for
from competition_app.services.setup.events import list_events
from competition_app.storage.stored_json import DamagedSettings

pytestmark = pytest.mark.backends("sqlite")  # PostgreSQL's jsonb refuses such text itself


def _damage(ctx, table: str) -> None:
    con = sqlite3.connect(ctx.db.path)
    con.execute(
        f"UPDATE {table} SET settings = '{{broken' WHERE id = (SELECT min(id) FROM {table})"
    )
    con.commit()
    con.close()


@pytest.mark.parametrize("table", ["trade", "event"])
def test_listing_and_ranking_refuse_in_words(ctx, event_id, table):
    _damage(ctx, table)
    with pytest.raises(DamagedSettings, match="设置已损坏"):
        list_events(ctx)
    with pytest.raises(DamagedSettings, match="设置已损坏"):
        results_for(ctx, event_id, "fitter")


@pytest.mark.parametrize("table", ["trade", "event"])
def test_the_command_line_says_it_and_exits_non_zero(ctx, event_id, table, capsys):
    from competition_app.cli import main

    _damage(ctx, table)
    capsys.readouterr()
    code = main(
        ["--db", str(ctx.db.path), "results", "--event", str(event_id), "--trade", "fitter"]
    )
    err = capsys.readouterr().err
    assert code != 0 and "设置已损坏" in err and "程序错误" not in err, err
