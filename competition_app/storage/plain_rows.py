"""Big reads as plain tuples straight from the driver, for the few places that read ~10^6 rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import count
from typing import Any, cast

from sqlalchemy import (
    ClauseElement,
    ColumnElement,
    Connection,
    Numeric,
    Select,
    Table,
    func,
    select,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

from competition_app.storage.plain_sqlite import RowReader
from competition_app.storage.types import DecimalText


def plain_rows(session: Session, stmt: Select[Any]) -> list[tuple[Any, ...]]:
    """The rows of `stmt` as the driver returns them, in the session's transaction.

    No Row objects and no type conversion: a DecimalText column comes back as its text, and the
    caller converts. Ranking a city contest reads 900,000 marks, and SQLAlchemy's per-row work
    cost more than SQLite's. Bound parameters must be plain values (ints, strings).
    """
    conn = session.connection()
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args: Any = (
        tuple(params[name] for name in compiled.positiontup or ())
        if compiled.positional
        else params
    )
    cursor = conn.connection.cursor()
    try:
        cursor.execute(str(compiled), args)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def driver_rows(session: Session) -> RowReader:
    """A `RowReader` on the session's connection, in its transaction: plain SQL with `?`
    placeholders (the trade reads in `trade_reads`), run through the driver in its own style."""
    conn = session.connection()
    dbapi = conn.connection
    dialect = conn.dialect
    qmark = dialect.paramstyle == "qmark"
    driver_error = dialect.loaded_dbapi.Error

    def read(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        cursor = dbapi.cursor()
        try:
            cursor.execute(sql if qmark else sql.replace("?", "%s"), tuple(params))
            return list(cursor.fetchall())
        except driver_error as e:
            # as SQLAlchemy words a driver's error, so `Database.reading` tells a lost server
            # (ConnectionLost) or a damaged file from a refused statement here as everywhere
            raise DBAPIError.instance(
                sql,
                tuple(params),
                e,
                driver_error,
                connection_invalidated=dialect.is_disconnect(e, dbapi, cursor),
                dialect=dialect,
            ) from e
        finally:
            cursor.close()

    return read


def plain_executemany(
    session: Session | Connection,
    stmt: ClauseElement,
    params: Sequence[tuple[str, ColumnElement[Any] | None]],
    rows: Iterable[Sequence[Any]],
) -> None:
    """Run `stmt` once per row through the driver's executemany, in the session's transaction.

    `params` names each parameter `stmt` binds and the column whose type converts it (None: the
    values are given as the driver takes them, see `driver_value`); each row gives the values
    in that order. A value is converted through its column's type; a
    timestamp or a name once per distinct value, not once per row: an import of 900,000 marks
    spent more time in SQLAlchemy's per-row parameter processing than in SQLite. A number is
    converted every time: 8.5 and 8.50 are equal (one key of a dict) but are stored as typed,
    and the seal made of what was typed must match what is stored. Values must be hashable.
    """
    conn = session.connection() if isinstance(session, Session) else session
    dialect = conn.dialect
    compiled = cast(SQLCompiler, stmt.compile(dialect=dialect))
    names = [name for name, _ in params]
    converters: list[tuple[int, Callable[[Any], Any], dict[Any, Any] | None]] = []
    for i, (_, column) in enumerate(params):
        process = None if column is None else _bind_processor(column, dialect)
        if column is not None and process is not None:
            worded = isinstance(column.type, (DecimalText, Numeric))  # Numeric holds Float
            converters.append((i, process, None if worded else {}))

    def driver_values(row: Sequence[Any]) -> list[Any]:
        values = list(row)
        for i, process, seen in converters:
            value = values[i]
            if seen is None:
                values[i] = process(value)
                continue
            done = seen.get(value, _UNSEEN)
            if done is _UNSEEN:
                done = seen[value] = process(value)
            values[i] = done
        return values

    # generators: the driver takes the rows as they come, so a big import holds no second copy
    converted: Iterable[Sequence[Any]] = map(driver_values, rows) if converters else rows
    if compiled.positional:
        order = [names.index(n) for n in compiled.positiontup or ()]
        in_order = order == list(range(len(names)))
        args: Any = converted if in_order else (tuple(v[i] for i in order) for v in converted)
    else:
        args = (dict(zip(names, v, strict=True)) for v in converted)
    cursor = conn.connection.cursor()
    try:
        cursor.executemany(str(compiled), args)
    finally:
        cursor.close()


_UNSEEN = object()


def _bind_processor(column: ColumnElement[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    # the dialect's own type: SQLite's DATETIME writes its text, a bare DateTime nothing
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def driver_value(session: Session, column: ColumnElement[Any], value: Any) -> Any:
    """`value` as `column`'s type gives it to the session's driver: for a value written on every
    row of a bulk write (a timestamp), converted once and given to `plain_executemany` as is."""
    process = _bind_processor(column, session.connection().dialect)
    return value if process is None else process(value)


def next_sqlite_ids(session: Session, table: Table) -> Iterator[int] | None:
    """The ids SQLite will give the next rows inserted into `table` without one: one more than
    the largest, in turn. Only for a unit of work, which holds SQLite's one write lock (BEGIN
    IMMEDIATE), so a bulk write can seal each row before writing it. None on other databases,
    whose ids come from a sequence."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    last = session.scalar(select(func.max(table.c.id))) or 0
    return count(last + 1)
