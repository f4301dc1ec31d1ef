"""The contest-day commands: users, lots, check-in, blind codes, judges, marks, lock, appeals, audit."""

from __future__ import annotations

import argparse
import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from competition_app.domain.errors import UserError

if TYPE_CHECKING:
    from competition_app.services.context import Context

NEW_PASSWORD_ENV = "COMPETITION_APP_NEW_PASSWORD"
# Exit status of a check that ran and found something wrong (audit verify, lots verify).
CHECK_FAILED = 3


def _ctx(args: argparse.Namespace, *, write: bool = True) -> Context:
    from competition_app.cli import _context

    return _context(args, write=write)


def _table(header: list[str], body: list[list[str]]) -> None:
    from competition_app.io.result_tables import text_table

    print(text_table(header, body))


def _new_password(first_user: bool) -> str:
    """The password for a user being added or changed: from the environment, or typed twice."""
    from getpass import getpass

    from competition_app.services.integrity.users import PASSWORD_ENV

    env = os.environ.get(NEW_PASSWORD_ENV) or (os.environ.get(PASSWORD_ENV) if first_user else None)
    if env:
        return env
    first = getpass("新用户的密码：")
    if getpass("再输入一次：") != first:
        raise UserError("两次输入的密码不一致")
    return first


def _on_off(value: str | None) -> bool | None:
    if value is None:
        return None
    return value in ("on", "yes", "true", "1", "是")


def _trade_id(ctx: Context, event_id: int, trade_code: str) -> int:
    from competition_app.services.setup.trades import get_trade

    return get_trade(ctx, event_id, trade_code).id


def _judge_id(ctx: Context, event_id: int, code: str | None) -> int:
    if not code:
        return 0
    from competition_app.services.registration.judges import list_judges

    for j in list_judges(ctx, event_id):
        if code in (j.code, j.name):
            return j.id
    raise UserError(f"赛事 {event_id} 没有裁判“{code}”")


def _contestant_id(ctx: Context, args: argparse.Namespace) -> int:
    if getattr(args, "code", None):
        from competition_app.services.contest_day.blind_codes import contestant_for_code

        return contestant_for_code(ctx, args.event, args.trade, args.code)
    from competition_app.services.registration.contestants import list_contestants

    for c in list_contestants(ctx, args.event, args.trade):
        if c.number == args.number:
            return c.id
    raise UserError(f"工种“{args.trade}”没有参赛证号“{args.number}”的选手")


def _shown(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


# -- users ----------------------------------------------------------------------------------


def cmd_users_add(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.users import add_user, users_exist

    ctx = _ctx(args)  # logs in unless this is the first user
    first = not users_exist(ctx.db)
    info = add_user(ctx, args.name, args.role, _new_password(first))
    print(f"已添加用户“{info.name}”（{info.role_label}）")
    if first:
        print("本数据库从此需要登录：修改数据的命令须加 --user 姓名。")
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.users import list_users

    users = list_users(_ctx(args, write=False))
    _table(
        ["name", "role", "active"],
        [[u.name, f"{u.role}（{u.role_label}）", "是" if u.active else "停用"] for u in users],
    )
    return 0


def cmd_users_passwd(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.users import change_password

    change_password(_ctx(args), args.name, _new_password(False))
    print(f"已更改“{args.name}”的密码")
    return 0


def cmd_users_role(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.users import set_role

    info = set_role(_ctx(args), args.name, args.role)
    print(f"“{info.name}”现在是{info.role_label}")
    return 0


def cmd_users_active(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.users import set_active

    info = set_active(_ctx(args), args.name, args.action == "enable")
    print(f"“{info.name}”已{'启用' if info.active else '停用'}")
    return 0


# -- lots -----------------------------------------------------------------------------------


def _print_lots(res: Any) -> None:
    _table(
        ["session", "station", "order", "number", "name", "unit"],
        [
            [str(r.session), str(r.station), str(r.order), r.number, r.name, r.unit]
            for r in res.rows
        ],
    )
    caps = ",".join(str(c) for c in res.capacities)
    print(
        f"工种：{res.trade_name}（{res.trade_code}）  场次容量：{caps}  "
        f"第 {res.round} 次抽签  {res.drawn_at:%Y-%m-%d %H:%M}  操作人：{res.drawn_by}"
    )
    print(f"种子：{res.seed}")


def cmd_lots_draw(args: argparse.Namespace) -> int:
    from competition_app.domain.lot_drawing import parse_capacities
    from competition_app.services.contest_day.lots import draw_trade_lots

    caps = parse_capacities(args.sessions) if args.sessions else None
    res = draw_trade_lots(
        _ctx(args), args.event, args.trade, seed=args.seed, capacities=caps, force=args.force
    )
    _print_lots(res)
    return 0


def cmd_lots_show(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.lots import lot_result

    res = lot_result(_ctx(args, write=False), args.event, args.trade)
    if res is None:
        raise UserError(f"工种“{args.trade}”尚未抽签")
    _print_lots(res)
    return 0


def cmd_lots_verify(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.lots import verify_lots

    check = verify_lots(_ctx(args, write=False), args.event, args.trade)
    if check.ok:
        print(f"抽签结果与种子 {check.seed} 重算的结果一致")
        return 0
    print(f"抽签结果与种子 {check.seed} 重算的结果不一致：", file=sys.stderr)
    for line in check.differences:
        print(f"  {line}", file=sys.stderr)
    return CHECK_FAILED


# -- check-in -------------------------------------------------------------------------------


def cmd_checkin_in(args: argparse.Namespace) -> int:
    """Check in the numbers given, or read them from standard input (a barcode scanner types
    each number and Enter) until end of input; a bad number is reported and the desk goes on."""
    from competition_app.services.contest_day.checkin import check_in

    ctx = _ctx(args)
    numbers = args.numbers or (line for line in sys.stdin)
    failed = 0
    for raw in numbers:
        number = raw.strip()
        if not number:
            continue
        try:
            r = check_in(ctx, args.event, number)
        except UserError as e:
            failed += 1
            print(f"{number}: 错误：{e}", file=sys.stderr)
            continue
        place = f"第{r.session}场 {r.station}号工位" if r.session else "未抽签"
        again = "（已检录过）" if r.already else ""
        code = f"  检录号 {r.checkin_code}" if r.checkin_code else ""
        late = (
            f"  迟到 {r.late_minutes} 分钟（{r.starts_at:%H:%M} 开始）"
            if r.starts_at and r.late
            else ""
        )
        print(f"{r.number} {r.name} {r.trade_name} {place}{code}{late}{again}")
    return 1 if failed else 0


def cmd_checkin_absent(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.checkin import mark_absent

    ctx = _ctx(args)
    for number in args.numbers:
        mark_absent(ctx, args.event, number, reason=args.reason or "")
        print(f"{number}: 缺考")
    return 0


def cmd_checkin_missing(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.checkin import checkin_summary, missing

    ctx = _ctx(args, write=False)
    rows = missing(ctx, args.event, args.trade, args.session)
    _table(
        ["session", "station", "number", "name", "unit"],
        [[_shown(r.session), _shown(r.station), r.number, r.name, r.unit] for r in rows],
    )
    for n in checkin_summary(ctx, args.event, args.trade):
        label = f"第{n.session}场" if n.session else "未抽签"
        late = f"（其中迟到 {n.late}）" if n.late else ""
        print(f"{label}：应到 {n.expected}，已到 {n.present}{late}，缺考 {n.absent}")
    return 0


def cmd_checkin_late(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.checkin import late_arrivals

    rows = late_arrivals(_ctx(args, write=False), args.event, args.trade, args.session)
    _table(
        ["session", "station", "number", "name", "checked_in", "starts_at", "minutes_late"],
        [
            [
                _shown(r.session),
                _shown(r.station),
                r.number,
                r.name,
                f"{r.at:%Y-%m-%d %H:%M:%S}",
                f"{r.starts_at:%Y-%m-%d %H:%M}",
                str(r.minutes),
            ]
            for r in rows
        ],
    )
    print(f"迟到 {len(rows)} 人")
    return 0


# -- blind codes ----------------------------------------------------------------------------


def cmd_codes_generate(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.blind_codes import generate_codes

    n = generate_codes(_ctx(args), args.event, args.trade, regenerate=args.regenerate)
    print(f"已为 {n} 名选手生成检录号和工件号")
    return 0


def cmd_codes_tables(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.blind_codes import code_tables

    t = code_tables(_ctx(args), args.event, args.trade)
    print(f"一次加密（参赛证号 -> 检录号）  {t.trade_name}")
    _table(
        ["number", "name", "checkin_code"], [[r.number, r.name, r.checkin_code] for r in t.first]
    )
    print()
    print(f"二次加密（检录号 -> 工件号）  {t.trade_name}")
    _table(
        ["checkin_code", "workpiece_code"], [[r.checkin_code, r.workpiece_code] for r in t.second]
    )
    return 0


def cmd_codes_print(args: argparse.Namespace) -> int:
    from competition_app import safe_write
    from competition_app.services.contest_day.blind_codes import code_tables_pdf

    layers: tuple[Literal[1, 2], ...] = (args.layer,) if args.layer else (1, 2)
    safe_write.refuse_database_target(Path(args.output))  # before the tables are logged as printed
    pdf = code_tables_pdf(
        _ctx(args),
        args.event,
        args.trade,
        layers,
        allow_missing_glyphs=args.allow_missing_glyphs,
    )
    safe_write.write_bytes(Path(args.output), pdf)
    print(f"已生成加密表：{args.output}（打印后请密封，已记入审计日志）")
    return 0


def cmd_codes_decrypt(args: argparse.Namespace) -> int:
    from competition_app.services.contest_day.blind_codes import decrypt_results

    d = decrypt_results(_ctx(args), args.event, args.trade)
    _table(
        ["workpiece_code", "checkin_code", "number", "name", "unit"],
        [[r.workpiece_code, r.checkin_code, r.number, r.name, r.unit] for r in d.rows],
    )
    if not d.table_intact:
        print("警告：加密号表与生成时记录的指纹不符，可能被改动过", file=sys.stderr)
        return CHECK_FAILED
    return 0


# -- trades: options, lock ------------------------------------------------------------------


def _unset(value: str | None) -> bool:
    """An option value meaning "not set": none, -, or 未设置."""
    return value is not None and value.strip().lower() in ("none", "-", "未设置")


def cmd_trades_options(args: argparse.Namespace) -> int:
    from competition_app.domain.late_arrival import format_session_starts, parse_session_starts
    from competition_app.domain.lot_drawing import parse_capacities
    from competition_app.services.setup.trade_options import set_trade_options, trade_options

    starts = args.session_starts
    changes: dict[str, Any] = {
        "blind": _on_off(args.blind),
        "double_entry": _on_off(args.double_entry),
        "lot_capacities": parse_capacities(args.sessions) if args.sessions else None,
        "session_starts": (
            () if _unset(starts) else parse_session_starts(starts) if starts else None
        ),
        "ends_at": None if _unset(args.ends_at) else args.ends_at,
        "appeal_hours": args.appeal_hours,
    }
    writing = any(v is not None for v in changes.values()) or _unset(args.ends_at)
    changes["clear_ends_at"] = _unset(args.ends_at)
    ctx = _ctx(args, write=writing)
    trade_id = _trade_id(ctx, args.event, args.trade)
    o = set_trade_options(ctx, trade_id, **changes) if writing else trade_options(ctx, trade_id)
    print(f"blind = {'on' if o.blind else 'off'}")
    print(f"double_entry = {'on' if o.double_entry else 'off'}")
    print(f"sessions = {','.join(str(c) for c in o.lot_capacities) or '-'}")
    print(f"session_starts = {format_session_starts(o.session_starts) or '-'}")
    print(f"ends_at = {o.ends_at.isoformat(sep=' ') if o.ends_at else '-'}")
    print(f"appeal_hours = {o.appeal_hours.normalize():f}")
    return 0


def cmd_trades_lock(args: argparse.Namespace) -> int:
    from competition_app.services.results.locking import lock_trade

    ctx = _ctx(args)
    lock_trade(ctx, _trade_id(ctx, args.event, args.trade))
    print(f"已锁定工种“{args.trade}”的成绩")
    return 0


def cmd_trades_unlock(args: argparse.Namespace) -> int:
    from competition_app.services.results.locking import unlock_trade

    ctx = _ctx(args)
    unlock_trade(ctx, _trade_id(ctx, args.event, args.trade), args.reason)
    print(f"已解锁工种“{args.trade}”（原因已记入审计日志）")
    return 0


# -- judges: assignment and recusal ---------------------------------------------------------


def cmd_judges_assign(args: argparse.Namespace) -> int:
    from competition_app.services.scoring.recusal import assign_judge

    ctx = _ctx(args)
    criteria = [c.strip() for c in (args.criteria or "").split(",") if c.strip()]
    a = assign_judge(
        ctx,
        _judge_id(ctx, args.event, args.judge),
        _trade_id(ctx, args.event, args.trade),
        criteria,
    )
    print(f"裁判 {a.code} {a.name} 评 {args.trade}：{', '.join(a.criteria) or '全部评分项'}")
    return 0


def cmd_judges_conflict(args: argparse.Namespace) -> int:
    from competition_app.services.registration.contestants import list_contestants
    from competition_app.services.scoring.recusal import declare_conflict

    ctx = _ctx(args)
    found = [c for c in list_contestants(ctx, args.event) if c.number == args.number]
    if not found:
        raise UserError(f"赛事 {args.event} 没有参赛证号“{args.number}”的选手")
    declare_conflict(ctx, _judge_id(ctx, args.event, args.judge), found[0].id, args.reason)
    print(f"已登记：裁判 {args.judge} 回避选手 {args.number}")
    return 0


def cmd_judges_conflicts(args: argparse.Namespace) -> int:
    from competition_app.services.scoring.recusal import conflicts_for_trade

    ctx = _ctx(args, write=False)
    rows = conflicts_for_trade(ctx, _trade_id(ctx, args.event, args.trade))
    _table(
        ["judge", "judge_name", "number", "name", "kind", "reason"],
        [[r.judge_code, r.judge_name, r.number, r.name, r.kind, r.reason] for r in rows],
    )
    return 0


# -- marks: by code, verified entry ---------------------------------------------------------


def cmd_marks_enter(args: argparse.Namespace) -> int:
    from competition_app.domain.marks import read_number

    ctx = _ctx(args)
    judge_id = _judge_id(ctx, args.event, args.judge)
    # the text is read here, once; the services check the value against the trade's rules
    value = read_number(args.value)
    if args.pass_no:
        from dataclasses import replace

        from competition_app.domain.double_entry import STATE_LABELS
        from competition_app.services.scoring.verification import enter_pass

        r = enter_pass(
            replace(ctx, clerk=args.clerk or ""),
            _contestant_id(ctx, args),
            args.criterion,
            _required(value),
            pass_no=args.pass_no,
            judge_id=judge_id,
        )
        print(f"第{args.pass_no}遍已录入：{STATE_LABELS[r.state]}")
        return 0
    if args.code:
        from competition_app.services.contest_day.blind_codes import record_mark_by_code

        saved = record_mark_by_code(
            ctx, args.event, args.trade, args.code, args.criterion, value, judge_id=judge_id
        )
    else:
        from competition_app.services.scoring.scoring import record_mark

        saved = record_mark(
            ctx, _contestant_id(ctx, args), args.criterion, value, judge_id=judge_id
        )
    print(f"已保存：{_shown(saved.value)}")
    return 0


def _required(value: Decimal | None) -> Decimal:
    if value is None:
        raise UserError("分数不能为空")
    return value


def cmd_marks_verification(args: argparse.Namespace) -> int:
    from competition_app.services.scoring.verification import verification_status

    ctx = _ctx(args, write=False)
    st = verification_status(ctx, _trade_id(ctx, args.event, args.trade))
    if not st.enabled:
        print("本工种未启用复核")
        return 0
    n = st.counts
    print(
        f"应录 {n.expected}，已核对 {n.verified}，待另一遍 {n.waiting}，"
        f"不一致 {n.mismatched}，未录 {n.missing}"
    )
    if st.mismatches:
        _table(
            ["who", "criterion", "judge", "pass1", "pass2", "by1", "by2"],
            [
                [
                    m.label,
                    m.criterion,
                    str(m.judge_id or "-"),
                    _shown(m.first),
                    _shown(m.second),
                    m.first_by,
                    m.second_by,
                ]
                for m in st.mismatches
            ],
        )
    return 0 if n.complete else CHECK_FAILED


def cmd_marks_resolve(args: argparse.Namespace) -> int:
    from competition_app.domain.marks import read_number
    from competition_app.services.scoring.verification import resolve_mismatch

    ctx = _ctx(args)
    resolve_mismatch(
        ctx,
        _contestant_id(ctx, args),
        args.criterion,
        _required(read_number(args.value)),
        judge_id=_judge_id(ctx, args.event, args.judge),
        reason=args.reason,
    )
    print(f"已裁定：{args.value}")
    return 0


# -- appeals --------------------------------------------------------------------------------


def _appeal_line(a: Any) -> list[str]:
    return [
        str(a.id),
        a.trade_code,
        a.number,
        a.name,
        f"{a.received_at:%Y-%m-%d %H:%M}",
        a.status,
        a.reason,
        a.decision_note,
    ]


def cmd_appeals_add(args: argparse.Namespace) -> int:
    from competition_app.domain.appeals import parse_when
    from competition_app.services.integrity.appeals import record_appeal

    received = parse_when(args.received, what="收到时间") if args.received else None
    a = record_appeal(
        _ctx(args), args.event, args.trade, args.number, args.reason, received_at=received
    )
    print(f"已登记申诉 {a.id}")
    print(a.id)
    return 0


def cmd_appeals_list(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.appeals import list_appeals

    rows = list_appeals(_ctx(args, write=False), args.event, args.trade)
    _table(
        ["id", "trade", "number", "name", "received", "status", "reason", "decision"],
        [_appeal_line(a) for a in rows],
    )
    return 0


def cmd_appeals_decide(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.appeals import decide_appeal

    a = decide_appeal(_ctx(args), args.id, args.decision, args.note)
    print(f"申诉 {a.id}：{a.status}")
    return 0


def _parse_change(text: str, judges: dict[str, int]) -> Any:
    """NUMBER:CODE=VALUE or NUMBER:CODE@JUDGE=VALUE."""
    from competition_app.services.integrity.appeals import AppealChange

    try:
        left, value = text.split("=", 1)
        number, code = left.split(":", 1)
    except ValueError:
        raise UserError(f"“{text}”应写成 参赛证号:评分项=分数，如 2001:e1=35") from None
    judge = 0
    if "@" in code:
        code, judge_code = code.split("@", 1)
        if judge_code not in judges:
            raise UserError(f"没有裁判“{judge_code}”")
        judge = judges[judge_code]
    return AppealChange(number.strip(), code.strip(), value.strip(), judge)


def cmd_appeals_apply(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.appeals import apply_appeal_change, list_appeals
    from competition_app.services.registration.judges import list_judges

    ctx = _ctx(args)
    appeal = next((a for a in list_appeals(ctx, args.event) if a.id == args.id), None)
    if appeal is None:
        raise UserError(f"赛事 {args.event} 没有编号为 {args.id} 的申诉")
    judges = {j.code: j.id for j in list_judges(ctx, args.event)}
    out = apply_appeal_change(ctx, args.id, [_parse_change(c, judges) for c in args.change])
    print(f"已修改 {out.marks_changed} 个分数")
    _table(
        [
            "number",
            "name",
            "old_rank",
            "new_rank",
            "old_award",
            "new_award",
            "old_total",
            "new_total",
        ],
        [
            [
                m.number,
                m.name,
                _shown(m.old_rank),
                _shown(m.new_rank),
                m.old_award or "-",
                m.new_award or "-",
                _shown(m.old_total),
                _shown(m.new_total),
            ]
            for m in out.changes
        ],
    )
    return 0


# -- audit ----------------------------------------------------------------------------------


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.audit import verify_audit
    from competition_app.services.integrity.audit_key import fingerprint
    from competition_app.services.integrity.state_check import state_mismatches

    ctx = _ctx(args, write=False)
    check = verify_audit(ctx)
    mismatches = state_mismatches(ctx)
    if check.ok and not mismatches:
        print(
            f"审计日志完整：{check.entries} 条记录，链头 {check.head_hash[:16] or '-'}，"
            f"密钥指纹 {fingerprint()}；锁定状态与用户均与日志一致，分数、成绩与选手记录的封签均相符"
        )
        return 0
    if not check.ok:
        print(f"审计日志被改动：{check.problem}", file=sys.stderr)
        print(f"第一个有问题的记录：{check.first_bad_id}", file=sys.stderr)
    for line in mismatches:
        print(f"数据与审计日志不符：{line}", file=sys.stderr)
    return CHECK_FAILED


def cmd_audit_key(args: argparse.Namespace) -> int:
    from competition_app.services.integrity import audit_key
    from competition_app.services.integrity.permissions import require

    if args.install:
        path = audit_key.install_key(args.install)
        print(f"已安装审计密钥：{path}（指纹 {audit_key.fingerprint()}）")
        return 0
    key = audit_key.audit_key()
    print(f"审计密钥：{audit_key.key_path()}（指纹 {audit_key.fingerprint(key)}）")
    if args.recovery_code:
        # The key itself: whoever holds it could re-sign an edited trail. The chief judge's.
        require(_ctx(args, write=True), "lock")
        print(f"恢复码：{audit_key.recovery_code()}")
    return 0


def cmd_audit_show(args: argparse.Namespace) -> int:
    from competition_app.services.integrity.audit import audit_log

    rows = audit_log(_ctx(args, write=False), args.event, args.limit)
    _table(
        ["id", "at", "user", "action", "key", "old", "new", "reason"],
        [
            [
                str(a.id),
                f"{a.at:%Y-%m-%d %H:%M:%S}",
                a.user,
                a.action,
                a.key,
                a.old[:40],
                a.new[:40],
                a.reason,
            ]
            for a in rows
        ],
    )
    return 0


# -- parser ---------------------------------------------------------------------------------


def _event_trade(p: argparse.ArgumentParser) -> None:
    p.add_argument("--event", type=int, required=True)
    p.add_argument("--trade", required=True)


def _who(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--number", help="参赛证号")
    g.add_argument("--code", help="工件号（二次加密号）")


def add_contest_day_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    judges: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Add the commands to the main parser (`sub`) and to its `judges` command."""
    from competition_app.domain.appeals import DECISIONS
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

    lo = sub.add_parser("lots", help="抽签").add_subparsers(dest="action", required=True)
    x = lo.add_parser("draw", help="抽签：场次、工位和签号")
    _event_trade(x)
    x.add_argument("--seed", type=int, help="种子（默认随机生成，并随结果显示）")
    x.add_argument("--sessions", help="场次容量，如 20,20,10 或 3x20")
    x.add_argument("--force", action="store_true", help="已抽过签时重新抽签（记入审计日志）")
    x.set_defaults(func=cmd_lots_draw)
    x = lo.add_parser("show", help="显示抽签结果")
    _event_trade(x)
    x.set_defaults(func=cmd_lots_show)
    x = lo.add_parser("verify", help="用记录的种子重算并核对抽签结果")
    _event_trade(x)
    x.set_defaults(func=cmd_lots_verify)

    ci = sub.add_parser("checkin", help="检录").add_subparsers(dest="action", required=True)
    x = ci.add_parser("in", help="检录到场（不给号码时逐行读取扫码枪输入）")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("numbers", nargs="*")
    x.set_defaults(func=cmd_checkin_in)
    x = ci.add_parser("absent", help="记为缺考")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("numbers", nargs="+")
    x.add_argument("--reason")
    x.set_defaults(func=cmd_checkin_absent)
    x = ci.add_parser("missing", help="尚未检录的选手")
    _event_trade(x)
    x.add_argument("--session", type=int)
    x.set_defaults(func=cmd_checkin_missing)
    x = ci.add_parser("late", help="迟到的选手（场次开始后才检录）")
    _event_trade(x)
    x.add_argument("--session", type=int)
    x.set_defaults(func=cmd_checkin_late)

    co = sub.add_parser("codes", help="加密号").add_subparsers(dest="action", required=True)
    x = co.add_parser("generate", help="生成检录号和工件号")
    _event_trade(x)
    x.add_argument("--regenerate", action="store_true", help="作废全部加密号重新生成（尚无分数时）")
    x.set_defaults(func=cmd_codes_generate)
    x = co.add_parser("tables", help="加密号对照表（加密裁判）")
    _event_trade(x)
    x.set_defaults(func=cmd_codes_tables)
    x = co.add_parser("print", help="打印加密表（PDF，供密封）")
    _event_trade(x)
    x.add_argument(
        "--layer", type=int, choices=[1, 2], help="只打印一次加密表（1）或二次加密表（2）"
    )
    x.add_argument("--output", "-o", required=True)
    x.add_argument(
        "--allow-missing-glyphs",
        action="store_true",
        help="含字库缺字的姓名也照样打印（缺字处会印成方框）",
    )
    x.set_defaults(func=cmd_codes_print)
    x = co.add_parser("decrypt", help="解密（成绩锁定后）")
    _event_trade(x)
    x.set_defaults(func=cmd_codes_decrypt)

    tr = sub.add_parser("trades", help="工种设置与锁定").add_subparsers(
        dest="action", required=True
    )
    x = tr.add_parser("options", help="盲评、复核、场次容量、开始时间、结束时间与申诉时限")
    _event_trade(x)
    x.add_argument("--blind", choices=("on", "off"))
    x.add_argument("--double-entry", choices=("on", "off"))
    x.add_argument("--sessions", help="抽签的场次容量，如 20,20,10 或 3x20")
    x.add_argument(
        "--session-starts",
        help="各场开始时间，此后检录记为迟到，如“2022-07-20 08:30, 13:30”；none 清除",
    )
    x.add_argument(
        "--ends-at", help="工种结束时间，如 2022-07-20 17:30；none 清除（之后不能登记申诉）"
    )
    x.add_argument("--appeal-hours", help="结束后多少小时内可申诉（默认 2）")
    x.set_defaults(func=cmd_trades_options)
    x = tr.add_parser("lock", help="锁定成绩（裁判长）")
    _event_trade(x)
    x.set_defaults(func=cmd_trades_lock)
    x = tr.add_parser("unlock", help="解锁成绩（裁判长，须写原因）")
    _event_trade(x)
    x.add_argument("--reason", required=True)
    x.set_defaults(func=cmd_trades_unlock)

    x = judges.add_parser("assign", help="分配裁判到工种和评分组")
    _event_trade(x)
    x.add_argument("--judge", required=True, help="裁判编号")
    x.add_argument("--criteria", help="评分项，如 e1,e2（默认全部）")
    x.set_defaults(func=cmd_judges_assign)
    x = judges.add_parser("conflict", help="登记回避")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--judge", required=True)
    x.add_argument("--number", required=True)
    x.add_argument("--reason", required=True)
    x.set_defaults(func=cmd_judges_conflict)
    x = judges.add_parser("conflicts", help="列出工种的回避关系")
    _event_trade(x)
    x.set_defaults(func=cmd_judges_conflicts)
    from competition_app.cli_judge_analysis import add_commands as add_judge_analysis

    add_judge_analysis(judges)

    ma = sub.add_parser("marks", help="录入分数与复核").add_subparsers(dest="action", required=True)
    x = ma.add_parser("enter", help="录入一个评分项分数（按参赛证号或工件号）")
    _event_trade(x)
    _who(x)
    x.add_argument("--criterion", required=True)
    x.add_argument("--value", required=True)
    x.add_argument("--judge", help="裁判编号（评分组）")
    x.add_argument("--pass", dest="pass_no", type=int, choices=(1, 2), help="复核：第几遍")
    x.add_argument("--clerk", help="复核录入员姓名（未设用户的单机模式下必填；两遍须由两人录入）")
    x.set_defaults(func=cmd_marks_enter)
    x = ma.add_parser("verification", help="复核进度与不一致的分数")
    _event_trade(x)
    x.set_defaults(func=cmd_marks_verification)
    x = ma.add_parser("resolve", help="裁定两遍不一致的分数（裁判长）")
    _event_trade(x)
    _who(x)
    x.add_argument("--criterion", required=True)
    x.add_argument("--value", required=True)
    x.add_argument("--judge")
    x.add_argument("--reason", required=True)
    x.set_defaults(func=cmd_marks_resolve)

    ap = sub.add_parser("appeals", help="申诉").add_subparsers(dest="action", required=True)
    x = ap.add_parser("add", help="登记申诉（须在时限内）")
    _event_trade(x)
    x.add_argument("--number", required=True)
    x.add_argument("--reason", required=True)
    x.add_argument("--received", help="收到时间（默认现在），如 2022-07-20 18:10")
    x.set_defaults(func=cmd_appeals_add)
    x = ap.add_parser("list", help="列出申诉")
    x.add_argument("--event", type=int, required=True)
    x.add_argument("--trade")
    x.set_defaults(func=cmd_appeals_list)
    x = ap.add_parser("decide", help="裁定申诉（裁判长）")
    x.add_argument("id", type=int)
    x.add_argument("--decision", choices=DECISIONS, required=True)
    x.add_argument("--note", required=True)
    x.set_defaults(func=cmd_appeals_decide)
    x = ap.add_parser("apply", help="按成立的申诉修改分数，显示名次和奖项的变化")
    x.add_argument("id", type=int)
    x.add_argument("--event", type=int, required=True)
    x.add_argument(
        "--change",
        action="append",
        required=True,
        help="参赛证号:评分项=分数，评分组加 @裁判编号，如 2001:e1@J1=35；可重复",
    )
    x.set_defaults(func=cmd_appeals_apply)

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
