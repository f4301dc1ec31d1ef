"""A cheap number that grows with every saved change, so open views know when to reload.

Every service that writes adds an audit entry in the same unit of work (services.audit.record),
and audit ids are consecutive (units of work run one at a time, see Database.unit_of_work). So
the highest audit id of an event, or of entries that belong to no event (user accounts, for
instance), changes exactly when something was committed, on whichever station. Reading it is two
lookups at the end of an index (`ix_audit_entry_event_id_id`), so every station can poll it every
few seconds at no measurable cost, on SQLite and PostgreSQL alike: a view keeps the stamp it was
loaded at and reloads when `change_stamp` returns another one.
"""

from __future__ import annotations

from dataclasses import dataclass

from competition_app.services.context import Context
from competition_app.services.integrity.change_kinds import EVERYTHING, POLL_SECONDS, change_kind
from competition_app.services.integrity.stamps import stamp_of
from competition_app.storage.plain_rows import driver_rows

__all__ = ["EVERYTHING", "POLL_SECONDS", "Changes", "change_kind", "change_stamp", "changes_since"]


def change_stamp(ctx: Context, event_id: int) -> int:
    """0 for a database with no changes yet; otherwise grows with every committed change that
    concerns the event. Raises ConnectionLost while the server cannot be reached."""
    with ctx.db.reading() as s:
        return stamp_of(driver_rows(s), event_id)


@dataclass(frozen=True)
class Changes:
    """What was committed after a stamp: the new stamp and the kinds of thing changed."""

    stamp: int
    kinds: frozenset[str]


def changes_since(ctx: Context, event_id: int, stamp: int) -> Changes:
    """Every change committed after `stamp` that concerns the event, on whichever station, by
    kind: what a service changed is read from the audit entry it wrote, so no view has to say
    (or guess) what its own action touched."""
    with ctx.db.reading() as s:
        # plain SQL through the driver: every open window asks this every POLL_SECONDS, and
        # building and compiling the ORM statement each time was most of an idle window's CPU
        rows = driver_rows(s)(
            "SELECT id, action FROM audit_entry"
            " WHERE id > ? AND (event_id = ? OR event_id IS NULL)",
            (stamp, event_id),
        )
    if not rows:
        return Changes(stamp, frozenset())
    kinds = {change_kind(action) for _id, action in rows} - {""}
    return Changes(max(i for i, _a in rows), frozenset(kinds))
