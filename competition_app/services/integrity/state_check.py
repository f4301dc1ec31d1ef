"""The database's current state against the last value the audit trail recorded for it.

A keyed chain shows that nobody rewrote the trail; this shows that nobody changed the data behind
the trail's back (the sqlite3 shell on `trade.locked`, a role, a password hash). Checked today:
each trade's lock state, each event's number of contestants (one deleted or inserted directly),
each user's existence, role, active flag and password hash (a keyed digest, never the hash
itself, is what the trail records). Marks, scores, times, statuses and names are recorded by
imports as one summary entry, not value by value, so they are checked against each row's keyed
seal instead (services.integrity.row_seals).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from competition_app.services.context import Context
from competition_app.services.integrity import audit_key
from competition_app.services.integrity.row_seals import seal_mismatches
from competition_app.storage.models import AppUser, AuditEntry, Contestant, Event, Trade

ACTIONS = (
    "trade.lock",
    "trade.unlock",
    "user.add",
    "user.role",
    "user.active",
    "user.password",
    "backup.restore",
    "event.import_archive",
    "contestants.import",
    "contestant.add",
    "contestant.delete",
    "demo.build",
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
    # After a restore by an older version (no state recorded) only later lock entries count.
    locks_known: bool = True
    users: dict[str, _User] = field(default_factory=dict)
    contestants: dict[int, int | None] = field(default_factory=dict)  # None: not known
    contestants_known: bool = True

    def add_contestants(self, event_id: int | None, n: Any) -> None:
        if event_id is None:
            return
        now = self.contestants.get(event_id, 0 if self.contestants_known else None)
        self.contestants[event_id] = None if now is None or not isinstance(n, int) else now + n


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
    elif action == "contestants.import" and isinstance(value, dict):
        exp.add_contestants(event_id, value.get("rows"))
    elif action == "contestant.add":
        exp.add_contestants(event_id, 1)
    elif action == "contestant.delete":
        exp.add_contestants(event_id, -1)
    elif action == "demo.build":
        exp.add_contestants(event_id, value.get("contestants") if isinstance(value, dict) else None)
    elif action == "backup.restore" and isinstance(value, dict):
        state = value.get("state")
        if not isinstance(state, dict):  # restored by an older version: what came back is unknown
            exp.locks, exp.locks_known = {}, False
            exp.contestants, exp.contestants_known = {}, False
            return
        exp.locks = {(int(e), str(c)): True for e, c in state.get("locks", [])}
        exp.locks_known = True
        if "contestants" in state:
            exp.contestants = {int(e): int(n) for e, n in state["contestants"].items()}
            exp.contestants_known = True
            if "users" in state:
                exp.users = {
                    str(u["name"]): _User(str(u["role"]), bool(u["active"]), u.get("password"))
                    for u in state["users"]
                }
    elif action == "event.import_archive" and isinstance(value, dict) and event_id is not None:
        for code in value.get("locked_trades", []):
            exp.locks[(event_id, str(code))] = True
        counts = value.get("counts")
        exp.add_contestants(
            event_id, counts.get("contestant") if isinstance(counts, dict) else None
        )


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
            known = exp.locks.get((t.event_id, t.code))
            if known is None and not exp.locks_known:
                continue
            expected = bool(known)
            if bool(t.locked) != expected:
                problems.append(
                    f"工种“{t.name}”（{t.code}，赛事 {t.event_id}）：现为"
                    f"{'已锁定' if t.locked else '未锁定'}，审计日志最后记录为"
                    f"{'已锁定' if expected else '未锁定'}（被直接改动）"
                )
        counted = s.execute(
            select(Event.id, Event.name, func.count(Contestant.id))
            .outerjoin(Contestant, Contestant.event_id == Event.id)
            .group_by(Event.id, Event.name)
        )
        for event_id, event_name, n in counted:
            want = exp.contestants.get(event_id, 0 if exp.contestants_known else None)
            if want is not None and want != n:
                problems.append(
                    f"赛事“{event_name}”（{event_id}）：现有 {n} 名选手，按审计日志应为 {want} 名"
                    f"（有选手被直接{'删除' if n < want else '加入'}）"
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
    # Marks, scores, times, statuses and names: each row against its keyed seal.
    return problems + seal_mismatches(ctx)
