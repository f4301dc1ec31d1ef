"""The command line: the parser assembled from the command groups, and how a command ends (its
exit status and the one line an error prints). `competition-app` alone opens the app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from competition_app.cli import (
    appeals,
    archive,
    audit,
    backup,
    checkin,
    codes,
    demo,
    event,
    judge_analysis,
    judges,
    lots,
    marks,
    printing,
    recheck,
    registration,
    results,
    scores,
    trades,
    users,
    verify,
)
from competition_app.cli.common import (
    DB_ENV,
    LANGUAGES,
    UsageError,
    close_databases,
    open_app,
    report_error,
    resolve_db,
    set_language,
)
from competition_app.domain.errors import UserError, ValidationError

__all__ = ["INTERNAL_ERROR", "build_parser", "main", "report_error"]

# The exit code of an unexpected error (EX_SOFTWARE), apart from 1 (refused) and 2 (bad input).
INTERNAL_ERROR = 70


def build_parser(lang: str = "zh") -> argparse.ArgumentParser:
    """The whole command line; its help in `lang` (the help texts are written in Chinese, and
    worded in English from catalog_cli_help for "en")."""
    p = _build_parser()
    if lang == "en":
        _help_in_english(p)
    return p


def _help_in_english(parser: argparse.ArgumentParser) -> None:
    from competition_app.domain.wording.catalog_cli_help import HELP

    def english(text: str) -> str:
        return HELP.get(text, text)

    if parser.description:
        parser.description = english(parser.description)
    for action in parser._actions:  # argparse keeps them there, and its subcommands' help too
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = english(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = english(choice.help)
            for sub in dict.fromkeys(action.choices.values()):  # an alias is the same parser
                _help_in_english(sub)


def _asked_language(argv: Sequence[str] | None) -> str:
    """The --lang given anywhere on the line (the help is built before the line is read)."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", choices=LANGUAGES, default="zh")
    known, _ = pre.parse_known_args(argv)
    return str(known.lang)


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="competition-app", description="职业技能大赛赛务系统")
    p.add_argument("--db", help=f"数据库文件或 URL（也可用环境变量 {DB_ENV}）")
    p.add_argument("--version", action="store_true", help="显示版本")
    p.add_argument("--user", help="以该用户登录（数据库设置了用户之后，修改数据的命令必须登录）")
    p.add_argument("--self-test", action="store_true", help="自检：在临时数据库中走一遍全流程")
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="zh",
        help="输出的语言：确认、提示、核对结果、表格、错误与帮助文字（默认中文）",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    # The order here is the order `--help` lists the commands in.
    event.add_commands(sub)
    judges_commands = registration.add_commands(sub)
    scores.add_commands(sub)
    results.add_commands(sub)
    backup.add_commands(sub)
    archive.add_commands(sub)
    demo.add_commands(sub)
    print_commands = printing.add_commands(sub)
    verify.add_commands(sub)
    users.add_commands(sub)
    lots.add_commands(sub)
    checkin.add_commands(sub)
    codes.add_commands(sub)
    trades.add_commands(sub)
    judges.add_commands(judges_commands)
    judge_analysis.add_commands(judges_commands)
    judge_analysis.add_print_commands(print_commands)
    marks.add_commands(sub)
    appeals.add_commands(sub)
    audit.add_commands(sub)
    recheck.add_commands(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(_asked_language(argv))
    args = parser.parse_args(argv)
    if args.version:
        from competition_app import __version__

        print(__version__)
        return 0
    if args.self_test:
        from competition_app.self_test import run_self_test

        return run_self_test()
    set_language(args.lang)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    guarded = None
    try:
        if func is None:
            return open_app(args)
        guarded = _guard_database_file(args)
        code = func(args)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at interpreter exit
        return code
    except BrokenPipeError:
        # The reader went away (`... | head`): end quietly, as Unix tools do.
        _silence_stdout()
        return 0
    except (UserError, KeyboardInterrupt) as e:
        print(report_error(e), file=sys.stderr)
        return exit_status(e)
    except Exception as e:  # a bug: one line on the terminal, the traceback in the log
        from competition_app.storage.database import sqlite_refusal

        refusal = sqlite_refusal(e, guarded)  # a full or failing disk outside a unit of work
        if refusal is not None:
            print(report_error(refusal), file=sys.stderr)
            return exit_status(refusal)
        print(report_error(e, logged_to=_log_bug(e)), file=sys.stderr)
        return INTERNAL_ERROR
    finally:
        close_databases()
        if guarded is not None:
            from competition_app import safe_write

            safe_write.release_database(guarded)


def exit_status(exc: BaseException) -> int:
    """1 for a refusal, 2 for input (or a command line) that cannot be used, 130 for Ctrl+C."""
    if isinstance(exc, ValidationError | UsageError):
        return 2
    if isinstance(exc, UserError):
        return 1
    if isinstance(exc, KeyboardInterrupt):
        return 130
    return INTERNAL_ERROR


def _silence_stdout() -> None:
    """Point stdout at the null device, so the flush at exit does not fail on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file behind stdout (a test's capture)
        pass


def _guard_database_file(args: argparse.Namespace) -> Path | None:
    """Refuse, for the whole command, to write any output over the `--db` file (or its -wal,
    -shm and backup files), even in a command that writes before or without opening it."""
    from competition_app import safe_write
    from competition_app.storage.plain_sqlite import database_url

    url = database_url(resolve_db(args.db))
    if not url.startswith("sqlite:///") or ":memory:" in url:
        return None
    path = Path(url.removeprefix("sqlite:///"))
    safe_write.guard_database(path)
    return path


def _log_bug(exc: BaseException) -> str:
    """Write the traceback to the app's log file (the window's, in the user's log folder)."""
    import logging
    from logging.handlers import RotatingFileHandler

    from competition_app.settings import log_dir

    path = log_dir() / "competition-app.log"
    log = logging.getLogger("competition_app.cli")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return "（日志文件无法写入）"
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    try:
        log.error("unexpected error in %s", " ".join(sys.argv[1:]), exc_info=exc)
    finally:
        log.removeHandler(handler)
        handler.close()
    return str(path)


if __name__ == "__main__":
    raise SystemExit(main())
