"""`users`: who may log in and as what role; passwords, roles, disabling and enabling."""

from __future__ import annotations

import argparse
import os

from competition_app.cli.common import context, say, table
from competition_app.domain.errors import UserError

NEW_PASSWORD_ENV = "COMPETITION_APP_NEW_PASSWORD"


def _new_password(first_user: bool) -> str:
    """The password for a user being added or changed: from the environment, or typed twice."""
    from getpass import getpass

    from competition_app.services.integrity.users import PASSWORD_ENV

    env = os.environ.get(NEW_PASSWORD_ENV) or (os.environ.get(PASSWORD_ENV) if first_user else None)
    if env:
        return env
    first = getpass(say("新用户的密码："))
    if getpass(say("再输入一次：")) != first:
        raise UserError("两次输入的密码不一致")
    return first


def cmd_users_add(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.users import add_user, users_exist

    ctx = context(args)  # logs in unless this is the first user
    first = not users_exist(ctx.db)
    info = add_user(ctx, args.name, args.role, _new_password(first))
    print(say(f"已添加用户“{info.name}”（{info.role_label}）"))
    if first:
        print(say("本数据库从此需要登录：修改数据的命令须加 --user 姓名。"))
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.users import list_users

    users = list_users(context(args, write=False))
    table(
        ["name", "role", "active"],
        [
            [u.name, say(f"{u.role}（{u.role_label}）"), say("是" if u.active else "停用")]
            for u in users
        ],
    )
    return 0


def cmd_users_passwd(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.users import change_password

    change_password(context(args), args.name, _new_password(False))
    print(say(f"已更改“{args.name}”的密码"))
    return 0


def cmd_users_role(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.users import set_role

    info = set_role(context(args), args.name, args.role)
    print(say(f"“{info.name}”现在是{info.role_label}"))
    return 0


def cmd_users_active(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.users import set_active

    info = set_active(context(args), args.name, args.action == "enable")
    print(say(f"“{info.name}”已{'启用' if info.active else '停用'}"))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from competition_app.domain.roles import ROLES

    us = sub.add_parser("users", help="用户与角色").add_subparsers(dest="action", required=True)
    x = us.add_parser("add", help="添加用户（第一个用户须为 organizer）")
    x.add_argument("name")
    x.add_argument("--role", choices=ROLES, required=True)
    x.set_defaults(func=cmd_users_add)
    x = us.add_parser("list", help="列出用户")
    x.set_defaults(func=cmd_users_list)
    x = us.add_parser("passwd", help="更改密码")
    x.add_argument("name")
    x.set_defaults(func=cmd_users_passwd)
    x = us.add_parser("role", help="更改角色")
    x.add_argument("name")
    x.add_argument("role", choices=ROLES)
    x.set_defaults(func=cmd_users_role)
    for action, text in (("disable", "停用用户"), ("enable", "重新启用用户")):
        x = us.add_parser(action, help=text)
        x.add_argument("name")
        x.set_defaults(func=cmd_users_active)
