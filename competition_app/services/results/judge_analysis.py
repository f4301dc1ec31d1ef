"""Judge analysis (评分一致性) of a trade from its stored marks: the service behind the CLI, the
page and the sheet.

Who may see it: the roles that read the audit trail (organizer, chief judge, supervisor), since
it ranks colleagues; a judge or the encryption judge may not. Judges are named (they are staff);
no contestant appears, so a blind trade shows the same before and after decryption.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import select

from competition_app.domain.final_state import draft_reasons
from competition_app.domain.judge_analysis import (
    JudgeAnalysis,
    JudgeConsistency,
    JudgementAgreement,
    analyse_judges,
    shown,
)
from competition_app.services.context import Context
from competition_app.services.integrity.permissions import require
from competition_app.services.results.results import trade_entries
from competition_app.services.scoring.recusal import trade_judges
from competition_app.services.scoring.verification import status_in_session
from competition_app.services.setup.events import EventInfo, get_event
from competition_app.services.setup.trades import TradeInfo, find_trade, trade_info
from competition_app.storage.models import Judge

# The CLI's columns, and the order of the page's table and the sheet's.
COLUMNS = ("judge", "name", "marks", "mean_offset", "flagged_share", "trimmed_high", "trimmed_low")


@dataclass(frozen=True)
class JudgeLine:
    """One judge's row: who, and the domain's numbers."""

    code: str
    name: str
    numbers: JudgeConsistency

    @property
    def mean_offset(self) -> Fraction | None:
        return self.numbers.mean_offset

    def cells(self) -> list[str]:
        """The row as printed, in `COLUMNS` order."""
        n = self.numbers
        return [
            self.code,
            self.name,
            str(n.marks),
            shown(n.mean_offset),
            shown(n.flagged_share),
            str(n.trimmed_high),
            str(n.trimmed_low),
        ]


@dataclass(frozen=True)
class TradeJudgeAnalysis:
    event: EventInfo
    trade: TradeInfo
    lines: tuple[JudgeLine, ...]
    agreement: tuple[JudgementAgreement, ...]
    panels: int
    # Why the marks may still change (not locked, verification unfinished): the sheet is a draft.
    draft: tuple[str, ...] = ()

    @property
    def trims(self) -> bool:
        """Whether the trade drops highest and lowest marks (else the trimmed columns are 0)."""
        return self.trade.rules.panel.method == "trimmed_mean"


def _code(judge: Judge | JudgeLine) -> str:
    return judge.code


def judge_analysis(ctx: Context, event_id: int, trade_code: str) -> TradeJudgeAnalysis:
    """Each judge of the trade beside their panels, computed afresh from the stored marks."""
    require(ctx, "audit")
    event = get_event(ctx, event_id)
    with ctx.db.reading() as s:
        trade = find_trade(s, event_id, trade_code)
        info = trade_info(s, trade)
        # The chief judge and clerks on a trade's roster mark nothing as a rule: they are listed
        # only when they did mark.
        marking = sorted((j for j in trade_judges(s, trade) if j.role == "judge"), key=_code)
        staff = {
            str(jid): (code, name)
            for jid, code, name in s.execute(
                select(Judge.id, Judge.code, Judge.name).where(Judge.event_id == event_id)
            ).tuples()
        }
        analysis: JudgeAnalysis = analyse_judges(
            info.rules, trade_entries(s, trade), roster=[str(j.id) for j in marking]
        )
        draft = draft_reasons(
            locked=trade.locked, rows=(), unverified=status_in_session(s, trade).provisional
        )
    lines = [
        JudgeLine(*staff.get(row.judge, (f"#{row.judge}", "")), numbers=row)
        for row in analysis.judges
    ]
    lines[len(marking) :] = sorted(lines[len(marking) :], key=_code)
    return TradeJudgeAnalysis(event, info, tuple(lines), analysis.agreement, analysis.panels, draft)
