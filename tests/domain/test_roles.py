"""Roles: what each may do; the separations the contest rules call for."""

from __future__ import annotations

import pytest

from competition_app.domain.roles import GRANTS, PERMISSION_LABELS, ROLE_LABELS, ROLES, allows


@pytest.mark.parametrize(
    ("role", "permission", "allowed"),
    [
        ("judge", "marks", True),
        ("judge", "lock", False),
        ("judge", "decrypt", False),
        ("judge", "settings", False),
        ("viewer", "marks", False),
        ("viewer", "audit", True),
        ("chief_judge", "lock", True),
        ("chief_judge", "decrypt", False),
        ("chief_judge", "resolve", True),
        ("organizer", "lock", False),
        ("organizer", "decrypt", True),
        ("organizer", "users", True),
        ("encryption_judge", "decrypt", True),
        ("encryption_judge", "marks", False),
        ("nobody", "marks", False),
    ],
    ids=lambda v: str(v),
)
def test_grants(role, permission, allowed):
    assert allows(role, permission) is allowed


def test_every_role_and_permission_has_a_label():
    assert set(ROLES) == set(GRANTS) == set(ROLE_LABELS)
    granted = {p for perms in GRANTS.values() for p in perms}
    assert granted <= set(PERMISSION_LABELS)


def test_only_the_chief_judge_locks_and_only_the_organizer_manages_users():
    assert [r for r in ROLES if allows(r, "lock")] == ["chief_judge"]
    assert [r for r in ROLES if allows(r, "users")] == ["organizer"]
