"""The audit trail: who changed what, when, from what to what; entries are chained by HMAC.

Each entry carries HMAC-SHA256 (keyed with services.audit_key, a secret outside the database)
over its fields and the previous entry's hash, so an edit cannot be re-hashed away by someone
without the key. The first entry of every trail is a genesis entry naming the key's fingerprint;
an empty trail, or one without a genesis, is therefore itself an error. Entries written by older
versions (before a genesis) are plain SHA-256 and are checked as such.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from competition_app.services.context import Context
from competition_app.services.integrity import audit_key
from competition_app.services.integrity import row_seals as _row_seals  # noqa: F401  (its hook)
from competition_app.services.integrity.keyed_digest import hmac_sha256_hex
from competition_app.services.integrity.permissions import require
from competition_app.storage.models import AuditEntry, AuditHead
from competition_app.storage.prepared import Prepared

# The action of the entry written when the head row had gone missing and was rebuilt.
HEAD_REBUILT = "audit.head_rebuilt"
# The first keyed entry of a trail: written before the first entry of a new database, or before
# the first entry an older database gets from this version.
GENESIS = "audit.genesis"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def entry_hash(prev_hash: str, e: AuditEntry | NewEntry, key: bytes | None = None) -> str:
    """The hash an entry must carry: anything edited, inserted or deleted breaks the chain.
    Keyed (HMAC-SHA256) with `key`; plain SHA-256 for entries written before the genesis."""
    fields = [
        prev_hash,
        str(e.id),
        e.at.isoformat(timespec="seconds") if e.at else "",
        e.user,
        e.action,
        str(e.event_id or ""),
        e.entity,
        e.entity_key,
        e.old_value,
        e.new_value,
        e.reason,
    ]
    data = "\x1f".join(fields).encode("utf-8")
    if key is not None:
        return hmac_sha256_hex(key)(data)  # every save chains one
    return hashlib.sha256(data).hexdigest()


def head_seal(secret: bytes, last_id: int, last_hash: str, count: int) -> str:
    """The HMAC the head row must carry over where it says the trail ends: re-pointing it at an
    earlier entry (after deleting the newest ones) needs the key."""
    data = "\x1f".join(["audit_head", str(last_id), last_hash, str(count)]).encode("utf-8")
    return hmac_sha256_hex(secret)(data)


@dataclass
class _Head:
    """Where the chain ends, as read under the write lock and moved by each entry appended."""

    last_id: int
    last_hash: str
    count: int


class NewEntry(NamedTuple):
    """An entry as it is written: the fields `entry_hash` covers."""

    id: int
    at: datetime
    user: str
    action: str
    event_id: int | None
    entity: str
    entity_key: str
    old_value: str
    new_value: str
    reason: str


def _move_head(head: AuditHead | _Head, entry_id: int, entry_hash_: str) -> None:
    head.last_id, head.last_hash, head.count = entry_id, entry_hash_, head.count + 1


# Every save writes an entry: prepared once (storage/prepared.py), not built per statement.
_INSERT_ENTRY = Prepared(
    lambda: insert(AuditEntry).values(
        {c: bindparam(c) for c in NewEntry._fields} | {"prev_hash": bindparam("prev_hash")}
        | {"hash": bindparam("hash")}
    )
)  # fmt: skip
_READ_HEAD = Prepared(
    lambda: (
        select(AuditHead.last_id, AuditHead.last_hash, AuditHead.count)
        .where(AuditHead.id == 1)
        .with_for_update()
    )
)
_WRITE_HEAD = Prepared(
    lambda: (
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(
            last_id=bindparam("last_id"),
            last_hash=bindparam("last_hash"),
            count=bindparam("count"),
            seal=bindparam("seal"),
        )
    )
)
_LOCK_HEAD = Prepared(
    lambda: update(AuditHead).where(AuditHead.id == 1).values(count=AuditHead.count)
)


def record(
    session: Session,
    ctx: Context,
    action: str,
    *,
    event_id: int | None = None,
    entity: str = "",
    key: str = "",
    old: Any = None,
    new: Any = None,
    reason: str = "",
) -> None:
    """Add an entry in the caller's unit of work, so it lands with the change or not at all.

    The next id and the previous hash come from the audit head row, locked for the rest of the
    transaction (SELECT ... FOR UPDATE on PostgreSQL; SQLite lets one writer at a time), so two
    stations saving at once queue up instead of forking the chain.
    """
    head = _head(session, ctx)
    secret = audit_key.audit_key()
    genesis = _known_genesis(session, ctx)
    if genesis is not None and genesis != audit_key.fingerprint(secret):
        # Another station's key, or one made afresh on a laptop that never got the contest's:
        # entries keyed with it would make the whole trail unverifiable. Refuse the change.
        raise audit_key.AuditKeyError(
            f"本机的审计密钥（指纹 {audit_key.fingerprint(secret)}）不是此数据库所用的"
            f"（指纹 {genesis}）；请用 audit key --install 安装该密钥后再操作，本次未保存"
        )
    if genesis is None:
        _append(session, head, ctx, secret, GENESIS, entity="audit",
                new={"key": audit_key.fingerprint(secret), "legacy_entries": head.last_id,
                     "legacy_head": head.last_hash})  # fmt: skip
    _append(session, head, ctx, secret, action, event_id=event_id, entity=entity, key=key,
            old=old, new=new, reason=reason)  # fmt: skip
    _WRITE_HEAD.run(
        session,
        last_id=head.last_id,
        last_hash=head.last_hash,
        count=head.count,
        seal=head_seal(secret, head.last_id, head.last_hash, head.count),
    )


def _known_genesis(session: Session, ctx: Context) -> str | None:
    """The genesis's key fingerprint, read once per open database: the genesis is the trail's
    first keyed entry and never changes after it is written (a deleted one is `audit verify`'s
    to find), so a save need not look it up again."""
    cached = ctx.db.cache.get(_GENESIS_CACHE)
    if cached is not None:
        return str(cached)
    found = _genesis_key(session)
    if found is not None:
        # kept only once this unit of work commits, so a rolled-back genesis is not remembered
        _remember_after_commit(session, ctx, found)
    return found


_GENESIS_CACHE = "audit.genesis"


def _remember_after_commit(session: Session, ctx: Context, fingerprint: str) -> None:
    from sqlalchemy import event

    def committed(_session: Session) -> None:
        ctx.db.cache[_GENESIS_CACHE] = fingerprint

    event.listen(session, "after_commit", committed, once=True)


def _genesis_key(session: Session) -> str | None:
    """The key fingerprint the trail's genesis names ("" if unreadable), None with no genesis."""
    # Through the (event_id, id) index: the genesis has no event, and few entries share that.
    found = session.execute(
        select(AuditEntry.new_value)
        .where(AuditEntry.event_id.is_(None), AuditEntry.action == GENESIS)
        .order_by(AuditEntry.id)
        .limit(1)
    ).first()
    if found is None:
        return None
    try:
        facts = json.loads(found[0])
    except json.JSONDecodeError:
        return ""
    return str(facts.get("key", "")) if isinstance(facts, dict) else ""


def _has_genesis(session: Session) -> bool:
    return _genesis_key(session) is not None


def _append(
    session: Session,
    head: _Head,
    ctx: Context,
    secret: bytes,
    action: str,
    *,
    event_id: int | None = None,
    entity: str = "",
    key: str = "",
    old: Any = None,
    new: Any = None,
    reason: str = "",
) -> None:
    """Write one entry after the head; the caller writes the moved head once, after the last."""
    prev = head.last_hash
    e = NewEntry(
        id=head.last_id + 1,
        at=datetime.now().replace(microsecond=0),
        user=ctx.actor,
        action=action,
        event_id=event_id,
        entity=entity,
        entity_key=key,
        old_value=_text(old),
        new_value=_text(new),
        reason=reason,
    )
    digest = entry_hash(prev, e, secret)
    _INSERT_ENTRY.run(session, **e._asdict(), prev_hash=prev, hash=digest)
    _move_head(head, e.id, digest)


def _head(session: Session, ctx: Context) -> _Head:
    conn = session.connection()
    if conn.dialect.name == "sqlite" and conn.get_execution_options().get("sqlite_begin") != (
        "IMMEDIATE"
    ):
        # SQLite has no FOR UPDATE: a no-op write takes the database's write lock first, so the
        # head is read inside this writer's turn and not from an older snapshot. A unit of work
        # (BEGIN IMMEDIATE) holds that lock from its first statement already.
        _LOCK_HEAD.run(session)
    found = _READ_HEAD.first(session)
    if found is not None:
        return _Head(*found)
    # No head row. On a database whose tables were made without the migrations, with no entries,
    # start one. With entries, someone deleted it: rebuild it from the last entry and say so in
    # the trail itself, where `audit verify` finds it.
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    count = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    head = AuditHead(
        id=1, last_id=last.id if last else 0, last_hash=last.hash if last else "", count=count
    )
    session.add(head)
    session.flush()
    if last is not None:
        e = AuditEntry(
            id=head.last_id + 1,
            at=datetime.now().replace(microsecond=0),
            user=ctx.actor,
            action=HEAD_REBUILT,
            entity="audit_head",
            entity_key="",
            old_value="",
            new_value="",
            reason="审计链头记录缺失（被删除），已按现有最后一条记录重建",
            prev_hash=head.last_hash,
        )
        e.hash = entry_hash(
            head.last_hash, e, audit_key.audit_key() if _has_genesis(session) else None
        )
        session.add(e)
        _move_head(head, e.id, e.hash)
        head.seal = head_seal(audit_key.audit_key(), head.last_id, head.last_hash, head.count)
        session.flush()
    return _Head(head.last_id, head.last_hash, head.count)


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: datetime
    user: str
    action: str
    entity: str
    key: str
    old: str
    new: str
    reason: str


def audit_log(
    ctx: Context, event_id: int | None = None, limit: int | None = None
) -> list[AuditLine]:
    """The trail, newest first; only for roles that may read it (the README's role table)."""
    require(ctx, "audit")
    with ctx.db.reading() as s:
        q = select(AuditEntry).order_by(AuditEntry.id.desc())
        if event_id is not None:
            q = q.where((AuditEntry.event_id == event_id) | (AuditEntry.event_id.is_(None)))
        if limit:
            q = q.limit(limit)
        return [
            AuditLine(
                e.id,
                e.at,
                e.user,
                e.action,
                e.entity,
                e.entity_key,
                e.old_value,
                e.new_value,
                e.reason,
            )
            for e in s.scalars(q)
        ]


@dataclass(frozen=True)
class AuditCheck:
    """What `audit verify` found: the first bad entry (by id) and why, or all well."""

    entries: int
    head_hash: str
    first_bad_id: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None and not self.problem


def _genesis_id(s: Session) -> int | None:
    return s.execute(
        select(func.min(AuditEntry.id)).where(
            AuditEntry.event_id.is_(None), AuditEntry.action == GENESIS
        )
    ).scalar()


def _genesis_problem(e: AuditEntry, secret: bytes) -> str:
    """Why the genesis entry does not fit where it is, or ""."""
    try:
        facts = json.loads(e.new_value)
    except json.JSONDecodeError:
        facts = {}
    if not isinstance(facts, dict):
        facts = {}
    theirs, ours = str(facts.get("key", "")), audit_key.fingerprint(secret)
    if theirs != ours:
        return (
            f"此数据库的审计链由另一个密钥（指纹 {theirs or '?'}）签名，本机的密钥指纹为 {ours}；"
            f"请安装该数据库所用的密钥文件（{audit_key.key_path()}）后再核验"
        )
    if facts.get("legacy_entries") != e.id - 1:
        return f"第 {e.id} 条：起始记录所在的位置与它登记的不符（被移动或插入）"
    return ""


def verify_audit(ctx: Context) -> AuditCheck:
    """Walk the chain from the first entry and compare its end with the head row.

    Finds an entry edited, deleted or inserted behind the app's back (with the sqlite3 shell, say):
    in the middle by the hashes and ids, at the end by the head's last id, hash and count, which
    are themselves keyed (the head's seal), so a trail cut short and its head re-pointed shows.
    Entries
    from the genesis on are keyed: re-hashing an edit needs the key, which is not in the database.
    An empty trail, or one with no genesis, is refused: every trail this version writes has one.
    """
    try:
        secret = audit_key.audit_key(create=False)
    except audit_key.NoAuditKey as missing:
        return AuditCheck(0, "", None, str(missing))
    with ctx.db.reading() as s:
        genesis = _genesis_id(s)
        prev = ""
        expected_id = 1
        for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            if e.id != expected_id:
                return AuditCheck(
                    expected_id - 1, prev, expected_id, f"第 {expected_id} 条记录缺失（被删除）"
                )
            keyed = genesis is not None and e.id >= genesis
            if e.id == genesis:
                problem = _genesis_problem(e, secret)
                if problem:
                    return AuditCheck(expected_id - 1, prev, e.id, problem)
            if e.prev_hash != prev or e.hash != entry_hash(prev, e, secret if keyed else None):
                return AuditCheck(
                    expected_id - 1, prev, e.id, f"第 {e.id} 条记录与哈希链不符（被修改或插入）"
                )
            if e.action == HEAD_REBUILT:
                return AuditCheck(
                    expected_id, e.hash, e.id, f"第 {e.id} 条：审计链头记录曾被删除后重建"
                )
            prev = e.hash
            expected_id += 1
        count = expected_id - 1
        row = s.get(AuditHead, 1)
        head = None if row is None else (row.last_id, row.last_hash, row.count, row.seal)
    if count == 0:
        return AuditCheck(0, "", 1, "审计日志是空的：连起始记录都没有，整个日志可能已被删除")
    if genesis is None:
        return AuditCheck(
            count, prev, 1, "审计日志没有起始记录：未用密钥签名（可能被删除后重算），无法核验"
        )
    if head is None:
        return AuditCheck(count, prev, count, "审计链头记录缺失（被删除）")
    last_id, last_hash, head_count, seal = head
    if last_id > count:
        return AuditCheck(
            count,
            prev,
            count + 1,
            f"第 {count + 1} 条及以后的 {last_id - count} 条记录缺失（被删除）",
        )
    if last_id < count:
        return AuditCheck(
            count, prev, last_id + 1, f"第 {last_id + 1} 条记录不在链头登记之内（被插入）"
        )
    if last_hash != prev or head_count != count:
        return AuditCheck(
            count, prev, count or None, f"第 {count} 条记录与链头登记的哈希不符（被修改）"
        )
    if not hmac.compare_digest(seal or "", head_seal(secret, last_id, last_hash, head_count)):
        # Everything else agrees, so the head was re-pointed at this entry (the newest ones
        # deleted) or edited by someone without the key.
        return AuditCheck(
            count,
            prev,
            count + 1,
            f"审计链头记录的签名不符：第 {count} 条之后的记录可能已被删除（日志被截断），"
            "或链头被人改动过",
        )
    return AuditCheck(count, prev)


def verify_chain(ctx: Context) -> int | None:
    """The id of the first entry that does not match the chain, or None when it is intact."""
    check = verify_audit(ctx)
    if check.ok:
        return None
    return check.first_bad_id if check.first_bad_id is not None else check.entries


def audit_head_hash(ctx: Context) -> tuple[int, str]:
    """(entries, hash of the last entry): written on signed sheets, it anchors the trail."""
    with ctx.db.reading() as s:
        head = s.get(AuditHead, 1)
        return (head.count, head.last_hash) if head else (0, "")
