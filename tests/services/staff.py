"""The staff of a test contest: one logged-in user per role, and cheap password hashing for tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from competition_app.services.context import Context
from competition_app.services.integrity import users
from competition_app.services.integrity.users import add_user, authenticate

# The app's own cost, read before any test lowers it.
APP_SCRYPT = dict(users.SCRYPT_PARAMS)
# scrypt at the app's cost takes 0.1 s a hash; tests hash often and prove nothing more with it.
FAST_SCRYPT = {"n": 2**8, "r": 8, "p": 1, "dklen": 32}
PASSWORD = "s3cret-pw"


@pytest.fixture(autouse=True)
def fast_passwords(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(users, "SCRYPT_PARAMS", dict(FAST_SCRYPT))
    yield


@dataclass(frozen=True)
class Staff:
    organizer: Context
    chief: Context
    judge: Context
    clerk: Context  # a second judge/clerk, for the second pass of a verified entry
    encryption: Context
    viewer: Context


def hire_staff(ctx: Context) -> Staff:
    """Create the organizer (ending single-user mode) and one user per role; all logged in."""
    add_user(ctx, "组委会", "organizer", PASSWORD)
    org = authenticate(ctx.db, "组委会", PASSWORD)
    for name, role in (
        ("裁判长", "chief_judge"),
        ("裁判员甲", "judge"),
        ("记分员乙", "judge"),
        ("加密裁判", "encryption_judge"),
        ("监督", "viewer"),
    ):
        add_user(org, name, role, PASSWORD)

    def login(name: str) -> Context:
        return authenticate(ctx.db, name, PASSWORD)

    return Staff(
        org, login("裁判长"), login("裁判员甲"), login("记分员乙"), login("加密裁判"), login("监督")
    )


def supervisor(ctx: Context) -> Context:
    """Who reads the trail in a test: the supervisor (监督) once users exist, else `ctx` itself.

    The audit trail is refused to judges and to anyone not logged in, as the role table says."""
    from sqlalchemy import select

    from competition_app.storage.models import AppUser

    with ctx.db.reading() as s:
        name = s.scalars(select(AppUser.name).where(AppUser.role == "viewer").limit(1)).first()
    return ctx if name is None else Context(ctx.db, user=name)
