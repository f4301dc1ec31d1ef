"""The open database and event that every view works on, and the news that something changed.

The services are imported where they are called: the main window imports this module, and it is
shown before the database layer is imported (ui/window/application.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from competition_app.domain.errors import UserError
from competition_app.domain.roles import Permission
from competition_app.services.integrity.change_kinds import EVERYTHING, POLL_SECONDS

if TYPE_CHECKING:
    from competition_app.services.context import Context
    from competition_app.services.setup.events import EventInfo
    from competition_app.services.setup.trades import TradeInfo

# What a change is about (services.integrity.changes reads it from the audit entry each
# service writes); each view reloads when something it shows changed. EXTERNAL is a change that
# may have touched anything (a restore, an imported archive).
EXTERNAL = EVERYTHING
TOPICS = (
    "event",
    "rules",
    "options",  # a trade's contest-day options: blind, verified entry, end time, appeal hours
    "contestants",
    "judges",
    "marks",
    "lock",
    "lots",
    "checkin",
    "codes",
    "appeals",
    "users",
    "certificates",
    EXTERNAL,
)


class EventSession(QObject):
    """One open event in one database.

    Signals:
        changed(str): data about a topic in TOPICS changed (a mark saved, a trade locked ...).
    """

    changed = Signal(str)

    def __init__(self, ctx: Context, event_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        # not `event`: that name is QObject.event(), which Qt calls
        self.event_info: EventInfo = self.refresh_event()
        self.stamp = self._stamp_now()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_SECONDS * 1000)
        self.poll_timer.timeout.connect(self.check_for_changes)
        self._allowed: dict[str, bool] = {}
        self.from_here = False

    def refresh_event(self) -> EventInfo:
        from competition_app.services.setup.events import get_event

        self.event_info = get_event(self.ctx, self.event_id)
        return self.event_info

    def can(self, permission: Permission) -> bool:
        """Whether the logged-in user may do this (to grey out a button); remembered until the
        next change, since every call asks the database. The services check again anyway."""
        if permission not in self._allowed:
            from competition_app.services.integrity.permissions import can

            self._allowed[permission] = can(self.ctx, permission)
        return self._allowed[permission]

    def trades(self) -> list[TradeInfo]:
        from competition_app.services.setup.trades import list_trades

        return list_trades(self.ctx, self.event_id)

    def notify(self) -> None:
        """After this station saved something: tell the views what changed, as the services'
        audit entries say (and whatever another station saved meanwhile). While the views hear
        of it, `from_here` is True: a page that already shows its own save need not reload."""
        self.from_here = True
        try:
            self.check_for_changes()
        finally:
            self.from_here = False

    # -- other stations ---------------------------------------------------------------------------
    def start_polling(self) -> None:
        """Look every few seconds for changes saved elsewhere (another scoring station)."""
        self.poll_timer.start()

    def _stamp_now(self) -> int | None:
        from competition_app.services.integrity.changes import change_stamp

        try:
            return change_stamp(self.ctx, self.event_id)
        except UserError:
            return None  # the server is away: the next poll tries again

    def check_for_changes(self) -> bool:
        """Emit `changed` once for each kind of thing changed since the last look; False when
        nothing was committed meanwhile."""
        if self.stamp is None:
            self.stamp = self._stamp_now()
            if self.stamp is None:
                return False
            self.changed.emit(EXTERNAL)
            return True
        from competition_app.services.integrity.changes import changes_since

        try:
            news = changes_since(self.ctx, self.event_id, self.stamp)
        except UserError:
            return False  # the server is away: the next poll tries again
        if news.stamp == self.stamp:
            return False
        self.stamp = news.stamp
        kinds = news.kinds if news.kinds <= set(TOPICS) else {EXTERNAL}
        if kinds & {"users", EXTERNAL}:
            self._allowed.clear()  # a role may have changed
        if kinds & {"contestants", "judges", "rules", "event", EXTERNAL}:
            self.refresh_event()
        for kind in sorted(kinds):
            self.changed.emit(kind)
        return True
