"""`results` (and `results explain`) and `teams`: a trade's ranking and awards, how one
contestant's result came about, and the team standings, as CSV, a table or a workbook."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from competition_app.cli.common import LANGUAGES, context, resolve_db, say
from competition_app.domain.errors import UserError

if TYPE_CHECKING:
    from competition_app.io.table_files import Table


def _emit(
    args: argparse.Namespace,
    header: list[str],
    body: list[list[str]],
    sheets: Callable[[], list[Table]],
) -> None:
    """CSV (the contract columns) or a table to the screen or a file, or the organisers'
    workbook (`sheets`: headers in `--lang`, numbers as numbers) for xlsx."""
    from competition_app.io.result_tables import text_table
    from competition_app.io.table_files import csv_text, write_csv, write_xlsx

    fmt = args.format or ("xlsx" if args.output and args.output.endswith(".xlsx") else "csv")
    if fmt == "table" and "note" in header:
        # the table is for people: its notes in `--lang` (the CSV keeps the contract's words)
        i = header.index("note")
        body = [[*row[:i], say(row[i]), *row[i + 1 :]] for row in body]
    if fmt == "xlsx":
        if not args.output:
            raise UserError("xlsx 格式需要 --output 文件名")
        write_xlsx(Path(args.output), sheets())
    elif args.output:
        if fmt == "table":
            from competition_app import safe_write

            safe_write.write_text(Path(args.output), text_table(header, body) + "\n")
        else:
            write_csv(Path(args.output), header, body, args.encoding)
    else:
        sys.stdout.write(
            text_table(header, body) + "\n" if fmt == "table" else csv_text(header, body)
        )


def cmd_results(args: argparse.Namespace) -> int:
    from competition_app.io.result_tables import result_sheets, result_table
    from competition_app.services.results.plain_results import plain_results

    if args.action == "explain":
        return cmd_results_explain(args)
    if args.action in ("decide", "undecide"):
        return cmd_results_decide(args)
    if args.order or args.reason:
        raise UserError("--order 和 --reason 只用于 results decide / undecide（裁定并列）")
    if args.number:
        raise UserError("--number 只用于 results explain（说明一位选手的成绩是怎样算出来的）")
    # read without the database layer when it can be (a whole process: see plain_results); a
    # log-in, a server or anything unusual goes the full way
    user = getattr(args, "user", None)
    res = None if user else plain_results(resolve_db(args.db), args.event, args.trade, args.group)
    if res is None:
        from competition_app.services.results.results import results_for

        res = results_for(context(args, write=False), args.event, args.trade, args.group)
    header, body = result_table(
        res.rows, res.rules, with_group=bool(res.trade.groups) or any(r.group for r in res.rows)
    )
    groups = () if args.group else res.trade.groups
    _emit(
        args,
        header,
        body,
        lambda: result_sheets(
            res.rows,
            res.rules,
            event=res.event.name,
            trade=res.trade.name,
            groups=groups,
            blind=res.identities_hidden,
            lang=args.lang,
        ),
    )
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


def cmd_results_decide(args: argparse.Namespace) -> int:
    """`results decide --order N1,N2,… --reason R`: the chief judge's order for a tie;
    `results undecide --number N --reason R`: the tie shares its place again."""
    from competition_app.services.results.tie_decisions import clear_tie_decision, decide_tie

    reason = (args.reason or "").strip()
    if args.action == "decide":
        order = [n.strip() for n in (args.order or "").replace("，", ",").split(",") if n.strip()]
        if not order:
            raise UserError(
                "results decide 需要 --order：按名次先后列出并列选手的参赛证号，逗号分隔"
            )
        tie = decide_tie(context(args), args.event, args.trade, order, reason)
    else:
        if not args.number:
            raise UserError("results undecide 需要 --number：并列中任一位选手的参赛证号")
        tie = clear_tie_decision(context(args), args.event, args.trade, args.number, reason)
    trade = f"{tie.trade_name}（{tie.group}）" if tie.group else tie.trade_name
    if tie.decided:
        print(say(f"已记录裁定：{trade}"))
        for c in tie.contestants:
            print(say(f"第 {c.rank} 名：{c.number} {c.name}".rstrip()))
    else:
        listed = "、".join(c.number for c in tie.contestants)
        print(say(f"已撤销裁定：{trade} 的 {listed} 重新并列"))
    return 0


def cmd_teams(args: argparse.Namespace) -> int:
    from competition_app.io.result_tables import standings_sheet, standings_table
    from competition_app.services.results.results import event_standings, withheld_from_standings
    from competition_app.services.setup.events import get_event
    from competition_app.services.setup.trades import get_trade

    ctx = context(args, write=False)
    standings = event_standings(ctx, args.event, args.trade)
    header, body = standings_table(standings)
    event = get_event(ctx, args.event).name
    scope = get_trade(ctx, args.event, args.trade).name if args.trade else ""
    _emit(
        args,
        header,
        body,
        lambda: [standings_sheet(standings, event=event, scope=scope, lang=args.lang)],
    )
    withheld = [] if args.trade else withheld_from_standings(ctx, args.event)
    if withheld:
        print(say(f"未计入盲评未解密的工种：{'、'.join(withheld)}"), file=sys.stderr)
    return 0


def _add_output(p: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    from competition_app.io.table_files import CSV_ENCODINGS

    p.add_argument("--format", choices=list(formats), help="输出格式（默认 csv）")
    p.add_argument("--output", "-o", help="写入文件（默认输出到屏幕）")
    p.add_argument(
        "--encoding",
        choices=list(CSV_ENCODINGS),
        default="utf-8",
        help="CSV 文件的编码：utf-8（带 BOM，默认）或 gbk（旧版 Excel）",
    )
    # also after the command (`results explain --lang en`); SUPPRESS keeps the global one
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="同全局 --lang（也可写在命令之后）",
    )


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    x = sub.add_parser(
        "results",
        help="工种成绩与奖项；results explain --number N 说明一位选手的成绩与奖项是怎样得出的",
    )
    x.add_argument(
        "action",
        nargs="?",
        choices=["explain", "decide", "undecide"],
        help="explain：逐项说明一位选手的成绩；decide：裁判长裁定并列的名次先后；undecide：撤销裁定",
    )
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade", required=True)
    x.add_argument("--group")
    x.add_argument("--number", help="参赛证号（explain、undecide 用；盲评未解密时为工件号）")
    x.add_argument("--order", help="decide：并列选手的参赛证号，按裁定的名次先后，逗号分隔")
    x.add_argument("--reason", help="decide / undecide：裁定（或撤销）的依据，记入审计日志")
    _add_output(x, ["csv", "table", "xlsx"])
    x.set_defaults(func=cmd_results)

    x = sub.add_parser("teams", help="团体总分")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade")
    _add_output(x, ["csv", "table", "xlsx"])
    x.set_defaults(func=cmd_teams)
