"""`backup now | list | restore`: copies of the whole database, and putting one back."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from competition_app.cli.common import context, keep_open, password, resolve_db, say

# The chief judge's password for a countersign, when it is not typed at the prompt.
CHIEF_PASSWORD_ENV = "COMPETITION_APP_CHIEF_PASSWORD"


def _backup_folder(args: argparse.Namespace) -> Path:
    from competition_app.settings import load_settings

    return Path(args.folder) if args.folder else load_settings().backup_dir


def cmd_backup_now(args: argparse.Namespace) -> int:
    from competition_app.services.backup.backups import backup_now

    # A backup changes no data: anyone at the laptop may take one.
    info = backup_now(context(args, write=False), _backup_folder(args), reason="manual")
    print(say(f"已备份到 {info.path}（{info.size // 1024} KB）"))
    return 0


def cmd_backup_list(args: argparse.Namespace) -> int:
    from competition_app.io.result_tables import text_table
    from competition_app.services.backup.backups import list_backups

    db = Path(resolve_db(args.db))
    backups = list_backups(db, _backup_folder(args))
    print(
        text_table(
            ["time", "reason", "KB", "file"],
            [
                [
                    f"{b.created:%Y-%m-%d %H:%M:%S}",
                    say(b.reason_label),
                    str(b.size // 1024),
                    str(b.path),
                ]
                for b in backups
            ],
        )
    )
    return 0


def cmd_backup_restore(args: argparse.Namespace) -> int:
    from competition_app.services.backup.backups import preview_backup
    from competition_app.services.backup.restore import Countersign, restore_backup

    summary = preview_backup(Path(args.file))
    ctx = context(args)
    countersign = None
    if args.chief_judge:
        from getpass import getpass

        name = args.chief_judge
        chief_password = os.environ.get(CHIEF_PASSWORD_ENV) or getpass(
            say(f"裁判长“{name}”的密码：")
        )
        countersign = Countersign(name, chief_password)
    ctx = restore_backup(
        ctx,
        Path(args.file),
        _backup_folder(args),
        countersign=countersign,
        replace_users_password=password(ctx.user) if args.replace_users else None,
    )
    keep_open(ctx.db)
    last = f"{summary.last_change:%Y-%m-%d %H:%M:%S}" if summary.last_change else "—"
    print(
        say(
            f"已从 {Path(args.file).name} 恢复：{len(summary.events)} 个赛事，{summary.trades} 个工种，"
            f"{summary.contestants} 名选手，{summary.marks} 个分数；最后修改于 {last}"
        )
    )
    print(say("恢复前的数据已另存为安全副本，可用 backup list 查看。"))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ba = sub.add_parser("backup", help="数据库备份").add_subparsers(dest="action", required=True)
    x = ba.add_parser("now", help="立即备份当前数据库")
    x.set_defaults(func=cmd_backup_now)
    x = ba.add_parser("list", help="列出当前数据库的备份（最新的在前）")
    x.set_defaults(func=cmd_backup_list)
    x = ba.add_parser("restore", help="用备份替换当前数据库（先自动另存一份安全副本）")
    x.add_argument("file")
    x.add_argument(
        "--chief-judge",
        metavar="NAME",
        help=f"恢复会解除锁定时，由裁判长确认（密码在提示时输入，或用环境变量 {CHIEF_PASSWORD_ENV}）",
    )
    x.add_argument(
        "--replace-users",
        action="store_true",
        help="用备份中的用户替换当前用户（默认保留当前用户；须赛务管理员再次输入密码）",
    )
    x.set_defaults(func=cmd_backup_restore)
    for name in ("now", "list", "restore"):
        ba.choices[name].add_argument("--folder", help="备份文件夹（默认取设置中的备份文件夹）")
