"""An event archive carries the re-check (抽样复核) as part of the event's record: the list with
its seed, the sheets checked and corrected, the escalation; and a check still stands on the
other laptop, where every judge has another id."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from competition_app.services.backup.archive import export_event_archive, import_event_archive
from competition_app.services.context import Context
from competition_app.services.registration.judges import list_judges
from competition_app.services.results.recheck import confirm_sheet, correct_mark, draw_recheck
from competition_app.services.results.recheck_status import RecheckStatus, recheck_status
from competition_app.services.setup.demo import build_demo_event
from competition_app.services.setup.trades import get_trade
from competition_app.storage.database import Database


def _seen(st: RecheckStatus) -> list[tuple[str, str, str, bool, tuple[str, ...]]]:
    return [(r.label, r.part, r.state, r.stale, r.corrections) for r in st.rows]


@pytest.mark.backends("sqlite")
def test_a_recheck_travels_with_the_event_and_its_checks_stand(ctx: Context, tmp_path: Path):
    event = build_demo_event(ctx)
    welder = get_trade(ctx, event, "welder").id  # a panel of judges: marks by judge
    st = draw_recheck(ctx, welder, 42)
    confirm_sheet(ctx, welder, st.rows[0].contestant_id)
    judge = next(j for j in list_judges(ctx, event, "welder"))
    corrected = correct_mark(ctx, welder, st.rows[1].contestant_id, "w3", Decimal("1"),
                             judge_id=judge.id)  # fmt: skip
    assert corrected.rows[1].corrections[0].startswith(f"w3@{judge.code}: ")

    other = Context(Database(tmp_path / "other.db"))
    build_demo_event(other)  # so that every id there differs
    export_event_archive(ctx, event, tmp_path / "event.cpa")
    imported = import_event_archive(other, tmp_path / "event.cpa")
    assert imported.counts["recheck_round"] == 1
    again = recheck_status(other, get_trade(other, imported.event_id, "welder").id)
    before = recheck_status(ctx, welder)
    assert again.seed == 42 and again.drawn_by == before.drawn_by
    assert again.summary() == before.summary() and "已复核 2/" in again.summary()
    assert _seen(again) == _seen(before)
    other.db.dispose()
