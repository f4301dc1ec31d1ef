"""The database's current state against the last value the audit trail recorded for it.

A keyed chain shows that nobody rewrote the trail; this shows that nobody changed the data behind
the trail's back (the sqlite3 shell on `trade.locked`, a role, a password hash). Checked today:
each trade's lock state, each user's existence, role, active flag and password hash (a keyed
digest, never the hash itself, is what the trail records). Marks, scores, times and statuses are
not compared yet: imports record them as one summary entry, not value by value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from competition_app.services import audit_key
from competition_app.services.context import Context
from competition_app.storage.models import AppUser, AuditEntry, Trade

ACTIONS = (
    "trade.lock",
    "trade.unlock",
    "user.add",
    "user.role",
    "user.active",
    "user.password",
    "backup.restore",
    "event.import_archive",
)


def password_digest(password_hash: str) -> str:
    """What the trail records of a password hash: a keyed digest (the hash is not in the trail)."""
    return audit_key.sign("password-hash:" + password_hash)[:32]


@dataclass
class _User:
    role: str = ""
    active: bool = True
    password: str | None = None  # None: set before digests were recorded


@dataclass
class _Expected:
    locks: dict[tuple[int, str], bool] = field(default_factory=dict)
    users: dict[str, _User] = field(default_factory=dict)
    users_known: bool = True  # False after a restore that replaced users without listing them


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return text


def _apply(exp: _Expected, action: str, event_id: int | None, key: str, new: str) -> None:
    value = _json(new)
    if action in ("trade.lock", "trade.unlock") and event_id is not None:
        exp.locks[(event_id, key)] = action == "trade.lock"
    elif action == "user.add" and isinstance(value, dict):
        exp.users[key] = _User(str(value.get("role", "")), True, value.get("password"))
    elif action == "user.role" and key in exp.users:
        exp.users[key].role = str(value)
    elif action == "user.active" and key in exp.users:
        exp.users[key].active = value is True
    elif action == "user.password" and key in exp.users:
        exp.users[key].password = value.get("password") if isinstance(value, dict) else None
    elif action == "backup.restore" and isinstance(value, dict):
        state = value.get("state")
        if isinstance(state, dict):
            exp.locks = {(int(e), str(c)): True for e, c in state.get("locks", [])}
            if "users" in state:
                exp.users = {
                    str(u["name"]): _User(str(u["role"]), bool(u["active"]), u.get("password"))
                    for u in state["users"]
                }
    elif action == "event.import_archive" and isinstance(value, dict) and event_id is not None:
        for code in value.get("locked_trades", []):
            exp.locks[(event_id, str(code))] = True


def state_mismatches(ctx: Context) -> list[str]:
    """One line for each stored value that differs from its last audited value."""
    exp = _Expected()
    problems: list[str] = []
    with ctx.db.reading() as s:
        rows = s.execute(
            select(
                AuditEntry.action, AuditEntry.event_id, AuditEntry.entity_key, AuditEntry.new_value
            )
            .where(AuditEntry.action.in_(ACTIONS))
            .order_by(AuditEntry.id)
        )
        for action, event_id, key, new in rows:
            _apply(exp, action, event_id, key, new)
        for t in s.execute(select(Trade.event_id, Trade.code, Trade.name, Trade.locked)):
            expected = exp.locks.get((t.event_id, t.code), False)
            if bool(t.locked) != expected:
                problems.append(
                    f"工种“{t.name}”（{t.code}，赛事 {t.event_id}）：现为"
                    f"{'已锁定' if t.locked else '未锁定'}，审计日志最后记录为"
                    f"{'已锁定' if expected else '未锁定'}（被直接改动）"
                )
        users = {u.name: u for u in s.scalars(select(AppUser))}
    for name, u in users.items():
        e = exp.users.get(name)
        if e is None:
            problems.append(f"用户“{name}”不在审计日志中（被直接加入用户表）")
            continue
        if u.role != e.role:
            problems.append(
                f"用户“{name}”：角色现为 {u.role}，审计日志最后记录为 {e.role}（被直接改动）"
            )
        if bool(u.active) != e.active:
            problems.append(
                f"用户“{name}”：现为{'启用' if u.active else '停用'}，审计日志最后记录为"
                f"{'启用' if e.active else '停用'}（被直接改动）"
            )
        if e.password is not None and password_digest(u.password_hash) != e.password:
            problems.append(f"用户“{name}”：密码哈希与审计日志最后记录的不符（被直接改动）")
    for name in exp.users.keys() - users.keys():
        problems.append(f"用户“{name}”在审计日志中，但已不在用户表中（被直接删除）")
    return problems
