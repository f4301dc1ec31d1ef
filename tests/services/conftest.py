"""A database with the example event, its contestants (and its scores) and a service context."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from competition_app.io.event_file import read_event_definition
from competition_app.services.context import Context
from competition_app.services.registration.contestants import import_contestants
from competition_app.services.scoring.score_file import import_scores
from competition_app.services.setup.events import create_event
from competition_app.storage.database import Database

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def ctx(migrated_url: str) -> Iterator[Context]:
    """A context on an empty database, once on SQLite and once on PostgreSQL."""
    db = Database(migrated_url)
    yield Context(db, user="记分员甲")
    db.dispose()


@pytest.fixture
def event_id(ctx: Context) -> int:
    eid = create_event(ctx, read_event_definition(EXAMPLES / "event.toml"))
    import_contestants(ctx, eid, EXAMPLES / "contestants.csv")
    return eid


@pytest.fixture
def scored(ctx: Context, event_id: int) -> int:
    """The example event with its example scores: 李娜 first in 钳工 (89.35), 王伟 second, 张强
    unranked (no practical score); the electricians' panel marks but no theory scores."""
    import_scores(ctx, event_id, "fitter", EXAMPLES / "fitter-scores.csv")
    import_scores(ctx, event_id, "electrician", EXAMPLES / "electrician-marks.csv")
    return event_id
