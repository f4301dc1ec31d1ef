"""A trade read as a plain row: its settings kept as the stored JSON text, parsed once per
distinct text (the settings hold the whole scoring plan; parsing and re-serialising them for
the facts' cache cost a tenth of a save). Plain, so a read without the database layer has it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from competition_app.storage import stored_json


@dataclass(frozen=True)
class TradeRow:
    id: int
    event_id: int
    code: str
    name: str
    settings_text: str
    locked: bool
    version: int

    @property
    def settings(self) -> dict[str, Any]:
        return _parsed(self.settings_text)


def settings_text(stored: Any) -> str:
    """The settings column as text: SQLite gives the stored text, PostgreSQL's driver the
    parsed JSON (written back in one canonical form)."""
    if isinstance(stored, str):
        return stored
    return json.dumps(stored, sort_keys=True) if stored else ""


@lru_cache(maxsize=256)
def _parsed(text: str) -> dict[str, Any]:
    found = stored_json.loads(text) if text else {}
    return found if isinstance(found, dict) else {}
