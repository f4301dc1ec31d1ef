"""Where a trade's re-check (抽样复核) stands: the list with each sheet's state, the sample's
error rate, and whether the lock must wait (domain.recheck holds the rule)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from competition_app.domain.blind_codes import printed
from competition_app.domain.entries import Entry
from competition_app.domain.errors import UserError
from competition_app.domain.recheck import (
    Candidate,
    CheckState,
    Part,
    Progress,
    percent,
    progress,
    sheet_digest,
)
from competition_app.domain.results import ResultRow
from competition_app.domain.rules import RecheckRules
from competition_app.domain.tabulation import tabulate
from competition_app.services.contest_day.blind_results import hidden_identities
from competition_app.services.context import Context
from competition_app.services.results.results import trade_entries
from competition_app.services.setup.trades import find_trade, load_rules
from competition_app.storage.models import Judge, RecheckItem, RecheckRound, Trade


@dataclass(frozen=True)
class RecheckRow:
    """One score sheet on the re-check list, as the checker and the chief judge read it."""

    contestant_id: int
    label: str  # entry number, or the work-piece code while a blind trade is not decrypted
    name: str  # "" while identities are hidden
    unit: str
    group: str
    rank: int | None
    total: Decimal | None
    part: Part
    state: CheckState  # pending also when the sheet's marks changed after its check
    stale: bool  # checked once, then a mark changed: to be checked again
    checked_by: str
    corrections: tuple[str, ...]  # "p1@J1: 40 → 42", "theory: 78 → 87"


@dataclass(frozen=True)
class RecheckStatus:
    trade_id: int
    trade_code: str
    trade_name: str
    required: bool  # the trade's rules: no lock until complete
    rules: RecheckRules  # as drawn (or the trade's, before a draw)
    drawn: bool
    seed: int | None
    drawn_by: str
    drawn_at: datetime | None
    round: int
    rows: tuple[RecheckRow, ...]
    progress: Progress | None
    identities_hidden: bool
    decimals: int = 2
    rest: int = 0  # ranked sheets outside the top part when drawn: the sample came from these

    @property
    def complete(self) -> bool:
        return self.progress is not None and self.progress.complete

    @property
    def rate_text(self) -> str:
        return percent(self.progress.rate if self.progress else Fraction(0))

    def summary(self) -> str:
        """One line for the command line, the window and the lock's refusal."""
        if not self.drawn or self.progress is None:
            return "尚未抽取复核样本"
        p = self.progress
        text = (
            f"已复核 {p.checked}/{len(p.required)} 份评分表，抽查 {p.sample_size} 份中更正 "
            f"{p.corrected_in_sample} 份（差错率 {self.rate_text}，阈值 {percent(self.rules.error_rate)}）"
        )
        if p.escalated:
            text += "，已扩大为全部复核"
        return text


def trade_by_id(s: Session, trade_id: int) -> Trade:
    trade = s.get(Trade, trade_id)
    if trade is None:
        raise UserError("工种不存在")
    return trade


def current_round(s: Session, trade: Trade) -> RecheckRound | None:
    return s.scalars(select(RecheckRound).where(RecheckRound.trade_id == trade.id)).first()


def drawn_rules(r: RecheckRound, trade_rules: RecheckRules) -> RecheckRules:
    st = r.settings
    return RecheckRules(
        required=trade_rules.required,
        top=int(st["top"]),
        share=Decimal(st["share"]),
        error_rate=Decimal(st["error_rate"]),
    )


@dataclass
class Sheet:
    """What the service knows of a trade while working on its re-check, in one read."""

    entries: dict[str, Entry]  # by contestant id (text), as the engine keys them
    rows: dict[str, ResultRow]
    # By entry number: the draw depends on the numbers, not on ids, so another database with the
    # same contestants and seed draws the same list.
    ranked: list[Candidate]
    key_of: dict[str, str]  # entry number -> contestant id (text)
    judge_codes: dict[str, str]  # judge id (text) -> the judge's code

    def digest(self, key: str) -> str:
        """By judge code, not id: the check stands in another database with other ids (an
        event archive imported on another laptop)."""
        e = self.entries[key]
        marks = {
            crit: {self.judge_codes.get(j, j): v for j, v in by.items()}
            for crit, by in e.marks.items()
        }
        return sheet_digest(marks, e.scores)


def read_sheet(s: Session, trade: Trade) -> Sheet:
    entries = trade_entries(s, trade)
    result = tabulate(load_rules(trade), entries)
    rows = {r.key: r for r in result.rows}
    ranked = [Candidate(r.number, r.group, r.rank) for r in result.rows if r.rank is not None]
    judges = s.execute(select(Judge.id, Judge.code).where(Judge.event_id == trade.event_id))
    return Sheet(
        {e.key: e for e in entries},
        rows,
        ranked,
        {e.number: e.key for e in entries},
        {str(jid): code for jid, code in judges.tuples()},
    )


def sheet_number(sheet: Sheet, key: str) -> str:
    return sheet.entries[key].number


def standing_checks(items: list[RecheckItem], sheet: Sheet) -> dict[str, CheckState]:
    """The items still standing: checked, and with the marks they were checked with."""
    out: dict[str, CheckState] = {}
    for it in items:
        key = str(it.contestant_id)
        if it.state != "pending" and key in sheet.entries and it.digest == sheet.digest(key):
            out[sheet_number(sheet, key)] = "corrected" if it.state == "corrected" else "confirmed"
    return out


def round_progress(
    r: RecheckRound, items: list[RecheckItem], sheet: Sheet, rules: RecheckRules
) -> Progress:
    drawn: dict[str, Part] = {
        sheet_number(sheet, str(it.contestant_id)): "sample" if it.part == "sample" else "top"
        for it in items
        if str(it.contestant_id) in sheet.entries
    }
    return progress(
        sheet.ranked, rules, drawn, standing_checks(items, sheet), escalated=r.escalated
    )


def round_items(s: Session, r: RecheckRound) -> list[RecheckItem]:
    return list(s.scalars(select(RecheckItem).where(RecheckItem.round_id == r.id)))


def status_in_session(s: Session, trade: Trade) -> RecheckStatus:
    trade_rules = load_rules(trade)
    r = current_round(s, trade)
    codes = hidden_identities(s, trade)
    empty = RecheckStatus(
        trade_id=trade.id,
        trade_code=trade.code,
        trade_name=trade.name,
        required=trade_rules.recheck.required,
        rules=trade_rules.recheck,
        drawn=False,
        seed=None,
        drawn_by="",
        drawn_at=None,
        round=0,
        rows=(),
        progress=None,
        identities_hidden=codes is not None,
        decimals=trade_rules.rounding.decimals,
    )
    if r is None:
        return empty
    rules = drawn_rules(r, trade_rules.recheck)
    sheet = read_sheet(s, trade)
    items = round_items(s, r)
    prog = round_progress(r, items, sheet, rules)
    checks = standing_checks(items, sheet)
    by_key = {str(it.contestant_id): it for it in items}
    required = [sheet.key_of[n] for n in prog.required]
    listed = [k for k in by_key if k in sheet.rows] + [k for k in required if k not in by_key]
    order = {"top": 0, "sample": 1, "full": 2}
    rows: list[RecheckRow] = []
    for key in listed:
        it = by_key.get(key)
        row = sheet.rows[key]
        part: Part = it.part if it else ("full" if prog.escalated else "top")  # type: ignore[assignment]
        state: CheckState = checks.get(row.number, "pending")
        rows.append(
            RecheckRow(
                contestant_id=int(key),
                label=printed(codes.get(key, f"#{key}")) if codes is not None else row.number,
                name="" if codes is not None else row.name,
                unit="" if codes is not None else row.unit,
                group=row.group,
                rank=row.rank,
                total=row.total,
                part=part,
                state=state,
                stale=it is not None and it.state != "pending" and row.number not in checks,
                checked_by=it.checked_by if it else "",
                corrections=tuple(_shown_correction(c) for c in (it.corrections if it else [])),
            )
        )
    rows.sort(key=lambda x: (order[x.part], x.rank or 10**9, x.label))
    return replace(
        empty,
        rules=rules,
        drawn=True,
        seed=r.seed,
        drawn_by=r.drawn_by,
        drawn_at=r.drawn_at,
        round=r.round,
        rows=tuple(rows),
        progress=prog,
        rest=int(r.settings.get("rest", 0)),
    )


def _shown_correction(c: dict[str, str]) -> str:
    judge = f"@{c['judge']}" if c.get("judge") else ""  # the judge's code
    code = c.get("criterion") or c.get("component", "")
    return f"{code}{judge}: {c['old'] or '（空）'} → {c['new']}"


def recheck_drawn(ctx: Context, event_id: int, trade_code: str) -> bool:
    """Whether the trade has a re-check list to print (one query, for the printing page)."""
    with ctx.db.reading() as s:
        return current_round(s, find_trade(s, event_id, trade_code)) is not None


def recheck_status(ctx: Context, trade_id: int) -> RecheckStatus:
    with ctx.db.reading() as s:
        return status_in_session(s, trade_by_id(s, trade_id))


def lock_refusal(s: Session, trade: Trade) -> str | None:
    """Why the trade may not be locked yet because of its re-check, or None."""
    if not load_rules(trade).recheck.required:
        return None
    st = status_in_session(s, trade)
    if st.complete:
        return None
    return f"工种“{trade.name}”抽样复核未完成（{st.summary()}），不能锁定"
