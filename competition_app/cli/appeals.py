"""`appeals add | list | decide | apply`: appeals within their window, the ruling, and a changed
mark with the ranks and awards it moves."""

from __future__ import annotations

import argparse
from typing import Any

from competition_app.cli.common import context, event_trade, say, shown, table
from competition_app.domain.errors import UserError


def _appeal_line(a: Any) -> list[str]:
    return [
        str(a.id),
        a.trade_code,
        a.number,
        a.name,
        f"{a.received_at:%Y-%m-%d %H:%M}",
        a.status,
        a.reason,
        a.decision_note,
    ]


def cmd_appeals_add(args: argparse.Namespace) -> int:
    from competition_app.domain.appeals import parse_when
    from competition_app.services.integrity.appeals import record_appeal

    received = parse_when(args.received, what="收到时间") if args.received else None
    a = record_appeal(
        context(args), args.event, args.trade, args.number, args.reason, received_at=received
    )
    print(say(f"已登记申诉 {a.id}"))
    print(a.id)
    return 0


def cmd_appeals_list(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.appeals import list_appeals

    rows = list_appeals(context(args, write=False), args.event, args.trade)
    table(
        ["id", "trade", "number", "name", "received", "status", "reason", "decision"],
        [_appeal_line(a) for a in rows],
    )
    return 0


def cmd_appeals_decide(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.appeals import decide_appeal

    a = decide_appeal(context(args), args.id, args.decision, args.note)
    print(say(f"申诉 {a.id}：{a.status}"))
    return 0


def _parse_change(text: str, judges: dict[str, int]) -> Any:
    """NUMBER:CODE=VALUE or NUMBER:CODE@JUDGE=VALUE."""
    from competition_app.services.integrity.appeals import AppealChange

    try:
        left, value = text.split("=", 1)
        number, code = left.split(":", 1)
    except ValueError:
        raise UserError(f"“{text}”应写成 参赛证号:评分项=分数，如 2001:e1=35") from None
    judge = 0
    if "@" in code:
        code, judge_code = code.split("@", 1)
        if judge_code not in judges:
            raise UserError(f"没有裁判“{judge_code}”")
        judge = judges[judge_code]
    return AppealChange(number.strip(), code.strip(), value.strip(), judge)


def cmd_appeals_apply(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.appeals import apply_appeal_change, find_appeal
    from competition_app.services.registration.judges import list_judges

    ctx = context(args)
    find_appeal(ctx, args.event, args.id)  # an appeal of another event is refused by name
    judges = {j.code: j.id for j in list_judges(ctx, args.event)}
    out = apply_appeal_change(ctx, args.id, [_parse_change(c, judges) for c in args.change])
    print(say(f"已修改 {out.marks_changed} 个分数"))
    table(
        [
            "number",
            "name",
            "old_rank",
            "new_rank",
            "old_award",
            "new_award",
            "old_total",
            "new_total",
        ],
        [
            [
                m.number,
                m.name,
                shown(m.old_rank),
                shown(m.new_rank),
                m.old_award or "-",
                m.new_award or "-",
                shown(m.old_total),
                shown(m.new_total),
            ]
            for m in out.changes
        ],
    )
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from competition_app.domain.appeals import DECISIONS

    ap = sub.add_parser("appeals", help="申诉").add_subparsers(dest="action", required=True)
    x = ap.add_parser("add", help="登记申诉（须在时限内）")
    event_trade(x)
    x.add_argument("--number", required=True)
    x.add_argument("--reason", required=True)
    x.add_argument("--received", help="收到时间（默认现在），如 2022-07-20 18:10")
    x.set_defaults(func=cmd_appeals_add)
    x = ap.add_parser("list", help="列出申诉")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade")
    x.set_defaults(func=cmd_appeals_list)
    x = ap.add_parser("decide", help="裁定申诉（裁判长）")
    x.add_argument("id", type=int)
    x.add_argument("--decision", choices=DECISIONS, required=True)
    x.add_argument("--note", required=True)
    x.set_defaults(func=cmd_appeals_decide)
    x = ap.add_parser("apply", help="按成立的申诉修改分数，显示名次和奖项的变化")
    x.add_argument("id", type=int)
    x.add_argument("--event", type=int, required=True)
    x.add_argument(
        "--change",
        action="append",
        required=True,
        help="参赛证号:评分项=分数，评分组加 @裁判编号，如 2001:e1@J1=35；可重复",
    )
    x.set_defaults(func=cmd_appeals_apply)
