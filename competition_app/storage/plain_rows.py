"""Big reads as plain tuples straight from the driver, for the few places that read ~10^6 rows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session


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


def plain_rows_each(
    session: Session, stmt: Select[Any], name: str, values: Iterable[Any]
) -> Iterator[tuple[Any, list[tuple[Any, ...]]]]:
    """(value, rows) for each of `values` bound to the parameter `name` of `stmt`: one statement
    compiled once and run per value (a trade's marks read criterion by criterion off the covering
    index, without a join or the criterion's code on every row)."""
    conn = session.connection()
    compiled = stmt.compile(dialect=conn.dialect)
    sql = str(compiled)
    cursor = conn.connection.cursor()
    try:
        for value in values:
            params = compiled.construct_params({name: value})
            args: Any = (
                tuple(params[n] for n in compiled.positiontup or ())
                if compiled.positional
                else params
            )
            cursor.execute(sql, args)
            yield value, list(cursor.fetchall())
    finally:
        cursor.close()
