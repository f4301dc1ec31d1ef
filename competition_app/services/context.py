"""Who is acting on which database: handed to every service call."""

from __future__ import annotations

from dataclasses import dataclass

from competition_app.storage.database import Database


@dataclass(frozen=True)
class Context:
    db: Database
    # The logged-in user's name; "" while the database has no users (single-user mode).
    user: str = ""

    @property
    def actor(self) -> str:
        return self.user or "（单机）"
