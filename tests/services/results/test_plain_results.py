"""The `results` command's read without the database layer: the same results as `results_for`
wherever it answers, and no answer (the full way instead) wherever it must not."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from competition_app.services.registration.contestants import list_contestants, set_status
from competition_app.services.results.plain_results import plain_results
from competition_app.services.results.results import results_for
from competition_app.services.setup.demo import build_demo_event
from competition_app.services.setup.trade_options import set_trade_options
from competition_app.services.setup.trades import get_trade, list_trades

pytestmark = pytest.mark.backends("sqlite")


@pytest.fixture
def demo(ctx):
    return build_demo_event(ctx)


def test_every_trade_and_group_of_the_demo_reads_as_results_for_does(ctx, demo):
    # groups, absent and out-of-competition contestants, panels of one, three and five judges
    trades = list_trades(ctx, demo)
    assert any(t.groups for t in trades)
    for t in trades:
        for group in (None, *t.groups):
            full = results_for(ctx, demo, t.code, group)
            plain = plain_results(ctx.db.path, demo, t.code, group)
            assert plain is not None, t.code
            assert plain.rows == full.rows and plain.rows
            assert plain.result == full.result
            assert plain.event == full.event
            assert plain.trade == full.trade
            assert (plain.provisional, plain.identities_hidden) == (False, False)
        assert any(r.rank for r in plain_results(ctx.db.path, demo, t.code).rows)  # type: ignore[union-attr]


def test_a_status_changed_a_moment_ago_is_read(ctx, scored):
    li = next(c for c in list_contestants(ctx, scored) if c.number == "1002")
    set_status(ctx, li.id, "absent", reason="未到场")
    plain = plain_results(ctx.db.path, scored, "fitter")
    assert plain is not None
    rows = {r.number: r for r in plain.rows}
    assert rows["1002"].status == "absent" and rows["1002"].rank is None
    assert rows["1001"].rank == 1
    assert plain.rows == results_for(ctx, scored, "fitter").rows


@pytest.mark.parametrize("option", ["blind", "double_entry"])
def test_a_blind_or_verified_trade_is_left_to_the_full_way(ctx, scored, option):
    trade = get_trade(ctx, scored, "fitter")
    set_trade_options(ctx, trade.id, **{option: True})
    assert plain_results(ctx.db.path, scored, "fitter") is None
    assert plain_results(ctx.db.path, scored, "electrician") is not None


def test_what_is_not_there_is_left_to_the_full_way_to_word(ctx, scored, tmp_path):
    assert plain_results(ctx.db.path, scored + 1, "fitter") is None  # no such event
    assert plain_results(ctx.db.path, scored, "welder") is None  # no such trade
    assert plain_results(tmp_path / "missing.db", scored, "fitter") is None
    assert not (tmp_path / "missing.db").exists()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    assert plain_results(junk, scored, "fitter") is None
    assert junk.read_bytes() == b"not a database at all" * 100
    assert plain_results("postgresql+psycopg://nobody@127.0.0.1:1/none", scored, "fitter") is None


def test_a_file_at_another_schema_is_left_to_the_full_way(ctx, scored):
    path = ctx.db.path
    ctx.db.dispose()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '0001'")
    assert plain_results(path, scored, "fitter") is None


def test_the_command_reads_without_importing_the_database_layer(ctx, scored):
    ctx.db.dispose()
    script = (
        "import sys\n"
        "from competition_app.cli.main import main\n"
        "code = main(['--db', sys.argv[1], 'results', '--event', sys.argv[2], '--trade', 'fitter'])\n"
        "sys.stdout.flush()\n"
        "print('sqlalchemy' in sys.modules, file=sys.stderr)\n"
        "raise SystemExit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(ctx.db.path), str(scored)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "False"
    lines = done.stdout.splitlines()
    assert lines[0].startswith("rank,number,name")
    assert lines[1].startswith("1,1002,李娜")
