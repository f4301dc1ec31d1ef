"""The printing commands: certificates, result sheets, contest-day forms, and certificate checks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def _ctx(args: argparse.Namespace, *, write: bool = False) -> Any:
    """Printing reads; only issuing certificates writes (their serials), so only it needs a log-in."""
    from competition_app.cli import _context

    return _context(args, write=write)


def _write(path: str, pdf: bytes, what: str) -> None:
    from competition_app import safe_write

    safe_write.write_bytes(Path(path), pdf)
    print(f"已生成{what}：{path}")


def cmd_print_certificates(args: argparse.Namespace) -> int:
    from competition_app import safe_write
    from competition_app.services.printing.certificates import certificates_pdf

    offset = (args.dx, args.dy)
    awards = [a for a in (args.award or []) if a]
    # Written inside the unit of work that issues the serials: a PDF that cannot be written
    # (a full disk) leaves nothing issued.
    _pdf, pages = certificates_pdf(
        _ctx(args, write=True),
        args.event,
        trade_code=args.trade,
        awards=awards or None,
        layout=args.layout,
        preprinted=args.preprinted,
        offset_mm=offset,
        allow_missing_glyphs=args.allow_missing_glyphs,
        draft=args.draft,
        deliver=lambda pdf: safe_write.write_bytes(Path(args.output), pdf),
    )
    print(f"已生成 {pages} 张证书：{args.output}")
    return 0


def cmd_print_results(args: argparse.Namespace) -> int:
    from competition_app.services.printing.printing import result_sheet_pdf

    pdf = result_sheet_pdf(
        _ctx(args),
        args.event,
        args.trade,
        group=args.group,
        show_id_numbers=args.id_numbers,
        allow_missing_glyphs=args.allow_missing_glyphs,
        internal=args.internal,
    )
    _write(args.output, pdf, "内部成绩审核表" if args.internal else "成绩公示表")
    return 0


def cmd_print_forms(args: argparse.Namespace) -> int:
    from competition_app.services.printing.printing import form_pdf

    pdf = form_pdf(
        _ctx(args),
        args.event,
        args.trade,
        args.kind,
        allow_missing_glyphs=args.allow_missing_glyphs,
    )
    _write(args.output, pdf, "表格")
    return 0


def cmd_print_teams(args: argparse.Namespace) -> int:
    from competition_app.services.printing.printing import team_standings_pdf

    pdf = team_standings_pdf(
        _ctx(args), args.event, args.trade, allow_missing_glyphs=args.allow_missing_glyphs
    )
    _write(args.output, pdf, "团体成绩表")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from competition_app.services.printing.certificates import verify_certificate, verify_offline

    if args.offline:
        if not args.key:
            print("错误：离线核验须用 --key 给出赛事公布的公钥文件", file=sys.stderr)
            return 2
        v = verify_offline(args.code, _key_file_text(Path(args.key)))
    else:
        v = verify_certificate(_ctx(args), args.code)
    if not v.genuine:
        print(f"✗ {v.message}", file=sys.stderr)
        return 1
    print(f"✓ {v.message}")
    for label, value in (
        ("证书编号", v.serial),
        ("姓名", v.name),
        ("单位", v.unit),
        ("赛事", v.event),
        ("工种", v.trade),
        ("奖项", v.award),
        ("称号", v.title),
        ("颁发时间", v.issued_at),
    ):
        if value:
            print(f"{label}：{value}")
    return 0


# A published key file is a few lines; anything much bigger is not one.
_KEY_FILE_LIMIT = 64 * 1024


def _key_file_text(path: Path) -> str:
    """The published key file's text, or a UserError naming what is wrong with the file."""
    from competition_app.domain.errors import UserError

    try:
        with open(path, "rb") as f:
            data = f.read(_KEY_FILE_LIMIT + 1)
    except FileNotFoundError:
        raise UserError(f"找不到公钥文件 {path}") from None
    except IsADirectoryError:
        raise UserError(f"公钥文件 {path} 是一个文件夹，不是文件") from None
    except OSError as e:
        raise UserError(f"无法读取公钥文件 {path}：{e.strerror or e}") from None
    if len(data) > _KEY_FILE_LIMIT:
        raise UserError(f"公钥文件 {path} 过大，不是 print key 生成的公钥文件")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(f"公钥文件 {path} 不是 UTF-8 文本，不是 print key 生成的公钥文件") from None


def _glyph_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-missing-glyphs",
        action="store_true",
        help="含字库缺字的姓名、单位也照样打印（缺字处会印成方框）",
    )


def cmd_print_calibration(args: argparse.Namespace) -> int:
    from competition_app.services.printing.certificates import calibration_pdf

    _write(args.output, calibration_pdf(args.layout, (args.dx, args.dy)), "套打校准页")
    return 0


def cmd_print_key(args: argparse.Namespace) -> int:
    from competition_app import safe_write
    from competition_app.services.printing.certificates import event_key_file

    text, fp = event_key_file(_ctx(args), args.event)
    safe_write.write_text(Path(args.output), text)  # whole, or not there at all
    print(f"已生成公钥文件：{args.output}（指纹 {fp}）")
    return 0


def add_printing_commands(sub: Any) -> None:
    pr = sub.add_parser("print", help="打印（生成 PDF）").add_subparsers(
        dest="action", required=True
    )
    x = pr.add_parser("certificates", help="获奖证书")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade")
    x.add_argument("--layout", help="版式名称（classic-cn、plain-bilingual）或版式文件")
    x.add_argument("--award", action="append", help="只打印这个奖项或称号（可重复）")
    x.add_argument(
        "--preprinted", action="store_true", help="套打：只打印内容，印在已印好的证书纸上"
    )
    x.add_argument("--dx", type=float, default=0.0, help="套打时整体右移（毫米，可为负）")
    x.add_argument("--dy", type=float, default=0.0, help="套打时整体下移（毫米，可为负）")
    x.add_argument(
        "--draft",
        action="store_true",
        help="成绩未锁定（或有待裁定的并列、未完成的复核）时打印草稿样张：加水印，不编号，不颁发",
    )
    x.add_argument("--output", "-o", required=True)
    _glyph_option(x)
    x.set_defaults(func=cmd_print_certificates)
    x = pr.add_parser("results", help="成绩公示表")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade", required=True)
    x.add_argument("--group")
    x.add_argument("--id-numbers", action="store_true", help="加一列身份证号（打码）")
    x.add_argument(
        "--internal",
        action="store_true",
        help="裁判长内部审核表（含评分差异超限、并列待裁定等标记），不是公示表",
    )
    x.add_argument("--output", "-o", required=True)
    _glyph_option(x)
    x.set_defaults(func=cmd_print_results)
    x = pr.add_parser("forms", help="检录表、评分表、桌签、抽签结果")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade", required=True)
    x.add_argument("--kind", required=True, choices=["checkin", "scoreform", "desk", "lots"])
    x.add_argument("--output", "-o", required=True)
    _glyph_option(x)
    x.set_defaults(func=cmd_print_forms)
    x = pr.add_parser("teams", help="团体成绩表")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade")
    x.add_argument("--output", "-o", required=True)
    _glyph_option(x)
    x.set_defaults(func=cmd_print_teams)
    x = sub.add_parser("verify", help="核验证书验证码（或离线核验二维码内容）")
    x.add_argument("code", help="验证码；--offline 时为扫描二维码得到的全文")
    x.add_argument("--offline", action="store_true", help="不用数据库：按公钥核验二维码中的签名")
    x.add_argument("--key", help="赛事公布的公钥文件（competition-app print key 生成）")
    x.set_defaults(func=cmd_verify)
    x = pr.add_parser("calibration", help="套打校准页：毫米网格和各字段的位置框")
    x.add_argument("--layout", help="版式名称或版式文件")
    x.add_argument("--dx", type=float, default=0.0, help="整体右移（毫米，可为负）")
    x.add_argument("--dy", type=float, default=0.0, help="整体下移（毫米，可为负）")
    x.add_argument("--output", "-o", required=True)
    x.set_defaults(func=cmd_print_calibration)
    x = pr.add_parser("key", help="赛事证书签名公钥文件（供公布，离线核验用）")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--output", "-o", required=True)
    x.set_defaults(func=cmd_print_key)
    from competition_app.cli_judge_analysis import add_print_commands

    add_print_commands(pr)
