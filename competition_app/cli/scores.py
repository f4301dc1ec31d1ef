"""`scores import`: a trade's scores from a wide or long table."""

from __future__ import annotations

import argparse
from pathlib import Path

from competition_app.cli.common import context, say


def cmd_scores_import(args: argparse.Namespace) -> int:
    from competition_app.services.scoring.score_file import import_scores

    r = import_scores(context(args), args.event, args.trade, Path(args.file))
    print(say(f"已导入 {r.rows} 行：{r.marks} 个评分项分数，{r.scores} 个成绩，{r.times} 个用时"))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sc = sub.add_parser("scores", help="成绩").add_subparsers(dest="action", required=True)
    x = sc.add_parser("import", help="导入成绩（宽表或长表）")
    x.add_argument("file")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade", required=True)
    x.set_defaults(func=cmd_scores_import)
