"""Opening a database (SQLite file or PostgreSQL URL), bringing its schema up to date, units of work."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from competition_app import safe_write
from competition_app.domain.errors import ConnectionLost, UserError
from competition_app.resources_path import migrations_dir
from competition_app.storage import stored_json
from competition_app.storage.plain_sqlite import database_url, head_revision

log = logging.getLogger(__name__)


class SchemaTooNew(UserError):
    """The database was written by a newer version of the app; opening it could damage it."""


class DatabaseBusy(UserError):
    """Another station or a long import held the database for longer than the bounded wait
    (BUSY_TIMEOUT_MS); nothing of this action was saved and it may simply be tried again."""

    def __init__(self, message: str = "数据库正忙，请稍后重试") -> None:
        super().__init__(message)


class NotADatabase(UserError):
    """The file opened is not an SQLite database, or is damaged past being read (SQLite's
    "file is not a database", "database disk image is malformed")."""


class ReadOnlyDatabase(UserError):
    """The database file (or its folder) may not be written: a write-protected USB stick, a
    file marked read-only; nothing of this action was saved."""


class DiskFull(UserError):
    """The disk holding the database is full; nothing of this action was saved."""


# How long a unit of work waits for another writer before giving up with DatabaseBusy: longer
# than any single save, shorter than a person waits before thinking the program hung.
BUSY_TIMEOUT_MS = 5000


class DiskTrouble(UserError):
    """SQLite could not read or write the database file (not for want of space)."""


# Below this much free space, SQLite's "disk I/O error" is the disk being full: with almost no
# room it fails creating or growing the -wal/-shm files and reports SQLITE_IOERR, not SQLITE_FULL.
LOW_SPACE_BYTES = 4 * 1024 * 1024


def _low_on_space(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < LOW_SPACE_BYTES
    except OSError:
        return False


def sqlite_refusal(exc: BaseException, path: Path | None = None) -> UserError | None:
    """SQLite's "locked", "full", "readonly" and "disk I/O error" (of the database file at
    `path`) as the plain words a user can act on; None otherwise."""
    if not isinstance(exc, OperationalError | sqlite3.OperationalError):
        return None
    text_ = str(getattr(exc, "orig", None) or exc).lower()
    if "database is locked" in text_ or "database table is locked" in text_:
        return DatabaseBusy()
    if "disk is full" in text_ or ("disk i/o error" in text_ and _low_on_space(path)):
        return DiskFull("磁盘空间已满，未保存本次操作；请腾出空间后重试")
    if "readonly database" in text_:
        where = f" {path}" if path is not None else ""
        return ReadOnlyDatabase(
            f"数据库文件{where}是只读的，未保存本次操作；请把它复制到可以写入的位置"
            "（不是写保护的 U 盘或光盘），或去掉只读属性后重新打开"
        )
    if "disk i/o error" in text_:
        where = f" {path}" if path is not None else ""
        return DiskTrouble(
            f"读写数据库文件{where}时磁盘出错（disk I/O error），未保存本次操作；"
            "请检查磁盘或 U 盘是否仍连接、可写后重试"
        )
    return None


# SQLite's primary result codes for a file that cannot be a database: SQLITE_CORRUPT,
# SQLITE_CANTOPEN (a folder, say), SQLITE_NOTADB.
_UNREADABLE_CODES = {11, 14, 26}


def _unreadable(exc: DBAPIError) -> bool:
    """SQLite's answer for a file that is no database, a damaged one or one it cannot open at
    all, as opposed to one it merely could not lock or write."""
    orig = exc.orig
    if not isinstance(orig, sqlite3.DatabaseError):
        return False
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _UNREADABLE_CODES
    text_ = str(orig).lower()
    return "not a database" in text_ or "malformed" in text_ or "unable to open" in text_


# Key of the PostgreSQL advisory lock every unit of work takes (see Database.unit_of_work).
WRITE_LOCK_KEY = 0x636F6D70  # "comp"

# How a station notices a server that went away: give up connecting after a few seconds, and
# probe an idle connection so a pulled network cable is noticed too.
_PG_CONNECT_ARGS = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 3,
    "keepalives_count": 3,
}


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling opens a transaction only at the first write, so a
    # unit of work's reads would run outside it; _sqlite_begin issues BEGIN instead.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a mark the service has acknowledged survives a power cut, not only a crash.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    """BEGIN IMMEDIATE for a unit of work: it takes the write lock before its first read, so two
    stations' read-check-write steps (version check, audit chain) never interleave."""
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    # straight to the driver: every save begins one (SQLAlchemy's execution path cost more than
    # SQLite's BEGIN); "database is locked" comes back as the driver's error, told as busy
    sql = _BEGIN[mode]
    conn.dispatch.before_cursor_execute(conn, None, sql, (), None, False)  # a log still hears it
    conn.connection.driver_connection.execute(sql)  # type: ignore[union-attr]


_BEGIN = {"DEFERRED": "BEGIN DEFERRED", "IMMEDIATE": "BEGIN IMMEDIATE"}


# SQLSTATEs of a server going away: connection exceptions (class 08) and shutdowns.
_SHUTDOWN_STATES = {"57P01", "57P02", "57P03"}


def _is_connection_failure(exc: BaseException) -> bool:
    """The server is unreachable or the connection broke, as opposed to a refused statement
    (a lock timeout or a serialisation failure is an OperationalError too, with a SQLSTATE)."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError | InterfaceError):
        return False
    state = getattr(exc.orig, "sqlstate", None)
    return state is None or state.startswith("08") or state in _SHUTDOWN_STATES


def _alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


class Database:
    """One database: its engine, its session factory and its schema version."""

    def __init__(self, path_or_url: str | Path, *, migrate: bool = True) -> None:
        self.url = database_url(path_or_url)
        self.is_sqlite = self.url.startswith("sqlite")
        kwargs: dict[str, Any] = {}
        if self.is_sqlite:
            if ":memory:" not in self.url and self.url != "sqlite://":
                Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        else:
            # A station keeps its pool across a server restart: a dead connection is noticed
            # and replaced when it is next taken from the pool.
            kwargs["pool_pre_ping"] = True
            if self.url.startswith("postgresql+psycopg"):
                kwargs["connect_args"] = dict(_PG_CONNECT_ARGS)
        # a damaged settings column is said in plain words, not as the parser's exception
        kwargs["json_deserializer"] = stored_json.loads
        self.engine: Engine = create_engine(self.url, **kwargs)
        # What the services keep while this database is open (a trade's parsed rules by its
        # version, say): gone with the Database, so another file never sees it.
        self.cache: dict[Any, Any] = {}
        self._guarded = self.path if ":memory:" not in self.url else None
        if self._guarded is not None:
            safe_write.guard_database(self._guarded)  # no export may be written over it
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writing = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        if migrate:
            try:
                self.upgrade()
            except DBAPIError as e:
                refusal = sqlite_refusal(e, self.path) if self.is_sqlite else None
                if refusal is None and self.is_sqlite and _unreadable(e):
                    refusal = NotADatabase(
                        f"无法打开“{self.display_name()}”：它不是数据库文件，或已损坏；文件未被改动"
                    )
                if refusal is not None:
                    self.dispose()
                    raise refusal from e
                if self.is_sqlite or not _is_connection_failure(e):
                    raise
                self.engine.dispose()
                raise ConnectionLost(
                    f"无法连接数据库服务器 {self.display_name()}，请检查网络和服务器后重试"
                ) from e

    @property
    def path(self) -> Path | None:
        if self.is_sqlite and self.url.startswith("sqlite:///"):
            return Path(self.url.removeprefix("sqlite:///"))
        return None

    def display_name(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    def upgrade(self) -> None:
        """Bring the schema to the newest revision this app knows; refuse a newer database.

        A database already at the newest revision (every open but the first after an update)
        is told by one read of alembic_version: Alembic is imported only to migrate."""
        head = head_revision()
        if head is not None and self.schema_revision() == head:
            return
        from alembic import command
        from alembic.script import ScriptDirectory

        cfg = _alembic_config(self.url)
        script = ScriptDirectory.from_config(cfg)
        known = {rev.revision for rev in script.walk_revisions()}
        current = self.schema_revision()
        if current is not None and current not in known:
            raise SchemaTooNew(
                f"数据库 {self.display_name()} 由更新版本的程序创建（结构版本 {current}），"
                "本程序无法安全打开。请升级程序后再打开。"
            )
        if current == script.get_current_head():
            return
        with self.engine.begin() as conn:
            if not self.is_sqlite:
                # Two stations opening a new server database at once: one migrates, the other
                # waits and then finds nothing to do.
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        log.info("database %s upgraded to %s", self.display_name(), script.get_current_head())

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            return None if row is None else str(row[0])

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action: commits when the block ends, rolls everything back on any error.

        Units of work run one at a time across every station sharing the database: SQLite's
        BEGIN IMMEDIATE, a PostgreSQL transaction-level advisory lock. What a unit reads is then
        still true when it writes: a version check cannot pass for two stations at once, and
        audit entries get consecutive ids for the hash chain. Units are short (one mark is a
        few milliseconds), so stations wait for each other far less than a person notices.
        A lost server connection becomes ConnectionLost: nothing of the unit was saved.
        """
        with self._unit(commit=True) as session:
            yield session

    @contextmanager
    def rehearsal(self) -> Iterator[Session]:
        """A unit of work that is always rolled back: what an action would write, looked at
        and undone (a certificate preview shows the serials printing would issue, and issues
        none). It waits for and holds the write lock as a unit of work does, so what it sees is
        what the real unit would write at that moment."""
        with self._unit(commit=False) as session:
            yield session

    @contextmanager
    def _unit(self, *, commit: bool) -> Iterator[Session]:
        session = self._writing()
        try:
            if not self.is_sqlite:
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
            yield session
            if commit:
                session.commit()
            else:
                session.rollback()
        except BaseException as e:
            _quiet_rollback(session)
            if not self.is_sqlite and _is_connection_failure(e):
                raise ConnectionLost() from e
            refusal = sqlite_refusal(e, self.path) if self.is_sqlite else None
            if refusal is not None:
                raise refusal from e
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look: nothing is committed.

        Closing (not rolling back) ends the transaction and leaves what was loaded readable, so
        a caller may use the objects' plain attributes after the block.
        """
        session = self._sessions()
        try:
            yield session
        except BaseException as e:
            if not self.is_sqlite and _is_connection_failure(e):
                raise ConnectionLost() from e
            refusal = sqlite_refusal(e, self.path) if self.is_sqlite else None
            if refusal is not None:
                raise refusal from e
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
        if self._guarded is not None:
            safe_write.release_database(self._guarded)
            self._guarded = None


def _quiet_rollback(session: Session) -> None:
    """Roll back; on a connection that is already gone there is nothing left to roll back."""
    try:
        session.rollback()
    except (OperationalError, InterfaceError):
        log.info("rollback on a lost connection", exc_info=True)
