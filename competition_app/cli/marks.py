"""`marks enter | verification | resolve`: one mark typed at the command line, by registration
number or work-piece code, and the verified double entry (two passes, the chief judge's ruling)."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING

from competition_app.cli.common import (
    CHECK_FAILED,
    contestant_id_for,
    contestant_options,
    context,
    event_trade,
    judge_id_for,
    say,
    shown,
    table,
    trade_id_for,
)
from competition_app.domain.errors import UserError

if TYPE_CHECKING:
    pass


def cmd_marks_enter(args: argparse.Namespace) -> int:
    from competition_app.domain.marks import read_number

    ctx = context(args)
    judge_id = judge_id_for(ctx, args.event, args.judge)
    # the text is read here, once; the services check the value against the trade's rules
    value = read_number(args.value)
    if args.pass_no:
        from dataclasses import replace

        from competition_app.domain.double_entry import STATE_LABELS
        from competition_app.services.scoring.verification import enter_pass

        r = enter_pass(
            replace(ctx, clerk=args.clerk or ""),
            contestant_id_for(ctx, args),
            args.criterion,
            _required(value),
            pass_no=args.pass_no,
            judge_id=judge_id,
        )
        print(say(f"第{args.pass_no}遍已录入：{STATE_LABELS[r.state]}"))
        return 0
    if args.code:
        from competition_app.services.contest_day.blind_codes import record_mark_by_code

        saved = record_mark_by_code(
            ctx, args.event, args.trade, args.code, args.criterion, value, judge_id=judge_id
        )
    else:
        from competition_app.services.scoring.scoring import record_mark

        saved = record_mark(
            ctx, contestant_id_for(ctx, args), args.criterion, value, judge_id=judge_id
        )
    print(say(f"已保存：{shown(saved.value)}"))
    return 0


def _required(value: Decimal | None) -> Decimal:
    if value is None:
        raise UserError("分数不能为空")
    return value


def cmd_marks_verification(args: argparse.Namespace) -> int:
    from competition_app.services.scoring.verification import verification_status

    ctx = context(args, write=False)
    st = verification_status(ctx, trade_id_for(ctx, args.event, args.trade))
    if not st.enabled:
        print(say("本工种未启用复核"))
        return 0
    n = st.counts
    print(
        say(
            f"应录 {n.expected}，已核对 {n.verified}，待另一遍 {n.waiting}，"
            f"不一致 {n.mismatched}，未录 {n.missing}"
        )
    )
    if st.mismatches:
        table(
            ["who", "criterion", "judge", "pass1", "pass2", "by1", "by2"],
            [
                [
                    m.label,
                    m.criterion,
                    str(m.judge_id or "-"),
                    shown(m.first),
                    shown(m.second),
                    m.first_by,
                    m.second_by,
                ]
                for m in st.mismatches
            ],
        )
    return 0 if n.complete else CHECK_FAILED


def cmd_marks_resolve(args: argparse.Namespace) -> int:
    from competition_app.domain.marks import read_number
    from competition_app.services.scoring.verification import resolve_mismatch

    ctx = context(args)
    resolve_mismatch(
        ctx,
        contestant_id_for(ctx, args),
        args.criterion,
        _required(read_number(args.value)),
        judge_id=judge_id_for(ctx, args.event, args.judge),
        reason=args.reason,
    )
    print(say(f"已裁定：{args.value}"))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ma = sub.add_parser("marks", help="录入分数与复核").add_subparsers(dest="action", required=True)
    x = ma.add_parser("enter", help="录入一个评分项分数（按参赛证号或工件号）")
    event_trade(x)
    contestant_options(x)
    x.add_argument("--criterion", required=True)
    x.add_argument("--value", required=True)
    x.add_argument("--judge", help="裁判编号（评分组）")
    x.add_argument("--pass", dest="pass_no", type=int, choices=(1, 2), help="复核：第几遍")
    x.add_argument("--clerk", help="复核录入员姓名（未设用户的单机模式下必填；两遍须由两人录入）")
    x.set_defaults(func=cmd_marks_enter)
    x = ma.add_parser("verification", help="复核进度与不一致的分数")
    event_trade(x)
    x.set_defaults(func=cmd_marks_verification)
    x = ma.add_parser("resolve", help="裁定两遍不一致的分数（裁判长）")
    event_trade(x)
    contestant_options(x)
    x.add_argument("--criterion", required=True)
    x.add_argument("--value", required=True)
    x.add_argument("--judge")
    x.add_argument("--reason", required=True)
    x.set_defaults(func=cmd_marks_resolve)
