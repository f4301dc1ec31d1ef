"""What a trade's settings switch on for everyone who reads its results: blind marking,
verified (double) entry and ranking by groups. Plain, so that a read without the database layer asks the same."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol


class HasSettings(Protocol):
    @property
    def settings(self) -> Mapping[str, Any]: ...


def is_blind(trade: HasSettings) -> bool:
    """Whether judges see work-piece codes, not names (盲评)."""
    return bool(trade.settings.get("blind", False))


def double_entry(trade: HasSettings) -> bool:
    """Whether the trade's marks are entered twice and verified (复核)."""
    return bool(trade.settings.get("double_entry", False))


def ranked_by_group(trade: HasSettings) -> bool:
    """Whether the trade ranks each of its declared groups separately (`groups = [...]`). A trade
    that declares none ranks everyone in one field, whatever group a registration form wrote."""
    return bool(trade.settings.get("groups"))
