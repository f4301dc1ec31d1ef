"""A keyed seal on every stored mark, component score and contestant, so a direct edit shows.

Imports write marks by the thousand and audit them as one summary entry, so the trail alone
cannot say what each stored value should be. Each row of criterion_mark, component_score and
contestant therefore carries `seal`: HMAC-SHA256 with the audit key over the row's id and its
audited fields (the mark; the score; number, name, unit, status, time ...). Every write path
seals in the same transaction: ORM writes through the after-flush hook below, bulk statements
(imports, the demo, an archive's event) by calling `seal_where` on the rows they wrote.
`audit verify` recomputes every seal and names each row that does not match. An edit with the
sqlite3 shell cannot be re-sealed without the key. Not detected: a deleted row (a mark deleted
reads as "not entered"; a deleted contestant shows in the contestant count of state_check).
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, bindparam, event, select, update
from sqlalchemy.orm import Session

from competition_app.services.context import Context
from competition_app.services.integrity import audit_key
from competition_app.services.integrity.keyed_digest import hmac_sha256_hex
from competition_app.storage.models import (
    Component,
    ComponentScore,
    Contestant,
    Criterion,
    CriterionMark,
)
from competition_app.storage.plain_rows import plain_executemany
from competition_app.storage.types import stored_text

# The audited fields of each sealed table, in the order they are sealed.
SEALED: dict[type, tuple[str, ...]] = {
    CriterionMark: ("contestant_id", "criterion_id", "judge_id", "mark"),
    ComponentScore: ("contestant_id", "component_id", "score"),
    Contestant: (
        "event_id", "trade_id", "number", "name", "gender", "id_number", "unit", "team",
        "group_name", "status", "time_minutes", "decided_order",
    ),
}  # fmt: skip


def _text(value: Any) -> str:
    if type(value) is str:  # a contestant's fields
        return value
    if type(value) is int:  # the ids, most of what is sealed
        return str(value)
    if value is None:
        return "\x00"  # not "": an emptied value differs from a missing one
    if isinstance(value, Decimal):
        return stored_text(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return str(value)


def row_seal(secret: bytes, table: str, row_id: int, values: Iterable[Any]) -> str:
    data = "\x1f".join([table, str(row_id), *map(_text, values)]).encode("utf-8")
    return hmac_sha256_hex(secret)(data)


def mark_sealer(secret: bytes) -> Callable[[int, int, int, int, str], str]:
    """`row_seal` of a criterion mark (row id, contestant, criterion, judge, the mark's stored
    text), for an import sealing 10^6 of them: the same text, made in one step."""
    prefix = f"{CriterionMark.__tablename__}\x1f"
    digest = hmac_sha256_hex(secret)

    def seal(row_id: int, contestant: int, criterion: int, judge: int, mark: str) -> str:
        data = f"{prefix}{row_id}\x1f{contestant}\x1f{criterion}\x1f{judge}\x1f{mark}"
        return digest(data.encode("utf-8"))

    return seal


def _columns(model: type) -> list[Any]:
    return [getattr(model, name) for name in SEALED[model]]


def seal_where(
    conn: Connection | Session,
    model: type,
    *where: Any,
    keep: Callable[[Any], bool] | None = None,
    secret: bytes | None = None,
) -> int:
    """Seal the rows of `model` matching `where` (and, checked in Python, `keep(row)`), from
    what is stored now; in the caller's transaction. Returns how many were sealed."""
    key = audit_key.audit_key() if secret is None else secret
    table = model.__table__  # type: ignore[attr-defined]
    rows = conn.execute(select(model.id, *_columns(model)).where(*where))  # type: ignore[attr-defined]
    seals = [
        {"row_id": r[0], "new_seal": row_seal(key, table.name, r[0], r[1:])}
        for r in rows
        if keep is None or keep(r)
    ]
    if seals:
        stmt = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values(seal=bindparam("new_seal"))
        )
        if isinstance(conn, Session):
            conn.connection().execute(stmt, seals)
        else:
            conn.execute(stmt, seals)
    return len(seals)


def seal_rows(
    conn: Connection | Session,
    model: type,
    rows: Iterable[tuple[int, Sequence[Any]]],
    *,
    secret: bytes | None = None,
) -> int:
    """Seal each (row id, its audited fields in SEALED order) given: for an import that knows the
    values it stored, so they need not be read back, written through the driver's executemany.
    Returns how many were sealed."""
    key = audit_key.audit_key() if secret is None else secret
    table = model.__table__  # type: ignore[attr-defined]
    name = table.name
    count = 0

    def seals() -> Iterator[tuple[str, int]]:
        nonlocal count
        for row_id, values in rows:
            count += 1
            yield row_seal(key, name, row_id, values), row_id

    stmt = update(table).where(table.c.id == bindparam("row_id")).values(seal=bindparam("new_seal"))
    plain_executemany(conn, stmt, (("new_seal", table.c.seal), ("row_id", table.c.id)), seals())
    return count


def seal_event(conn: Connection | Session, event_id: int) -> None:
    """Seal every contestant, mark and score of an event written in bulk (the demo, a copy)."""
    people = select(Contestant.id).where(Contestant.event_id == event_id)
    seal_where(conn, Contestant, Contestant.event_id == event_id)
    seal_where(conn, CriterionMark, CriterionMark.contestant_id.in_(people))
    seal_where(conn, ComponentScore, ComponentScore.contestant_id.in_(people))


@event.listens_for(Session, "after_flush")
def _seal_flushed(session: Session, _context: Any) -> None:
    """ORM writes: seal each sealed row the flush inserted or changed, in the same transaction."""
    touched: dict[type, set[int]] = {}
    for obj in list(session.new) + list(session.dirty):
        model = type(obj)
        if model in SEALED and obj not in session.deleted and obj.id is not None:
            touched.setdefault(model, set()).add(int(obj.id))
    if not touched:
        return
    conn = session.connection()
    secret = audit_key.audit_key()
    for model, ids in touched.items():
        seal_where(conn, model, model.id.in_(sorted(ids)), secret=secret)


@dataclass(frozen=True)
class SealMismatch:
    table: str
    row_id: int
    what: str  # the row in a person's words

    def line(self) -> str:
        return f"{self.what}（{self.table} 第 {self.row_id} 行）与其封签不符：被直接改动过"


# At most this many rows are named per table; the rest are counted.
NAMED_PER_TABLE = 20


def seal_mismatches(ctx: Context) -> list[str]:
    """One line for each stored mark, score or contestant whose seal does not match it."""
    try:
        secret = audit_key.audit_key(create=False)
    except audit_key.AuditKeyError:
        return []  # verify_audit already says the key is missing
    lines: list[str] = []
    with ctx.db.reading() as s:
        numbers = dict(s.execute(select(Contestant.id, Contestant.number)).tuples().all())
        crits = dict(s.execute(select(Criterion.id, Criterion.code)).tuples().all())
        comps = dict(s.execute(select(Component.id, Component.code)).tuples().all())

        def words(model: type, r: Any) -> str:
            if model is CriterionMark:
                judge = f"，裁判 {r.judge_id}" if r.judge_id else ""
                return (
                    f"选手 {numbers.get(r.contestant_id, '?')} 评分项 "
                    f"{crits.get(r.criterion_id, '?')}{judge} 的分数 {_text(r.mark)}"
                )
            if model is ComponentScore:
                return (
                    f"选手 {numbers.get(r.contestant_id, '?')} 的"
                    f" {comps.get(r.component_id, '?')} 成绩 {_text(r.score)}"
                )
            return f"选手 {r.number}（{r.name}）的报名信息、状态或用时"

        for model in SEALED:
            table = model.__table__  # type: ignore[attr-defined]
            bad = [
                r
                for r in s.execute(
                    select(model.id, model.seal, *_columns(model)).order_by(model.id)  # type: ignore[attr-defined]
                )
                if not hmac.compare_digest(r.seal or "", row_seal(secret, table.name, r.id, r[2:]))
            ]
            for r in bad[:NAMED_PER_TABLE]:
                lines.append(SealMismatch(table.name, r.id, words(model, r)).line())
            if len(bad) > NAMED_PER_TABLE:
                lines.append(f"{table.name} 另有 {len(bad) - NAMED_PER_TABLE} 行与封签不符")
    return lines
