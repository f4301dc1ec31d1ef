"""`codes generate | tables | print | decrypt`: the blind codes of a trade (check-in numbers and
work-piece codes), their sealed tables, and decryption once the results are locked."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Literal

from competition_app.cli.common import CHECK_FAILED, context, event_trade, say, table


def cmd_codes_generate(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.blind_codes import generate_codes

    n = generate_codes(context(args), args.event, args.trade, regenerate=args.regenerate)
    print(say(f"已为 {n} 名选手生成检录号和工件号"))
    return 0


def cmd_codes_tables(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.blind_codes import code_tables

    t = code_tables(context(args), args.event, args.trade)
    print(say(f"一次加密（参赛证号 -> 检录号）  {t.trade_name}"))
    table(["number", "name", "checkin_code"], [[r.number, r.name, r.checkin_code] for r in t.first])
    print()
    print(say(f"二次加密（检录号 -> 工件号）  {t.trade_name}"))
    table(
        ["checkin_code", "workpiece_code"], [[r.checkin_code, r.workpiece_code] for r in t.second]
    )
    return 0


def cmd_codes_print(args: argparse.Namespace) -> int:
    from competition_app import safe_write
    from competition_app.services.contest_day.blind_codes import code_tables_pdf

    layers: tuple[Literal[1, 2], ...] = (args.layer,) if args.layer else (1, 2)
    safe_write.refuse_database_target(Path(args.output))  # before the tables are logged as printed
    pdf = code_tables_pdf(
        context(args),
        args.event,
        args.trade,
        layers,
        allow_missing_glyphs=args.allow_missing_glyphs,
    )
    safe_write.write_bytes(Path(args.output), pdf)
    print(say(f"已生成加密表：{args.output}（打印后请密封，已记入审计日志）"))
    return 0


def cmd_codes_decrypt(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.blind_codes import decrypt_results

    d = decrypt_results(context(args), args.event, args.trade)
    table(
        ["workpiece_code", "checkin_code", "number", "name", "unit"],
        [[r.workpiece_code, r.checkin_code, r.number, r.name, r.unit] for r in d.rows],
    )
    if not d.table_intact:
        print(say("警告：加密号表与生成时记录的指纹不符，可能被改动过"), file=sys.stderr)
        return CHECK_FAILED
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    co = sub.add_parser("codes", help="加密号").add_subparsers(dest="action", required=True)
    x = co.add_parser("generate", help="生成检录号和工件号")
    event_trade(x)
    x.add_argument("--regenerate", action="store_true", help="作废全部加密号重新生成（尚无分数时）")
    x.set_defaults(func=cmd_codes_generate)
    x = co.add_parser("tables", help="加密号对照表（加密裁判）")
    event_trade(x)
    x.set_defaults(func=cmd_codes_tables)
    x = co.add_parser("print", help="打印加密表（PDF，供密封）")
    event_trade(x)
    x.add_argument(
        "--layer", type=int, choices=[1, 2], help="只打印一次加密表（1）或二次加密表（2）"
    )
    x.add_argument("--output", "-o", required=True)
    x.add_argument(
        "--allow-missing-glyphs",
        action="store_true",
        help="含字库缺字的姓名也照样打印（缺字处会印成方框）",
    )
    x.set_defaults(func=cmd_codes_print)
    x = co.add_parser("decrypt", help="解密（成绩锁定后）")
    event_trade(x)
    x.set_defaults(func=cmd_codes_decrypt)
