"""`archive export | import`: one event as a single signed file (.cpa), and reading one in."""

from __future__ import annotations

import argparse
from pathlib import Path

from competition_app.cli.common import context, say


def cmd_archive_export(args: argparse.Namespace) -> int:
    from competition_app.services.backup.archive import export_event_archive

    out = Path(args.file)
    summary = export_event_archive(
        context(args), args.event, out, attachments=[Path(a) for a in args.attach]
    )
    print(say(f"已把赛事“{summary.event_name}”导出到 {out}"))
    return 0


def cmd_archive_import(args: argparse.Namespace) -> int:
    from competition_app.services.backup.archive import import_event_archive

    report = import_event_archive(
        context(args), Path(args.file), accept_unverified=args.accept_unverified
    )
    print(
        say(
            f"已导入赛事“{report.event_name}”：{report.counts.get('trade', 0)} 个工种，"
            f"{report.counts.get('contestant', 0)} 名选手，{report.counts.get('judge', 0)} 名裁判，"
            f"{report.counts.get('criterion_mark', 0) + report.counts.get('component_score', 0)} 个分数"
        )
    )
    print(report.event_id)
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ar = sub.add_parser("archive", help="赛事归档（.cpa）").add_subparsers(
        dest="action", required=True
    )
    x = ar.add_parser("export", help="把一个赛事导出为单个归档文件")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("file")
    x.add_argument("--attach", action="append", default=[], help="一并带上的证书版式文件")
    x.set_defaults(func=cmd_archive_export)
    x = ar.add_parser("import", help="从归档文件导入赛事（获得新的编号）")
    x.add_argument("file")
    x.add_argument(
        "--accept-unverified",
        action="store_true",
        help="导入没有签名或由另一台电脑的审计密钥签名的归档（审计日志会记下“未核验”）",
    )
    x.set_defaults(func=cmd_archive_import)
