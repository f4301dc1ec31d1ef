"""Users and roles: hashed passwords, log-in, single-user mode, and every service refusing a role."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from competition_app.domain.errors import PermissionDenied, UserError
from competition_app.services.contest_day.blind_codes import decrypt_results, generate_codes
from competition_app.services.context import Context
from competition_app.services.integrity import users
from competition_app.services.integrity.audit import audit_log
from competition_app.services.integrity.permissions import LoginRequired, can, single_user_mode
from competition_app.services.integrity.users import (
    AuthenticationFailed,
    add_user,
    authenticate,
    change_password,
    list_users,
    set_active,
    set_role,
)
from competition_app.services.registration.contestants import list_contestants, set_status
from competition_app.services.results.locking import lock_trade, unlock_trade
from competition_app.services.scoring.scoring import record_mark, record_score
from competition_app.services.setup.trade_options import set_trade_options
from competition_app.services.setup.trades import get_trade, update_trade
from competition_app.storage.models import AppUser
from tests.services.staff import APP_SCRYPT, PASSWORD, fast_passwords, hire_staff, supervisor  # noqa: F401


def _ids(ctx, event_id):
    return {c.number: c.id for c in list_contestants(ctx, event_id)}


def test_passwords_are_stored_only_as_salted_scrypt_hashes(ctx):
    add_user(ctx, "组委会", "organizer", PASSWORD)
    org = authenticate(ctx.db, "组委会", PASSWORD)
    add_user(org, "裁判员甲", "judge", PASSWORD)
    with ctx.db.reading() as s:
        rows = s.scalars(select(AppUser)).all()
        for u in rows:
            assert PASSWORD not in (u.password_hash, u.password_salt)
            assert u.password_params["algorithm"] == "scrypt" and u.password_params["n"] > 1
        # same password, different salts, different hashes
        assert rows[0].password_salt != rows[1].password_salt
        assert rows[0].password_hash != rows[1].password_hash


def test_the_apps_own_cost_is_a_slow_hash():
    # 2**14 x 8 is the least scrypt's authors advise for interactive log-ins
    assert APP_SCRYPT["n"] >= 2**14 and APP_SCRYPT["r"] >= 8
    assert users.SCRYPT_PARAMS["n"] < APP_SCRYPT["n"]  # lowered here only for speed


def test_log_in_refuses_a_wrong_password_or_name_alike(ctx):
    add_user(ctx, "组委会", "organizer", PASSWORD)
    with pytest.raises(AuthenticationFailed) as wrong_pw:
        authenticate(ctx.db, "组委会", "not-the-password")
    with pytest.raises(AuthenticationFailed) as wrong_name:
        authenticate(ctx.db, "无此人", PASSWORD)
    assert str(wrong_pw.value) == str(wrong_name.value)
    assert authenticate(ctx.db, "组委会", PASSWORD).user == "组委会"


def test_first_user_must_be_an_organizer_and_ends_single_user_mode(ctx):
    assert single_user_mode(ctx)
    with pytest.raises(UserError, match="organizer"):
        add_user(ctx, "裁判员甲", "judge", PASSWORD)
    add_user(ctx, "组委会", "organizer", PASSWORD)
    assert not single_user_mode(ctx)
    # the same anonymous context may not add a second user now
    with pytest.raises(LoginRequired):
        add_user(Context(ctx.db), "裁判员甲", "judge", PASSWORD)
    with pytest.raises(UserError, match="至少"):
        add_user(authenticate(ctx.db, "组委会", PASSWORD), "x", "judge", "123")


def test_single_user_mode_allows_everything(ctx, event_id):
    trade = get_trade(ctx, event_id, "electrician")
    record_mark(ctx, _ids(ctx, event_id)["2001"], "e1", Decimal("30"))
    lock_trade(ctx, trade.id)
    unlock_trade(ctx, trade.id, "测试")
    assert can(ctx, "decrypt") and can(ctx, "users")


def test_once_users_exist_an_anonymous_context_changes_nothing(ctx, event_id):
    hire_staff(ctx)
    anonymous = Context(ctx.db, user="")
    with pytest.raises(LoginRequired, match="登录"):
        record_mark(anonymous, _ids(ctx, event_id)["2001"], "e1", Decimal("30"))
    # a name that is not a user is no better than no name
    with pytest.raises(LoginRequired):
        record_mark(
            Context(ctx.db, user="冒名者"), _ids(ctx, event_id)["2001"], "e1", Decimal("30")
        )


def test_a_judge_cannot_lock_decrypt_or_edit_settings(ctx, event_id):
    staff = hire_staff(ctx)
    trade = get_trade(ctx, event_id, "electrician")
    with pytest.raises(PermissionDenied, match="锁定"):
        lock_trade(staff.judge, trade.id)
    with pytest.raises(PermissionDenied, match="工种设置"):
        update_trade(staff.judge, trade.id, name="电工（改）")
    with pytest.raises(PermissionDenied, match="工种设置"):
        set_trade_options(staff.judge, trade.id, blind=True)
    generate_codes(staff.organizer, event_id, "electrician")
    lock_trade(staff.chief, trade.id)
    with pytest.raises(PermissionDenied, match="解密"):
        decrypt_results(staff.judge, event_id, "electrician")
    assert decrypt_results(staff.encryption, event_id, "electrician").rows


def test_a_viewer_cannot_mark_and_a_judge_can(ctx, event_id):
    staff = hire_staff(ctx)
    who = _ids(ctx, event_id)["2001"]
    with pytest.raises(PermissionDenied, match="录入成绩"):
        record_mark(staff.viewer, who, "e1", Decimal("30"))
    with pytest.raises(PermissionDenied):
        record_score(staff.viewer, who, "theory", Decimal("80"))
    assert record_mark(staff.judge, who, "e1", Decimal("30")).value == Decimal(30)
    assert not can(staff.viewer, "marks") and can(staff.viewer, "audit")


def test_lock_is_the_chief_judges_alone(ctx, event_id):
    staff = hire_staff(ctx)
    trade = get_trade(ctx, event_id, "fitter")
    with pytest.raises(PermissionDenied):
        lock_trade(staff.organizer, trade.id)
    lock_trade(staff.chief, trade.id)
    with pytest.raises(PermissionDenied):
        unlock_trade(staff.organizer, trade.id, "想改分")
    unlock_trade(staff.chief, trade.id, "复核")


def test_status_changes_need_the_chief_judge_or_organizer(ctx, event_id):
    staff = hire_staff(ctx)
    who = _ids(ctx, event_id)["1001"]
    with pytest.raises(PermissionDenied):
        set_status(staff.judge, who, "disqualified")
    set_status(staff.chief, who, "disqualified", reason="违规")


def test_user_changes_are_audited_and_keep_one_organizer(ctx):
    staff = hire_staff(ctx)
    set_role(staff.organizer, "监督", "judge")
    set_active(staff.organizer, "记分员乙", False)
    with pytest.raises(PermissionDenied, match="停用"):
        authenticate(ctx.db, "记分员乙", PASSWORD)
    with pytest.raises(LoginRequired):
        record_mark(staff.clerk, 1, "e1", Decimal("1"))  # the old log-in no longer works either
    with pytest.raises(UserError, match="赛务管理员"):
        set_role(staff.organizer, "组委会", "viewer")
    with pytest.raises(PermissionDenied):
        set_role(staff.judge, "裁判员甲", "organizer")
    change_password(staff.judge, "裁判员甲", "new-password")  # one's own password
    with pytest.raises(PermissionDenied):
        change_password(staff.judge, "裁判长", "new-password")  # not someone else's
    authenticate(ctx.db, "裁判员甲", "new-password")
    actions = [a.action for a in audit_log(staff.organizer)]
    assert {"user.add", "user.role", "user.active", "user.password"} <= set(actions)
    assert all(
        PASSWORD not in a.new and "new-password" not in a.new for a in audit_log(staff.organizer)
    )
    assert next(u.name for u in list_users(ctx)) == "组委会"
