"""Who is acting on which database: handed to every service call."""

from __future__ import annotations

from dataclasses import dataclass

from competition_app.storage.database import Database

# Who acted, in the audit trail and on a lock, when the database has no users and no clerk
# name was typed; the window words it in its own language.
SINGLE_USER_ACTOR = "（单机）"


@dataclass(frozen=True)
class Context:
    db: Database
    # The logged-in user's name; "" while the database has no users (single-user mode).
    user: str = ""
    # In single-user mode, the name a clerk typed for verified entry (复核), where the two passes
    # must come from two people; ignored once users exist (the log-in says who acts).
    clerk: str = ""

    @property
    def actor(self) -> str:
        if self.user:
            return self.user
        return self.clerk.strip() or SINGLE_USER_ACTOR
