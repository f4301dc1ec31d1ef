"""Backups of the event database: now, on opening an event, every N minutes while data changes;
listing them and previewing one (restoring one is services.restore).

Backups are whole SQLite files named `<database>-<YYYYMMDD-HHMMSS>-<reason>.db` in the backup
folder from the settings. Automatic ones (`open`, `auto`) rotate, keeping the newest K per
database; manual ones and the safety copy taken before a restore are kept until deleted by hand.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from competition_app.domain.errors import UserError
from competition_app.safe_write import failure_text
from competition_app.services.context import Context
from competition_app.services.integrity import audit_key
from competition_app.storage import backup as sqlite_backup
from competition_app.storage.backup import BackupError, DatabaseSummary
from competition_app.storage.models import AuditEntry

REASONS: dict[str, str] = {
    "open": "打开赛事时",
    "auto": "定时自动",
    "manual": "手动",
    "before-restore": "恢复前的安全副本",
    "before-import": "导入归档前",
}
AUTOMATIC = frozenset({"open", "auto"})
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.db$")
_STAMP = "%Y%m%d-%H%M%S"

__all__ = [
    "BackupError",
    "BackupInfo",
    "BackupScheduler",
    "DatabaseSummary",
    "backup_now",
    "list_backups",
    "preview_backup",
]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int  # bytes
    sequence: int = 1  # 2, 3 … for further backups within the same second

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)

    @property
    def automatic(self) -> bool:
        return self.reason in AUTOMATIC


def live_path(ctx: Context) -> Path:
    path = ctx.db.path
    if path is None:
        raise UserError(
            "只有 SQLite 数据库文件可以由本程序备份；PostgreSQL 数据库请由服务器管理员用 pg_dump 备份。"
        )
    return path


def _info(path: Path) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if m is None:
        return None
    try:
        created = datetime.strptime(m["stamp"], _STAMP)
    except ValueError:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path, created, m["reason"], size, int(m["n"] or 1))


def list_backups(db_path: Path, folder: Path) -> list[BackupInfo]:
    """The backups of the database at `db_path` in `folder`, newest first."""
    stem = Path(db_path).stem
    out = []
    if Path(folder).is_dir():
        for p in Path(folder).glob(f"{glob_escape(stem)}-*.db"):
            m = _NAME.match(p.name)
            # "contest-2-…" belongs to contest-2.db, not to contest.db
            info = _info(p) if m is not None and m["stem"] == stem else None
            if info is not None:
                out.append(info)
    return sorted(out, key=lambda b: (b.created, b.sequence), reverse=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


CLAIM = ".claim"  # beside a backup being written: its name is taken
_STALE_CLAIM_S = 3600  # no backup takes an hour to write


def claim_target(folder: Path, stem: str, reason: str, now: datetime) -> Path:
    """A backup's file name no other backup has or is being written to, claimed: an empty
    `name.claim` made exclusively (the caller removes it once the backup is in place or failed).

    Two windows on one database (two stations, or the same file opened twice) back it up when
    it opens, often within one second: both worked out the same name, wrote the same temporary
    file, and one's backup failed ("disk I/O error") or replaced the other's under its checksum.
    """
    stamp = now.strftime(_STAMP)
    # Numbered across reasons, so backups made within one second still sort in order.
    taken = [
        b.sequence
        for b in list_backups(folder / f"{stem}.db", folder)
        if b.created == now.replace(microsecond=0)
    ]
    n = max(taken, default=0) + 1
    while True:
        name = f"{stem}-{stamp}-{reason}.db" if n == 1 else f"{stem}-{stamp}-{n}-{reason}.db"
        dest = folder / name
        if not dest.exists():
            try:
                dest.with_name(name + CLAIM).open("x").close()
                if not dest.exists():  # written by another between the look and the claim
                    return dest
                dest.with_name(name + CLAIM).unlink(missing_ok=True)
            except FileExistsError:
                pass  # being written by another window now
        n += 1


def rotate(db_path: Path, folder: Path, keep: int, *, protect: Path | None = None) -> list[Path]:
    """Delete the automatic backups beyond the newest `keep` (never `protect`); returns what was
    deleted."""
    automatic = [b for b in list_backups(db_path, folder) if b.automatic]
    gone = []
    # the claims of backups a crash left unwritten (each blocks only its own name)
    for claim in Path(folder).glob(f"{glob_escape(Path(db_path).stem)}-*.db{CLAIM}"):
        with contextlib.suppress(OSError):
            if time.time() - claim.stat().st_mtime > _STALE_CLAIM_S:
                claim.unlink()
    for b in automatic[max(keep, 1) :]:
        if b.path == protect:  # just made, with a clock set back: still the one to keep
            continue
        b.path.unlink(missing_ok=True)
        sqlite_backup.checksum_path(b.path).unlink(missing_ok=True)
        gone.append(b.path)
    return gone


def backup_now(
    ctx: Context,
    folder: Path,
    *,
    reason: str = "manual",
    keep: int | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Snapshot the open database into `folder`; with `keep`, rotate the automatic backups."""
    if reason not in REASONS:
        raise ValueError(reason)
    live = live_path(ctx)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BackupError(f"无法创建备份文件夹 {folder}：{e}") from e
    try:
        dest = claim_target(folder, live.stem, reason, now or datetime.now())
    except OSError as e:
        raise BackupError(failure_text(folder / live.name, e)) from e
    try:
        sqlite_backup.snapshot(live, dest, sign=backup_signature)
    finally:
        dest.with_name(dest.name + CLAIM).unlink(missing_ok=True)
    if keep is not None:
        rotate(live, folder, keep, protect=dest)
    info = _info(dest)
    assert info is not None
    return info


SIGNED = "hmac-sha256"


def backup_signature(sha256_hex: str) -> str:
    """The line that vouches for a backup's checksum: the audit key's fingerprint and its HMAC,
    so a checksum recomputed after an edit cannot be made to match without the key."""
    return f"{SIGNED} {audit_key.fingerprint(audit_key.audit_key())} {audit_key.sign('backup:' + sha256_hex)}"


def preview_backup(path: Path) -> DatabaseSummary:
    """What a backup holds (events, counts, last change) and whether it is intact."""
    return sqlite_backup.summarise(Path(path))


def change_stamp(ctx: Context) -> int:
    """A number that grows with every recorded change (the newest audit entry's id)."""
    with ctx.db.reading() as s:
        return int(s.execute(select(func.max(AuditEntry.id))).scalar() or 0)


class BackupScheduler:
    """Automatic backups for one open database, driven by the window (no Qt here).

    The window calls `event_opened()` when an event is opened and `tick()` from a timer (once a
    minute is plenty) and after saving marks; `tick()` takes a backup only when the interval has
    passed since the last one *and* something was recorded since, so an idle laptop makes none.
    Both run a snapshot, which takes a moment on a big database: call them off the UI thread.
    """

    def __init__(
        self,
        ctx: Context,
        folder: Path,
        *,
        interval_minutes: int = 10,
        keep: int = 20,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ctx = ctx
        self.folder = Path(folder)
        self.interval = max(1, interval_minutes) * 60.0
        self.keep = keep
        self.clock = clock
        self.enabled = ctx.db.path is not None
        self.last: BackupInfo | None = None
        self._last_time: float | None = None
        self._last_stamp: int | None = None

    def _take(self, reason: str) -> BackupInfo:
        stamp = change_stamp(self.ctx)
        info = backup_now(self.ctx, self.folder, reason=reason, keep=self.keep)
        self.last, self._last_time, self._last_stamp = info, self.clock(), stamp
        return info

    def event_opened(self) -> BackupInfo | None:
        """Back up now (a copy of the state before today's work); None for PostgreSQL, and None
        when the newest backup already holds this very state (the same schema and audit history):
        reopening an unchanged database makes no copy that would push a different one out of the
        kept set, and burns no CPU on a big file."""
        if not self.enabled:
            return None
        live = live_path(self.ctx)
        newest = next(iter(list_backups(live, self.folder)), None)
        mark = sqlite_backup.history_mark(live)
        if (
            newest is not None
            and mark is not None
            and sqlite_backup.history_mark(newest.path) == mark
        ):
            self.last, self._last_time, self._last_stamp = newest, self.clock(), mark[1]
            return None
        return self._take("open")

    def due(self) -> bool:
        if not self.enabled:
            return False
        return self._last_time is None or self.clock() - self._last_time >= self.interval

    def tick(self) -> BackupInfo | None:
        """Back up if due and the data changed since the last backup; else None at once."""
        if not self.due():
            return None
        if self._last_stamp is not None and change_stamp(self.ctx) == self._last_stamp:
            return None
        return self._take("auto")
