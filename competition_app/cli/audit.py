"""`audit verify | key | show`: the audit trail's hash chain, its key, and the log itself."""

from __future__ import annotations

import argparse
import sys

from competition_app.cli.common import CHECK_FAILED, context, english, say, table


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.audit import verify_audit
    from competition_app.services.integrity.audit_key import fingerprint
    from competition_app.services.integrity.state_check import state_mismatches

    ctx = context(args, write=False)
    check = verify_audit(ctx)
    mismatches = state_mismatches(ctx)
    if check.ok and not mismatches:
        print(
            say(
                f"审计日志完整：{check.entries} 条记录，链头 {check.head_hash[:16] or '-'}，"
                f"密钥指纹 {fingerprint()}；锁定状态与用户均与日志一致，分数、成绩与选手记录的封签均相符"
            )
        )
        return 0
    if not check.ok:
        print(say(f"审计日志被改动：{say(check.problem)}"), file=sys.stderr)
        print(say(f"第一个有问题的记录：{check.first_bad_id}"), file=sys.stderr)
    for line in mismatches:
        print(say(f"数据与审计日志不符：{say(line)}"), file=sys.stderr)
    return CHECK_FAILED


def cmd_audit_key(args: argparse.Namespace) -> int:
    from competition_app.services.integrity import audit_key
    from competition_app.services.integrity.permissions import require

    if args.install:
        path = audit_key.install_key(args.install)
        print(say(f"已安装审计密钥：{path}（指纹 {audit_key.fingerprint()}）"))
        return 0
    key = audit_key.audit_key()
    print(say(f"审计密钥：{audit_key.key_path()}（指纹 {audit_key.fingerprint(key)}）"))
    if args.recovery_code:
        # The key itself: whoever holds it could re-sign an edited trail. The chief judge's.
        require(context(args, write=True), "lock")
        print(say(f"恢复码：{audit_key.recovery_code()}"))
    return 0


def cmd_audit_show(args: argparse.Namespace) -> int:
    from competition_app.domain.audit_values import pair_text
    from competition_app.services.integrity.audit import audit_log

    rows = audit_log(context(args, write=False), args.event, args.limit)
    en = english()
    body = []
    for a in rows:
        old, new = pair_text(a.old, a.new, a.entity, english=en)
        body.append(
            [
                str(a.id),
                f"{a.at:%Y-%m-%d %H:%M:%S}",
                a.user,
                a.action,
                a.key,
                old[:40],
                new[:40],
                a.reason,
            ]
        )
    table(["id", "at", "user", "action", "key", "old", "new", "reason"], body)
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    au = sub.add_parser("audit", help="审计日志").add_subparsers(dest="action", required=True)
    x = au.add_parser("verify", help="检查审计日志的哈希链")
    x.set_defaults(func=cmd_audit_verify)
    x = au.add_parser("key", help="审计密钥：位置与指纹；恢复码；在另一台电脑上安装")
    x.add_argument("--recovery-code", action="store_true", help="显示恢复码（裁判长登录）")
    x.add_argument("--install", metavar="CODE", help="安装另一台电脑的密钥（恢复码）")
    x.set_defaults(func=cmd_audit_key)
    x = au.add_parser("show", help="显示审计日志（最新的在前）")
    x.add_argument("--event", type=int)
    x.add_argument("--limit", type=int, default=50)
    x.set_defaults(func=cmd_audit_show)
