"""Every guarded service, called as each role: PermissionDenied exactly where the README's role
table says, whatever the entry point (the window calls the same services as the command line).

The guarded services are found by reading the services' source for `require(ctx, "...")`, so a
new one is in the table as soon as it is written. Each is called with arguments naming nothing
that exists: a role the table allows gets some other refusal (or nothing happens), never
PermissionDenied; a role it does not allow gets PermissionDenied before anything is looked up.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import competition_app.services as services_pkg
from competition_app.domain.errors import PermissionDenied
from competition_app.domain.roles import GRANTS, ROLES
from competition_app.services.context import Context
from tests.services.staff import Staff, fast_passwords, hire_staff  # noqa: F401

README = Path(__file__).resolve().parents[3] / "README.md"

# The README's role table, row by row, in its own words -> the permissions those words name.
README_WORDS: dict[str, str] = {
    "events": "events",
    "trade settings": "settings",
    "registrations": "contestants",
    "statuses": "status",
    "judge list and assignments": "judges+assign_judges",
    "judge assignments and recusals": "assign_judges",
    "lots": "lots",
    "check-in": "checkin",
    "marks": "marks",
    "enter marks": "marks",
    "scores and times": "marks",
    "codes and decryption": "codes+decrypt",
    "generate codes": "codes",
    "print the code tables": "codes",
    "decrypt after the lock": "decrypt",
    "resolve verified-entry mismatches": "resolve",
    "**lock and unlock** (the organizer may not)": "lock",
    "decide ties": "lock",
    "draw the re-check sample": "recheck",
    "record appeals": "appeals",
    "record and decide appeals": "appeals+decide_appeals",
    "users": "users",
    "read the audit trail": "audit",
    "read everything": "",
    "including the audit trail": "audit",
    "change nothing": "",
}


def readme_role_table() -> dict[str, set[str]]:
    """role -> permissions, read from the README's table (`| `role` 中文 | may |`)."""
    table: dict[str, set[str]] = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2 or not cells[0].startswith("`"):
            continue
        role = cells[0].split("`")[1]
        if role not in ROLES:
            continue
        perms: set[str] = set()
        for phrase in (p.strip() for p in cells[1].replace(";", ",").split(",")):
            if not phrase:
                continue
            assert phrase in README_WORDS, f"README role table: unknown phrase {phrase!r}"
            perms.update(p for p in README_WORDS[phrase].split("+") if p)
        table[role] = perms
    return table


def test_the_role_table_in_the_readme_is_the_one_the_app_applies() -> None:
    assert readme_role_table() == {role: set(grants) for role, grants in GRANTS.items()}


def _guarded() -> list[tuple[str, Callable[..., Any], str]]:
    """(module.function, function, permission) for every service that calls `require`."""
    found = []
    for info in pkgutil.walk_packages(services_pkg.__path__, "competition_app.services."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        short = info.name.rsplit(".", 1)[-1]
        tree = ast.parse(inspect.getsource(module))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id == "require"
                    and len(call.args) == 2
                    and isinstance(call.args[1], ast.Constant)
                ):
                    found.append(
                        (f"{short}.{node.name}", getattr(module, node.name), call.args[1].value)
                    )
                    break
    return found


GUARDED = _guarded()


def test_the_audit_trail_is_guarded_in_its_service() -> None:
    """The issue-12 bug: only the CLI checked it, so a judge in the window read the trail."""
    assert ("audit.audit_log", "audit") in {(name, perm) for name, _f, perm in GUARDED}
    assert len(GUARDED) >= 40  # the reading of the source found the services


def _nothing(annotation: str, ctx: Context, tmp: Path) -> Any:
    if "Context" in annotation:
        return ctx
    if annotation.startswith("int"):
        return 10**9
    if "Path" in annotation:
        return tmp / "nothing-here.csv"
    if "Decimal" in annotation:
        return Decimal(1)
    if annotation == "bool":
        return False
    if annotation.startswith("str"):
        return "无此项"
    return None


def _call_with_nothing(fn: Callable[..., Any], ctx: Context, tmp: Path) -> None:
    """Call `fn` with required arguments naming nothing that exists, by their annotations."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for p in inspect.signature(fn).parameters.values():
        if p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        value = _nothing(str(p.annotation), ctx, tmp)
        if p.kind is p.KEYWORD_ONLY:
            kwargs[p.name] = value
        else:
            args.append(value)
    fn(*args, **kwargs)


@pytest.fixture
def staff(ctx: Context, event_id: int) -> Staff:
    return hire_staff(ctx)


ACTORS = [*ROLES, "nobody"]


@pytest.mark.backends("sqlite")  # the checks are the same on either; one backend is enough
@pytest.mark.parametrize("actor", ACTORS)
def test_each_guarded_service_refuses_exactly_the_roles_the_table_denies(
    staff: Staff, ctx: Context, tmp_path: Path, actor: str
) -> None:
    contexts = {
        "organizer": staff.organizer,
        "chief_judge": staff.chief,
        "judge": staff.judge,
        "encryption_judge": staff.encryption,
        "viewer": staff.viewer,
        "nobody": Context(ctx.db, user=""),  # users exist and nobody logged in
    }
    as_actor = contexts[actor]
    allowed = readme_role_table().get(actor, set())
    wrong: list[str] = []
    for name, fn, permission in GUARDED:
        try:
            _call_with_nothing(fn, as_actor, tmp_path)
        except PermissionDenied as e:
            if permission in allowed:
                wrong.append(f"{name} ({permission}): refused: {e}")
        except Exception:
            if permission not in allowed:
                wrong.append(f"{name} ({permission}): not refused for lack of the role")
        else:
            if permission not in allowed:
                wrong.append(f"{name} ({permission}): allowed")
    assert wrong == []


@pytest.mark.backends("sqlite")
def test_a_judge_cannot_read_the_audit_trail_through_the_service(staff: Staff) -> None:
    from competition_app.services.integrity.audit import audit_log

    for reader in (staff.organizer, staff.chief, staff.viewer):
        assert any(line.action == "user.add" for line in audit_log(reader))
    for outsider in (staff.judge, staff.encryption):
        with pytest.raises(PermissionDenied, match="审计"):
            audit_log(outsider)
