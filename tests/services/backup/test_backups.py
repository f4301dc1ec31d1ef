"""Backups as the window and the command line use them: now, on opening, every N minutes while
marks change, rotation and preview (restoring: test_restore.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from competition_app.services.backup.backups import (
    BackupScheduler,
    backup_now,
    list_backups,
    preview_backup,
    rotate,
)
from competition_app.services.context import Context
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.scoring.scoring import record_score

pytestmark = pytest.mark.backends("sqlite")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _contestant(ctx: Context, event_id: int, number: str) -> int:
    return next(c.id for c in list_contestants(ctx, event_id) if c.number == number)


def test_backup_now_names_lists_and_previews(ctx: Context, event_id: int, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    t0 = datetime(2024, 7, 20, 8, 30, 0)
    first = backup_now(ctx, folder, now=t0)
    second = backup_now(ctx, folder, now=t0)  # same second: a second file, not an overwrite
    auto = backup_now(ctx, folder, reason="auto", now=t0 + timedelta(minutes=10))

    assert first.path.name == "contest-20240720-083000-manual.db"
    assert second.path.name == "contest-20240720-083000-2-manual.db"
    assert [b.path for b in list_backups(ctx.db.path, folder)] == [
        auto.path, second.path, first.path
    ]  # fmt: skip
    assert auto.reason_label == "定时自动" and auto.automatic and not first.automatic
    summary = preview_backup(first.path)
    assert summary.ok and summary.contestants == 5 and len(summary.events) == 1


def test_backups_of_another_database_are_not_listed(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    for name in ("contest-20240101-000000-auto.db", "contest-2-20240101-000000-auto.db",
                 "contest-notes.db"):  # fmt: skip
        (folder / name).write_bytes(b"x")
    assert [b.path.name for b in list_backups(tmp_path / "contest.db", folder)] == [
        "contest-20240101-000000-auto.db"
    ]
    assert [b.path.name for b in list_backups(tmp_path / "contest-2.db", folder)] == [
        "contest-2-20240101-000000-auto.db"
    ]


def test_rotation_keeps_the_newest_automatic_backups_and_every_manual_one(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    t0 = datetime(2024, 7, 20, 8, 0, 0)
    manual = backup_now(ctx, folder, now=t0)
    autos = [
        backup_now(ctx, folder, reason="auto", now=t0 + timedelta(minutes=i)) for i in range(1, 6)
    ]
    rotate(ctx.db.path, folder, keep=2)  # type: ignore[arg-type]
    left = {b.path for b in list_backups(ctx.db.path, folder)}  # type: ignore[arg-type]
    assert left == {manual.path, autos[-1].path, autos[-2].path}


def test_scheduler_backs_up_on_open_then_only_when_due_and_changed(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    clock = Clock()
    folder = tmp_path / "backups"
    sched = BackupScheduler(ctx, folder, interval_minutes=10, keep=3, clock=clock)
    opened = sched.event_opened()
    assert opened is not None and opened.reason == "open"

    clock.now += 11 * 60
    assert sched.tick() is None  # due, but nothing changed: an idle laptop makes no backups

    record_score(ctx, _contestant(ctx, event_id, "1001"), "theory", Decimal("88"))
    clock.now += 60
    assert sched.tick() is not None  # changed, and 12 minutes since the last one
    record_score(ctx, _contestant(ctx, event_id, "1002"), "theory", Decimal("77"))
    clock.now += 5 * 60
    assert sched.tick() is None  # changed, but only 5 minutes since the last one
    clock.now += 5 * 60
    latest = sched.tick()
    assert latest is not None and latest.reason == "auto"
    assert preview_backup(latest.path).marks == 2

    for _ in range(5):
        record_score(ctx, _contestant(ctx, event_id, "1001"), "theory", Decimal(str(60 + _)))
        clock.now += 10 * 60
        assert sched.tick() is not None
    assert len([b for b in list_backups(ctx.db.path, folder) if b.automatic]) == 3  # type: ignore[arg-type]


def test_reopening_an_unchanged_database_makes_no_second_copy(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    first = BackupScheduler(ctx, folder, clock=Clock()).event_opened()
    assert first is not None
    # opened again the next morning, nothing recorded since: the copy of yesterday stands
    again = BackupScheduler(ctx, folder, clock=Clock())
    assert again.event_opened() is None
    assert again.last == first
    assert [b.path for b in list_backups(ctx.db.path, folder)] == [first.path]  # type: ignore[arg-type]
    record_score(ctx, _contestant(ctx, event_id, "1001"), "theory", Decimal("88"))
    changed = BackupScheduler(ctx, folder, clock=Clock()).event_opened()
    assert changed is not None and changed.path != first.path
    assert preview_backup(changed.path).marks == preview_backup(first.path).marks + 1


def test_postgres_databases_are_not_backed_up_here(tmp_path: Path) -> None:
    class FakeDb:
        path = None

    ctx = Context(FakeDb())  # type: ignore[arg-type]
    with pytest.raises(Exception, match="pg_dump"):
        backup_now(ctx, tmp_path)
    assert not BackupScheduler(ctx, tmp_path).due()
    assert BackupScheduler(ctx, tmp_path).event_opened() is None


def test_two_windows_backing_up_in_one_second_each_get_a_file(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    """Two windows on one database back it up on opening, often in the same second: the name
    the other is still writing (claimed, no file yet) is not taken again, and both backups are
    whole and verified (before: one wrote over the other's temporary file and failed)."""
    import os
    import time

    from competition_app.services.backup.backups import CLAIM, claim_target
    from competition_app.storage.backup import file_sha256, integrity_check, recorded_checksum

    folder = tmp_path / "backups"
    folder.mkdir()
    t0 = datetime(2024, 7, 20, 8, 30, 0)
    other = claim_target(folder, "contest", "open", t0)  # the other window, mid-backup
    assert other.name == "contest-20240720-083000-open.db" and not other.exists()
    mine = backup_now(ctx, folder, reason="open", now=t0)
    assert mine.path.name == "contest-20240720-083000-2-open.db"
    assert not (folder / (mine.path.name + CLAIM)).exists()  # let go once written
    assert integrity_check(mine.path) == "ok"
    assert recorded_checksum(mine.path) == file_sha256(mine.path)
    # a claim a crash left behind is cleared by a later rotation once it is an hour old
    stale = other.with_name(other.name + CLAIM)
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    rotate(ctx.db.path, folder, keep=5)
    assert not stale.exists()
