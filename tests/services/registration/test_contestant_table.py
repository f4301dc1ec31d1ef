"""The fast contestant list gives what list_contestants gives, in entry-number order."""

from __future__ import annotations

from competition_app.services.registration.contestant_table import contestant_rows
from competition_app.services.registration.contestants import add_contestant, list_contestants


def test_same_rows_as_list_contestants(ctx, event_id):
    fast = contestant_rows(ctx, event_id)
    assert [c.number for c in fast] == ["1001", "1002", "1003", "2001", "2002"][: len(fast)]
    assert sorted(fast, key=lambda c: c.id) == sorted(
        list_contestants(ctx, event_id), key=lambda c: c.id
    )
    assert contestant_rows(ctx, 9999) == []


def test_entry_numbers_in_natural_order_digits_alone_or_not(ctx, event_id):
    from competition_app.domain.tabulation import number_key

    first = contestant_rows(ctx, event_id)[0]
    for number in ("9", "10", "100", "95"):
        add_contestant(ctx, event_id, first._replace(id=0, number=number, id_number=""))
    numbers = [c.number for c in contestant_rows(ctx, event_id)]
    assert numbers[:4] == ["9", "10", "95", "100"]  # by value, not as text
    add_contestant(ctx, event_id, first._replace(id=0, number="A2", id_number=""))
    numbers = [c.number for c in contestant_rows(ctx, event_id)]
    assert numbers == sorted(numbers, key=number_key) and numbers[-1] == "A2"


def test_the_pages_plain_fields_are_the_infos_fields(ctx, event_id):
    from competition_app.services.registration.contestant_table import contestant_fields
    from competition_app.services.registration.contestants import ContestantInfo

    fields = contestant_fields(ctx, event_id)
    assert fields and all(type(f) is tuple for f in fields)  # no named tuples made
    assert [ContestantInfo._make(f) for f in fields] == contestant_rows(ctx, event_id)
