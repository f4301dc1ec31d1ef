"""Where a database is and which schema it has, and a read of a SQLite file at that schema with
the standard library alone: a one-shot command (`results`) done before SQLAlchemy (~0.3 s to
import) would have loaded."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from competition_app.resources_path import migrations_dir

# A read of rows: SQL with `?` placeholders and its parameters -> the rows as the driver gives
# them. The same SQL text runs through SQLAlchemy's driver connection (`plain_rows.driver_rows`,
# on SQLite and PostgreSQL) and through sqlite3 here, so a read has one home.
RowReader = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]


def database_url(path_or_url: str | Path) -> str:
    """A SQLAlchemy URL for a file path or a URL given as is."""
    s = str(path_or_url)
    if "://" in s:
        return s
    return f"sqlite:///{Path(s).expanduser().resolve()}"


def sqlite_file(path_or_url: str | Path) -> Path | None:
    """The SQLite file a path or URL names, resolved; None for a server or an in-memory one."""
    url = database_url(path_or_url)
    if not url.startswith("sqlite:///") or ":memory:" in url:
        return None
    return Path(url.removeprefix("sqlite:///"))


_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]([^'\"]+)['\"]", re.M)


def head_revision() -> str | None:
    """The newest revision of the shipped migrations, read from the scripts' own lines
    (`revision = "0007"`, `down_revision = "0006"`) without importing Alembic (0.4 s, every
    open); None when that reading is not certain (several heads, an unusual script)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in sorted((migrations_dir() / "versions").glob("*.py")):
        text_ = script.read_text(encoding="utf-8")
        found: dict[str, str] = {m.group(1): m.group(2) for m in _REVISION.finditer(text_)}
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision", ""))
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


@contextmanager
def reading_at_head(path_or_url: str | Path) -> Iterator[RowReader | None]:
    """A reader of the SQLite file, in one read transaction (one consistent snapshot while
    another station writes), when the file exists and its schema is the newest this app knows.

    None for anything else, which the caller then opens the full way (`Database`), so that its
    refusals (not a database, a newer schema, a server that cannot be reached) and migrations
    stay in one place: a server URL, a missing file, an older or newer schema, a file SQLite
    cannot read. Nothing is written: the connection is query-only.
    """
    path = sqlite_file(path_or_url)
    if path is None or not path.is_file():
        yield None
        return
    try:
        con = sqlite3.connect(path, isolation_level=None, check_same_thread=True)
    except sqlite3.Error:
        yield None
        return
    try:
        try:
            con.execute("PRAGMA query_only=ON")
            con.execute("PRAGMA busy_timeout=5000")
            con.execute("BEGIN")
            found = con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            version = (
                con.execute("SELECT version_num FROM alembic_version").fetchone() if found else None
            )
        except sqlite3.Error:
            version = None
        head = head_revision()
        if version is None or head is None or version[0] != head:
            yield None
            return

        def rows(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
            return con.execute(sql, params).fetchall()

        yield rows
    finally:
        con.close()
