"""The fast contestant list gives what list_contestants gives, in entry-number order."""

from __future__ import annotations

from competition_app.services.registration.contestant_table import contestant_rows
from competition_app.services.registration.contestants import list_contestants


def test_same_rows_as_list_contestants(ctx, event_id):
    fast = contestant_rows(ctx, event_id)
    assert [c.number for c in fast] == ["1001", "1002", "1003", "2001", "2002"][: len(fast)]
    assert sorted(fast, key=lambda c: c.id) == sorted(
        list_contestants(ctx, event_id), key=lambda c: c.id
    )
    assert contestant_rows(ctx, 9999) == []
