"""Counting the SQL statements a service runs, to show it does not grow with the data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event

from competition_app.services.context import Context


def statements(ctx: Context, action: Callable[[], Any]) -> int:
    """How many statements `action` sends to the database."""
    seen: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        action()
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)
    return len(seen)
