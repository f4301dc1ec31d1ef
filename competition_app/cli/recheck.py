"""The re-check commands (抽样复核): draw the list, confirm or correct a sheet, status, print."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from competition_app.cli.common import (
    contestant_id_for,
    contestant_options,
    context,
    event_trade,
    judge_id_for,
    say,
)
from competition_app.domain.errors import UserError

if TYPE_CHECKING:
    from competition_app.services.context import Context
    from competition_app.services.results.recheck_status import RecheckStatus

# Exit status of a check that ran and found the work unfinished (as `marks verification`).
INCOMPLETE = 3


def _ctx(args: argparse.Namespace, *, write: bool = True) -> Context:
    return context(args, write=write)


def _trade_id(ctx: Context, args: argparse.Namespace) -> int:
    from competition_app.services.setup.trades import get_trade

    return get_trade(ctx, args.event, args.trade).id


def _contestant_id(ctx: Context, args: argparse.Namespace) -> int:
    """By entry number, or by work-piece code (a blind trade before decryption)."""
    from competition_app.services.results.recheck_status import recheck_status

    wanted = (args.number or args.code or "").strip()
    for row in recheck_status(ctx, _trade_id(ctx, args)).rows:
        if row.label == wanted:
            return row.contestant_id
    return contestant_id_for(ctx, args)


def _judge_id(ctx: Context, args: argparse.Namespace) -> int:
    return judge_id_for(ctx, args.event, args.judge)


def _print_status(st: RecheckStatus, *, rows: bool = True) -> None:
    from competition_app.domain.recheck import PART_LABELS, STATE_LABELS
    from competition_app.io.result_tables import text_table

    if st.drawn:
        print(
            say(
                f"种子 {st.seed}（第 {st.round} 次抽取，{st.drawn_by}，{st.drawn_at:%Y-%m-%d %H:%M}）"
            )
        )
    print(say(st.summary()))
    if rows and st.rows:
        body = [
            [
                r.label,
                r.name,
                r.group,
                str(r.rank or ""),
                say(PART_LABELS[r.part]),
                say(STATE_LABELS[r.state]) + (say("（分数已变，须重新复核）") if r.stale else ""),
                r.checked_by,
                "；".join(r.corrections),
            ]
            for r in st.rows
        ]
        header = ["number", "name", "group", "rank", "part", "state", "checker", "corrections"]
        if not any(r.group for r in st.rows):  # one field: no column of blanks
            header.pop(2)
            body = [row[:2] + row[3:] for row in body]
        print(text_table(header, body))


def cmd_recheck_draw(args: argparse.Namespace) -> int:
    from competition_app.services.results.recheck import draw_recheck

    ctx = _ctx(args)
    st = draw_recheck(ctx, _trade_id(ctx, args), args.seed, redraw_reason=args.reason or "")
    _print_status(st)
    return 0


def cmd_recheck_confirm(args: argparse.Namespace) -> int:
    from competition_app.services.results.recheck import confirm_sheet

    ctx = _ctx(args)
    st = confirm_sheet(ctx, _trade_id(ctx, args), _contestant_id(ctx, args))
    _print_status(st, rows=False)
    return 0


def cmd_recheck_correct(args: argparse.Namespace) -> int:
    from competition_app.domain.marks import read_number
    from competition_app.services.results.recheck import correct_mark, correct_score

    ctx = _ctx(args)
    value = read_number(args.value)  # the text is read here, once
    if value is None:
        raise UserError("更正的分数不能为空")
    if args.component and args.judge:
        raise UserError("直接录入的成绩没有裁判，不能与 --judge 同用")
    trade_id, contestant_id, reason = _trade_id(ctx, args), _contestant_id(ctx, args), args.reason
    if args.component:
        st = correct_score(ctx, trade_id, contestant_id, args.component, value, reason=reason or "")
    else:
        st = correct_mark(
            ctx,
            trade_id,
            contestant_id,
            args.criterion,
            value,
            judge_id=_judge_id(ctx, args),
            reason=reason or "",
        )
    _print_status(st, rows=False)
    return 0


def cmd_recheck_status(args: argparse.Namespace) -> int:
    from competition_app.services.results.recheck_status import recheck_status

    ctx = _ctx(args, write=False)
    st = recheck_status(ctx, _trade_id(ctx, args))
    _print_status(st, rows=args.rows)
    return 0 if st.complete else INCOMPLETE


def cmd_recheck_list(args: argparse.Namespace) -> int:
    from competition_app.services.printing.recheck_list import recheck_list_pdf

    ctx = _ctx(args, write=False)
    pdf = recheck_list_pdf(ctx, args.event, args.trade)
    from competition_app import safe_write

    safe_write.write_bytes(Path(args.output), pdf)
    print(say(f"已写入 {args.output}"))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `recheck draw|confirm|correct|status|list` to the main parser (`sub`)."""
    rc = sub.add_parser("recheck", help="抽样复核").add_subparsers(dest="action", required=True)
    x = rc.add_parser("draw", help="抽取复核名单：前列全检加随机抽查（裁判长）")
    event_trade(x)
    x.add_argument("--seed", type=int, help="种子（默认随机生成，并随名单显示和记入审计日志）")
    x.add_argument("--reason", help="重新抽取的原因（尚无评分表复核过时才可重新抽取）")
    x.set_defaults(func=cmd_recheck_draw)
    x = rc.add_parser("confirm", help="确认一份评分表的分数无误")
    event_trade(x)
    contestant_options(x)
    x.set_defaults(func=cmd_recheck_confirm)
    x = rc.add_parser("correct", help="更正一个分数（记入审计日志，成绩随之重算）")
    event_trade(x)
    contestant_options(x)
    what = x.add_mutually_exclusive_group(required=True)
    what.add_argument("--criterion", help="评分项代码")
    what.add_argument("--component", help="直接录入的成绩（如理论知识 theory）的组成部分代码")
    x.add_argument("--value", required=True, help="更正后的分数")
    x.add_argument("--judge", help="裁判代码（多人评分的评分项）")
    x.add_argument("--reason", help="依据，如：核对原始评分表")
    x.set_defaults(func=cmd_recheck_correct)
    x = rc.add_parser("status", help="复核进度与差错率（未完成时退出码为 3）")
    event_trade(x)
    x.add_argument("--rows", action="store_true", help="同时列出每份评分表")
    x.set_defaults(func=cmd_recheck_status)
    x = rc.add_parser("list", help="打印复核名单（PDF）")
    event_trade(x)
    x.add_argument("--output", required=True, help="PDF 文件")
    x.set_defaults(func=cmd_recheck_list)
