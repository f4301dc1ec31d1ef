"""The open database and event that every view works on, and the news that something changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from competition_app.domain.errors import UserError
from competition_app.domain.roles import Permission
from competition_app.services.context import Context
from competition_app.services.integrity.changes import POLL_SECONDS, change_stamp
from competition_app.services.integrity.permissions import can
from competition_app.services.setup.events import EventInfo, get_event
from competition_app.services.setup.trades import TradeInfo, list_trades

# What a change is about; each view reloads when something it shows changed. "external" is a
# change saved by another station (or another program) on the same database.
EXTERNAL = "external"
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
        self.event_info: EventInfo = get_event(ctx, event_id)
        self.stamp = self._stamp_now()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_SECONDS * 1000)
        self.poll_timer.timeout.connect(self.check_for_changes)
        self._allowed: dict[str, bool] = {}

    def refresh_event(self) -> EventInfo:
        self.event_info = get_event(self.ctx, self.event_id)
        return self.event_info

    def can(self, permission: Permission) -> bool:
        """Whether the logged-in user may do this (to grey out a button); remembered until the
        next change, since every call asks the database. The services check again anyway."""
        if permission not in self._allowed:
            self._allowed[permission] = can(self.ctx, permission)
        return self._allowed[permission]

    def trades(self) -> list[TradeInfo]:
        return list_trades(self.ctx, self.event_id)

    def notify(self, topic: str) -> None:
        """Tell the views that this station changed something."""
        assert topic in TOPICS, topic
        if topic == "users":
            self._allowed.clear()
        if topic in ("event", "contestants", "judges", "rules"):
            self.refresh_event()
        self.stamp = self._stamp_now()  # our own change is not news from elsewhere
        self.changed.emit(topic)

    # -- other stations ---------------------------------------------------------------------------
    def start_polling(self) -> None:
        """Look every few seconds for changes saved elsewhere (another scoring station)."""
        self.poll_timer.start()

    def _stamp_now(self) -> int | None:
        try:
            return change_stamp(self.ctx, self.event_id)
        except UserError:
            return None  # the server is away: the next poll tries again

    def check_for_changes(self) -> bool:
        stamp = self._stamp_now()
        if stamp is None or stamp == self.stamp:
            return False
        self.stamp = stamp
        self._allowed.clear()  # a role may have changed on another station
        self.refresh_event()
        self.changed.emit(EXTERNAL)
        return True
