"""What every command group shares: the database and the log-in, the words of an error, tables,
and the `--event/--trade` arguments. Group modules import this module and no other of the CLI."""

from __future__ import annotations

import argparse
import os
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from competition_app.domain.errors import UserError, ValidationError

if TYPE_CHECKING:
    from competition_app.services.context import Context

DB_ENV = "COMPETITION_APP_DB"
# Exit status of a check that ran and found something wrong (audit verify, lots verify).
CHECK_FAILED = 3


class UsageError(UserError):
    """A command given in a way it cannot run (a missing option argparse cannot require): exit
    status 2, as argparse's own refusals."""


# The language of what the command line prints for a person (`--lang`): the services and the
# commands word it in Chinese and `say` words it in English at this one boundary.
LANGUAGES = ["zh", "en"]
_language = ["zh"]


def set_language(lang: str) -> None:
    _language[0] = lang


def english() -> bool:
    """Whether `--lang en` was asked for (data a command shows in words follows it)."""
    return _language[0] == "en"


def say(text: str) -> str:
    """`text`, a line (or lines) for a person, in `--lang`: every confirmation, note, finding
    and refusal the command line prints passes here. Names and other data inside it stay as
    they are; machine output (CSV, the contract columns, an id alone on a line) does not pass."""
    if english():
        from competition_app.domain.wording import to_english

        return "\n".join(to_english(line) for line in text.split("\n"))
    return text


def report_error(exc: BaseException, *, logged_to: str = "") -> str:
    """The words the command line shows for an error, in `--lang`: every error it prints passes
    here. `logged_to` is where the traceback of an unexpected error (a bug) was written."""
    if isinstance(exc, ValidationError):
        lines = [say(str(problem)) for problem in exc.problems]
        return "\n".join([*lines, say(f"共 {exc.total} 处问题，未写入任何数据。")])
    if isinstance(exc, UserError):
        # the message is worded alone, then its frame: a template's hole ("{}没有…") must not
        # take the frame in with the message
        return say(f"错误：{say(str(exc))}")
    if isinstance(exc, KeyboardInterrupt):
        return say("已中断，本次操作未完成的部分没有保存。")
    return say(
        f"程序错误：{type(exc).__name__}: {exc}。已保存的数据不受影响；详情已记录到 {logged_to}"
    )


# -- the database and the acting user -------------------------------------------------------


def default_db_path() -> Path:
    from competition_app.settings import load_settings

    # competition.db in the data folder chosen in the settings (the user data dir by default)
    return load_settings().default_database


def resolve_db(arg: str | None) -> str:
    return arg or os.environ.get(DB_ENV) or str(default_db_path())


# Every database a command opened, closed when it ends (main's finally).
_open: list[Any] = []


def keep_open(db: Any) -> None:
    """Close `db` with the others when the command ends (a database a service opened itself)."""
    _open.append(db)


def close_databases() -> None:
    # Closing checkpoints SQLite's WAL, so a command that wrote nothing leaves the file as it was.
    while _open:
        _open.pop().dispose()


def context(args: argparse.Namespace, *, write: bool = True) -> Context:
    """The acting user's context. Once the database has users, a command that changes data needs
    `--user NAME` and the password (typed at the prompt, or from COMPETITION_APP_PASSWORD); a
    read-only one (`write=False`) logs in only when `--user` is given."""
    from competition_app.services.context import Context
    from competition_app.services.integrity.permissions import LoginRequired
    from competition_app.services.integrity.users import authenticate, users_exist
    from competition_app.storage.database import Database

    db = Database(resolve_db(args.db))
    _open.append(db)
    name = getattr(args, "user", None) or ""
    if not users_exist(db):
        return Context(db, user=name)
    if not name:
        if write:
            raise LoginRequired(
                "本数据库已设置用户：修改数据的命令须用 --user 姓名 登录"
                "（密码在提示时输入，或用环境变量 COMPETITION_APP_PASSWORD）"
            )
        return Context(db)
    return authenticate(db, name, password(name))


def password(name: str) -> str:
    from getpass import getpass

    from competition_app.services.integrity.users import PASSWORD_ENV

    return os.environ.get(PASSWORD_ENV) or getpass(say(f"“{name}”的密码："))


def open_app(args: argparse.Namespace, event_id: int | None = None, *, demo: bool = False) -> int:
    from competition_app.app import run_app

    return int(run_app(resolve_db(args.db), event_id=event_id, demo=demo))


# -- output ---------------------------------------------------------------------------------


def table(header: list[str], body: list[list[str]]) -> None:
    from competition_app.io.result_tables import text_table

    print(text_table(header, body))


def shown(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


# -- arguments and the names they give ------------------------------------------------------------------------------


def event_trade(p: argparse.ArgumentParser) -> None:
    p.add_argument("--event", type=int, required=True)
    p.add_argument("--trade", required=True)


def contestant_options(p: argparse.ArgumentParser) -> None:
    """A contestant named by registration number or, in a blind trade, by work-piece code (what
    `contestant_id_for` reads)."""
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--number", help="参赛证号")
    g.add_argument("--code", help="工件号（二次加密号，盲评工种解密前）")


def judge_id_for(ctx: Context, event_id: int, code: str | None) -> int:
    """The judge named by `--judge` (code or name); 0 when the option was not given."""
    if not code:
        return 0
    from competition_app.services.registration.judges import find_judge

    return find_judge(ctx, event_id, code).id


def contestant_id_for(ctx: Context, args: argparse.Namespace) -> int:
    """The contestant `--number` or `--code` names in `--event` and `--trade`."""
    if getattr(args, "code", None):
        from competition_app.services.contest_day.blind_codes import contestant_for_code

        return contestant_for_code(ctx, args.event, args.trade, args.code)
    from competition_app.services.registration.contestants import find_contestant

    return find_contestant(ctx, args.event, args.number, trade_code=args.trade).id


def trade_id_for(ctx: Context, event_id: int, code: str) -> int:
    from competition_app.services.setup.trades import get_trade

    return get_trade(ctx, event_id, code).id
