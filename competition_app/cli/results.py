"""`results` (and `results explain`) and `teams`: a trade's ranking and awards, how one
contestant's result came about, and the team standings, as CSV, a table or a workbook."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from competition_app.cli.common import context
from competition_app.domain.errors import UserError


def _emit(args: argparse.Namespace, header: list[str], body: list[list[str]], title: str) -> None:
    from competition_app.io.result_tables import text_table, to_csv, write_csv, write_xlsx

    fmt = args.format or ("xlsx" if args.output and args.output.endswith(".xlsx") else "csv")
    if fmt == "xlsx":
        if not args.output:
            raise UserError("xlsx 格式需要 --output 文件名")
        write_xlsx(Path(args.output), header, body, title=title)
    elif args.output:
        if fmt == "table":
            from competition_app import safe_write

            safe_write.write_text(Path(args.output), text_table(header, body) + "\n")
        else:
            write_csv(Path(args.output), header, body)
    else:
        sys.stdout.write(
            text_table(header, body) + "\n" if fmt == "table" else to_csv(header, body)
        )


def cmd_results(args: argparse.Namespace) -> int:
    from competition_app.io.result_tables import result_table
    from competition_app.services.results.results import results_for

    if args.action == "explain":
        return cmd_results_explain(args)
    if args.number:
        raise UserError("--number 只用于 results explain（说明一位选手的成绩是怎样算出来的）")
    res = results_for(context(args, write=False), args.event, args.trade, args.group)
    header, body = result_table(
        res.rows, res.rules, with_group=bool(res.trade.groups) or any(r.group for r in res.rows)
    )
    _emit(args, header, body, res.trade.name)
    return 0


def cmd_results_explain(args: argparse.Namespace) -> int:
    from competition_app.services.results.result_explanation import explain_result

    if not args.number:
        raise UserError("results explain 需要 --number 参赛证号（盲评未解密时为工件号）")
    explanation = explain_result(
        context(args, write=False), args.event, args.trade, args.number, lang=args.lang
    )
    sys.stdout.write(explanation.text())
    return 0


def cmd_teams(args: argparse.Namespace) -> int:
    from competition_app.io.result_tables import standings_table
    from competition_app.services.results.results import event_standings, withheld_from_standings

    ctx = context(args, write=False)
    header, body = standings_table(event_standings(ctx, args.event, args.trade))
    _emit(args, header, body, "团体")
    withheld = [] if args.trade else withheld_from_standings(ctx, args.event)
    if withheld:
        print(f"未计入盲评未解密的工种：{'、'.join(withheld)}", file=sys.stderr)
    return 0


def _add_output(p: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    p.add_argument("--format", choices=list(formats), help="输出格式（默认 csv）")
    p.add_argument("--output", "-o", help="写入文件（默认输出到屏幕）")


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    x = sub.add_parser(
        "results",
        help="工种成绩与奖项；results explain --number N 说明一位选手的成绩与奖项是怎样得出的",
    )
    x.add_argument("action", nargs="?", choices=["explain"], help="explain：逐项说明一位选手的成绩")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade", required=True)
    x.add_argument("--group")
    x.add_argument("--number", help="参赛证号（explain 用）")
    x.add_argument("--lang", choices=["zh", "en"], default="zh", help="explain 的语言（默认中文）")
    _add_output(x, ["csv", "table", "xlsx"])
    x.set_defaults(func=cmd_results)

    x = sub.add_parser("teams", help="团体总分")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade")
    _add_output(x, ["csv", "table", "xlsx"])
    x.set_defaults(func=cmd_teams)
