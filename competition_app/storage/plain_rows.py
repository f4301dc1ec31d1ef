"""Big reads as plain tuples straight from the driver, for the few places that read ~10^6 rows."""

from __future__ import annotations

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
