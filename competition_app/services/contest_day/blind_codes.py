"""Blind codes per trade: generate, code tables for the encryption judge, marks by work-piece code,
the judges' code-only grid, and decryption after the lock."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from competition_app.domain.blind_codes import (
    CodePair,
    code_digest,
    generate_pairs,
    is_code,
    normalize_code,
    printed,
)
from competition_app.domain.errors import UserError
from competition_app.domain.recusal import Recusal
from competition_app.domain.tabulation import number_key
from competition_app.reports.forms import CodeLayer, CodeListData, render_code_lists
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.printing.glyphs import ensure_drawable
from competition_app.services.scoring.score_grid import GridColumn, load_grid
from competition_app.services.scoring.scoring import Saved, record_mark
from competition_app.services.setup.trades import (
    TradeInfo,
    ensure_unlocked,
    find_trade,
    marks_entered,
)
from competition_app.storage.models import (
    AuditEntry,
    BlindCode,
    Contestant,
    Event,
    Trade,
)


class DecryptionRefused(UserError):
    """Decryption asked for before the chief judge locked the trade."""


@dataclass(frozen=True)
class FirstLayerRow:
    """一次加密 table: entry number -> check-in code (kept by the encryption judge)."""

    number: str
    name: str
    checkin_code: str


@dataclass(frozen=True)
class SecondLayerRow:
    """二次加密 table: check-in code -> work-piece code."""

    checkin_code: str
    workpiece_code: str


@dataclass(frozen=True)
class CodeTables:
    """The sealed lists for the encryption judge; codes in their printed form (``KRW-358``)."""

    event_id: int
    trade_code: str
    trade_name: str
    first: tuple[FirstLayerRow, ...]  # by entry number
    second: tuple[SecondLayerRow, ...]  # by check-in code, so the order reveals nothing
    digest: str
    event_title: str = ""


@dataclass(frozen=True)
class BlindGridRow:
    workpiece_code: str  # printed form
    status_expected: bool  # False for absent or disqualified: no marks expected
    values: tuple[Decimal | None, ...]
    versions: tuple[int, ...]
    recused: tuple[Recusal | None, ...] = ()  # per column, as GridRow.recused


@dataclass(frozen=True)
class BlindGrid:
    """The judges' view of a trade: marks by work-piece code, never a name, unit or number."""

    trade: TradeInfo
    columns: tuple[GridColumn, ...]  # mark and score columns (no time: it identifies a session)
    rows: tuple[BlindGridRow, ...]  # by work-piece code
    without_code: int  # contestants who have no code yet (cannot be marked here)


@dataclass(frozen=True)
class DecryptedRow:
    workpiece_code: str
    checkin_code: str
    contestant_id: int
    number: str
    name: str
    unit: str


@dataclass(frozen=True)
class Decryption:
    trade_code: str
    rows: tuple[DecryptedRow, ...]  # by entry number
    # False when the code table differs from the one recorded when the codes were made
    table_intact: bool


def _pairs(s: Session, trade: Trade) -> list[tuple[BlindCode, Contestant]]:
    return list(
        s.execute(
            select(BlindCode, Contestant)
            .join(Contestant, Contestant.id == BlindCode.contestant_id)
            .where(BlindCode.trade_id == trade.id)
        ).tuples()
    )


def _digest(pairs: list[tuple[BlindCode, Contestant]]) -> str:
    return code_digest(CodePair(c.number, b.checkin_code, b.workpiece_code) for b, c in pairs)


def generate_codes(
    ctx: Context, event_id: int, trade_code: str, *, regenerate: bool = False
) -> int:
    """Give every contestant of the trade who has none a check-in and a work-piece code; with
    `regenerate`, throw all codes away and make new ones (only before any mark is entered).
    Returns how many contestants got codes. The codes are not written to the audit trail; a
    fingerprint of the whole table is."""
    require(ctx, "codes")
    with ctx.db.unit_of_work() as s:
        trade = find_trade(s, event_id, trade_code)
        ensure_unlocked(trade)
        if regenerate:
            marked = marks_entered(s, trade.id)
            if marked:
                raise UserError(f"工种“{trade.name}”已有 {marked} 个分数，不能重新生成加密号")
            s.execute(delete(BlindCode).where(BlindCode.trade_id == trade.id))
        have = {b.contestant_id for b, _c in _pairs(s, trade)}
        taken = {code for b, _c in _pairs(s, trade) for code in (b.checkin_code, b.workpiece_code)}
        todo = sorted(
            (
                c
                for c in s.scalars(select(Contestant).where(Contestant.trade_id == trade.id))
                if c.id not in have
            ),
            key=lambda c: number_key(c.number),
        )
        if not todo:
            return 0
        ids = {c.number: c.id for c in todo}
        pairs = generate_pairs([c.number for c in todo], taken=taken)
        s.execute(
            insert(BlindCode),
            [
                {
                    "contestant_id": ids[p.number],
                    "trade_id": trade.id,
                    "checkin_code": p.checkin_code,
                    "workpiece_code": p.workpiece_code,
                    "created_at": datetime.now().replace(microsecond=0),
                }
                for p in pairs
            ],
        )
        s.flush()
        audit.record(
            s,
            ctx,
            "codes.regenerate" if regenerate else "codes.generate",
            event_id=event_id,
            entity="blind_code",
            key=trade.code,
            new={"contestants": len(pairs), "digest": _digest(_pairs(s, trade))},
        )
        return len(pairs)


def code_tables(ctx: Context, event_id: int, trade_code: str) -> CodeTables:
    """The two code tables for printing as sealed lists; audited, since they unmask the codes."""
    require(ctx, "codes")
    with ctx.db.unit_of_work() as s:
        trade = find_trade(s, event_id, trade_code)
        pairs = _pairs(s, trade)
        if not pairs:
            raise UserError(f"工种“{trade.name}”还没有生成加密号")
        first = tuple(
            sorted(
                (FirstLayerRow(c.number, c.name, printed(b.checkin_code)) for b, c in pairs),
                key=lambda r: number_key(r.number),
            )
        )
        second = tuple(
            sorted(
                (
                    SecondLayerRow(printed(b.checkin_code), printed(b.workpiece_code))
                    for b, _c in pairs
                ),
                key=lambda r: r.checkin_code,
            )
        )
        digest = _digest(pairs)
        audit.record(
            s,
            ctx,
            "codes.tables",
            event_id=event_id,
            entity="blind_code",
            key=trade.code,
            new={"contestants": len(pairs)},
        )
        event = s.get(Event, event_id)
        return CodeTables(
            event_id,
            trade.code,
            trade.name,
            first,
            second,
            digest,
            event.name if event is not None else "",
        )


def code_tables_pdf(
    ctx: Context,
    event_id: int,
    trade_code: str,
    layers: Sequence[CodeLayer] = (1, 2),
    *,
    allow_missing_glyphs: bool = False,
) -> bytes:
    """The code tables as sealed lists to print: each layer from a new page (or only the layers
    asked for, so each encryption judge can print their own). Audited like viewing them.

    Like every printed list, refused while a name, the trade or the event has a character no
    bundled font draws (unless `allow_missing_glyphs`): checked before the tables are read, so a
    refusal is not audited as a viewing.
    """
    if not layers or any(n not in (1, 2) for n in layers):
        raise UserError("加密表只有一次加密（1）和二次加密（2）两层")
    require(ctx, "codes")
    if not allow_missing_glyphs:
        _check_list_glyphs(ctx, event_id, trade_code, names=1 in layers)
    t = code_tables(ctx, event_id, trade_code)
    rows: dict[CodeLayer, list[tuple[str, ...]]] = {
        1: [(r.number, r.name, r.checkin_code) for r in t.first],
        2: [(r.checkin_code, r.workpiece_code) for r in t.second],
    }
    when = datetime.now()
    return render_code_lists(
        [
            CodeListData(
                t.event_title,
                t.trade_name,
                n,
                rows[n],
                t.digest,
                printed_by=ctx.actor,
                printed_at=f"打印时间：{when.year}年{when.month}月{when.day}日 {when:%H:%M}",
            )
            for n in dict.fromkeys(layers)
        ]
    )


def _check_list_glyphs(ctx: Context, event_id: int, trade_code: str, *, names: bool) -> None:
    """The event, the trade and (on the first layer) each name as the sealed lists print them."""
    with ctx.db.reading() as s:
        trade = find_trade(s, event_id, trade_code)
        event = s.get(Event, event_id)
        rows: list[tuple[str, Sequence[str]]] = [
            ("表头", (event.name if event is not None else "", trade.name))
        ]
        if names:
            people = sorted((c for _b, c in _pairs(s, trade)), key=lambda c: number_key(c.number))
            rows += [(f"第 {i} 行（{c.number}）", (c.name,)) for i, c in enumerate(people, 1)]
    ensure_drawable(rows)


def _by_workpiece(s: Session, trade: Trade, code: str) -> Contestant:
    wanted = normalize_code(code)
    if not is_code(wanted):
        raise UserError(f"“{code}”不是工件号（三个字母加三个数字，如 KRW-358）")
    row = s.scalars(
        select(BlindCode).where(BlindCode.trade_id == trade.id, BlindCode.workpiece_code == wanted)
    ).first()
    if row is None:
        if (
            s.scalars(
                select(BlindCode.contestant_id).where(
                    BlindCode.trade_id == trade.id, BlindCode.checkin_code == wanted
                )
            ).first()
            is not None
        ):
            raise UserError(f"{printed(wanted)} 是检录号，不是工件号")
        raise UserError(f"工种“{trade.name}”没有工件号 {printed(wanted)}")
    c = s.get(Contestant, row.contestant_id)
    assert c is not None
    return c


def record_mark_by_code(
    ctx: Context,
    event_id: int,
    trade_code: str,
    workpiece_code: str,
    criterion: str,
    value: Decimal | None,
    *,
    judge_id: int = 0,
    expected_version: int | None = None,
) -> Saved:
    """record_mark for the work piece with this code (same checks: role, lock, range, recusal)."""
    require(ctx, "marks")
    with ctx.db.reading() as s:
        contestant_id = _by_workpiece(s, find_trade(s, event_id, trade_code), workpiece_code).id
    return record_mark(
        ctx, contestant_id, criterion, value, judge_id=judge_id, expected_version=expected_version
    )


def contestant_for_code(ctx: Context, event_id: int, trade_code: str, workpiece_code: str) -> int:
    """The contestant id behind a work-piece code, for services that take ids (verified entry).
    It is an internal key, never shown: the GUI keeps it out of the judges' view."""
    require(ctx, "marks")
    with ctx.db.reading() as s:
        return _by_workpiece(s, find_trade(s, event_id, trade_code), workpiece_code).id


def blind_grid_rows(ctx: Context, trade_id: int) -> BlindGrid:
    """The score grid by work-piece code only, for judges of a blind trade."""
    grid = load_grid(ctx, trade_id)
    with ctx.db.reading() as s:
        codes = {
            cid: code
            for cid, code in s.execute(
                select(BlindCode.contestant_id, BlindCode.workpiece_code).where(
                    BlindCode.trade_id == trade_id
                )
            ).tuples()
        }
    keep = [i for i, col in enumerate(grid.columns) if col.kind != "time"]
    rows = [
        BlindGridRow(
            printed(codes[r.contestant_id]),
            r.expected,
            tuple(r.values[i] for i in keep),
            tuple(r.versions[i] for i in keep),
            tuple(r.recusal(i) for i in keep) if r.recused else (),
        )
        for r in grid.rows
        if r.contestant_id in codes
    ]
    rows.sort(key=lambda r: r.workpiece_code)
    return BlindGrid(
        grid.trade,
        tuple(grid.columns[i] for i in keep),
        tuple(rows),
        sum(1 for r in grid.rows if r.contestant_id not in codes),
    )


def decrypt_results(ctx: Context, event_id: int, trade_code: str) -> Decryption:
    """Link codes back to contestants: only after the trade is locked, only by the encryption
    judge or the organizer; audited."""
    require(ctx, "decrypt")
    with ctx.db.unit_of_work() as s:
        trade = find_trade(s, event_id, trade_code)
        if not trade.locked:
            raise DecryptionRefused(f"工种“{trade.name}”的成绩尚未由裁判长锁定，不能解密")
        pairs = _pairs(s, trade)
        if not pairs:
            raise UserError(f"工种“{trade.name}”没有加密号")
        digest = _digest(pairs)
        recorded = s.scalars(
            select(AuditEntry.new_value)
            .where(
                AuditEntry.event_id == event_id,
                AuditEntry.entity == "blind_code",
                AuditEntry.entity_key == trade.code,
                AuditEntry.action.in_(("codes.generate", "codes.regenerate")),
            )
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
        intact = recorded is not None and _recorded_digest(recorded) == digest
        rows = tuple(
            sorted(
                (
                    DecryptedRow(
                        printed(b.workpiece_code),
                        printed(b.checkin_code),
                        c.id,
                        c.number,
                        c.name,
                        c.unit,
                    )
                    for b, c in pairs
                ),
                key=lambda r: number_key(r.number),
            )
        )
        audit.record(
            s,
            ctx,
            "codes.decrypt",
            event_id=event_id,
            entity="blind_code",
            key=trade.code,
            new={"contestants": len(rows), "table_intact": intact},
        )
        return Decryption(trade.code, rows, intact)


def _recorded_digest(text: str) -> str:
    try:
        value = json.loads(text).get("digest", "")
    except (ValueError, AttributeError):
        return ""
    return value if isinstance(value, str) else ""
