"""The audit trail's hash chain and head: edits, deletions (the last entry too) and insertions made
behind the app's back are found and named; concurrent writers never fork the chain."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import text

from competition_app.services.integrity.audit import (
    HEAD_REBUILT,
    audit_head_hash,
    audit_log,
    entry_hash,
    verify_audit,
    verify_chain,
)
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.scoring.scoring import record_mark, record_score
from competition_app.storage.models import AuditEntry


def _marks(ctx, event_id, n=3):
    who = {c.number: c.id for c in list_contestants(ctx, event_id)}["2001"]
    for k in range(n):
        record_mark(ctx, who, "e1", Decimal(str(30 + k)))


def _sqlite(ctx):
    return sqlite3.connect(ctx.db.path)


def test_an_honest_trail_verifies_and_its_head_is_the_last_hash(ctx, event_id):
    _marks(ctx, event_id)
    check = verify_audit(ctx)
    assert check.ok and check.entries == len(audit_log(ctx))
    count, head = audit_head_hash(ctx)
    assert count == check.entries and head == check.head_hash and len(head) == 64


@pytest.mark.backends("sqlite")
def test_a_row_edited_with_the_sqlite3_shell_is_named(ctx, event_id):
    _marks(ctx, event_id)
    target = next(a for a in audit_log(ctx, event_id) if a.action == "mark" and a.new == "31")
    con = _sqlite(ctx)
    con.execute("UPDATE audit_entry SET new_value = '39' WHERE id = ?", (target.id,))
    con.commit()
    con.close()
    check = verify_audit(ctx)
    assert not check.ok and check.first_bad_id == target.id and "修改" in check.problem
    assert verify_chain(ctx) == target.id


@pytest.mark.backends("sqlite")
def test_deleting_the_last_entry_is_found(ctx, event_id):
    _marks(ctx, event_id)
    last = audit_log(ctx, limit=1)[0].id
    con = _sqlite(ctx)
    con.execute("DELETE FROM audit_entry WHERE id = ?", (last,))
    con.commit()
    con.close()
    check = verify_audit(ctx)
    assert not check.ok and check.first_bad_id == last and "删除" in check.problem


@pytest.mark.backends("sqlite")
def test_cutting_the_trail_short_and_re_pointing_the_head_is_found(ctx, event_id):
    """Without the key: delete the newest entries and point the head at the one left last."""
    _marks(ctx, event_id)
    last = audit_log(ctx, limit=1)[0].id
    con = _sqlite(ctx)
    con.execute("DELETE FROM audit_entry WHERE id > ?", (last - 2,))
    kept_id, kept_hash = con.execute(
        "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"
    ).fetchone()
    con.execute(
        "UPDATE audit_head SET last_id = ?, last_hash = ?, count = ?",
        (kept_id, kept_hash, kept_id),
    )
    con.commit()
    con.close()
    check = verify_audit(ctx)
    assert not check.ok and check.first_bad_id == kept_id + 1
    assert "截断" in check.problem


def test_the_head_is_sealed_with_the_key_after_every_entry(ctx, event_id):
    from competition_app.services.integrity import audit_key
    from competition_app.services.integrity.audit import head_seal
    from competition_app.storage.models import AuditHead

    _marks(ctx, event_id)
    with ctx.db.reading() as s:
        head = s.get(AuditHead, 1)
        assert head is not None
        assert head.seal == head_seal(audit_key.audit_key(), head.last_id, head.last_hash,
                                      head.count)  # fmt: skip
    assert verify_audit(ctx).ok


@pytest.mark.backends("sqlite")
def test_deleting_an_entry_in_the_middle_is_found(ctx, event_id):
    _marks(ctx, event_id)
    con = _sqlite(ctx)
    con.execute("DELETE FROM audit_entry WHERE id = 2")
    con.commit()
    con.close()
    assert verify_chain(ctx) == 2


@pytest.mark.backends("sqlite")
def test_an_entry_inserted_with_a_correct_hash_is_still_found(ctx, event_id):
    _marks(ctx, event_id)
    last = audit_log(ctx, limit=1)[0].id
    with ctx.db.reading() as s:
        prev = s.get(AuditEntry, last).hash
    forged = AuditEntry(
        id=last + 1,
        at=datetime(2022, 7, 20, 18, 0),
        user="记分员甲",
        action="mark",
        event_id=event_id,
        entity="criterion_mark",
        entity_key="2002/e1/-",
        old_value="",
        new_value="40",
        reason="",
        prev_hash=prev,
    )
    forged.hash = entry_hash(prev, forged)
    con = _sqlite(ctx)
    con.execute(
        "INSERT INTO audit_entry (id, at, user, action, event_id, entity, entity_key, old_value,"
        " new_value, reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            forged.id,
            "2022-07-20 18:00:00",
            forged.user,
            forged.action,
            event_id,
            forged.entity,
            forged.entity_key,
            "",
            "40",
            "",
            prev,
            forged.hash,
        ),
    )
    con.commit()
    con.close()
    check = verify_audit(ctx)
    assert not check.ok and check.first_bad_id == last + 1 and "插入" in check.problem


def test_a_deleted_head_is_found_and_stays_found_after_more_writes(ctx, event_id):
    _marks(ctx, event_id, 2)
    with ctx.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_head"))
    assert not verify_audit(ctx).ok
    _marks(ctx, event_id, 1)  # the app keeps working and says what happened in the trail
    rebuilt = next(a for a in audit_log(ctx) if a.action == HEAD_REBUILT)
    check = verify_audit(ctx)
    assert not check.ok and check.first_bad_id == rebuilt.id


def test_every_change_is_audited_with_who_old_and_new(ctx, event_id):
    who = {c.number: c.id for c in list_contestants(ctx, event_id)}["1001"]
    record_score(ctx, who, "theory", Decimal("80"))
    record_score(ctx, who, "theory", Decimal("85"))
    entry = audit_log(ctx, event_id, limit=1)[0]
    assert (entry.user, entry.action, entry.key, entry.old, entry.new) == (
        "记分员甲",
        "score",
        "1001/theory",
        "80",
        "85",
    )


def test_two_stations_saving_at_once_never_fork_the_chain(ctx, event_id):
    ids = {c.number: c.id for c in list_contestants(ctx, event_id)}
    errors: list[BaseException] = []

    def station(number: str, crit: str) -> None:
        try:
            for k in range(12):
                record_mark(ctx, ids[number], crit, Decimal(str(10 + k)))
        except BaseException as e:
            errors.append(e)

    threads = [
        threading.Thread(target=station, args=args)
        for args in (("2001", "e1"), ("2002", "e1"), ("2001", "e2"))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    check = verify_audit(ctx)
    assert check.ok, check.problem
    ids_in_log = sorted(a.id for a in audit_log(ctx))
    assert ids_in_log == list(range(1, len(ids_in_log) + 1))
    assert sum(a.action == "mark" for a in audit_log(ctx)) == 36


def test_an_import_records_every_value_it_replaced(ctx, event_id, tmp_path):
    from competition_app.services.scoring.score_file import import_scores

    first = tmp_path / "a.csv"
    first.write_text("number,theory,practical\n1001,80,90\n1002,70,85\n", encoding="utf-8")
    import_scores(ctx, event_id, "fitter", first)
    again = tmp_path / "b.csv"
    again.write_text("number,theory,practical\n1001,80,95\n1002,70,85\n", encoding="utf-8")
    import_scores(ctx, event_id, "fitter", again)
    entry = next(a for a in audit_log(ctx, event_id) if a.action == "scores.import")
    assert entry.old == '{"1001/practical": "90"}'
    assert '"changes": {"1001/practical": "95"}' in entry.new
    assert json.loads(entry.new)["added"] == 0


def test_an_import_counts_the_values_it_adds_and_names_its_file(ctx, event_id, tmp_path):
    # values where there were none are counted, not copied into the trail one by one; the
    # file's SHA-256 says exactly where they came from
    from competition_app.services.scoring.score_file import import_scores

    first = tmp_path / "a.csv"
    first.write_text("number,theory,practical\n1001,80,90\n1002,70,85\n", encoding="utf-8")
    import_scores(ctx, event_id, "fitter", first)
    entry = next(a for a in audit_log(ctx, event_id) if a.action == "scores.import")
    facts = json.loads(entry.new)
    assert facts["added"] == 4 and facts["changes"] == {} and entry.old == ""
    assert facts["file"] == "a.csv"
    assert facts["sha256"] == hashlib.sha256(first.read_bytes()).hexdigest()


# -- a keyed chain (issue 15) ---------------------------------------------------------------


def _rehash_without_the_key(con, *, drop_genesis=False):
    """What someone with the sqlite3 shell and this source code can do: recompute every hash
    (plain SHA-256, as they have no key) and the head."""
    from competition_app.services.integrity.audit import GENESIS

    if drop_genesis:
        con.execute("DELETE FROM audit_entry WHERE action = ?", (GENESIS,))
    rows = con.execute(
        "SELECT id, at, user, action, event_id, entity, entity_key, old_value, new_value, reason"
        " FROM audit_entry ORDER BY id"
    ).fetchall()
    con.execute("DELETE FROM audit_entry")
    prev = ""
    for new_id, r in enumerate(rows, start=1):
        e = AuditEntry(
            id=new_id, at=datetime.fromisoformat(r[1]), user=r[2], action=r[3], event_id=r[4],
            entity=r[5], entity_key=r[6], old_value=r[7], new_value=r[8], reason=r[9],
        )  # fmt: skip
        h = entry_hash(prev, e)
        con.execute(
            "INSERT INTO audit_entry (id, at, user, action, event_id, entity, entity_key,"
            " old_value, new_value, reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (new_id, *r[1:], prev, h),
        )
        prev = h
    con.execute("UPDATE audit_head SET last_id = ?, last_hash = ?, count = ?",
                (len(rows), prev, len(rows)))  # fmt: skip
    con.commit()


@pytest.mark.backends("sqlite")
def test_an_edit_rehashed_without_the_key_is_found(ctx, event_id):
    _marks(ctx, event_id)
    con = _sqlite(ctx)
    con.execute(
        "UPDATE audit_entry SET new_value = '39' WHERE action = 'mark' AND new_value = '31'"
    )
    _rehash_without_the_key(con)
    con.close()
    check = verify_audit(ctx)
    assert not check.ok and check.first_bad_id is not None and "不符" in check.problem


@pytest.mark.backends("sqlite")
def test_a_trail_rehashed_as_if_from_an_older_version_is_refused(ctx, event_id):
    _marks(ctx, event_id)
    con = _sqlite(ctx)
    _rehash_without_the_key(con, drop_genesis=True)
    con.close()
    check = verify_audit(ctx)
    assert not check.ok and "没有起始记录" in check.problem


@pytest.mark.backends("sqlite")
def test_deleting_the_whole_trail_is_an_error(ctx, event_id):
    _marks(ctx, event_id)
    con = _sqlite(ctx)
    con.execute("DELETE FROM audit_entry")
    con.execute("DELETE FROM audit_head")
    con.commit()
    con.close()
    check = verify_audit(ctx)
    assert not check.ok and "空的" in check.problem


def test_a_new_trail_starts_with_its_genesis_entry(ctx, event_id):
    from competition_app.services.integrity import audit_key
    from competition_app.services.integrity.audit import GENESIS

    first = audit_log(ctx)[-1]
    assert first.id == 1 and first.action == GENESIS
    assert audit_key.fingerprint() in first.new
    assert verify_audit(ctx).ok


@pytest.mark.backends("sqlite")
def test_another_laptops_key_is_named_not_taken_for_tampering(ctx, event_id, tmp_path, monkeypatch):
    from competition_app.services.integrity import audit_key

    ours = audit_key.fingerprint()
    monkeypatch.setenv(audit_key.KEY_ENV, str(tmp_path / "other.key"))
    check = verify_audit(ctx)
    assert not check.ok and "没有审计密钥" in check.problem  # checking makes no key
    theirs = audit_key.fingerprint(audit_key.audit_key())
    check = verify_audit(ctx)
    assert not check.ok and ours in check.problem and theirs in check.problem
    assert "另一个密钥" in check.problem


# -- the data against the trail ---------------------------------------------------------------


@pytest.fixture
def staffed(ctx, event_id):
    from tests.services.staff import hire_staff

    return hire_staff(ctx)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("sql", "named"),
    [
        pytest.param("UPDATE trade SET locked = 0 WHERE code = 'fitter'", "钳工", id="lock-state"),
        pytest.param(
            "UPDATE app_user SET role = 'chief_judge' WHERE name = '裁判员甲'",
            "裁判员甲”：角色",
            id="role",
        ),
        pytest.param(
            "UPDATE app_user SET password_hash = 'ab' || substr(password_hash, 3)"
            " WHERE name = '裁判长'",
            "裁判长”：密码哈希",
            id="password-hash",
        ),
        pytest.param(
            "UPDATE app_user SET active = 0 WHERE name = '监督'", "监督”：现为停用", id="active"
        ),
        pytest.param("DELETE FROM app_user WHERE name = '加密裁判'", "已不在用户表", id="deleted"),
        pytest.param(
            "DELETE FROM contestant WHERE number = '1001'", "有选手被直接删除", id="contestant"
        ),
        pytest.param(
            "INSERT INTO app_user (name, role, password_hash, password_salt,"
            " password_params, active, created_at) SELECT '冒名', 'organizer',"
            " password_hash, password_salt, password_params, 1, created_at FROM app_user"
            " LIMIT 1",
            "冒名”不在审计日志中",
            id="inserted",
        ),
    ],
)
def test_direct_edits_to_locks_and_users_are_named(ctx, event_id, staffed, sql, named):
    from competition_app.services.integrity.state_check import state_mismatches
    from competition_app.services.results.locking import lock_trade
    from competition_app.services.setup.trades import get_trade

    lock_trade(staffed.chief, get_trade(ctx, event_id, "fitter").id)
    assert state_mismatches(ctx) == []
    con = _sqlite(ctx)
    con.execute(sql)
    con.commit()
    con.close()
    found = state_mismatches(ctx)
    assert len(found) == 1 and named in found[0]
    assert verify_audit(ctx).ok  # the trail itself is intact: only the data was touched


@pytest.mark.backends("sqlite")
def test_honest_changes_leave_no_mismatch(ctx, event_id, staffed):
    from competition_app.services.integrity.state_check import state_mismatches
    from competition_app.services.integrity.users import change_password, set_active, set_role
    from competition_app.services.results.locking import lock_trade, unlock_trade
    from competition_app.services.setup.trades import get_trade

    trade = get_trade(ctx, event_id, "fitter").id
    lock_trade(staffed.chief, trade)
    unlock_trade(staffed.chief, trade, "复核发现录入错误")
    lock_trade(staffed.chief, trade)
    set_role(staffed.organizer, "裁判员甲", "viewer")
    set_active(staffed.organizer, "记分员乙", False)
    change_password(staffed.organizer, "裁判长", "another-password-1")
    assert state_mismatches(ctx) == []


@pytest.mark.backends("sqlite")
def test_contestants_added_deleted_and_built_by_the_demo_leave_no_mismatch(ctx, event_id):
    from competition_app.services.integrity.state_check import state_mismatches
    from competition_app.services.registration.contestants import add_contestant, delete_contestant
    from competition_app.services.setup.demo import build_demo_event

    one = next(c for c in list_contestants(ctx, event_id) if c.number == "1001")
    delete_contestant(ctx, one.id)
    add_contestant(ctx, event_id, one)
    build_demo_event(ctx)
    assert state_mismatches(ctx) == []


@pytest.mark.backends("sqlite")
def test_a_laptop_with_another_key_cannot_write_to_the_trail(ctx, event_id, tmp_path, monkeypatch):
    """A station that made a key of its own would key its entries differently from everyone
    else's and make the whole trail unverifiable: it is refused, and nothing is saved."""
    from competition_app.services.integrity import audit_key

    who = {c.number: c.id for c in list_contestants(ctx, event_id)}["2001"]
    contest_key = str(audit_key.key_path())
    monkeypatch.setenv(audit_key.KEY_ENV, str(tmp_path / "fresh.key"))
    with pytest.raises(audit_key.AuditKeyError, match="不是此数据库所用的"):
        record_mark(ctx, who, "e1", Decimal("31"))
    monkeypatch.setenv(audit_key.KEY_ENV, contest_key)
    assert verify_audit(ctx).ok and not any(a.action == "mark" for a in audit_log(ctx))
