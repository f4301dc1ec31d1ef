"""What kind of thing each audited action changed, and how often the window asks: plain data,
importable by the window before the database layer is (see ui/window/application.py)."""

from __future__ import annotations

# How often the GUI polls: other stations' changes appear within this many seconds.
POLL_SECONDS = 3

# What kind of thing an audited action changed, by the action's name or its first part
# ("mark.pass" is a mark). The views reload from these kinds; an action not listed (a restore,
# an imported archive, the demo) may have changed anything, and is EVERYTHING.
EVERYTHING = "external"
_KINDS: tuple[tuple[str, str], ...] = (
    ("mark", "marks"),
    ("marks", "marks"),
    ("score", "marks"),
    ("scores", "marks"),
    ("time", "marks"),
    ("contestant", "contestants"),
    ("contestants", "contestants"),
    ("judge", "judges"),
    ("judges", "judges"),
    ("tie", "marks"),  # a decided tie changes the results, as a mark does
    ("trade.rules", "rules"),
    ("trade.options", "options"),
    ("trade.lock", "lock"),
    ("trade.unlock", "lock"),
    ("trade.add", EVERYTHING),  # every page lists the trades
    ("trade.remove", EVERYTHING),
    ("lots", "lots"),
    ("checkin", "checkin"),
    ("codes", "codes"),
    ("appeal", "appeals"),
    ("user", "users"),
    ("event.create", "event"),
    ("event.update", "event"),
    ("certificates", "certificates"),
    ("event.export_archive", ""),  # reads only: nothing to reload
    ("backup.now", ""),
)


def change_kind(action: str) -> str:
    """The kind of thing `action` changed ("" for nothing a view shows, EVERYTHING if unknown)."""
    for name, kind in _KINDS:
        if action == name or action.startswith(name + "."):
            return kind
    return EVERYTHING
