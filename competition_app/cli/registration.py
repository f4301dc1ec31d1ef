"""`contestants import` and `judges import`: the registration forms and the judge list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from competition_app.cli.common import context, say


def cmd_contestants_import(args: argparse.Namespace) -> int:
    from competition_app.services.registration.contestants import import_contestants

    def warn(line: str) -> None:
        print(say(f"注意：{say(line)}"), file=sys.stderr)

    n = import_contestants(context(args), args.event, Path(args.file), warn=warn)
    print(say(f"已导入 {n} 名选手"))
    return 0


def cmd_judges_import(args: argparse.Namespace) -> int:
    from competition_app.services.registration.judges import import_judges

    n = import_judges(context(args), args.event, Path(args.file))
    print(say(f"已导入 {n} 名裁判"))
    return 0


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """Add `contestants` and `judges`; the `judges` subcommands are returned, for the judges
    group to add assignment and recusal to."""
    co = sub.add_parser("contestants", help="选手").add_subparsers(dest="action", required=True)
    x = co.add_parser("import", help="导入报名表（CSV 或 XLSX）")
    x.add_argument("file")
    x.add_argument("--event", type=int, required=True)
    x.set_defaults(func=cmd_contestants_import)

    ju = sub.add_parser("judges", help="裁判").add_subparsers(dest="action", required=True)
    x = ju.add_parser("import", help="导入裁判名单（CSV 或 XLSX）")
    x.add_argument("file")
    x.add_argument("--event", type=int, required=True)
    x.set_defaults(func=cmd_judges_import)
    return ju
