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
    from competition_app.services.printing import certificates_pdf

    offset = (args.dx, args.dy)
    awards = [a for a in (args.award or []) if a]
    pdf, pages = certificates_pdf(
        _ctx(args, write=True),
        args.event,
        trade_code=args.trade,
        awards=awards or None,
        layout=args.layout,
        preprinted=args.preprinted,
        offset_mm=offset,
    )
    _write(args.output, pdf, f" {pages} 张证书")
    return 0


def cmd_print_results(args: argparse.Namespace) -> int:
    from competition_app.services.printing import result_sheet_pdf

    pdf = result_sheet_pdf(
        _ctx(args), args.event, args.trade, group=args.group, show_id_numbers=args.id_numbers
    )
    _write(args.output, pdf, "成绩公示表")
    return 0


def cmd_print_forms(args: argparse.Namespace) -> int:
    from competition_app.services.printing import form_pdf

    _write(args.output, form_pdf(_ctx(args), args.event, args.trade, args.kind), "表格")
    return 0


def cmd_print_teams(args: argparse.Namespace) -> int:
    from competition_app.services.printing import team_standings_pdf

    _write(args.output, team_standings_pdf(_ctx(args), args.event, args.trade), "团体成绩表")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from competition_app.services.printing import verify_certificate

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
    x.add_argument("--output", "-o", required=True)
    x.set_defaults(func=cmd_print_certificates)
    x = pr.add_parser("results", help="成绩公示表")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade", required=True)
    x.add_argument("--group")
    x.add_argument("--id-numbers", action="store_true", help="加一列身份证号（打码）")
    x.add_argument("--output", "-o", required=True)
    x.set_defaults(func=cmd_print_results)
    x = pr.add_parser("forms", help="检录表、评分表、桌签、抽签结果")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade", required=True)
    x.add_argument("--kind", required=True, choices=["checkin", "scoreform", "desk", "lots"])
    x.add_argument("--output", "-o", required=True)
    x.set_defaults(func=cmd_print_forms)
    x = pr.add_parser("teams", help="团体成绩表")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade")
    x.add_argument("--output", "-o", required=True)
    x.set_defaults(func=cmd_print_teams)
    x = sub.add_parser("verify", help="核验证书验证码")
    x.add_argument("code")
    x.set_defaults(func=cmd_verify)
