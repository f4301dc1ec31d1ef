"""`print`: certificates, result sheets, team standings, contest-day forms, the re-check list,
the calibration page for pre-printed certificate paper, and the event's public key file (PDFs
and a text file)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from competition_app.cli.common import context, say

if TYPE_CHECKING:
    from competition_app.services.context import Context


def _ctx(args: argparse.Namespace, *, write: bool = False) -> Context:
    """Printing reads; only issuing certificates writes (their serials), so only it needs a log-in."""
    return context(args, write=write)


def _write(path: str, pdf: bytes, what: str) -> None:
    from competition_app import safe_write

    safe_write.write_bytes(Path(path), pdf)
    print(say(f"已生成{what}：{path}"))


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
    print(say(f"已生成 {pages} 张证书：{args.output}"))
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


def cmd_print_recheck(args: argparse.Namespace) -> int:
    from competition_app.services.printing.recheck_list import recheck_list_pdf

    pdf = recheck_list_pdf(
        _ctx(args), args.event, args.trade, allow_missing_glyphs=args.allow_missing_glyphs
    )
    _write(args.output, pdf, "抽样复核名单")
    return 0


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
    print(say(f"已生成公钥文件：{args.output}（指纹 {fp}）"))
    return 0


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """The `print` group; its sub-commands returned, for the groups that add their own sheet."""
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
    x = pr.add_parser("recheck", help="抽样复核名单（须先 recheck draw 抽取）")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade", required=True)
    x.add_argument("--output", "-o", required=True)
    _glyph_option(x)
    x.set_defaults(func=cmd_print_recheck)
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
    return pr
