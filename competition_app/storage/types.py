"""Column types that keep marks exact on every backend."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def stored_text(value: Decimal) -> str:
    """A Decimal as a DecimalText column stores it: its digits as typed (8.50 stays 8.50), never
    with an exponent. Seals are made of this same text."""
    return format(value, "f")


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal stored as its canonical text.

    SQLite has no exact numeric type (NUMERIC columns become REAL), and a mark such as 8.35 must
    come back as 8.35 on every backend, so marks never pass through a binary float.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"marks must be Decimal, got {type(value).__name__}")
        return stored_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)
