"""The judge-analysis commands (评分一致性): `judges analysis` and `print judge-analysis`."""

from __future__ import annotations

import argparse
from typing import Any

from competition_app.cli.common import event_trade


def _ctx(args: argparse.Namespace) -> Any:
    """Reading: logs in only when --user is given (the service checks the role)."""
    from competition_app.cli.common import context

    return context(args, write=False)


def cmd_judges_analysis(args: argparse.Namespace) -> int:
    from competition_app.cli.common import say
    from competition_app.domain.judge_analysis import AGREEMENT_POINTS, shown
    from competition_app.io.result_tables import text_table
    from competition_app.io.table_files import csv_text
    from competition_app.services.results.judge_analysis import COLUMNS, judge_analysis

    analysis = judge_analysis(_ctx(args), args.event, args.trade)
    body = [line.cells() for line in analysis.lines]
    if args.format == "csv":
        print(csv_text(COLUMNS, body), end="")
        return 0
    print(text_table(list(COLUMNS), body))
    print(say(f"分析的评分组（两名以上裁判评分）：{analysis.panels}"))
    for a in analysis.agreement:
        counts = f"{a.agreeing}/{a.panels}（{shown(a.share)}）"
        print(
            say(f"评价分一致（相差不超过 {AGREEMENT_POINTS} 分）：{a.criterion} {a.name} {counts}")
        )
    for reason in analysis.draft:
        print(say(f"注意：{say(reason)}，分数仍可能变动"))
    return 0


def cmd_print_judge_analysis(args: argparse.Namespace) -> int:
    from pathlib import Path

    from competition_app import safe_write
    from competition_app.cli.common import say
    from competition_app.services.printing.judge_analysis_sheet import judge_analysis_pdf

    pdf = judge_analysis_pdf(
        _ctx(args), args.event, args.trade, allow_missing_glyphs=args.allow_missing_glyphs
    )
    safe_write.write_bytes(Path(args.output), pdf)
    print(say(f"已生成评分一致性分析表：{args.output}"))
    return 0


def add_commands(judges: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`judges analysis`, added to the `judges` command group."""
    x = judges.add_parser("analysis", help="评分一致性分析：各裁判的宽严、超限与被去掉的分数")
    event_trade(x)
    x.add_argument("--format", choices=["csv", "table"], default="csv", help="输出格式（默认 csv）")
    x.set_defaults(func=cmd_judges_analysis)


def add_print_commands(printing: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`print judge-analysis`, added to the `print` command group."""
    x = printing.add_parser("judge-analysis", help="评分一致性分析表（裁判长签字）")
    event_trade(x)
    x.add_argument("--output", "-o", required=True)
    x.add_argument(
        "--allow-missing-glyphs",
        action="store_true",
        help="字库缺字时仍然生成（缺字处会显示为方框）",
    )
    x.set_defaults(func=cmd_print_judge_analysis)
