"""Statements built and compiled once per backend, then run straight through the driver.

The save of one mark is a handful of one-row statements. Run through SQLAlchemy each paid for
building its expression, its cache key and the result machinery again (~0.3 ms a statement,
six times the save's own commit); a `Prepared` statement pays that once per open backend and
then costs what the driver costs. Values still pass through their columns' types both ways (a
Decimal mark is stored as its text, SQLite's DATETIME as SQLAlchemy writes it, a JSON column
read back as a dict), so what is written and read is exactly what the ORM would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ClauseElement, Connection, Dialect, Executable
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

Processor = Callable[[Any], Any]


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]  # the bound parameters, in the order the driver takes them
    positional: bool
    binds: dict[str, Processor]  # parameter name -> its type's conversion (only those with one)
    fixed: dict[str, Any]  # the values written into the statement itself (a literal 1, "")
    results: tuple[Processor | None, ...]  # per selected column


class Prepared:
    """A statement made by `build` (bound parameters by name), compiled on first use per
    dialect. `rows` and `first` read; `run` writes (returning nothing).

    Column defaults are SQLAlchemy's to fill at execution, which this skips: an INSERT must
    set every column that has one (a ValueError names those it leaves out)."""

    def __init__(self, build: Callable[[], Executable]) -> None:
        self._build = build
        self._by_dialect: dict[tuple[str, str, str], _Compiled] = {}

    def _compiled(self, dialect: Dialect) -> _Compiled:
        # the driver too: psycopg and psycopg2 are both "postgresql" with other placeholders
        which = (dialect.name, dialect.driver, dialect.paramstyle)
        found = self._by_dialect.get(which)
        if found is None:
            stmt = self._build()
            compiled = cast(SQLCompiler, cast(ClauseElement, stmt).compile(dialect=dialect))
            # defaults SQLAlchemy would compute in Python at execution: the driver would write
            # NULL for them, so such a statement is refused here, naming the columns
            missing = [c.name for c in (*compiled.insert_prefetch, *compiled.update_prefetch)]
            if missing:
                raise ValueError(f"a prepared statement must set {', '.join(missing)} itself")
            binds: dict[str, Processor] = {}
            fixed = {
                name: bind.value
                for name, bind in compiled.binds.items()
                if not bind.required and bind.callable is None
            }
            for name, bind in compiled.binds.items():
                process = bind.type.dialect_impl(dialect).bind_processor(dialect)
                if process is not None:
                    binds[name] = process
            # a SELECT's columns, or an INSERT's or UPDATE's RETURNING (none: nothing read)
            columns: Sequence[Any] = list(getattr(stmt, "exported_columns", ()))
            results = tuple(
                c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns
            )
            names = tuple(compiled.positiontup or ()) if compiled.positional else ()
            found = _Compiled(str(compiled), names, compiled.positional, binds, fixed, results)
            self._by_dialect[which] = found
        return found

    def _execute(self, session: Session | Connection, values: dict[str, Any]) -> Any:
        conn, driver = _driver(session)
        dialect = conn.dialect
        c = self._compiled(dialect)
        if c.fixed:
            values = c.fixed | values
        for name, process in c.binds.items():
            if name in values:
                values[name] = process(values[name])
        args: Any = tuple(values[n] for n in c.names) if c.positional else values
        cursor = driver.cursor()
        # what listens to the engine's statements (a log, a test counting them) hears these too
        conn.dispatch.before_cursor_execute(conn, cursor, c.sql, args, None, False)
        try:
            cursor.execute(c.sql, args)
        except dialect.loaded_dbapi.Error as e:
            cursor.close()
            # as SQLAlchemy would raise it: the callers tell a lost server or a full disk by it
            raise DBAPIError.instance(
                c.sql, args, e, dialect.loaded_dbapi.Error, dialect=dialect,
                connection_invalidated=dialect.is_disconnect(e, driver, cursor),
            ) from e  # fmt: skip
        return cursor, c

    def rows(self, session: Session | Connection, **values: Any) -> list[tuple[Any, ...]]:
        cursor, c = self._execute(session, values)
        try:
            raw = cursor.fetchall()
        finally:
            cursor.close()
        if not any(c.results):
            return [tuple(r) for r in raw]
        return [
            tuple(v if p is None or v is None else p(v) for p, v in zip(c.results, r, strict=True))
            for r in raw
        ]

    def first(self, session: Session | Connection, **values: Any) -> tuple[Any, ...] | None:
        found = self.rows(session, **values)
        return found[0] if found else None

    def run(self, session: Session | Connection, **values: Any) -> None:
        cursor, _ = self._execute(session, values)
        cursor.close()


_DRIVER = "prepared.driver"


def _driver(session: Session | Connection) -> tuple[Connection, Any]:
    """The connection and the driver's connection of the session's transaction, looked up once
    per transaction (a save runs nine statements in one)."""
    if isinstance(session, Connection):
        return session, session.connection
    # the driver does not autoflush: the session's pending changes go first, as the ORM would
    # send them before its own statement (there are none in a save)
    session.flush()
    transaction = session.get_transaction()
    found = session.info.get(_DRIVER)
    if found is None or found[0] is not transaction or transaction is None:
        conn = session.connection()
        found = session.info[_DRIVER] = (session.get_transaction(), conn, conn.connection)
    return found[1], found[2]
