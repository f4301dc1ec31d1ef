"""Opening a database (SQLite file or PostgreSQL URL), bringing its schema up to date, units of work."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from competition_app.domain.errors import UserError
from competition_app.resources_path import migrations_dir

log = logging.getLogger(__name__)


class SchemaTooNew(UserError):
    """The database was written by a newer version of the app; opening it could damage it."""


def database_url(path_or_url: str | Path) -> str:
    """A SQLAlchemy URL for a file path or a URL given as is."""
    s = str(path_or_url)
    if "://" in s:
        return s
    return f"sqlite:///{Path(s).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a mark the service has acknowledged survives a power cut, not only a crash.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


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
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            self.upgrade()

    @property
    def path(self) -> Path | None:
        if self.is_sqlite and self.url.startswith("sqlite:///"):
            return Path(self.url.removeprefix("sqlite:///"))
        return None

    def display_name(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    def upgrade(self) -> None:
        """Bring the schema to the newest revision this app knows; refuse a newer database."""
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
        """One user action: commits when the block ends, rolls everything back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look: nothing is committed."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
