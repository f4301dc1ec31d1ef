"""The re-check list as printed: the drawn sheets with every stored mark, for the checkers."""

from __future__ import annotations

from datetime import date

from competition_app.domain.errors import UserError
from competition_app.domain.marks import plain
from competition_app.domain.recheck import PART_LABELS, percent
from competition_app.reports.recheck_list import (
    RecheckListData,
    RecheckMark,
    RecheckSheet,
    render_recheck_list,
)
from competition_app.services.context import Context
from competition_app.services.printing.glyphs import ensure_drawable
from competition_app.services.printing.print_state import load_event
from competition_app.services.results.recheck_sheet import judge_codes, lines_of
from competition_app.services.results.recheck_status import status_in_session
from competition_app.services.results.results import trade_entries
from competition_app.services.setup.trades import find_trade, load_rules


def recheck_list_pdf(
    ctx: Context, event_id: int, trade_code: str, *, allow_missing_glyphs: bool = False
) -> bytes:
    """The list of the trade's re-check as drawn (and widened, once escalated), each sheet with
    its marks criterion by criterion and judge by judge and its directly entered scores, exactly
    as stored."""
    with ctx.db.reading() as s:
        ev = load_event(s, event_id)
        trade = find_trade(s, event_id, trade_code)
        st = status_in_session(s, trade)
        if not st.drawn or st.seed is None:
            raise UserError(f"工种“{trade.name}”尚未抽取复核样本")
        rules = load_rules(trade)
        entries = {int(e.key): e for e in trade_entries(s, trade)}
        judges = judge_codes(s, event_id)
        sheets = [
            RecheckSheet(
                label=row.label,
                name=row.name,
                part=PART_LABELS[row.part],
                marks=[
                    RecheckMark(x.name, x.judge, "" if x.value is None else plain(x.value))
                    for x in lines_of(rules, entries[row.contestant_id], judges)
                ],
            )
            for row in st.rows
        ]
        where = [("表头", (ev.name, trade.name))] + [
            (f"第 {i} 份（{x.label}）", (x.name,)) for i, x in enumerate(sheets, 1)
        ]
        ensure_drawable(where, allow=allow_missing_glyphs)
        r = st.rules
        rule = (
            f"各组前 {r.top} 名全部复核；其余 {st.rest} 份按不少于 {percent(r.share, 0)} 随机抽取"
            f'（种子 {st.seed}：每个参赛证号取 sha256("recheck:{st.seed}:参赛证号")，取值最小者入选，'
            f"可复算）；抽查差错率超过 {percent(r.error_rate, 0)} 时全部复核。"
        )
        data = RecheckListData(
            event_title=ev.name,
            trade=trade.name,
            seed=st.seed,
            rule=rule,
            sheets=sheets,
            hidden=st.identities_hidden,
            status=st.summary(),
            date=date.today(),
        )
    return render_recheck_list(data)
