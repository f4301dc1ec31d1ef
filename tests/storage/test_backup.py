"""SQLite snapshots through the backup API: consistent while the app writes, whole or absent,
restorable into the live file, summarised for the restore preview."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from competition_app.storage.backup import (
    BackupError,
    file_sha256,
    integrity_check,
    recorded_checksum,
    restore,
    snapshot,
    summarise,
)
from competition_app.storage.database import Database


def _live(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (x INTEGER)")
    conn.commit()
    return conn


def _rows(path: Path) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT x FROM t ORDER BY x")]
    finally:
        conn.close()


def test_snapshot_holds_committed_data_still_in_the_wal(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    conn = _live(live)
    conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(100)])
    conn.commit()
    assert Path(f"{live}-wal").stat().st_size > 0  # the rows are in the WAL, not the .db yet
    # An open write transaction elsewhere is not part of the snapshot.
    conn.execute("INSERT INTO t VALUES (999)")

    out = snapshot(live, tmp_path / "b" / "copy.db")

    assert _rows(out) == list(range(100))
    assert integrity_check(out) == "ok"
    # One self-contained file: rollback journal mode, nothing beside it but its checksum.
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.db", "copy.db.sha256"]
    assert recorded_checksum(out) == file_sha256(out)
    check = sqlite3.connect(out)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    check.close()
    conn.rollback()
    conn.close()


def test_snapshot_of_a_missing_file_is_refused_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="不存在"):
        snapshot(tmp_path / "nope.db", tmp_path / "copy.db")
    assert not (tmp_path / "nope.db").exists()
    assert not (tmp_path / "copy.db").exists()


def test_a_failed_snapshot_leaves_no_partial_file(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    live.write_bytes(b"this is not a database" * 100)
    with pytest.raises(BackupError):
        snapshot(live, tmp_path / "copy.db")
    assert [p.name for p in tmp_path.iterdir()] == ["live.db"]


def test_restore_replaces_the_content_seen_by_an_open_connection(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    conn = _live(live)
    conn.executemany("INSERT INTO t VALUES (?)", [(1,), (2,)])
    conn.commit()
    saved = snapshot(live, tmp_path / "saved.db")
    conn.execute("INSERT INTO t VALUES (3)")
    conn.commit()

    restore(saved, live)

    # The still-open connection reads the restored state, not a mix of old and new pages.
    assert [r[0] for r in conn.execute("SELECT x FROM t ORDER BY x")] == [1, 2]
    conn.close()
    assert _rows(live) == [1, 2]
    assert integrity_check(live) == "ok"


def test_restore_refuses_a_damaged_backup_and_keeps_the_live_data(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    conn = _live(live)
    conn.execute("INSERT INTO t VALUES (7)")
    conn.commit()
    conn.close()
    saved = snapshot(live, tmp_path / "saved.db")
    data = bytearray(saved.read_bytes())
    saved.write_bytes(bytes(data[: len(data) // 2]))  # truncated, as by a full USB stick

    with pytest.raises(BackupError, match="损坏"):
        restore(saved, live)
    assert _rows(live) == [7]


def test_summary_of_an_app_database(tmp_path: Path) -> None:
    from competition_app.io.event_file import read_event_definition
    from competition_app.services.context import Context
    from competition_app.services.registration.contestants import import_contestants
    from competition_app.services.scoring.score_file import import_scores
    from competition_app.services.setup.events import create_event

    examples = Path(__file__).resolve().parents[2] / "examples"
    db = Database(tmp_path / "contest.db")
    ctx = Context(db)
    eid = create_event(ctx, read_event_definition(examples / "event.toml"))
    import_contestants(ctx, eid, examples / "contestants.csv")
    import_scores(ctx, eid, "fitter", examples / "fitter-scores.csv")
    out = snapshot(tmp_path / "contest.db", tmp_path / "copy.db")
    db.dispose()

    s = summarise(out)

    assert s.ok
    assert [(e.name, e.trades, e.contestants) for e in s.events] == [
        ("2022年江北区“北岸匠星”职业技能大赛", 2, 5)
    ]
    assert (s.trades, s.contestants, s.judges) == (2, 5, 2)
    assert s.marks == 5 == s.events[0].marks  # theory x3 and practical x2 of the fitters
    assert s.last_change is not None
    assert s.schema_revision is not None


def test_summary_refuses_a_foreign_database(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    _live(other).close()
    with pytest.raises(BackupError, match="不是本程序"):
        summarise(other)
    text = tmp_path / "notes.db"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(BackupError):
        summarise(text)
