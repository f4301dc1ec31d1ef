"""The database server stops mid-entry and comes back: a clear message, nothing lost.

Runs on a PostgreSQL server of its own (scripts/pg-test-server.sh), so stopping it does not
disturb the server the other tests share.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text

from competition_app.domain.errors import ConnectionLost
from competition_app.io.event_file import read_event_definition
from competition_app.services.context import Context
from competition_app.services.integrity.changes import change_stamp
from competition_app.services.registration.contestants import import_contestants, list_contestants
from competition_app.services.scoring.entry_progress import entry_progress
from competition_app.services.scoring.pending import PendingCells, stored_cell
from competition_app.services.scoring.score_grid import GridColumn
from competition_app.services.scoring.scoring import Saved, record_mark
from competition_app.services.setup.events import create_event
from competition_app.storage.database import Database
from competition_app.storage.models import Event
from tests.conftest import PG_URL_ENV
from tests.services.conftest import EXAMPLES

pytestmark = pytest.mark.postgres

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "pg-test-server.sh"
E1 = GridColumn(kind="mark", code="e1", name="电路设计", limit=Decimal(40), decimals=2)
MESSAGE = "与数据库服务器的连接中断，分数尚未保存，恢复后将自动重试"


class Server:
    def __init__(self, directory: str, url: str) -> None:
        self.directory, self.url = directory, url
        self.running = True

    def _run(self, command: str) -> None:
        subprocess.run(["bash", str(SCRIPT), command, self.directory], check=True)

    def stop(self) -> None:
        self._run("pause")
        self.running = False

    def start(self) -> None:
        self._run("resume")
        self.running = True


@pytest.fixture(scope="module")
def cluster() -> Iterator[Server]:
    if not os.environ.get(PG_URL_ENV):
        pytest.skip(f"{PG_URL_ENV} is not set: no PostgreSQL to stop and start here")
    out = subprocess.run(
        ["bash", str(SCRIPT), "start"], check=True, capture_output=True, text=True
    ).stdout
    env = dict(
        line.removeprefix("export ").replace("'", "").split("=", 1) for line in out.splitlines()
    )
    srv = Server(env["COMPETITION_APP_TEST_PG_DIR"], env[PG_URL_ENV])
    yield srv
    subprocess.run(["bash", str(SCRIPT), "stop", srv.directory], check=False)


@pytest.fixture
def server(cluster: Server) -> Iterator[Server]:
    """The module's own server, running again after each test whatever the test did."""
    yield cluster
    if not cluster.running:
        cluster.start()


@pytest.fixture
def station(server: Server) -> Iterator[tuple[Context, int]]:
    ctx = Context(Database(server.url), user="记分员乙")
    event_id = create_event(ctx, read_event_definition(EXAMPLES / "event.toml"))
    import_contestants(ctx, event_id, EXAMPLES / "contestants.csv")
    who = next(c.id for c in list_contestants(ctx, event_id) if c.number == "2001")
    yield ctx, who
    ctx.db.dispose()


def test_saving_while_the_server_is_down_says_so_and_works_once_it_is_back(server, station):
    ctx, who = station
    first = record_mark(ctx, who, "e1", Decimal("30"), expected_version=0)
    server.stop()
    with pytest.raises(ConnectionLost) as lost:
        record_mark(ctx, who, "e1", Decimal("31"), expected_version=first.version)
    assert str(lost.value) == MESSAGE
    # told at once, not after a long network timeout: the connect timeout is what says so
    # (storage.database._PG_CONNECT_ARGS), not a clock in this test, which fails under load
    with pytest.raises(ConnectionLost):
        change_stamp(ctx, 1)  # the views' poll says so too
    with pytest.raises(ConnectionLost):
        entry_progress(ctx, 1)  # and the event page's plain reads
    server.start()
    # the same call again: the pool notices its dead connections and opens new ones
    again = record_mark(ctx, who, "e1", Decimal("31"), expected_version=first.version)
    assert again == Saved(Decimal("31"), 2)


def test_unsaved_cells_are_kept_and_saved_when_the_server_returns(server, station):
    ctx, who = station
    pending = PendingCells(ctx)
    assert pending.submit(who, E1, Decimal("30"), 0) == Saved(Decimal("30"), 1)
    server.stop()
    assert pending.submit(who, E1, Decimal("32.5"), 1) is None  # kept; the cell still shows 32.5
    waiting = pending.waiting(who, E1)
    assert waiting is not None and waiting.value == Decimal("32.5")
    assert pending.retry().waiting == 1
    server.start()
    result = pending.retry()
    assert [s for _, s in result.saved] == [Saved(Decimal("32.5"), 2)]
    assert stored_cell(ctx, who, E1) == Saved(Decimal("32.5"), 2)


def test_the_server_stopping_inside_a_unit_of_work_rolls_it_back(server, station):
    ctx, _ = station
    with pytest.raises(ConnectionLost), ctx.db.unit_of_work() as s:
        s.add(Event(name="半截", secret="k"))
        s.flush()
        server.stop()
        s.execute(text("SELECT 1"))
    server.start()
    with ctx.db.reading() as s:
        assert "半截" not in s.scalars(select(Event.name)).all()


def test_opening_a_database_on_a_stopped_server_says_so(server):
    server.stop()
    with pytest.raises(ConnectionLost, match="无法连接数据库服务器"):
        Database(server.url)
    server.start()
