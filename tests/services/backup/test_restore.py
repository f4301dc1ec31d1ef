"""Restoring a backup: the backup comes back whole with a safety copy of what it replaced; a
damaged, edited, unsigned or foreign file is refused before anything is replaced; a lock, the
logins and the audit trail are not undone by it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from competition_app.domain.errors import PermissionDenied
from competition_app.services.backup.backups import (
    BackupError,
    backup_now,
    list_backups,
    preview_backup,
)
from competition_app.services.backup.restore import restore_backup
from competition_app.services.context import Context
from competition_app.services.integrity.audit import audit_log
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.scoring.scoring import record_score
from competition_app.storage.database import Database
from tests.services.staff import PASSWORD, fast_passwords, hire_staff  # noqa: F401

pytestmark = pytest.mark.backends("sqlite")


def _contestant(ctx: Context, event_id: int, number: str) -> int:
    return next(c.id for c in list_contestants(ctx, event_id) if c.number == number)


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    c1001 = _contestant(ctx, event_id, "1001")
    record_score(ctx, c1001, "theory", Decimal("80"))
    saved = backup_now(ctx, folder)
    record_score(ctx, c1001, "theory", Decimal("95"))

    restored = restore_backup(ctx, saved.path, folder)
    try:
        from competition_app.services.integrity.audit import audit_log, verify_chain

        grid = {
            c.number: c for c in list_contestants(restored, event_id)
        }  # the same ids: the whole database came back
        assert c1001 == grid["1001"].id
        from competition_app.services.results.results import results_for

        row = next(r for r in results_for(restored, event_id, "fitter").rows if r.number == "1001")
        assert row.components["theory"] == 80
        assert audit_log(restored, limit=1)[0].action == "backup.restore"
        assert verify_chain(restored) is None
        safety = [b for b in list_backups(restored.db.path, folder) if b.reason == "before-restore"]  # type: ignore[arg-type]
        assert len(safety) == 1
        # The safety copy holds the state that was replaced.
        assert preview_backup(safety[0].path).marks == preview_backup(saved.path).marks
    finally:
        restored.db.dispose()


def test_restore_refuses_a_damaged_backup_and_keeps_working(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    saved = backup_now(ctx, folder)
    saved.path.write_bytes(saved.path.read_bytes()[:5000])
    with pytest.raises(BackupError):
        restore_backup(ctx, saved.path, folder)
    assert len(list_contestants(ctx, event_id)) == 5  # the open database is untouched


def test_a_restored_old_backup_is_brought_up_to_the_current_schema(tmp_path: Path) -> None:
    db = Database(tmp_path / "contest.db")
    ctx = Context(db)
    saved = backup_now(ctx, tmp_path / "b")
    assert restore_backup(ctx, saved.path, tmp_path / "b").db.schema_revision() == (
        db.schema_revision()
    )


def test_only_an_organizer_restores(ctx: Context, event_id: int, tmp_path: Path) -> None:
    from competition_app.domain.errors import PermissionDenied
    from competition_app.services.integrity.users import add_user

    add_user(ctx, "管理员", "organizer", "correct horse battery")
    add_user(Context(ctx.db, "管理员"), "张裁判", "judge", "staple gun 2024")
    saved = backup_now(Context(ctx.db, "张裁判"), tmp_path / "b")  # anyone may take a backup
    with pytest.raises(PermissionDenied):
        restore_backup(Context(ctx.db, "张裁判"), saved.path, tmp_path / "b")
    restored = restore_backup(Context(ctx.db, "管理员"), saved.path, tmp_path / "b")
    restored.db.dispose()


# -- what a restore may not undo (issue 15) -------------------------------------------------


def _trade_id(ctx: Context, event_id: int, code: str) -> int:
    from competition_app.services.setup.trades import get_trade

    return get_trade(ctx, event_id, code).id


def _locked(ctx: Context, trade_id: int) -> bool:
    from competition_app.storage.models import Trade

    with ctx.db.reading() as s:
        trade = s.get(Trade, trade_id)
        assert trade is not None
        return trade.locked


def test_a_restore_that_would_undo_a_lock_needs_the_chief_judge(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    from competition_app.domain.errors import PermissionDenied
    from competition_app.services.backup.restore import Countersign
    from competition_app.services.integrity.users import AuthenticationFailed
    from competition_app.services.results.locking import lock_trade

    staff = hire_staff(ctx)
    folder = tmp_path / "b"
    before_lock = backup_now(staff.organizer, folder)
    fitter = _trade_id(ctx, event_id, "fitter")
    lock_trade(staff.chief, fitter)

    with pytest.raises(PermissionDenied, match="裁判长"):
        restore_backup(staff.organizer, before_lock.path, folder)
    with pytest.raises(PermissionDenied, match="无权解除锁定"):
        restore_backup(
            staff.organizer, before_lock.path, folder, countersign=Countersign("裁判员甲", PASSWORD)
        )
    with pytest.raises(AuthenticationFailed):
        restore_backup(
            staff.organizer, before_lock.path, folder, countersign=Countersign("裁判长", "wrong")
        )
    assert _locked(ctx, fitter)  # still locked, and nothing was replaced
    assert [b.reason for b in list_backups(ctx.db.path, folder)] == ["manual"]  # type: ignore[arg-type]

    restored = restore_backup(
        staff.organizer, before_lock.path, folder, countersign=Countersign("裁判长", PASSWORD)
    )
    try:
        assert not _locked(restored, fitter)
        from competition_app.services.integrity.state_check import state_mismatches

        assert state_mismatches(restored) == []  # the restore entry says the lock went
        entry = audit_log(restored, limit=1)[0]
        assert entry.action == "backup.restore"
        assert "钳工" in entry.new and '"approved_by": "裁判长"' in entry.new
    finally:
        restored.db.dispose()


def test_a_restore_keeping_every_lock_needs_no_chief_judge(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    from competition_app.services.results.locking import lock_trade

    staff = hire_staff(ctx)
    fitter = _trade_id(ctx, event_id, "fitter")
    lock_trade(staff.chief, fitter)
    after_lock = backup_now(staff.organizer, tmp_path / "b")
    restored = restore_backup(staff.organizer, after_lock.path, tmp_path / "b")
    try:
        assert _locked(restored, fitter)
    finally:
        restored.db.dispose()


def _appeal_upheld_and_applied(staff, event_id: int, fitter: int) -> int:
    """1002 of the locked fitter appeals; the chief judge upholds it and changes the mark."""
    from datetime import datetime

    from competition_app.services.integrity.appeals import (
        AppealChange,
        apply_appeal_change,
        decide_appeal,
        record_appeal,
    )
    from competition_app.services.setup.trade_options import set_trade_options

    set_trade_options(staff.organizer, fitter, ends_at="2022-07-20 17:00")
    a = record_appeal(staff.organizer, event_id, "fitter", "1002", "实操分数登记有误",
                      received_at=datetime(2022, 7, 20, 18, 0))  # fmt: skip
    decide_appeal(staff.chief, a.id, "upheld", "核对原始评分表属实")
    apply_appeal_change(staff.chief, a.id, [AppealChange("1002", "practical", Decimal("100"))])
    return a.id


def test_a_restore_that_would_undo_an_appeal_ruling_on_a_locked_trade_needs_the_chief_judge(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    from competition_app.domain.errors import PermissionDenied
    from competition_app.services.backup.restore import Countersign
    from competition_app.services.results.locking import lock_trade

    staff = hire_staff(ctx)
    fitter = _trade_id(ctx, event_id, "fitter")
    for number, practical in (("1001", "90"), ("1002", "85")):
        record_score(staff.judge, _contestant(ctx, event_id, number), "theory", Decimal("70"))
        record_score(staff.judge, _contestant(ctx, event_id, number), "practical",
                     Decimal(practical))  # fmt: skip
    lock_trade(staff.chief, fitter)
    folder = tmp_path / "b"
    locked_before_appeal = backup_now(staff.organizer, folder)
    appeal = _appeal_upheld_and_applied(staff, event_id, fitter)

    with pytest.raises(PermissionDenied, match="裁判长") as refused:
        restore_backup(staff.organizer, locked_before_appeal.path, folder)
    assert "钳工" in str(refused.value) and f"申诉 {appeal}" in str(refused.value)
    with pytest.raises(PermissionDenied, match="无权"):
        restore_backup(staff.organizer, locked_before_appeal.path, folder,
                       countersign=Countersign("裁判员甲", PASSWORD))  # fmt: skip
    assert _locked(ctx, fitter)
    assert [b.reason for b in list_backups(ctx.db.path, folder)] == ["manual"]  # type: ignore[arg-type]

    restored = restore_backup(staff.organizer, locked_before_appeal.path, folder,
                              countersign=Countersign("裁判长", PASSWORD))  # fmt: skip
    try:
        entry = audit_log(restored, limit=1)[0]
        assert entry.action == "backup.restore" and '"approved_by": "裁判长"' in entry.new
        assert "rulings_undone" in entry.new and f"申诉 {appeal}" in entry.new
    finally:
        restored.db.dispose()


def test_a_restore_that_would_remove_a_rejected_appeals_decision_needs_the_chief_judge(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    from datetime import datetime

    from competition_app.services.integrity.appeals import decide_appeal, record_appeal
    from competition_app.services.results.locking import lock_trade
    from competition_app.services.setup.trade_options import set_trade_options

    staff = hire_staff(ctx)
    fitter = _trade_id(ctx, event_id, "fitter")
    set_trade_options(staff.organizer, fitter, ends_at="2022-07-20 17:00")
    lock_trade(staff.chief, fitter)
    a = record_appeal(staff.organizer, event_id, "fitter", "1002", "不服",
                      received_at=datetime(2022, 7, 20, 18, 0))  # fmt: skip
    folder = tmp_path / "b"
    before_ruling = backup_now(staff.organizer, folder)
    decide_appeal(staff.chief, a.id, "rejected", "评分无误")
    with pytest.raises(PermissionDenied, match=f"撤销申诉 {a.id} 的裁定"):
        restore_backup(staff.organizer, before_ruling.path, folder)


def test_a_restore_changing_an_unlocked_trade_needs_no_chief_judge(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    staff = hire_staff(ctx)
    who = _contestant(ctx, event_id, "1001")
    record_score(staff.judge, who, "practical", Decimal("60"))
    folder = tmp_path / "b"
    before = backup_now(staff.organizer, folder)
    record_score(staff.judge, who, "practical", Decimal("61"))
    restore_backup(staff.organizer, before.path, folder).db.dispose()


def test_a_restore_keeps_the_live_users_unless_the_organizer_confirms_with_its_password(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    from competition_app.services.integrity.users import (
        AuthenticationFailed,
        authenticate,
        users_exist,
    )

    folder = tmp_path / "b"
    before_users = backup_now(ctx, folder)  # single-user mode: nobody could log in yet
    staff = hire_staff(ctx)

    restored = restore_backup(staff.organizer, before_users.path, folder)
    try:
        assert users_exist(restored.db)
        authenticate(restored.db, "裁判长", PASSWORD)  # every login still works
        org = authenticate(restored.db, "组委会", PASSWORD)
        with pytest.raises(AuthenticationFailed):
            restore_backup(org, before_users.path, folder, replace_users_password="wrong")
        assert users_exist(org.db)
        again = restore_backup(org, before_users.path, folder, replace_users_password=PASSWORD)
    finally:
        restored.db.dispose()
    try:
        assert not users_exist(again.db)  # the backup's (empty) users table, as asked
        from competition_app.services.integrity.state_check import state_mismatches

        assert state_mismatches(again) == []
        assert '"users": "replaced"' in audit_log(again, limit=1)[0].new
    finally:
        again.db.dispose()


def test_a_restore_carries_the_audit_trail_forward(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    from competition_app.services.integrity.audit import audit_head_hash, verify_chain
    from competition_app.storage.models import AuditEntry

    folder = tmp_path / "b"
    c1001 = _contestant(ctx, event_id, "1001")
    record_score(ctx, c1001, "theory", Decimal("80"))
    saved = backup_now(ctx, folder)
    record_score(ctx, c1001, "theory", Decimal("95"))  # after the backup: its entry must survive
    entries, head = audit_head_hash(ctx)

    restored = restore_backup(ctx, saved.path, folder)
    try:
        log = audit_log(restored)
        assert log[0].action == "backup.restore" and log[0].id == entries + 1
        assert any("95" in line.new for line in log[1:])  # the later change is still in the trail
        with restored.db.reading() as s:
            last = s.get(AuditEntry, entries + 1)
            assert last is not None and last.prev_hash == head
        assert verify_chain(restored) is None
    finally:
        restored.db.dispose()


def _foreign_database(path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE event(id INTEGER PRIMARY KEY, name TEXT, date TEXT);"
        "CREATE TABLE trade(id INTEGER PRIMARY KEY); CREATE TABLE contestant(id INTEGER);"
    )
    conn.close()


def _edit_inside(path: Path) -> None:
    """A valid database with one value changed, as someone with the sqlite3 shell would."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("UPDATE contestant SET name = '冒名' WHERE number = '1001'")
    conn.commit()
    conn.close()


def _edit_and_rehash(path: Path) -> None:
    """Edited, and the checksum recomputed (the signature line kept as it was)."""
    from competition_app.storage.backup import checksum_path, file_sha256

    _edit_inside(path)
    side = checksum_path(path)
    lines = side.read_text(encoding="utf-8").splitlines()
    side.write_text(f"{file_sha256(path)}  {path.name}\n{lines[1]}\n", encoding="utf-8")


def _unsigned(path: Path) -> None:
    from competition_app.storage.backup import checksum_path

    side = checksum_path(path)
    side.write_text(side.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")


RESTORE_REFUSALS = [
    pytest.param(_edit_inside, "校验值不符", False, id="edited-after-backup"),
    pytest.param(_edit_and_rehash, "签名不符", False, id="edited-and-checksum-recomputed"),
    pytest.param(_unsigned, "没有签名", False, id="signature-removed"),
    pytest.param(lambda p: p.with_name(p.name + ".sha256").unlink(), "没有校验文件", False,
                 id="checksum-missing"),
    pytest.param(_foreign_database, "不是本程序的赛事数据库", True, id="no-schema-revision"),
    pytest.param(lambda p: p.write_bytes(b"SQLite format 3\0" + bytes(4000)),
                 r"manual\.db”不是可读的 SQLite", True,
                 id="not-a-database"),
]  # fmt: skip


@pytest.mark.parametrize(("spoil", "message", "fix_checksum"), RESTORE_REFUSALS)
def test_a_restore_is_refused_before_anything_is_replaced(
    ctx: Context, event_id: int, tmp_path: Path, spoil: object, message: str, fix_checksum: bool
) -> None:
    from competition_app.services.backup.backups import backup_signature
    from competition_app.storage.backup import file_sha256, write_checksum

    folder = tmp_path / "b"
    saved = backup_now(ctx, folder)
    if fix_checksum:
        saved.path.unlink()
    spoil(saved.path)  # type: ignore[operator]
    if fix_checksum:  # checksum and signature match: refused for what the file is
        write_checksum(saved.path, file_sha256(saved.path), sign=backup_signature)
    live = ctx.db.path
    assert live is not None
    with pytest.raises(BackupError, match=message):
        restore_backup(ctx, saved.path, folder)
    assert len(list_contestants(ctx, event_id)) == 5  # the open database is untouched
    assert [b.reason for b in list_backups(live, folder)] == ["manual"]  # no safety copy either
    assert not [p for p in folder.iterdir() if p.name.startswith(".restore-")]


def test_a_backup_signed_with_another_laptops_key_names_it(
    ctx: Context, event_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from competition_app.services.integrity import audit_key

    saved = backup_now(ctx, tmp_path / "b")
    ours = audit_key.fingerprint()
    monkeypatch.setenv(audit_key.KEY_ENV, str(tmp_path / "laptop-2.key"))
    theirs = audit_key.fingerprint(audit_key.audit_key())
    with pytest.raises(BackupError, match=f"指纹 {ours}.*指纹为 {theirs}"):
        restore_backup(ctx, saved.path, tmp_path / "b")
    assert len(list_contestants(ctx, event_id)) == 5


def test_a_restore_that_would_undo_a_tie_decision_on_a_locked_trade_needs_the_chief_judge(
    ctx: Context, event_id: int, tmp_path: Path
) -> None:
    from competition_app.services.results.locking import lock_trade, unlock_trade
    from competition_app.services.results.tie_decisions import decide_tie

    staff = hire_staff(ctx)
    fitter = _trade_id(ctx, event_id, "fitter")
    for number in ("1001", "1002"):  # level on the whole chain: one place shared
        record_score(staff.judge, _contestant(ctx, event_id, number), "theory", Decimal("70"))
        record_score(staff.judge, _contestant(ctx, event_id, number), "practical", Decimal("90"))
    lock_trade(staff.chief, fitter)
    folder = tmp_path / "b"
    shared = backup_now(staff.organizer, folder)
    unlock_trade(staff.chief, fitter, "裁定并列")
    decide_tie(staff.chief, event_id, "fitter", ["1002", "1001"], "抽签决定")
    lock_trade(staff.chief, fitter)
    with pytest.raises(PermissionDenied, match="改动已锁定的 钳工"):
        restore_backup(staff.organizer, shared.path, folder)
    assert _locked(ctx, fitter)
