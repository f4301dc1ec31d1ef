"""Opening databases: schema migrations, SQLite settings, exact marks, refusing newer schemas."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, text

from competition_app.storage.database import Database, NotADatabase, SchemaTooNew
from competition_app.storage.models import Event


def test_new_database_gets_the_schema_and_sqlite_settings(db_path):
    db = Database(db_path)
    assert db.schema_revision() is not None
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    db.dispose()


@pytest.mark.postgres
def test_new_server_database_gets_the_schema(pg_admin):
    from tests.conftest import drop_pg_database, fresh_pg_url

    url = fresh_pg_url(pg_admin)
    try:
        db = Database(url)
        assert db.schema_revision() is not None
        assert db.path is None and "***" in db.display_name()
        db.dispose()
    finally:
        drop_pg_database(pg_admin, url)


def test_reopening_keeps_data_and_does_not_migrate_again(database_url):
    db = Database(database_url)
    with db.unit_of_work() as s:
        s.add(Event(name="赛事", secret="k"))
    db.dispose()
    again = Database(database_url)
    with again.reading() as s:
        assert s.scalars(select(Event.name)).all() == ["赛事"]
    again.dispose()


def test_database_from_a_newer_app_is_refused(database_url):
    db = Database(database_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    db.dispose()
    with pytest.raises(SchemaTooNew, match="更新版本"):
        Database(database_url)


def _damaged(path):
    """A real database whose schema page is overwritten in the middle."""
    db = Database(path)
    db.dispose()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "spoil",
    [
        lambda p: p.write_bytes(bytes(range(256)) * 16),  # no database at all
        lambda p: p.write_text("参赛证号,姓名\n001,陈𠮷\n", encoding="utf-8"),  # a CSV renamed
        _damaged,
    ],
    ids=["random-bytes", "csv-renamed", "damaged"],
)
def test_a_file_that_is_no_readable_database_is_refused_in_words_and_left_alone(db_path, spoil):
    spoil(db_path)
    before = db_path.read_bytes()
    with pytest.raises(NotADatabase) as refused:
        Database(db_path)
    assert str(db_path) in str(refused.value) and "文件未被改动" in str(refused.value)
    assert db_path.read_bytes() == before


def test_a_folder_given_as_the_database_is_refused_in_words(tmp_path):
    folder = tmp_path / "contest.db"
    folder.mkdir()
    with pytest.raises(NotADatabase, match="无法打开"):
        Database(folder)
    assert folder.is_dir() and not any(folder.iterdir())


def test_unit_of_work_rolls_back_everything_on_error(database_url):
    db = Database(database_url)
    with pytest.raises(RuntimeError), db.unit_of_work() as s:
        s.add(Event(name="半截", secret="k"))
        s.flush()
        raise RuntimeError("boom")
    with db.reading() as s:
        assert s.scalars(select(Event)).all() == []


def test_marks_come_back_exactly(database_url):
    from competition_app.storage.models import Component, Trade

    db = Database(database_url)
    with db.unit_of_work() as s:
        ev = Event(name="e", secret="k")
        s.add(ev)
        s.flush()
        t = Trade(event_id=ev.id, code="t", name="t")
        s.add(t)
        s.flush()
        s.add(
            Component(
                trade_id=t.id, code="c", name="c", weight=Decimal("0.35"), max_score=Decimal("8.35")
            )
        )
    with db.reading() as s:
        c = s.scalars(select(Component)).one()
        assert c.max_score == Decimal("8.35") and str(c.weight) == "0.35"


def test_floats_are_refused_as_marks():
    from competition_app.storage.types import DecimalText

    with pytest.raises(TypeError):
        DecimalText().process_bind_param(0.1, None)  # type: ignore[arg-type]


def test_migrations_build_exactly_the_models(database_url):
    """The schema the migrations make on each backend is the one the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from competition_app.storage.models import Base

    db = Database(database_url)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.dispose()
    assert diff == []


def test_a_full_disk_is_one_plain_line_and_nothing_is_saved(db_path):
    """SQLite's own "database or disk is full", made real with max_page_count."""
    from sqlalchemy import event, func

    from competition_app.storage.database import DiskFull

    db = Database(db_path)
    with db.engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar()
    db.dispose()
    event.listen(
        db.engine, "connect", lambda c, _r: c.execute(f"PRAGMA max_page_count={int(pages) + 2}")
    )
    with pytest.raises(DiskFull, match="磁盘空间已满"), db.unit_of_work() as s:
        for i in range(2000):
            s.add(Event(name=f"赛事{i}" + "名" * 200, date="2024-01-01", organizer="", secret="00"))
        s.flush()
    with db.reading() as s:
        assert s.execute(select(func.count()).select_from(Event)).scalar() == 0
    db.dispose()


def test_a_read_only_database_is_one_plain_line_and_nothing_is_saved(db_path):
    """SQLite's "attempt to write a readonly database" (a write-protected USB stick), made real
    with query_only on every connection; the tests run as root, so file modes would not stop
    a write."""
    from sqlalchemy import event, func

    from competition_app.storage.database import ReadOnlyDatabase

    Database(db_path).dispose()
    db = Database(db_path)
    db.dispose()
    event.listen(db.engine, "connect", lambda c, _r: c.execute("PRAGMA query_only=ON"))
    with pytest.raises(ReadOnlyDatabase, match="只读") as refused, db.unit_of_work() as s:
        s.add(Event(name="赛事", date="2024-01-01", organizer="", secret="00"))
        s.flush()
    assert str(db_path) in str(refused.value)
    db.dispose()
    again = Database(db_path)
    with again.reading() as s:
        assert s.execute(select(func.count()).select_from(Event)).scalar() == 0
    again.dispose()


@pytest.mark.parametrize(
    ("free", "says"),
    [(0, "磁盘空间已满"), (10**9, "disk I/O error")],
    ids=["almost-full", "plenty-of-room"],
)
def test_a_disk_io_error_is_named_by_the_free_space(db_path, monkeypatch, free, says):
    """SQLite says "disk I/O error" when it cannot grow its -wal/-shm files on a full disk."""
    import shutil
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from competition_app.storage import database

    monkeypatch.setattr(database.shutil, "disk_usage",
                        lambda _p: shutil._ntuple_diskusage(10**9, 10**9 - free, free))  # type: ignore[attr-defined]  # fmt: skip
    error = OperationalError(
        "PRAGMA journal_mode=WAL", {}, sqlite3.OperationalError("disk I/O error")
    )
    refusal = database.sqlite_refusal(error, db_path)
    assert refusal is not None and says in str(refusal)


def test_a_database_held_by_another_writer_is_busy_after_the_bounded_wait(db_path, monkeypatch):
    import sqlite3

    from competition_app.storage import database
    from competition_app.storage.database import DatabaseBusy

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 20)
    db = Database(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy, match="数据库正忙，请稍后重试"), db.unit_of_work() as s:
            s.add(Event(name="赛事", date="", organizer="", secret="00"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with db.unit_of_work() as s:  # once the other writer is done, the same action goes through
        s.add(Event(name="赛事", date="", organizer="", secret="00"))
    db.dispose()


def test_the_newest_revision_is_read_from_the_scripts_as_alembic_reads_it():
    from alembic.script import ScriptDirectory

    from competition_app.storage.database import _alembic_config
    from competition_app.storage.plain_sqlite import head_revision

    script = ScriptDirectory.from_config(_alembic_config("sqlite://"))
    assert head_revision() == script.get_current_head()


def test_a_database_at_the_newest_schema_opens_without_importing_alembic(db_path):
    import subprocess
    import sys

    Database(db_path).dispose()
    opened = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from competition_app.storage.database import Database; "
            f"Database({str(db_path)!r}).dispose(); print('alembic' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert opened.stdout.strip() == "False"
