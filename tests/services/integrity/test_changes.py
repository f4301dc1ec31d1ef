"""What changed, read from the audit entries the services write: the views reload from it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.services.integrity.changes import (
    EVERYTHING,
    change_kind,
    change_stamp,
    changes_since,
)
from competition_app.services.registration.contestants import list_contestants, set_status
from competition_app.services.results.locking import lock_trade
from competition_app.services.scoring.scoring import record_mark, record_score
from competition_app.services.setup.trades import get_trade


@pytest.mark.parametrize(
    ("action", "kind"),
    [
        ("mark", "marks"),
        ("mark.pass", "marks"),
        ("scores.import", "marks"),
        ("time", "marks"),
        ("contestant.status", "contestants"),
        ("contestants.import", "contestants"),
        ("judge.assign", "judges"),
        ("trade.lock", "lock"),
        ("trade.unlock", "lock"),
        ("trade.rules", "rules"),
        ("trade.options", "options"),
        ("lots.redraw", "lots"),
        ("appeal.apply", "appeals"),
        ("user.role", "users"),
        ("certificates.issue", "certificates"),
        ("backup.restore", EVERYTHING),
        ("event.import_archive", EVERYTHING),
        ("marksmanship", EVERYTHING),  # a prefix is a whole part of the name, not its letters
    ],
)
def test_each_action_names_the_kind_it_changed(action: str, kind: str) -> None:
    assert change_kind(action) == kind


def test_changes_since_a_stamp_by_kind(ctx, event_id):
    people = {c.number: c.id for c in list_contestants(ctx, event_id)}
    start = change_stamp(ctx, event_id)
    assert changes_since(ctx, event_id, start).kinds == frozenset()
    record_mark(ctx, people["2001"], "e1", Decimal("30"))
    record_score(ctx, people["2001"], "theory", Decimal("80"))
    after_marks = changes_since(ctx, event_id, start)
    assert after_marks.kinds == {"marks"}
    assert after_marks.stamp == change_stamp(ctx, event_id)
    set_status(ctx, people["1001"], "absent", reason="检录未到")
    lock_trade(ctx, get_trade(ctx, event_id, "electrician").id)
    later = changes_since(ctx, event_id, after_marks.stamp)
    assert later.kinds == {"contestants", "lock"}
    # nothing new: the same stamp and no kinds
    assert changes_since(ctx, event_id, later.stamp) == type(later)(later.stamp, frozenset())
