"""Explaining one contestant's result from what is stored: the service behind `results explain`."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from competition_app.domain.blind_codes import mask_identity, normalize_code, printed
from competition_app.domain.explanation import SOLE_MARK, Explanation, explain
from competition_app.services.blind_results import hidden_identities
from competition_app.services.context import Context
from competition_app.services.recusal import recusal_reason
from competition_app.services.results import trade_entries
from competition_app.services.trades import find_trade, load_rules
from competition_app.storage.models import (
    Contestant,
    Criterion,
    Judge,
    Trade,
    judge_panel,
    judge_trade,
)


def explain_result(ctx: Context, event_id: int, trade_code: str, number: str) -> Explanation:
    """The working behind the result of the contestant with entry `number` (for a blind trade
    not yet decrypted, `number` is the work-piece code, and nobody's name is shown)."""
    with ctx.db.reading() as s:
        trade = find_trade(s, event_id, trade_code)
        entries = trade_entries(s, trade)
        codes = hidden_identities(s, trade)
        number = number.strip()
        if codes is not None:
            entries = [mask_identity(e, codes.get(e.key)) for e in entries]
            number = printed(normalize_code(number))
        names = {str(j.id): f"{j.code} {j.name}" for j in _judges(s, trade)}
        names[SOLE_MARK] = "唯一评分"
        target = next((e for e in entries if e.number == number), None)
        recused = _recused(s, trade, int(target.key)) if target is not None else {}
        return explain(load_rules(trade), entries, number, judge_names=names, recused=recused)


def _judges(s: Session, trade: Trade) -> list[Judge]:
    return list(
        s.scalars(
            select(Judge)
            .join(judge_trade, judge_trade.c.judge_id == Judge.id)
            .where(judge_trade.c.trade_id == trade.id)
            .order_by(Judge.code)
        )
    )


def _recused(s: Session, trade: Trade, contestant_id: int) -> dict[str, dict[str, str]]:
    """criterion code -> judge -> why: the judges of the trade (of that criterion's panel, where
    panels are set) who stood aside for this contestant."""
    contestant = s.get(Contestant, contestant_id)
    if contestant is None:
        return {}
    criteria = {
        c.id: c.code for c in s.scalars(select(Criterion).where(Criterion.trade_id == trade.id))
    }
    panels: dict[int, set[int]] = {}
    for judge_id, criterion_id in s.execute(
        select(judge_panel.c.judge_id, judge_panel.c.criterion_id).where(
            judge_panel.c.criterion_id.in_(criteria)
        )
    ):
        panels.setdefault(judge_id, set()).add(criterion_id)
    out: dict[str, dict[str, str]] = {}
    for judge in _judges(s, trade):
        reason = recusal_reason(s, trade, contestant, judge.id)
        if reason is None:
            continue
        for criterion_id in panels.get(judge.id) or criteria:
            out.setdefault(criteria[criterion_id], {})[f"{judge.code} {judge.name}"] = reason
    return out
