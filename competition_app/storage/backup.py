"""SQLite snapshots through the online backup API, restoring them, and what a snapshot holds.

A live database runs in WAL mode: its committed data may sit in the `-wal` file, so copying the
`.db` file alone can give a stale or torn copy. The backup API copies pages under SQLite's own
locks and yields a consistent snapshot while the app keeps writing. Snapshots are written to a
`.part` file, switched to rollback-journal mode (one self-contained file), fsynced and renamed, so
a file with the final name is always a whole database.

Beside each snapshot lies `<file>.sha256` (the `sha256sum` format): the checksum of the file as
written, recorded before the file takes its final name. A restore refuses a file whose checksum
is missing or does not match.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from competition_app.domain.errors import UserError
from competition_app.safe_write import failure_text


class BackupError(UserError):
    """A backup could not be made, read or restored; the message says why in plain words."""


@dataclass(frozen=True)
class EventSummary:
    id: int
    name: str
    date: str
    trades: int
    contestants: int
    marks: int


@dataclass(frozen=True)
class DatabaseSummary:
    """What a database (live or a backup) holds, for a preview before restoring it."""

    path: Path
    events: tuple[EventSummary, ...]
    trades: int
    contestants: int
    judges: int
    marks: int  # criterion marks plus directly entered component scores
    last_change: datetime | None
    schema_revision: str | None
    integrity: str  # "ok", or SQLite's first complaint

    @property
    def ok(self) -> bool:
        return self.integrity == "ok"


CHECKSUM_SUFFIX = ".sha256"


def checksum_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + CHECKSUM_SUFFIX)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# Given the file's SHA-256, a line vouching for it (a keyed signature); None: none is written.
Signer = Callable[[str], str]


def write_checksum(
    path: Path, hex_digest: str, *, name: str | None = None, sign: Signer | None = None
) -> Path:
    """Record the checksum of `path` (under the file name `name`) beside it, atomically, with the
    signer's line after it."""
    side = checksum_path(path)
    part = side.with_name(side.name + ".part")
    text = f"{hex_digest}  {name or Path(path).name}\n"
    if sign is not None:
        text += sign(hex_digest) + "\n"
    part.write_text(text, encoding="utf-8")
    _fsync_file(part)
    os.replace(part, side)
    return side


def recorded_signature(path: Path) -> str | None:
    """The line after the checksum (the signer's), or None."""
    try:
        lines = checksum_path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    return lines[1].strip() if len(lines) > 1 and lines[1].strip() else None


def recorded_checksum(path: Path) -> str | None:
    """The checksum recorded beside `path`, or None when there is none (or it is unreadable)."""
    try:
        text = checksum_path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    first = text.split()[0] if text.split() else ""
    return first.lower() if len(first) == 64 else None


def _fsync_dir(directory: Path) -> None:
    # A rename is durable only once the directory entry is on disk (POSIX); Windows has no
    # directory handles to sync and makes os.replace durable itself.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


@contextlib.contextmanager
def _connect(path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    if read_only:
        # A URI so that a missing file is an error instead of a new empty database.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    else:
        conn = sqlite3.connect(path, timeout=10)
    try:
        conn.execute("PRAGMA busy_timeout=10000")
        yield conn
    finally:
        conn.close()


def integrity_check(path: Path) -> str:
    """The word "ok", or the first problem `PRAGMA integrity_check` reports."""
    try:
        with _connect(path, read_only=True) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as e:
        return str(e)
    return str(rows[0][0]) if rows else "no answer"


def snapshot(live: Path, dest: Path, *, sign: Signer | None = None) -> Path:
    """Copy the database at `live` (open or not, WAL or not) to `dest` with the backup API."""
    live, dest = Path(live), Path(dest)
    if not live.is_file():
        raise BackupError(f"数据库文件不存在：{live}")
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    try:
        with _connect(live) as src, contextlib.closing(sqlite3.connect(part)) as out:
            src.backup(out)
            # One self-contained file: no -wal beside the backup that could be lost in a copy.
            out.execute("PRAGMA journal_mode=DELETE")
            problem = out.execute("PRAGMA quick_check").fetchone()[0]
            if problem != "ok":
                raise BackupError(f"备份校验失败（{problem}），原数据库可能已损坏：{live}")
        _fsync_file(part)
        # The checksum first: a crash in between leaves a checksum without a backup (harmless),
        # never a backup without its checksum.
        write_checksum(dest, file_sha256(part), sign=sign)
        os.replace(part, dest)
        _fsync_dir(dest.parent)
    except sqlite3.Error as e:
        if "full" in str(e):  # "database or disk is full"
            raise BackupError(failure_text(dest, OSError(errno.ENOSPC, str(e)))) from e
        raise BackupError(f"无法备份 {live}：{e}") from e
    except OSError as e:
        raise BackupError(failure_text(dest, e)) from e
    finally:
        part.unlink(missing_ok=True)
    return dest


def restore(backup: Path, live: Path) -> None:
    """Replace the content of `live` with `backup`, through the backup API.

    The caller closes its own connections first. Writing through SQLite (rather than copying the
    file over) keeps the live file's locks and WAL consistent, so a process that still has the
    file open sees the restored data, never a mix.
    """
    backup, live = Path(backup), Path(live)
    problem = integrity_check(backup)
    if problem != "ok":
        raise BackupError(f"备份文件已损坏，不能恢复：{backup.name}（{problem}）")
    live.parent.mkdir(parents=True, exist_ok=True)
    try:
        with _connect(backup, read_only=True) as src, _connect(live) as dst:
            # Page sizes may differ between the files; rollback mode lets the backup change it.
            # Another process holding the file open keeps WAL mode, which works as long as the
            # page sizes match (they do for every file this app writes).
            with contextlib.suppress(sqlite3.OperationalError):
                dst.execute("PRAGMA journal_mode=DELETE")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
            problem = dst.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.Error as e:
        raise BackupError(f"无法恢复到 {live}：{e}") from e
    if problem != "ok":
        raise BackupError(f"恢复后的数据库未通过完整性检查：{problem}")


def _count(conn: sqlite3.Connection, sql: str, *args: object) -> int:
    try:
        return int(conn.execute(sql, args).fetchone()[0] or 0)
    except sqlite3.OperationalError:
        return 0  # a table this (older) database does not have yet


def _parse_time(value: object) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def history_mark(path: Path) -> tuple[str, int, str] | None:
    """The schema revision and the newest audit entry (id and its chained hash) of a database
    file: two files with the same mark hold the same recorded history, since every change that
    matters is audited and each entry's hash chains all before it. None when unreadable or when
    nothing was recorded yet (a mark that says nothing)."""
    try:
        with _connect(Path(path), read_only=True) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            last = conn.execute(
                "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"
            ).fetchone()
    except sqlite3.Error:
        return None
    if last is None or not last[1]:
        return None
    return (str(revision[0]) if revision else "", int(last[0]), str(last[1]))


def summarise(path: Path) -> DatabaseSummary:
    """Counts and the time of the last recorded change, read without changing the file."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"文件不存在：{path}")
    integrity = integrity_check(path)
    try:
        with _connect(path, read_only=True) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not {"event", "trade", "contestant"} <= tables:
                raise BackupError(f"“{path.name}”不是本程序的赛事数据库")
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
            events = tuple(
                EventSummary(
                    id=int(eid),
                    name=str(name),
                    date=str(date or ""),
                    trades=_count(conn, "SELECT count(*) FROM trade WHERE event_id=?", eid),
                    contestants=_count(
                        conn, "SELECT count(*) FROM contestant WHERE event_id=?", eid
                    ),
                    marks=_count(
                        conn,
                        "SELECT count(*) FROM criterion_mark m JOIN contestant c"
                        " ON c.id=m.contestant_id WHERE c.event_id=?",
                        eid,
                    )
                    + _count(
                        conn,
                        "SELECT count(*) FROM component_score s JOIN contestant c"
                        " ON c.id=s.contestant_id WHERE c.event_id=?",
                        eid,
                    ),
                )
                for eid, name, date in conn.execute("SELECT id, name, date FROM event ORDER BY id")
            )
            times = [
                _parse_time(conn.execute(sql).fetchone()[0])
                for sql, table in (
                    ("SELECT max(at) FROM audit_entry", "audit_entry"),
                    ("SELECT max(entered_at) FROM criterion_mark", "criterion_mark"),
                    ("SELECT max(entered_at) FROM component_score", "component_score"),
                )
                if table in tables
            ]
            return DatabaseSummary(
                path=path,
                events=events,
                trades=_count(conn, "SELECT count(*) FROM trade"),
                contestants=_count(conn, "SELECT count(*) FROM contestant"),
                judges=_count(conn, "SELECT count(*) FROM judge"),
                marks=_count(conn, "SELECT count(*) FROM criterion_mark")
                + _count(conn, "SELECT count(*) FROM component_score"),
                last_change=max((t for t in times if t), default=None),
                schema_revision=revision,
                integrity=integrity,
            )
    except sqlite3.DatabaseError as e:
        raise BackupError(f"“{path.name}”不是可读的 SQLite 数据库：{e}") from e
