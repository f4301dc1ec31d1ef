"""Users: add, list, change role or password, disable, and log in (salted scrypt, never the password)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from competition_app.domain.errors import PermissionDenied, UserError
from competition_app.domain.roles import ROLE_LABELS, ROLES
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import acting_role, require, single_user_mode
from competition_app.services.integrity.state_check import password_digest
from competition_app.storage.database import Database
from competition_app.storage.models import AppUser

# scrypt cost: about 0.1 s and 32 MiB per log-in on a venue laptop. Stored with each hash, so a
# later version can raise it and old passwords still verify.
SCRYPT_PARAMS: dict[str, int] = {"n": 2**15, "r": 8, "p": 1, "dklen": 32}
MIN_PASSWORD = 6
PASSWORD_ENV = "COMPETITION_APP_PASSWORD"


class AuthenticationFailed(UserError):
    """Wrong name or password (which of the two is not said)."""


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: str
    active: bool

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


def hash_password(password: str, salt: bytes, params: dict[str, Any]) -> str:
    n, r, p, dklen = (int(params[k]) for k in ("n", "r", "p", "dklen"))
    digest = hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        dklen=dklen,
        maxmem=256 * r * (n + p + 2),
    )
    return digest.hex()


def _set_password(user: AppUser, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"密码至少 {MIN_PASSWORD} 个字符")
    salt = secrets.token_bytes(16)
    params = {"algorithm": "scrypt", **SCRYPT_PARAMS}
    user.password_salt = salt.hex()
    user.password_params = params
    user.password_hash = hash_password(password, salt, params)


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise UserError(f"未知的角色“{role}”，可用：{', '.join(ROLES)}")


def _info(u: AppUser) -> UserInfo:
    return UserInfo(u.id, u.name, u.role, u.active)


def add_user(ctx: Context, name: str, role: str, password: str) -> UserInfo:
    """Add a user. The first user of a database must be an organizer (it ends single-user mode)."""
    first = single_user_mode(ctx)
    if not first:
        require(ctx, "users")  # before anything about the name or role is said
    name = name.strip()
    if not name:
        raise UserError("用户名为空")
    _check_role(role)
    if first and role != "organizer":
        raise UserError("第一个用户必须是赛务管理员（organizer）")
    with ctx.db.unit_of_work() as s:
        if s.scalars(select(AppUser.id).where(AppUser.name == name)).first() is not None:
            raise UserError(f"用户“{name}”已存在")
        u = AppUser(name=name, role=role, active=True)
        _set_password(u, password)
        s.add(u)
        s.flush()
        # The first user acts as themself: the audit trail names who set the system up.
        acting = Context(ctx.db, ctx.user or name) if first else ctx
        audit.record(
            s, acting, "user.add", entity="user", key=name,
            new={"role": role, "password": password_digest(u.password_hash)},
        )  # fmt: skip
        return _info(u)


def list_users(ctx: Context) -> list[UserInfo]:
    with ctx.db.reading() as s:
        return [_info(u) for u in s.scalars(select(AppUser).order_by(AppUser.id))]


def _user(s: Session, name: str) -> AppUser:
    u = s.scalars(select(AppUser).where(AppUser.name == name)).first()
    if u is None:
        raise UserError(f"没有用户“{name}”")
    return u


def _active_organizers(s: Session) -> int:
    return int(
        s.execute(
            select(func.count())
            .select_from(AppUser)
            .where(AppUser.role == "organizer", AppUser.active.is_(True))
        ).scalar_one()
    )


def set_role(ctx: Context, name: str, role: str) -> UserInfo:
    require(ctx, "users")
    _check_role(role)
    with ctx.db.unit_of_work() as s:
        u = _user(s, name)
        old = u.role
        if old == role:
            return _info(u)
        u.role = role
        s.flush()
        if _active_organizers(s) == 0:
            raise UserError("至少要保留一名在用的赛务管理员")
        audit.record(s, ctx, "user.role", entity="user", key=name, old=old, new=role)
        return _info(u)


def set_active(ctx: Context, name: str, active: bool) -> UserInfo:
    """Disable a user (kept, so the audit trail still names them) or enable them again."""
    require(ctx, "users")
    with ctx.db.unit_of_work() as s:
        u = _user(s, name)
        if u.active == active:
            return _info(u)
        u.active = active
        s.flush()
        if _active_organizers(s) == 0:
            raise UserError("至少要保留一名在用的赛务管理员")
        audit.record(s, ctx, "user.active", entity="user", key=name, old=not active, new=active)
        return _info(u)


def change_password(ctx: Context, name: str, new_password: str) -> None:
    """Users change their own password; an organizer may reset anyone's."""
    acting_role(ctx)  # refuses when users exist and nobody is logged in
    if ctx.user != name:
        require(ctx, "users")
    with ctx.db.unit_of_work() as s:
        u = _user(s, name)
        _set_password(u, new_password)
        # The trail holds a keyed digest of the new hash, so a hash swapped in later shows.
        audit.record(
            s, ctx, "user.password", entity="user", key=name,
            new={"password": password_digest(u.password_hash)},
        )  # fmt: skip


# A hash to spend the same time on for an unknown name, so timing does not reveal which names exist.
_DUMMY_SALT = b"\0" * 16


def authenticate(db: Database, name: str, password: str) -> Context:
    """The Context of a logged-in user; AuthenticationFailed for a wrong name or password."""
    with db.reading() as s:
        u = s.scalars(select(AppUser).where(AppUser.name == name.strip())).first()
        stored = (
            (u.password_hash, u.password_salt, dict(u.password_params), u.active) if u else None
        )
    if stored is None:
        hash_password(password, _DUMMY_SALT, {**SCRYPT_PARAMS})
        raise AuthenticationFailed("用户名或密码不正确")
    pw_hash, salt, params, active = stored
    actual = hash_password(password, bytes.fromhex(salt), params)
    if not hmac.compare_digest(actual, pw_hash):
        raise AuthenticationFailed("用户名或密码不正确")
    if not active:
        raise PermissionDenied(f"用户“{name}”已停用")
    return Context(db, user=name.strip())


def users_exist(db: Database) -> bool:
    return not single_user_mode(Context(db))
