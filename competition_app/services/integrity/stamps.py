"""The change stamp as plain SQL (see `changes`): the highest audit id of the event, or of the
entries that belong to no event. Plain, so a read made before the database layer is loaded (the
event page's first figures) can say which state of the database it saw."""

from __future__ import annotations

from competition_app.storage.plain_sqlite import RowReader


def stamp_of(read: RowReader, event_id: int) -> int:
    """0 for a database with no changes yet; otherwise grows with every committed change that
    concerns the event (two lookups at the end of `ix_audit_entry_event_id_id`)."""
    ((of_event,),) = read("SELECT max(id) FROM audit_entry WHERE event_id = ?", (event_id,))
    ((of_none,),) = read("SELECT max(id) FROM audit_entry WHERE event_id IS NULL", ())
    return max(of_event or 0, of_none or 0)
