"""The command line: the same services as the window, headless. `competition-app` alone opens the app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from competition_app.domain.errors import UserError, ValidationError
from competition_app.domain.wording import to_english

if TYPE_CHECKING:
    from competition_app.services.context import Context

DB_ENV = "COMPETITION_APP_DB"


def default_db_path() -> Path:
    from competition_app.settings import load_settings

    # competition.db in the data folder chosen in the settings (the user data dir by default)
    return load_settings().default_database


def resolve_db(arg: str | None) -> str:
    return arg or os.environ.get(DB_ENV) or str(default_db_path())


_open: list[Any] = []
# The chief judge's password for a countersign, when it is not typed at the prompt.
CHIEF_PASSWORD_ENV = "COMPETITION_APP_CHIEF_PASSWORD"


def _context(args: argparse.Namespace, *, write: bool = True) -> Context:
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
    return authenticate(db, name, _password(name))


def _password(name: str) -> str:
    from getpass import getpass

    from competition_app.services.integrity.users import PASSWORD_ENV

    return os.environ.get(PASSWORD_ENV) or getpass(f"“{name}”的密码：")


def _close_databases() -> None:
    # Closing checkpoints SQLite's WAL, so a command that wrote nothing leaves the file as it was.
    while _open:
        _open.pop().dispose()


# -- commands -------------------------------------------------------------------------------


def cmd_event_import(args: argparse.Namespace) -> int:
    from competition_app.io.event_file import read_event_definition
    from competition_app.services.setup.events import create_event

    definition = read_event_definition(Path(args.file))
    event_id = create_event(_context(args), definition)
    print(f"已创建赛事“{definition.name}”，{len(definition.trades)} 个工种")
    print(event_id)
    return 0


def cmd_event_export(args: argparse.Namespace) -> int:
    from competition_app.io.event_file import write_event_definition
    from competition_app.services.setup.events import export_event

    write_event_definition(export_event(_context(args, write=False), args.id), Path(args.file))
    print(f"已导出到 {args.file}")
    return 0


def cmd_event_list(args: argparse.Namespace) -> int:
    from competition_app.io.result_tables import text_table
    from competition_app.services.setup.events import list_events

    events = list_events(_context(args, write=False))
    print(
        text_table(
            ["id", "name", "date", "trades", "contestants"],
            [[str(e.id), e.name, e.date, str(e.trades), str(e.contestants)] for e in events],
        )
    )
    return 0


def cmd_contestants_import(args: argparse.Namespace) -> int:
    from competition_app.services.registration.contestants import import_contestants

    def warn(line: str) -> None:
        print(f"注意：{line}", file=sys.stderr)

    n = import_contestants(_context(args), args.event, Path(args.file), warn=warn)
    print(f"已导入 {n} 名选手")
    return 0


def cmd_judges_import(args: argparse.Namespace) -> int:
    from competition_app.services.registration.judges import import_judges

    n = import_judges(_context(args), args.event, Path(args.file))
    print(f"已导入 {n} 名裁判")
    return 0


def cmd_scores_import(args: argparse.Namespace) -> int:
    from competition_app.services.scoring.score_file import import_scores

    r = import_scores(_context(args), args.event, args.trade, Path(args.file))
    print(f"已导入 {r.rows} 行：{r.marks} 个评分项分数，{r.scores} 个成绩，{r.times} 个用时")
    return 0


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
    res = results_for(_context(args, write=False), args.event, args.trade, args.group)
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
        _context(args, write=False), args.event, args.trade, args.number, lang=args.lang
    )
    sys.stdout.write(explanation.text())
    return 0


def cmd_teams(args: argparse.Namespace) -> int:
    from competition_app.io.result_tables import standings_table
    from competition_app.services.results.results import event_standings, withheld_from_standings

    ctx = _context(args, write=False)
    header, body = standings_table(event_standings(ctx, args.event, args.trade))
    _emit(args, header, body, "团体")
    withheld = [] if args.trade else withheld_from_standings(ctx, args.event)
    if withheld:
        print(f"未计入盲评未解密的工种：{'、'.join(withheld)}", file=sys.stderr)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from competition_app.services.setup.demo import build_demo_event

    ctx = _context(args)
    event_id = build_demo_event(ctx)
    print(f"演示赛事已建在 {ctx.db.display_name()}")
    print(event_id)
    if args.open:
        return open_app(args, event_id=event_id)
    return 0


def _backup_folder(args: argparse.Namespace) -> Path:
    from competition_app.settings import load_settings

    return Path(args.folder) if args.folder else load_settings().backup_dir


def cmd_backup_now(args: argparse.Namespace) -> int:
    from competition_app.services.backup.backups import backup_now

    # A backup changes no data: anyone at the laptop may take one.
    info = backup_now(_context(args, write=False), _backup_folder(args), reason="manual")
    print(f"已备份到 {info.path}（{info.size // 1024} KB）")
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
                [f"{b.created:%Y-%m-%d %H:%M:%S}", b.reason_label, str(b.size // 1024), str(b.path)]
                for b in backups
            ],
        )
    )
    return 0


def cmd_backup_restore(args: argparse.Namespace) -> int:
    from competition_app.services.backup.backups import preview_backup
    from competition_app.services.backup.restore import Countersign, restore_backup

    summary = preview_backup(Path(args.file))
    ctx = _context(args)
    countersign = None
    if args.chief_judge:
        from getpass import getpass

        name = args.chief_judge
        password = os.environ.get(CHIEF_PASSWORD_ENV) or getpass(f"裁判长“{name}”的密码：")
        countersign = Countersign(name, password)
    ctx = restore_backup(
        ctx,
        Path(args.file),
        _backup_folder(args),
        countersign=countersign,
        replace_users_password=_password(ctx.user) if args.replace_users else None,
    )
    _open.append(ctx.db)
    last = f"{summary.last_change:%Y-%m-%d %H:%M:%S}" if summary.last_change else "—"
    print(
        f"已从 {Path(args.file).name} 恢复：{len(summary.events)} 个赛事，{summary.trades} 个工种，"
        f"{summary.contestants} 名选手，{summary.marks} 个分数；最后修改于 {last}"
    )
    print("恢复前的数据已另存为安全副本，可用 backup list 查看。")
    return 0


def cmd_archive_export(args: argparse.Namespace) -> int:
    from competition_app.services.backup.archive import export_event_archive

    out = Path(args.file)
    summary = export_event_archive(
        _context(args), args.event, out, attachments=[Path(a) for a in args.attach]
    )
    print(f"已把赛事“{summary.event_name}”导出到 {out}")
    return 0


def cmd_archive_import(args: argparse.Namespace) -> int:
    from competition_app.services.backup.archive import import_event_archive

    report = import_event_archive(
        _context(args), Path(args.file), accept_unverified=args.accept_unverified
    )
    print(
        f"已导入赛事“{report.event_name}”：{report.counts.get('trade', 0)} 个工种，"
        f"{report.counts.get('contestant', 0)} 名选手，{report.counts.get('judge', 0)} 名裁判，"
        f"{report.counts.get('criterion_mark', 0) + report.counts.get('component_score', 0)} 个分数"
    )
    print(report.event_id)
    return 0


def open_app(args: argparse.Namespace, event_id: int | None = None) -> int:
    from competition_app.app import run_app

    return run_app(resolve_db(args.db), event_id=event_id)


# -- parser ---------------------------------------------------------------------------------


def _add_output(p: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    p.add_argument("--format", choices=list(formats), help="输出格式（默认 csv）")
    p.add_argument("--output", "-o", help="写入文件（默认输出到屏幕）")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="competition-app", description="职业技能大赛赛务系统")
    p.add_argument("--db", help=f"数据库文件或 URL（也可用环境变量 {DB_ENV}）")
    p.add_argument("--version", action="store_true", help="显示版本")
    p.add_argument("--user", help="以该用户登录（数据库设置了用户之后，修改数据的命令必须登录）")
    p.add_argument("--self-test", action="store_true", help="自检：在临时数据库中走一遍全流程")
    p.add_argument(
        "--lang", choices=["zh", "en"], default="zh", help="错误与说明的语言（默认中文）"
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    ev = sub.add_parser("event", help="赛事").add_subparsers(dest="action", required=True)
    x = ev.add_parser("import", help="从 TOML 赛事定义文件创建赛事")
    x.add_argument("file")
    x.set_defaults(func=cmd_event_import)
    x = ev.add_parser("export", help="把赛事写回 TOML 定义文件")
    x.add_argument("id", type=int)
    x.add_argument("file")
    x.set_defaults(func=cmd_event_export)
    x = ev.add_parser("list", help="列出赛事")
    x.set_defaults(func=cmd_event_list)

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

    sc = sub.add_parser("scores", help="成绩").add_subparsers(dest="action", required=True)
    x = sc.add_parser("import", help="导入成绩（宽表或长表）")
    x.add_argument("file")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade", required=True)
    x.set_defaults(func=cmd_scores_import)

    x = sub.add_parser(
        "results",
        help="工种成绩与奖项；results explain --number N 说明一位选手的成绩与奖项是怎样得出的",
    )
    x.add_argument("action", nargs="?", choices=["explain"], help="explain：逐项说明一位选手的成绩")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade", required=True)
    x.add_argument("--group")
    x.add_argument("--number", help="参赛证号（explain 用）")
    # also after the command (`results explain --lang en`); SUPPRESS keeps the global one
    x.add_argument("--lang", choices=["zh", "en"], default=argparse.SUPPRESS, help="同全局 --lang")
    _add_output(x, ["csv", "table", "xlsx"])
    x.set_defaults(func=cmd_results)

    x = sub.add_parser("teams", help="团体总分")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade")
    _add_output(x, ["csv", "table", "xlsx"])
    x.set_defaults(func=cmd_teams)

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

    x = sub.add_parser("demo", help="建立演示赛事")
    x.add_argument("--open", action="store_true", help="建好后打开程序窗口")
    x.set_defaults(func=cmd_demo)

    from competition_app.cli_printing import add_printing_commands

    add_printing_commands(sub)
    from competition_app.cli_contest_day import add_contest_day_commands

    add_contest_day_commands(sub, judges=ju)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from competition_app import __version__

        print(__version__)
        return 0
    if args.self_test:
        from competition_app.self_test import run_self_test

        return run_self_test()
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    # the services word their refusals in Chinese; --lang en words them at this one boundary
    say: Callable[[str], str] = to_english if args.lang == "en" else str
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
    except ValidationError as e:
        for problem in e.problems:
            print(say(str(problem)), file=sys.stderr)
        print(say(f"共 {len(e.problems)} 处问题，未写入任何数据。"), file=sys.stderr)
        return 2
    except UserError as e:
        print(say(f"错误：{e}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(say("已中断，本次操作未完成的部分没有保存。"), file=sys.stderr)
        return 130
    except Exception as e:  # a bug: one line on the terminal, the traceback in the log
        from competition_app.storage.database import sqlite_refusal

        refusal = sqlite_refusal(e, guarded)  # a full or failing disk outside a unit of work
        if refusal is not None:
            print(say(f"错误：{refusal}"), file=sys.stderr)
            return 1
        where = _log_bug(e)
        print(
            say(f"程序错误：{type(e).__name__}: {e}。已保存的数据不受影响；详情已记录到 {where}"),
            file=sys.stderr,
        )
        return INTERNAL_ERROR
    finally:
        _close_databases()
        if guarded is not None:
            from competition_app import safe_write

            safe_write.release_database(guarded)


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
    from competition_app.storage.database import database_url

    url = database_url(resolve_db(args.db))
    if not url.startswith("sqlite:///") or ":memory:" in url:
        return None
    path = Path(url.removeprefix("sqlite:///"))
    safe_write.guard_database(path)
    return path


# The exit code of an unexpected error (EX_SOFTWARE), apart from 1 (refused) and 2 (bad input).
INTERNAL_ERROR = 70


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
