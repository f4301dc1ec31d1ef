"""Contestants: import registration forms, list, add, edit, change status, delete."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple, cast

from sqlalchemy import Select, Table, bindparam, delete, insert, select
from sqlalchemy.orm import Session

from competition_app.domain.entries import STATUSES
from competition_app.domain.errors import Problem, UserError, ValidationError
from competition_app.domain.id_number import validate_id_number
from competition_app.io.registration import (
    MAX_LENGTHS,
    ONE_LINE,
    ContestantRow,
    field_problem,
    group_problem,
    read_contestants,
    validate_contestants,
)
from competition_app.services.collector import collector_paused
from competition_app.services.context import Context
from competition_app.services.integrity import audit, audit_key
from competition_app.services.integrity.permissions import require
from competition_app.services.integrity.row_seals import SEALED, row_seal, seal_rows
from competition_app.services.printing.glyphs import missing_glyph_lines
from competition_app.services.setup.trades import ensure_unlocked
from competition_app.storage.models import Contestant, Event, Trade
from competition_app.storage.plain_rows import next_sqlite_ids, plain_executemany, plain_rows


class ContestantInfo(NamedTuple):
    """One contestant as the services give and take them. A named tuple, not a frozen
    dataclass: the contestants' page builds 30,000 of them, eight times sooner."""

    id: int
    number: str
    name: str
    trade_code: str
    trade_name: str
    unit: str = ""
    team: str = ""
    group: str = ""
    id_number: str = ""
    gender: str = ""
    status: str = "ok"
    version: int = 1


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do, shown before anything is written."""

    rows: tuple[ContestantRow, ...]
    problems: tuple[Problem, ...]
    total_rows: int
    # Texts with characters no bundled font prints ("第 12 行 陈\ue000：字库缺字 U+E000"): the
    # rows still import (the person is real), but the names must be checked before printing.
    missing_glyphs: tuple[str, ...] = ()
    # What the import takes differently from how the form may read: a group written for a trade
    # that declares none is kept as a note, and that trade is ranked as one field.
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def _trade_codes(s: Session, event_id: int) -> dict[str, str]:
    """Trade codes by code and by name, so a form may say 钳工 as well as fitter."""
    return {k: t.code for k, t in _trade_lookup(s, event_id).items()}


def _declared_groups(s: Session, event_id: int) -> dict[str, list[str]]:
    """The groups each trade declares, by trade code (none: the form's groups are taken)."""
    return {
        t.code: list(t.settings.get("groups") or [])
        for t in s.scalars(select(Trade).where(Trade.event_id == event_id))
    }


def _trade_lookup(s: Session, event_id: int) -> dict[str, Trade]:
    trades = s.scalars(select(Trade).where(Trade.event_id == event_id)).all()
    out: dict[str, Trade] = {}
    for t in trades:
        out[t.code] = t
        out[t.code.lower()] = t
        out[t.name] = t
    return out


def preview_import(ctx: Context, event_id: int, path: Path) -> ImportPreview:
    """Read and check a registration file; nothing is written."""
    with collector_paused():  # every row is kept until the whole file is checked
        return _preview(ctx, event_id, path)


def _preview(ctx: Context, event_id: int, path: Path) -> ImportPreview:
    with ctx.db.reading() as s:
        if s.get(Event, event_id) is None:  # not "unknown trade" on every row
            raise UserError(f"没有编号为 {event_id} 的赛事")
        trades = _trade_codes(s, event_id)
        declared = _declared_groups(s, event_id)
        names = {t.code: t.name for t in _trade_lookup(s, event_id).values()}
        existing = set(s.scalars(select(Contestant.number).where(Contestant.event_id == event_id)))
    try:
        sheet = read_contestants(path)
    except ValidationError as e:
        return ImportPreview((), e.problems, 0)
    try:
        rows = validate_contestants(
            sheet, trades=trades, existing_numbers=existing, groups=declared
        )
    except ValidationError as e:
        return ImportPreview((), e.problems, len(sheet))
    glyphs = missing_glyph_lines((f"第 {r.row} 行", (r.name, r.unit, r.team)) for r in rows)
    return ImportPreview(
        tuple(rows), (), len(sheet), tuple(glyphs), _group_notes(rows, declared, names)
    )


def _group_notes(
    rows: Sequence[ContestantRow], declared: Mapping[str, list[str]], names: Mapping[str, str]
) -> tuple[str, ...]:
    """For each trade that declares no groups but is given some: its groups are only noted."""
    given: dict[str, list[str]] = {}
    for r in rows:
        if r.group and not declared.get(r.trade) and r.group not in given.setdefault(r.trade, []):
            given[r.trade].append(r.group)
    return tuple(
        f"工种“{names.get(trade, trade)}”未设组别：表中的组别（{'、'.join(groups)}）只作记录，"
        "该工种全部选手一同排名"
        for trade, groups in given.items()
        if groups
    )


def import_contestants(
    ctx: Context, event_id: int, path: Path, *, warn: Callable[[str], None] | None = None
) -> int:
    """Import a whole registration file, or nothing at all if any row is bad.

    `warn` is told of each name or unit with a character no bundled font prints."""
    require(ctx, "contestants")
    with collector_paused():
        preview = preview_import(ctx, event_id, path)
        if not preview.ok:
            raise ValidationError(preview.problems)
        written = write_contestants(ctx, event_id, preview.rows, source=Path(path).name)
        if warn is not None:  # once they are in: a refused import has nothing to note
            for line in (*preview.notes, *preview.missing_glyphs):
                warn(line)
        return written


def new_contestant(event_id: int, trade_id: int, row: ContestantRow) -> dict[str, Any]:
    """The values a new contestant is inserted with, from a checked registration row."""
    return {
        "event_id": event_id,
        "trade_id": trade_id,
        "number": row.number,
        "name": row.name,
        "gender": row.gender,
        "id_number": row.id_number,
        "unit": row.unit,
        "team": row.team,
        "group_name": row.group,
        "status": row.status,
        "version": 1,
    }


# What a new contestant is inserted with: the sealed fields, then the version.
_INSERTED = (*SEALED[Contestant], "version")


def _insert_sealed(s: Session, event_id: int, values: list[dict[str, Any]]) -> None:
    """Insert new contestants, sealed, as plain rows through the driver's executemany: on
    SQLite each with its seal (its id known: next_sqlite_ids), elsewhere sealed after from the
    values inserted (only their ids read back). 30,000 registrations at a time."""
    table = cast(Table, Contestant.__table__)
    full = [{"time_minutes": None, "decided_order": None} | v for v in values]
    sealed_of = itemgetter(*SEALED[Contestant])
    new_ids = next_sqlite_ids(s, table)
    columns = ("id", *_INSERTED, "seal") if new_ids is not None else (*_INSERTED, "seal")
    stmt = insert(table).values({name: bindparam(f"new_{name}") for name in columns})
    params = [(f"new_{name}", table.c[name]) for name in columns]
    if new_ids is not None:
        secret, table_name = audit_key.audit_key(), table.name
        rows = []
        for v in full:
            row_id, fields = next(new_ids), sealed_of(v)
            rows.append(
                (row_id, *fields, v["version"], row_seal(secret, table_name, row_id, fields))
            )
        plain_executemany(s, stmt, params, rows)
        return
    plain_executemany(s, stmt, params, ((*sealed_of(v), v["version"], "") for v in full))
    ids = dict(
        plain_rows(
            s, select(Contestant.number, Contestant.id).where(Contestant.event_id == event_id)
        )
    )
    seal_rows(s, Contestant, ((ids[v["number"]], sealed_of(v)) for v in full))


def write_contestants(
    ctx: Context, event_id: int, rows: tuple[ContestantRow, ...], *, source: str = ""
) -> int:
    require(ctx, "contestants")
    with collector_paused(), ctx.db.unit_of_work() as s:
        trades = _trade_lookup(s, event_id)
        for t in {trades[r.trade].id: trades[r.trade] for r in rows}.values():
            ensure_unlocked(t)
        _insert_sealed(s, event_id, [new_contestant(event_id, trades[r.trade].id, r) for r in rows])
        audit.record(
            s,
            ctx,
            "contestants.import",
            event_id=event_id,
            entity="contestant",
            key=source,
            new={"rows": len(rows)},
        )
    return len(rows)


def _info(c: Contestant, t: Trade) -> ContestantInfo:
    return ContestantInfo(
        id=c.id,
        number=c.number,
        name=c.name,
        trade_code=t.code,
        trade_name=t.name,
        unit=c.unit,
        team=c.team,
        group=c.group_name,
        id_number=c.id_number,
        gender=c.gender,
        status=c.status,
        version=c.version,
    )


def _contestants(event_id: int, trade_code: str | None) -> Select[tuple[Contestant, Trade]]:
    q = (
        select(Contestant, Trade)
        .join(Trade, Contestant.trade_id == Trade.id)
        .where(Contestant.event_id == event_id)
        .order_by(Contestant.number)
    )
    return q.where(Trade.code == trade_code) if trade_code else q


def list_contestants(
    ctx: Context, event_id: int, trade_code: str | None = None
) -> list[ContestantInfo]:
    with ctx.db.reading() as s:
        return [_info(c, t) for c, t in s.execute(_contestants(event_id, trade_code))]


def find_contestant(
    ctx: Context, event_id: int, number: str, *, trade_code: str | None = None
) -> ContestantInfo:
    """The contestant a user named by registration number, in the event or, given
    `trade_code`, in that trade; a number not there is the user's mistake."""
    with ctx.db.reading() as s:
        q = _contestants(event_id, trade_code).where(Contestant.number == number)
        row = s.execute(q).first()
        if row is None:
            where = f"工种“{trade_code}”" if trade_code else f"赛事 {event_id} "
            raise UserError(f"{where}没有参赛证号“{number}”的选手")
        return _info(*row)


def _check(s: Session, event_id: int, info: ContestantInfo, *, own_id: int | None) -> Trade:
    problems: list[Problem] = []
    if not info.number.strip():
        problems.append(Problem("number", "参赛证号为空"))
    else:
        clash = s.scalars(
            select(Contestant.id).where(
                Contestant.event_id == event_id, Contestant.number == info.number.strip()
            )
        ).first()
        if clash is not None and clash != own_id:
            problems.append(Problem("number", f"参赛证号“{info.number}”已存在"))
    if not info.name.strip():
        problems.append(Problem("name", "姓名为空"))
    if info.id_number:
        reason = validate_id_number(info.id_number.upper())
        if reason:
            problems.append(Problem("id_number", reason))
    if info.status not in STATUSES:
        problems.append(Problem("status", f"未知的状态“{info.status}”"))
    for field, limit in MAX_LENGTHS.items():
        value = getattr(info, field).strip()
        if len(value) > limit:
            problems.append(Problem(field, f"内容过长（{len(value)} 个字，最多 {limit} 个）"))
    for field in ONE_LINE:
        reason = field_problem(field, getattr(info, field))
        if reason:
            problems.append(Problem(field, reason))
    trade = _trade_lookup(s, event_id).get(info.trade_code)
    if trade is None:
        problems.append(Problem("trade", f"未知的工种“{info.trade_code}”"))
    else:
        declared = trade.settings.get("groups") or []
        reason = group_problem(info.group.strip(), declared, trade.name)
        if reason:
            problems.append(Problem("group", reason))
    if problems:
        raise ValidationError(problems)
    assert trade is not None
    return trade


def add_contestant(ctx: Context, event_id: int, info: ContestantInfo) -> ContestantInfo:
    require(ctx, "contestants")
    with ctx.db.unit_of_work() as s:
        trade = _check(s, event_id, info, own_id=None)
        ensure_unlocked(trade)
        c = Contestant(
            event_id=event_id,
            trade_id=trade.id,
            number=info.number.strip(),
            name=info.name.strip(),
            gender=info.gender,
            id_number=info.id_number.upper(),
            unit=info.unit.strip(),
            team=info.team.strip(),
            group_name=info.group.strip(),
            status=info.status,
        )
        s.add(c)
        s.flush()
        audit.record(
            s,
            ctx,
            "contestant.add",
            event_id=event_id,
            entity="contestant",
            key=c.number,
            new=_info(c, trade)._replace(id=c.id)._asdict(),
        )
        return _info(c, trade)


def update_contestant(ctx: Context, info: ContestantInfo) -> ContestantInfo:
    """Save an edited contestant; refused if someone else saved it first."""
    require(ctx, "contestants")
    with ctx.db.unit_of_work() as s:
        c = s.get(Contestant, info.id)
        if c is None:
            raise UserError("该选手已被删除")
        old_trade = s.get(Trade, c.trade_id)
        assert old_trade is not None
        if c.version != info.version:
            from competition_app.domain.errors import ConflictError

            raise ConflictError(f"选手 {c.number} 已被他人修改，请刷新后重试")
        trade = _check(s, c.event_id, info, own_id=c.id)
        old = _info(c, old_trade)
        if old.status != info.status or trade.id != old_trade.id:
            ensure_unlocked(old_trade)
            ensure_unlocked(trade)
        c.trade_id = trade.id
        c.number, c.name, c.gender = info.number.strip(), info.name.strip(), info.gender
        c.id_number, c.unit, c.team = info.id_number.upper(), info.unit.strip(), info.team.strip()
        c.group_name, c.status = info.group.strip(), info.status
        c.version += 1
        s.flush()
        new = _info(c, trade)
        before = old._asdict()
        changed = {k: v for k, v in new._asdict().items() if before[k] != v and k != "version"}
        audit.record(
            s,
            ctx,
            "contestant.edit",
            event_id=c.event_id,
            entity="contestant",
            key=c.number,
            old={k: before[k] for k in changed},
            new=changed,
        )
        return new


def set_status(ctx: Context, contestant_id: int, status: str, *, reason: str = "") -> None:
    require(ctx, "status")
    with ctx.db.unit_of_work() as s:
        c = s.get(Contestant, contestant_id)
        if c is None:
            raise UserError("该选手不存在")
        if status not in STATUSES:
            raise UserError(f"未知的状态“{status}”")
        trade = s.get(Trade, c.trade_id)
        assert trade is not None
        ensure_unlocked(trade)
        old = c.status
        c.status = status
        c.version += 1
        audit.record(
            s,
            ctx,
            "contestant.status",
            event_id=c.event_id,
            entity="contestant",
            key=c.number,
            old=old,
            new=status,
            reason=reason,
        )


def delete_contestant(ctx: Context, contestant_id: int) -> None:
    require(ctx, "contestants")
    with ctx.db.unit_of_work() as s:
        c = s.get(Contestant, contestant_id)
        if c is None:
            return
        trade = s.get(Trade, c.trade_id)
        assert trade is not None
        ensure_unlocked(trade)
        old = _info(c, trade)._asdict()
        s.execute(delete(Contestant).where(Contestant.id == contestant_id))
        audit.record(
            s,
            ctx,
            "contestant.delete",
            event_id=c.event_id,
            entity="contestant",
            key=c.number,
            old=old,
        )
