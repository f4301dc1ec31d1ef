"""`lots draw | show | verify`: a trade's sessions, stations and order, drawn from a seed that
anyone can re-run to check the draw."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from competition_app.cli.common import CHECK_FAILED, context, event_trade, say, table
from competition_app.domain.errors import UserError


def _print_lots(res: Any) -> None:
    table(
        ["session", "station", "order", "number", "name", "unit"],
        [
            [str(r.session), str(r.station), str(r.order), r.number, r.name, r.unit]
            for r in res.rows
        ],
    )
    caps = ",".join(str(c) for c in res.capacities)
    print(
        say(
            f"工种：{res.trade_name}（{res.trade_code}）  场次容量：{caps}  "
            f"第 {res.round} 次抽签  {res.drawn_at:%Y-%m-%d %H:%M}  操作人：{res.drawn_by}"
        )
    )
    print(say(f"种子：{res.seed}"))


def cmd_lots_draw(args: argparse.Namespace) -> int:
    from competition_app.domain.lot_drawing import parse_capacities
    from competition_app.services.contest_day.lots import draw_trade_lots

    caps = parse_capacities(args.sessions) if args.sessions else None
    res = draw_trade_lots(
        context(args), args.event, args.trade, seed=args.seed, capacities=caps, force=args.force
    )
    _print_lots(res)
    return 0


def cmd_lots_show(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.lots import lot_result

    res = lot_result(context(args, write=False), args.event, args.trade)
    if res is None:
        raise UserError(f"工种“{args.trade}”尚未抽签")
    _print_lots(res)
    return 0


def cmd_lots_verify(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.lots import verify_lots

    check = verify_lots(context(args, write=False), args.event, args.trade)
    if check.ok:
        print(say(f"抽签结果与种子 {check.seed} 重算的结果一致"))
        return 0
    print(say(f"抽签结果与种子 {check.seed} 重算的结果不一致："), file=sys.stderr)
    for line in check.differences:
        print(f"  {say(line)}", file=sys.stderr)
    return CHECK_FAILED


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lo = sub.add_parser("lots", help="抽签").add_subparsers(dest="action", required=True)
    x = lo.add_parser("draw", help="抽签：场次、工位和签号")
    event_trade(x)
    x.add_argument("--seed", type=int, help="种子（默认随机生成，并随结果显示）")
    x.add_argument("--sessions", help="场次容量，如 20,20,10 或 3x20")
    x.add_argument("--force", action="store_true", help="已抽过签时重新抽签（记入审计日志）")
    x.set_defaults(func=cmd_lots_draw)
    x = lo.add_parser("show", help="显示抽签结果")
    event_trade(x)
    x.set_defaults(func=cmd_lots_show)
    x = lo.add_parser("verify", help="用记录的种子重算并核对抽签结果")
    event_trade(x)
    x.set_defaults(func=cmd_lots_verify)
