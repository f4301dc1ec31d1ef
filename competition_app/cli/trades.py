"""`trades options | lock | unlock`: a trade's contest-day settings, and the chief judge's lock."""

from __future__ import annotations

import argparse
from typing import Any

from competition_app.cli.common import context, event_trade, say, trade_id_for


def _on_off(value: str | None) -> bool | None:
    if value is None:
        return None
    return value in ("on", "yes", "true", "1", "是")


def _unset(value: str | None) -> bool:
    """An option value meaning "not set": none, -, or 未设置."""
    return value is not None and value.strip().lower() in ("none", "-", "未设置")


def cmd_trades_options(args: argparse.Namespace) -> int:
    from competition_app.domain.late_arrival import format_session_starts, parse_session_starts
    from competition_app.domain.lot_drawing import parse_capacities
    from competition_app.services.setup.trade_options import set_trade_options, trade_options

    starts = args.session_starts
    changes: dict[str, Any] = {
        "blind": _on_off(args.blind),
        "double_entry": _on_off(args.double_entry),
        "lot_capacities": parse_capacities(args.sessions) if args.sessions else None,
        "session_starts": (
            () if _unset(starts) else parse_session_starts(starts) if starts else None
        ),
        "ends_at": None if _unset(args.ends_at) else args.ends_at,
        "appeal_hours": args.appeal_hours,
    }
    writing = any(v is not None for v in changes.values()) or _unset(args.ends_at)
    changes["clear_ends_at"] = _unset(args.ends_at)
    ctx = context(args, write=writing)
    trade_id = trade_id_for(ctx, args.event, args.trade)
    o = set_trade_options(ctx, trade_id, **changes) if writing else trade_options(ctx, trade_id)
    print(f"blind = {'on' if o.blind else 'off'}")
    print(f"double_entry = {'on' if o.double_entry else 'off'}")
    print(f"sessions = {','.join(str(c) for c in o.lot_capacities) or '-'}")
    print(f"session_starts = {format_session_starts(o.session_starts) or '-'}")
    print(f"ends_at = {o.ends_at.isoformat(sep=' ') if o.ends_at else '-'}")
    print(f"appeal_hours = {o.appeal_hours.normalize():f}")
    return 0


def cmd_trades_lock(args: argparse.Namespace) -> int:
    from competition_app.services.results.locking import lock_trade

    ctx = context(args)
    lock_trade(ctx, trade_id_for(ctx, args.event, args.trade))
    print(say(f"已锁定工种“{args.trade}”的成绩"))
    return 0


def cmd_trades_unlock(args: argparse.Namespace) -> int:
    from competition_app.services.results.locking import unlock_trade

    ctx = context(args)
    unlock_trade(ctx, trade_id_for(ctx, args.event, args.trade), args.reason)
    print(say(f"已解锁工种“{args.trade}”（原因已记入审计日志）"))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    tr = sub.add_parser("trades", help="工种设置与锁定").add_subparsers(
        dest="action", required=True
    )
    x = tr.add_parser("options", help="盲评、复核、场次容量、开始时间、结束时间与申诉时限")
    event_trade(x)
    x.add_argument("--blind", choices=("on", "off"))
    x.add_argument("--double-entry", choices=("on", "off"))
    x.add_argument("--sessions", help="抽签的场次容量，如 20,20,10 或 3x20")
    x.add_argument(
        "--session-starts",
        help="各场开始时间，此后检录记为迟到，如“2022-07-20 08:30, 13:30”；none 清除",
    )
    x.add_argument(
        "--ends-at", help="工种结束时间，如 2022-07-20 17:30；none 清除（之后不能登记申诉）"
    )
    x.add_argument("--appeal-hours", help="结束后多少小时内可申诉（默认 2）")
    x.set_defaults(func=cmd_trades_options)
    x = tr.add_parser("lock", help="锁定成绩（裁判长）")
    event_trade(x)
    x.set_defaults(func=cmd_trades_lock)
    x = tr.add_parser("unlock", help="解锁成绩（裁判长，须写原因）")
    event_trade(x)
    x.add_argument("--reason", required=True)
    x.set_defaults(func=cmd_trades_unlock)
