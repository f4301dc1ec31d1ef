"""Restoring a backup over the open database, without undoing what the restore may not undo.

A restore is refused, before anything is replaced, when the backup's checksum or keyed signature
is missing or wrong, when it is not a database of this app, or when it would unlock a trade,
change the marks or scores of a locked trade or remove an appeal decision without a chief
judge's countersign. The backup is copied aside, checked, migrated, given the
live users (unless the organizer says otherwise with its password) and the live audit trail, and
only then written over the live database; the restore entry follows the live trail's head.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select

from competition_app.domain.errors import PermissionDenied
from competition_app.domain.roles import allows
from competition_app.services.backup.backups import SIGNED, backup_now, live_path
from competition_app.services.context import Context
from competition_app.services.integrity import audit, audit_key
from competition_app.services.integrity.audit import audit_head_hash
from competition_app.services.integrity.permissions import acting_role, require, single_user_mode
from competition_app.storage import backup as sqlite_backup
from competition_app.storage.backup import BackupError, DatabaseSummary
from competition_app.storage.database import Database, SchemaTooNew
from competition_app.storage.models import AppUser, AuditEntry, AuditHead, Contestant, Trade

__all__ = ["BackupError", "Countersign", "CountersignRequired", "restore_backup"]


def _check_signature(backup: Path, sha256_hex: str) -> None:
    line = sqlite_backup.recorded_signature(backup)
    parts = (line or "").split()
    if len(parts) != 3 or parts[0] != SIGNED:
        raise BackupError(f"“{backup.name}”的校验文件没有签名，无法确认备份未被改动，不能恢复")
    ours = audit_key.fingerprint(audit_key.audit_key())
    if parts[1] != ours:
        raise BackupError(
            f"“{backup.name}”由另一个审计密钥（指纹 {parts[1]}）签名，本机密钥指纹为 {ours}；"
            "请先安装该密钥（audit key --install）再恢复"
        )
    if not audit_key.signature_ok("backup:" + sha256_hex, parts[2]):
        raise BackupError(f"“{backup.name}”的签名不符：备份或其校验文件被改动过，不能恢复")


def _check_restorable(summary: DatabaseSummary, label: str) -> None:
    if not summary.ok:
        raise BackupError(f"备份文件已损坏，不能恢复：{label}（{summary.integrity}）")
    if summary.schema_revision is None:
        raise BackupError(f"“{label}”不是本程序的赛事数据库（没有结构版本），不能恢复")
    if not _known_revision(summary.schema_revision):
        raise SchemaTooNew(
            f"备份 {label} 由更新版本的程序写入（结构版本 {summary.schema_revision}），"
            "请升级程序后再恢复。"
        )


def _known_revision(revision: str) -> bool:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from competition_app.resources_path import migrations_dir

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return revision in {r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()}


class CountersignRequired(PermissionDenied):
    """The restore would undo a lock: it needs a chief judge's name and password as well."""


@dataclass(frozen=True)
class Countersign:
    """A second person's name and password, typed to approve what the acting user's role
    cannot: a chief judge for a restore that would undo a lock."""

    name: str
    password: str


@dataclass(frozen=True)
class _Lock:
    trade_id: int
    label: str


def _live_locks(ctx: Context) -> list[_Lock]:
    with ctx.db.reading() as s:
        rows = s.execute(
            select(Trade.id, Trade.code, Trade.name).where(Trade.locked.is_(True))
        ).all()
    return [_Lock(int(r.id), f"{r.name}（{r.code}）") for r in rows]


def _locked_in(path: Path) -> set[int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {int(r[0]) for r in conn.execute("SELECT id FROM trade WHERE locked")}
    except sqlite3.Error as e:
        raise BackupError(f"无法读取备份中的工种：{e}") from e
    finally:
        conn.close()


# What decides a locked trade's results, per contestant of the trade: the marks, the directly
# entered scores, the status, the time (a tie-break) and the chief judge's decided order of a
# tie. Compared as stored, live against backup.
_LOCKED_DATA = {
    "marks": "SELECT m.contestant_id, m.criterion_id, m.judge_id, CAST(m.mark AS TEXT)"
    " FROM criterion_mark m JOIN contestant c ON c.id = m.contestant_id WHERE c.trade_id = ?",
    "scores": "SELECT s.contestant_id, s.component_id, CAST(s.score AS TEXT)"
    " FROM component_score s JOIN contestant c ON c.id = s.contestant_id WHERE c.trade_id = ?",
    "contestants": "SELECT id, status, CAST(time_minutes AS TEXT), decided_order FROM contestant"
    " WHERE trade_id = ?",
}
# A decided appeal: the chief judge's (arbitration's) ruling, final.
_DECISIONS = (
    "SELECT id, trade_id, status, decision_note, decided_by FROM appeal WHERE status != 'open'"
)


def _read_rows(conn: sqlite3.Connection, sql: str, *params: Any) -> set[tuple[Any, ...]]:
    try:
        return {tuple(r) for r in conn.execute(sql, params)}
    except sqlite3.Error:  # a backup from before the table existed holds none of it
        return set()


def _open_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _undone_rulings(live: Path, copy: Path, kept_locks: list[_Lock]) -> list[str]:
    """What the restore would undo of the chief judge's work besides a lock: the results of a
    trade locked in both (an upheld appeal applied after the backup), or an appeal decision."""
    undone: list[str] = []
    try:
        with contextlib.closing(_open_ro(live)) as now, contextlib.closing(_open_ro(copy)) as old:
            for lock in kept_locks:
                if any(
                    _read_rows(now, sql, lock.trade_id) != _read_rows(old, sql, lock.trade_id)
                    for sql in _LOCKED_DATA.values()
                ):
                    undone.append(f"改动已锁定的 {lock.label} 的成绩")
            kept = _read_rows(old, _DECISIONS)
            lost = sorted(r[0] for r in _read_rows(now, _DECISIONS) - kept)
    except sqlite3.Error as e:
        raise BackupError(f"无法比较备份与当前数据库中已锁定的成绩：{e}") from e
    if lost:
        undone.append("撤销申诉 " + "、".join(str(n) for n in lost) + " 的裁定")
    return undone


def _approve_undoing(
    ctx: Context, lost: list[_Lock], undone: list[str], countersign: Countersign | None
) -> str:
    """The name of the chief judge approving the loss of these locks (and of the rulings in
    `undone`: changed results of a locked trade, removed appeal decisions); refuses without."""
    if (not lost and not undone) or single_user_mode(ctx):
        return ""
    unlocks = [f"解除 {'、'.join(lock.label for lock in lost)} 的锁定"] if lost else []
    names = "，".join(unlocks + undone)
    if countersign is None:
        raise CountersignRequired(f"恢复此备份会{names}，需要裁判长输入用户名和密码确认后才能恢复")
    from competition_app.services.integrity.users import authenticate

    signer = authenticate(ctx.db, countersign.name, countersign.password)
    role = acting_role(signer)
    if role is not None and not allows(role, "lock"):
        raise PermissionDenied(
            f"用户“{countersign.name}”无权解除锁定或改动已锁定的成绩；"
            f"恢复此备份需要裁判长确认（{names}）"
        )
    return signer.user


def _check_users_replacement(ctx: Context, password: str | None) -> None:
    """Replacing the live users by the backup's: an organizer, confirming with its password."""
    if single_user_mode(ctx):
        return
    require(ctx, "users")
    from competition_app.services.integrity.users import authenticate

    authenticate(ctx.db, ctx.user, password or "")


def _verified_copy(backup: Path, staging: Path) -> Path:
    """Copy the backup into `staging` and check the copy against the recorded checksum, so the
    file checked is the file restored."""
    expected = sqlite_backup.recorded_checksum(backup)
    if expected is None:
        raise BackupError(
            f"“{backup.name}”旁没有校验文件 {backup.name}{sqlite_backup.CHECKSUM_SUFFIX}，"
            "无法确认备份未被改动，不能恢复（复制备份时请连同校验文件一起复制）"
        )
    copy = staging / backup.name  # messages about the copy name the file the user chose
    try:
        shutil.copyfile(backup, copy)
    except OSError as e:
        raise BackupError(f"无法读取备份 {backup.name}：{e}") from e
    if sqlite_backup.file_sha256(copy) != expected:
        raise BackupError(f"“{backup.name}”的校验值不符：备份已损坏或被改动，不能恢复")
    _check_signature(backup, expected)
    return copy


# Carried from the live database into the restored one: the trail is never rolled back, and
# logins stay as they are unless an organizer says otherwise.
_TRAIL = (AuditEntry.__table__, AuditHead.__table__)
_USERS = (AppUser.__table__,)


def _rows(ctx: Context, tables: tuple[Any, ...]) -> dict[str, list[dict[str, Any]]]:
    with ctx.db.reading() as s:
        return {t.name: [dict(r) for r in s.execute(select(t)).mappings()] for t in tables}


def _carry_over(s: Any, tables: tuple[Any, ...], rows: dict[str, list[dict[str, Any]]]) -> None:
    for t in tables:
        s.execute(delete(t))
        if rows[t.name]:
            s.execute(insert(t), rows[t.name])


def restore_backup(
    ctx: Context,
    backup: Path,
    folder: Path,
    *,
    countersign: Countersign | None = None,
    replace_users_password: str | None = None,
) -> Context:
    """Replace the open database by `backup`, keeping a safety copy of the current state first.

    Refused before anything is replaced when the file's checksum or its keyed signature is
    missing or wrong, when it is not a database of this app, when it would undo a chief judge's
    lock, change the results of a locked trade or remove an appeal decision without a chief
    judge's `countersign`, or when the users are to be replaced without the organizer's password.
    The live audit trail and (unless `replace_users_password` is given) the live users are
    carried into the restored database, and the restore entry links to the live trail's head.
    The restored file is prepared (migrated, users and trail carried) beside the backups and
    only then written over the live one.

    `ctx.db` is closed; the returned context holds the database reopened.
    """
    require(ctx, "events")  # it replaces every event in the database
    backup = Path(backup)
    live = live_path(ctx)
    if backup.resolve() == live.resolve():
        raise BackupError("不能把数据库恢复为它自己")
    if not backup.is_file():
        raise BackupError(f"备份文件不存在：{backup}")
    replace_users = replace_users_password is not None
    if replace_users:
        _check_users_replacement(ctx, replace_users_password)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=folder))
    except OSError as e:
        raise BackupError(f"无法在备份文件夹 {folder} 中准备恢复：{e}") from e
    try:
        copy = _verified_copy(backup, staging)
        _check_restorable(sqlite_backup.summarise(copy), backup.name)
        still_locked = _locked_in(copy)
        locks = _live_locks(ctx)
        lost = [lock for lock in locks if lock.trade_id not in still_locked]
        kept = [lock for lock in locks if lock.trade_id in still_locked]
        undone = _undone_rulings(live, copy, kept)
        approved_by = _approve_undoing(ctx, lost, undone, countersign)
        carried = _rows(ctx, _TRAIL if replace_users else _TRAIL + _USERS)
        head = audit_head_hash(ctx)
        backup_head = _backup_head(copy)
        safety = backup_now(ctx, folder, reason="before-restore")
        prepared = Context(Database(copy), user=ctx.user)  # migrations run here, not on live
        try:
            with prepared.db.unit_of_work() as s:
                _carry_over(s, _TRAIL if replace_users else _TRAIL + _USERS, carried)
                state = _restored_state(s, with_users=replace_users)
                audit.record(
                    s,
                    prepared,
                    "backup.restore",
                    entity="database",
                    key=live.name,
                    old={"audit_entries": head[0], "audit_head": head[1]},
                    new={
                        "from": backup.name,
                        "sha256": sqlite_backup.recorded_checksum(backup),
                        "safety_copy": safety.path.name,
                        "backup_audit_entries": backup_head[0],
                        "backup_audit_head": backup_head[1],
                        "users": "replaced" if replace_users else "kept",
                        "locks_undone": [lock.label for lock in lost],
                        "rulings_undone": undone,
                        "approved_by": approved_by,
                        "state": state,  # what the trail expects from here on
                    },
                )
        finally:
            prepared.db.dispose()
        with contextlib.closing(sqlite3.connect(copy)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")  # one file again, for the backup API
        ctx.db.dispose()
        sqlite_backup.restore(copy, live)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Context(Database(live), user=ctx.user)


def _restored_state(s: Any, *, with_users: bool) -> dict[str, Any]:
    """The lock states (and the users, when they came from the backup) the restore brought
    back, in the restore entry: services.state_check compares the data against them."""
    from competition_app.services.integrity.state_check import password_digest

    locks = [[int(r.event_id), str(r.code)] for r in s.execute(
        select(Trade.event_id, Trade.code).where(Trade.locked.is_(True)))]  # fmt: skip
    counts = s.execute(
        select(Contestant.event_id, func.count()).group_by(Contestant.event_id)
    ).all()
    state: dict[str, Any] = {"locks": locks, "contestants": {str(e): int(n) for e, n in counts}}
    if with_users:
        state["users"] = [
            {"name": u.name, "role": u.role, "active": bool(u.active),
             "password": password_digest(u.password_hash)}
            for u in s.scalars(select(AppUser))
        ]  # fmt: skip
    return state


def _backup_head(path: Path) -> tuple[int, str]:
    """(entries, last hash) of the backup's own trail, recorded in the restore entry."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT count, last_hash FROM audit_head WHERE id = 1").fetchone()
    except sqlite3.Error:
        row = None
    finally:
        conn.close()
    return (int(row[0]), str(row[1])) if row else (0, "")
