"""Ranking on two cores: the trades a helper process ranks come out exactly as ranked here, in
the same snapshot; a commit in between, or a helper that fails, leaves its trades ranked here."""

from __future__ import annotations

import io
import pickle
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from competition_app.services.registration.contestants import list_contestants, set_status
from competition_app.services.results import helper_process, two_cores
from competition_app.services.results.helper_process import BEGUN, NOT_FOUND, OTHER_APP, rank_trades
from competition_app.services.results.results import all_results, event_standings
from competition_app.services.results.scoreboard import scoreboard
from competition_app.services.setup.trade_options import set_trade_options
from competition_app.services.setup.trades import get_trade
from competition_app.storage.models import Trade
from competition_app.storage.plain_sqlite import sqlite_file


@pytest.fixture
def rankers(monkeypatch):
    """Every `Ranker` made, so a test can tell which trades the helper ranked."""
    made: list[two_cores.Ranker] = []
    init = two_cores.Ranker.__init__

    def record(self, helper):
        init(self, helper)
        made.append(self)

    monkeypatch.setattr(two_cores.Ranker, "__init__", record)
    return made


def helped(rankers) -> set[int]:
    return {trade for r in rankers for trade in r.helped}


def one_process(monkeypatch, fn, *args):
    """`fn(*args)` with the helper never started."""
    with monkeypatch.context() as m:
        m.setattr(two_cores, "LEAST_WORK", 10**18)
        return fn(*args)


@pytest.fixture
def helper_on(ctx, monkeypatch):
    """The helper started however small the event (on SQLite; never on a server)."""
    monkeypatch.setattr(two_cores, "LEAST_WORK", 0)
    monkeypatch.setattr(two_cores, "_cores", lambda: 2)
    return ctx.db.is_sqlite


def test_what_the_helper_ranks_is_what_one_process_ranks(
    ctx, scored, helper_on, rankers, monkeypatch
):
    alone = one_process(monkeypatch, all_results, ctx, scored)
    rankers.clear()
    both = all_results(ctx, scored)
    assert both == alone  # every trade's rows, ranks, awards, flags and the trade's facts
    assert [r.trade.code for r in both] == ["fitter", "electrician"]
    fitter, electrician = get_trade(ctx, scored, "fitter"), get_trade(ctx, scored, "electrician")
    if helper_on:  # one of the two trades came from the helper, the other was ranked here
        assert len(helped(rankers)) == 1 and helped(rankers) < {fitter.id, electrician.id}
    else:
        assert helped(rankers) == set()


def test_the_board_and_team_standings_are_the_same_on_two_cores(
    ctx, scored, helper_on, rankers, monkeypatch
):
    assert scoreboard(ctx, scored) == one_process(monkeypatch, scoreboard, ctx, scored)
    assert event_standings(ctx, scored) == one_process(monkeypatch, event_standings, ctx, scored)
    assert bool(helped(rankers)) == helper_on


def test_a_blind_trade_ranked_by_the_helper_is_masked(ctx, scored, helper_on, rankers, monkeypatch):
    set_trade_options(ctx, get_trade(ctx, scored, "fitter").id, blind=True)
    both = all_results(ctx, scored)
    assert both == one_process(monkeypatch, all_results, ctx, scored)
    fitters = both[0]
    names = {c.name for c in list_contestants(ctx, scored, "fitter")}
    assert fitters.identities_hidden and not {r.name for r in fitters.rows} & names


def test_a_change_saved_after_the_helper_began_is_never_mixed_in(
    ctx, scored, helper_on, rankers, monkeypatch
):
    li = next(c for c in list_contestants(ctx, scored) if c.number == "1002")
    start = two_cores._start_helper

    def start_then_save(*args):
        helper = start(*args)
        # another station disqualifies 李娜 once the helper is on its way: which of the two
        # states it read depends on timing, and so its results are not taken
        set_status(ctx, li.id, "disqualified", reason="违规")
        return helper

    monkeypatch.setattr(two_cores, "_start_helper", start_then_save)
    both = all_results(ctx, scored)
    monkeypatch.setattr(two_cores, "_start_helper", start)
    assert helped(rankers) == set()
    rows = {r.number: r for r in both[0].rows}
    assert rows["1002"].rank is None and rows["1001"].rank == 1  # this read saw the change
    assert both == one_process(monkeypatch, all_results, ctx, scored)


@pytest.mark.parametrize(
    "child",
    [
        "import sys; sys.stderr.write('boom'); sys.exit(1)",  # fails at once
        "import sys; sys.stdout.buffer.write(b'begun\\nnot a pickle'); sys.exit(0)",  # torn
        "import sys, pickle; sys.stdout.buffer.write(b'begun\\n' + pickle.dumps({}))",  # none
        "import sys; sys.stdout.buffer.write(b'something else\\n')",  # not the protocol
    ],
)
def test_a_helper_that_fails_leaves_its_trades_ranked_here(
    ctx, scored, helper_on, rankers, monkeypatch, caplog, child
):
    monkeypatch.setattr(two_cores, "_CHILD", child)
    with caplog.at_level("WARNING", logger=two_cores.__name__):
        both = all_results(ctx, scored)
    assert helped(rankers) == set()
    assert both == one_process(monkeypatch, all_results, ctx, scored)
    if "boom" in child and helper_on:  # what a failing helper wrote is kept in the log
        assert "ranking helper ended with 1" in caplog.text and "boom" in caplog.text


def test_a_small_event_is_ranked_in_one_process(ctx, scored, rankers):
    all_results(ctx, scored)
    scoreboard(ctx, scored)
    assert helped(rankers) == set()


def test_the_helper_imports_neither_sqlalchemy_nor_qt(ctx, scored):
    path = sqlite_file(ctx.db.url)
    if path is None:
        pytest.skip("the helper reads SQLite files only")
    ids = [get_trade(ctx, scored, code).id for code in ("fitter", "electrician")]
    code = (
        "import io, sys, pickle\n"
        "from competition_app.services.results.helper_process import rank_trades\n"
        "out = io.BytesIO()\n"
        f"rc = rank_trades({str(path)!r}, {ids!r}, out)\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'PySide6'})\n"
        "print(rc, heavy, sorted(pickle.loads(out.getvalue()[6:])))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split("\n")[0] == f"0 [] {sorted(ids)}"


def test_a_trade_gone_ends_the_helper_with_no_results(ctx, scored):
    path = sqlite_file(ctx.db.url)
    if path is None:
        pytest.skip("the helper reads SQLite files only")
    out = io.BytesIO()
    fitter = get_trade(ctx, scored, "fitter").id
    assert rank_trades(str(path), [fitter, 10**9], out) == NOT_FOUND
    assert out.getvalue() == BEGUN
    out = io.BytesIO()
    assert rank_trades(str(path), [fitter], out) == 0
    assert list(pickle.loads(out.getvalue()[len(BEGUN) :])) == [fitter]


@given(
    st.lists(st.integers(min_value=0, max_value=10**6), max_size=80),
    st.floats(min_value=0.2, max_value=0.8),
)
def test_the_work_is_shared_by_what_each_side_is_given(amounts, share):
    work = list(enumerate(amounts))
    theirs = two_cores.split_work(work, share)
    assert theirs <= {i for i, _ in work}
    helper = sum(amounts[i] for i in theirs)
    mine = sum(amounts) - helper
    # largest first, each to the side less loaded for its share: the two sides' loads, for
    # their shares, end within one trade of each other
    gap = abs(helper / share - mine / (1 - share))
    assert gap <= max(amounts, default=0) / min(share, 1 - share) + 1e-6


def disqualify_one_a_trade(ctx, event_id):
    """Another station's save touching both trades: 1002 of the fitters, 2001 of the electricians."""
    for c in list_contestants(ctx, event_id):
        if c.number in ("1002", "2001"):
            set_status(ctx, c.id, "disqualified", reason="违规")


def test_a_change_saved_once_the_helper_has_read_is_never_mixed_in(
    ctx, scored, helper_on, rankers, monkeypatch
):
    """Saved after the helper's read began, before this read's: only this read sees it, so the
    helper's results must not be taken (`after` is read once both reads have begun)."""
    if not helper_on:
        pytest.skip("the helper reads SQLite files only")
    start = two_cores._start_helper

    def start_then_save(*args):
        helper = start(*args)
        assert helper is not None and helper.begun.wait(60)
        disqualify_one_a_trade(ctx, scored)
        return helper

    monkeypatch.setattr(two_cores, "_start_helper", start_then_save)
    both = all_results(ctx, scored)
    monkeypatch.setattr(two_cores, "_start_helper", start)
    assert helped(rankers) == set()
    assert both == one_process(monkeypatch, all_results, ctx, scored)
    assert {r.number: r.rank for r in both[0].rows}["1002"] is None


def test_a_change_saved_once_both_reads_began_is_seen_by_neither(
    ctx, scored, helper_on, rankers, monkeypatch
):
    """Saved after both reads began: neither sees it, the helper's results are taken, and every
    trade is as it was before the save (this read's snapshot began before its first query)."""
    if not helper_on:
        pytest.skip("the helper reads SQLite files only")
    before = {r.trade.code: r.result for r in one_process(monkeypatch, all_results, ctx, scored)}
    with two_cores.ranking_read(ctx, scored) as (s, rank):
        helper = rank._helper
        assert helper is not None and helper.checked.wait(60)
        disqualify_one_a_trade(ctx, scored)
        trades = list(s.scalars(select(Trade).where(Trade.event_id == scored)))
        seen = {t.code: rank(s, t) for t in rank.own_first(trades)}
    assert seen == before and len(rank.helped) == 1
    after = {r.trade.code: r.result for r in all_results(ctx, scored)}
    assert after != before  # the save is there for the next read


def test_a_helper_that_imported_another_copy_of_the_app_ranks_nothing(ctx, scored, tmp_path):
    path = sqlite_file(ctx.db.url)
    if path is None:
        pytest.skip("the helper reads SQLite files only")
    fitter = get_trade(ctx, scored, "fitter").id
    elsewhere = tmp_path / "checkout" / "competition_app" / "__init__.py"
    assert helper_process.main([str(path), f"[{fitter}]", str(elsewhere)]) == OTHER_APP
