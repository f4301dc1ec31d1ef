"""`judges assign | conflict | conflicts`: judges given to trades and criteria, and recusals.
(`judges import` is registration's.)"""

from __future__ import annotations

import argparse

from competition_app.cli.common import context, event_trade, judge_id_for, say, table, trade_id_for


def cmd_judges_assign(args: argparse.Namespace) -> int:
    from competition_app.services.scoring.recusal import assign_judge

    ctx = context(args)
    criteria = [c.strip() for c in (args.criteria or "").split(",") if c.strip()]
    a = assign_judge(
        ctx,
        judge_id_for(ctx, args.event, args.judge),
        trade_id_for(ctx, args.event, args.trade),
        criteria,
    )
    print(say(f"裁判 {a.code} {a.name} 评 {args.trade}：{', '.join(a.criteria) or '全部评分项'}"))
    return 0


def cmd_judges_conflict(args: argparse.Namespace) -> int:
    from competition_app.services.registration.contestants import find_contestant
    from competition_app.services.scoring.recusal import declare_conflict

    ctx = context(args)
    contestant = find_contestant(ctx, args.event, args.number)
    declare_conflict(ctx, judge_id_for(ctx, args.event, args.judge), contestant.id, args.reason)
    print(say(f"已登记：裁判 {args.judge} 回避选手 {args.number}"))
    return 0


def cmd_judges_conflicts(args: argparse.Namespace) -> int:
    from competition_app.services.scoring.recusal import conflicts_for_trade

    ctx = context(args, write=False)
    rows = conflicts_for_trade(ctx, trade_id_for(ctx, args.event, args.trade))
    table(
        ["judge", "judge_name", "number", "name", "kind", "reason"],
        [[r.judge_code, r.judge_name, r.number, r.name, r.kind, r.reason] for r in rows],
    )
    return 0


def add_commands(judges: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add these to the `judges` command that registration made."""
    x = judges.add_parser("assign", help="分配裁判到工种和评分组")
    event_trade(x)
    x.add_argument("--judge", required=True, help="裁判编号")
    x.add_argument("--criteria", help="评分项，如 e1,e2（默认全部）")
    x.set_defaults(func=cmd_judges_assign)
    x = judges.add_parser("conflict", help="登记回避")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--judge", required=True)
    x.add_argument("--number", required=True)
    x.add_argument("--reason", required=True)
    x.set_defaults(func=cmd_judges_conflict)
    x = judges.add_parser("conflicts", help="列出工种的回避关系")
    event_trade(x)
    x.set_defaults(func=cmd_judges_conflicts)
