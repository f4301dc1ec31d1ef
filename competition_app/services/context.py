"""Who is acting on which database: handed to every service call."""

from __future__ import annotations

from dataclasses import dataclass

from competition_app.storage.database import Database

# who acted while the database has no users, as the audit trail records it
SINGLE_USER = "（单机）"


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
        return self.clerk.strip() or SINGLE_USER
