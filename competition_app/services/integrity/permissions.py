"""The role check every data-changing service makes first: `require(ctx, permission)`.

A database with no users runs in single-user mode and everything is allowed (a small contest on
one laptop). Once any user exists, the acting user (`ctx.user`, set by `users.authenticate`)
must exist, be active and hold a role granting the permission, whatever the entry point.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, bindparam, exists, select
from sqlalchemy.orm import Session

from competition_app.domain.errors import PermissionDenied
from competition_app.domain.roles import PERMISSION_LABELS, ROLE_LABELS, Permission, allows
from competition_app.services.context import Context
from competition_app.storage.models import AppUser
from competition_app.storage.prepared import Prepared

# The reads of the table, not of the mapped class: the window's start asks them before anything
# else of the ORM, and a statement of a mapped class configures every mapper first (~30 ms).
_USERS = AppUser.__table__.c


def _role_read() -> Select[Any]:
    """Whether any user exists, and this user's role and whether active, in one row."""
    user = _USERS.name == bindparam("name")
    return select(
        exists().select_from(AppUser.__table__),
        select(_USERS.role).where(user).scalar_subquery(),
        select(_USERS.active).where(user).scalar_subquery(),
    )


# read on every save, so prepared once (storage/prepared.py)
_ROLE = Prepared(_role_read)
_ANY_USER = Prepared(lambda: select(_USERS.id).limit(1))


class LoginRequired(PermissionDenied):
    """Users exist, and the action was attempted without logging in."""


def single_user_mode(ctx: Context) -> bool:
    """True while the database has no users at all."""
    with ctx.db.reading() as s:
        return _ANY_USER.first(s) is None


def acting_role(ctx: Context, session: Session | None = None) -> str | None:
    """The acting user's role; None in single-user mode. Raises when users exist and nobody is
    logged in, or the name is not an active user. With `session`, read in that unit of work
    (a save checks the role in its own transaction, not in one more)."""
    if session is None:
        with ctx.db.reading() as s:
            return acting_role(ctx, s)
    found = _ROLE.first(session, name=ctx.user)
    assert found is not None  # a SELECT without FROM: always one row
    any_user, role, active = found
    if not any_user:
        return None
    if not ctx.user:
        raise LoginRequired("本数据库已设置用户，请先登录")
    if role is None or not active:
        raise LoginRequired(f"用户“{ctx.user}”不存在或已停用，请重新登录")
    return str(role)


def can(ctx: Context, permission: Permission) -> bool:
    """Whether the acting user may do this (for greying out buttons); never raises for a login."""
    try:
        role = acting_role(ctx)
    except PermissionDenied:
        return False
    return role is None or allows(role, permission)


def require(ctx: Context, permission: Permission, session: Session | None = None) -> None:
    """Refuse (PermissionDenied) unless the acting user's role grants `permission`."""
    role = acting_role(ctx, session)
    if role is None or allows(role, permission):
        return
    raise PermissionDenied(
        f"用户“{ctx.user}”（{ROLE_LABELS.get(role, role)}）无权{PERMISSION_LABELS[permission]}"
    )
