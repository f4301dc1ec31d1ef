"""`checkin in | absent | missing | late`: the check-in desk, by number or barcode scanner."""

from __future__ import annotations

import argparse
import sys

from competition_app.cli.common import context, event_trade, report_error, say, shown, table
from competition_app.domain.errors import UserError


def cmd_checkin_in(args: argparse.Namespace) -> int:
    """Check in the numbers given, or read them from standard input (a barcode scanner types
    each number and Enter) until end of input; a bad number is reported and the desk goes on."""
    from competition_app.services.contest_day.checkin import check_in

    ctx = context(args)
    numbers = args.numbers or (line for line in sys.stdin)
    failed = 0
    for raw in numbers:
        number = raw.strip()
        if not number:
            continue
        try:
            r = check_in(ctx, args.event, number)
        except UserError as e:
            failed += 1
            print(f"{number}: {report_error(e)}", file=sys.stderr)
            continue
        place = say(f"第{r.session}场 {r.station}号工位" if r.session else "未抽签")
        again = say("（已检录过）") if r.already else ""
        code = say(f"  检录号 {r.checkin_code}") if r.checkin_code else ""
        late = (
            say(f"  迟到 {r.late_minutes} 分钟（{r.starts_at:%H:%M} 开始）")
            if r.starts_at and r.late
            else ""
        )
        print(f"{r.number} {r.name} {r.trade_name} {place}{code}{late}{again}")
    return 1 if failed else 0


def cmd_checkin_absent(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.checkin import mark_absent

    ctx = context(args)
    for number in args.numbers:
        mark_absent(ctx, args.event, number, reason=args.reason or "")
        print(say(f"{number}: 缺考"))
    return 0


def cmd_checkin_missing(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.checkin import checkin_summary, missing

    ctx = context(args, write=False)
    rows = missing(ctx, args.event, args.trade, args.session)
    table(
        ["session", "station", "number", "name", "unit"],
        [[shown(r.session), shown(r.station), r.number, r.name, r.unit] for r in rows],
    )
    for n in checkin_summary(ctx, args.event, args.trade):
        label = say(f"第{n.session}场" if n.session else "未抽签")
        present = f"已到 {n.present}（其中迟到 {n.late}）" if n.late else f"已到 {n.present}"
        print(say(f"{label}：应到 {n.expected}，{present}，缺考 {n.absent}"))
    return 0


def cmd_checkin_late(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.checkin import late_arrivals

    rows = late_arrivals(context(args, write=False), args.event, args.trade, args.session)
    table(
        ["session", "station", "number", "name", "checked_in", "starts_at", "minutes_late"],
        [
            [
                shown(r.session),
                shown(r.station),
                r.number,
                r.name,
                f"{r.at:%Y-%m-%d %H:%M:%S}",
                f"{r.starts_at:%Y-%m-%d %H:%M}",
                str(r.minutes),
            ]
            for r in rows
        ],
    )
    print(say(f"迟到 {len(rows)} 人"))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ci = sub.add_parser("checkin", help="检录").add_subparsers(dest="action", required=True)
    x = ci.add_parser("in", help="检录到场（不给号码时逐行读取扫码枪输入）")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("numbers", nargs="*")
    x.set_defaults(func=cmd_checkin_in)
    x = ci.add_parser("absent", help="记为缺考")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("numbers", nargs="+")
    x.add_argument("--reason")
    x.set_defaults(func=cmd_checkin_absent)
    x = ci.add_parser("missing", help="尚未检录的选手")
    event_trade(x)
    x.add_argument("--session", type=int)
    x.set_defaults(func=cmd_checkin_missing)
    x = ci.add_parser("late", help="迟到的选手（场次开始后才检录）")
    event_trade(x)
    x.add_argument("--session", type=int)
    x.set_defaults(func=cmd_checkin_late)
