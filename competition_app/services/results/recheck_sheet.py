"""A score sheet as the re-check reads it: every criterion mark, judge by judge, and every
directly entered component score (a theory exam result), in the order of the scoring plan.

The re-check's unit is the whole sheet (domain.recheck): what is printed on the list, shown in
the panel and corrected is all of it, not the criterion marks only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from competition_app.domain.entries import Entry
from competition_app.domain.rules import TradeRules
from competition_app.services.context import Context
from competition_app.services.results.recheck_status import trade_by_id
from competition_app.services.results.results import trade_entries
from competition_app.services.setup.trades import load_rules
from competition_app.storage.models import Judge

LineKind = Literal["mark", "score"]


@dataclass(frozen=True)
class SheetLine:
    """One value of a score sheet: a criterion mark (by one judge) or a direct score."""

    kind: LineKind
    code: str  # the criterion's code, or the component's
    name: str  # "e1 电路设计", "theory 理论知识"
    judge_id: int  # 0: a criterion's one mark, and every direct score
    judge: str  # the judge's code as on the paper sheet, "" for none
    value: Decimal | None  # as stored; None: not entered


def judge_codes(s: Session, event_id: int) -> dict[int, str]:
    return {
        jid: code
        for jid, code in s.execute(
            select(Judge.id, Judge.code).where(Judge.event_id == event_id)
        ).tuples()
    }


def lines_of(rules: TradeRules, entry: Entry, judges: Mapping[int, str]) -> list[SheetLine]:
    """Component by component: a direct score as one line, else each criterion's marks by
    judge (sorted by the judge's code)."""
    out: list[SheetLine] = []
    for comp in rules.components:
        if rules.is_direct(comp.code):
            out.append(
                SheetLine(
                    "score", comp.code, f"{comp.code} {comp.name}", 0, "",
                    entry.scores.get(comp.code),
                )
            )  # fmt: skip
            continue
        for crit in rules.criteria_of(comp.code):
            by_judge = entry.marks.get(crit.code, {})
            marks = sorted(
                ((judges.get(int(key), key) if key != "0" else "", int(key), mark)
                 for key, mark in by_judge.items()),
            )  # fmt: skip
            name = f"{crit.code} {crit.name}"
            if not marks:
                out.append(SheetLine("mark", crit.code, name, 0, "", None))
            for code, jid, mark in marks:
                out.append(SheetLine("mark", crit.code, name, jid, code, mark))
    return out


def sheet_lines(ctx: Context, trade_id: int, contestant_id: int) -> tuple[SheetLine, ...]:
    """The stored marks and scores of one contestant's sheet, for the re-check panel."""
    with ctx.db.reading() as s:
        trade = trade_by_id(s, trade_id)
        entry = next((e for e in trade_entries(s, trade) if e.key == str(contestant_id)), None)
        if entry is None:
            return ()
        return tuple(lines_of(load_rules(trade), entry, judge_codes(s, trade.event_id)))
