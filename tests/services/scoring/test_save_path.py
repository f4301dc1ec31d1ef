"""The one save path of a mark: a handful of statements, and the trade's rules kept per
database only as long as the trade's version says they hold."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.errors import LockedError, UserError
from competition_app.domain.rules_io import rules_to_mapping
from competition_app.services.context import Context
from competition_app.services.integrity.audit import verify_chain
from competition_app.services.integrity.row_seals import seal_mismatches
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.registration.judges import list_judges
from competition_app.services.results.locking import lock_trade, unlock_trade
from competition_app.services.scoring.recusal import assign_judge, declare_conflict
from competition_app.services.scoring.scoring import record_mark, record_score
from competition_app.services.setup.trades import get_trade, update_trade
from competition_app.storage.database import Database

from ..statements import statements


def _ids(ctx, event_id):
    return {c.number: c.id for c in list_contestants(ctx, event_id)}


def _judges(ctx, event_id):
    return {j.code: j.id for j in list_judges(ctx, event_id)}


def _with_max(ctx, event_id, code, criterion, new_max):
    rules = rules_to_mapping(get_trade(ctx, event_id, code).rules)
    for c in rules["criteria"]:
        if c["code"] == criterion:
            c["max"] = new_max
    comp = next(c for c in rules["components"] if c["code"] == "practical")
    comp["max"] = str(sum(Decimal(c["max"]) for c in rules["criteria"]))
    return rules


def test_a_save_is_a_handful_of_statements(ctx, event_id):
    who, judges = _ids(ctx, event_id)["2001"], _judges(ctx, event_id)
    record_mark(ctx, who, "e1", Decimal("30"), judge_id=judges["J1"])  # the trade's rules read
    # BEGIN, the role, the contestant with the trade, the judge's recusal facts, a mark
    # without a judge beside it (domain.panel_marks), the stored mark, the write, the audit
    # head, the entry and the moved head (prepared statements through the driver are counted
    # like any other)
    n = statements(ctx, lambda: record_mark(ctx, who, "e1", Decimal("31"), judge_id=judges["J1"]))
    assert n == 10
    new = statements(ctx, lambda: record_mark(ctx, who, "e2", Decimal("50"), judge_id=judges["J1"]))
    assert new == 11  # a new row: its seal is written once its id is known
    fitter = _ids(ctx, event_id)["1001"]
    record_score(ctx, fitter, "theory", Decimal("79"))
    score = statements(ctx, lambda: record_score(ctx, fitter, "theory", Decimal("80")))
    assert score == 8  # no judge: no recusal facts
    assert verify_chain(ctx) is None and seal_mismatches(ctx) == []


def test_a_rules_change_is_seen_by_the_next_save(ctx, event_id, database_url):
    who, judges = _ids(ctx, event_id)["2001"], _judges(ctx, event_id)
    assert record_mark(ctx, who, "e1", Decimal("35"), judge_id=judges["J1"]).value == 35
    electrician = get_trade(ctx, event_id, "electrician").id
    update_trade(
        ctx, electrician, rules_mapping=_with_max(ctx, event_id, "electrician", "e1", "30")
    )
    with pytest.raises(UserError, match="30"):
        record_mark(ctx, who, "e1", Decimal("34"), judge_id=judges["J1"])
    # changed at another station (another open database): seen here by the next save too
    other = Context(Database(database_url), user=ctx.user)
    try:
        update_trade(
            other, electrician, rules_mapping=_with_max(ctx, event_id, "electrician", "e1", "40")
        )
        assert record_mark(ctx, who, "e1", Decimal("34"), judge_id=judges["J1"]).value == 34
        lock_trade(other, electrician)
        with pytest.raises(LockedError):
            record_mark(ctx, who, "e1", Decimal("33"), judge_id=judges["J1"])
        unlock_trade(other, electrician, reason="复核后重开")
    finally:
        other.db.dispose()
    assert record_mark(ctx, who, "e1", Decimal("33"), judge_id=judges["J1"]).value == 33


def test_a_judges_new_conflict_or_panel_is_seen_by_the_next_save(ctx, event_id):
    ids, judges = _ids(ctx, event_id), _judges(ctx, event_id)
    electrician = get_trade(ctx, event_id, "electrician").id
    record_mark(ctx, ids["2001"], "e1", Decimal("30"), judge_id=judges["J2"])
    declare_conflict(ctx, judges["J2"], ids["2001"], "师徒关系")
    with pytest.raises(UserError, match="师徒关系"):
        record_mark(ctx, ids["2001"], "e1", Decimal("31"), judge_id=judges["J2"])
    record_mark(ctx, ids["2002"], "e2", Decimal("50"), judge_id=judges["J1"])
    assign_judge(ctx, judges["J1"], electrician, ["e1"])
    with pytest.raises(UserError, match="评分组"):
        record_mark(ctx, ids["2002"], "e2", Decimal("51"), judge_id=judges["J1"])
