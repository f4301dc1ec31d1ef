"""requirements/*.txt, the lock files every install uses (scripts/setup.sh, packaging/build.sh,
packaging/windows/build.ps1): each pins what pyproject.toml asks for, within its ranges, with
hashes, and the three agree. Stale after a pyproject change: run bash scripts/lock.sh."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCKS = ("runtime", "bundle", "dev")


def _pins(name: str) -> dict[str, str]:
    """Package -> pinned version; every pin carries at least one hash."""
    text = (ROOT / "requirements" / f"{name}.txt").read_text(encoding="utf-8")
    pins: dict[str, str] = {}
    for block in re.split(r"\n(?=\S)", text):
        m = re.match(r"([A-Za-z0-9_.\-]+)==([^\s;\\]+)", block)
        if m is None:
            continue
        assert "--hash=sha256:" in block, f"{name}.txt: {m.group(1)} has no hash"
        pins[canonicalize_name(m.group(1))] = m.group(2)
    return pins


def _wanted(extra: str | None) -> list[Requirement]:
    """What pyproject asks for: the dependencies, plus an extra's (its self-references unfolded)."""
    project = PYPROJECT["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    todo = [extra] if extra else []
    while todo:
        for spec in project["optional-dependencies"][todo.pop()]:
            r = Requirement(spec)
            if canonicalize_name(r.name) == canonicalize_name(project["name"]):
                todo.extend(r.extras)
            else:
                reqs.append(r)
    return reqs


@pytest.mark.parametrize(
    ("lock", "extra"), [("runtime", None), ("bundle", "bundle"), ("dev", "dev")], ids=LOCKS
)
def test_each_lock_pins_what_pyproject_asks_for_within_its_ranges(lock, extra) -> None:
    pins = _pins(lock)
    for req in _wanted(extra):
        name = canonicalize_name(req.name)
        assert name in pins, f"{lock}.txt lacks {req.name}: run bash scripts/lock.sh"
        assert req.specifier.contains(pins[name], prereleases=True), (
            f"{lock}.txt pins {req.name}=={pins[name]} outside {req.specifier}: run bash scripts/lock.sh"
        )


def test_the_locks_agree_on_every_shared_package() -> None:
    dev = _pins("dev")
    for lock in ("runtime", "bundle"):
        pins = _pins(lock)
        assert pins.keys() <= dev.keys()
        assert {n: v for n, v in pins.items() if dev[n] != v} == {}


def test_windows_only_packages_carry_their_marker() -> None:
    # the locks are written on Linux for Windows too (uv's universal resolution)
    text = (ROOT / "requirements" / "bundle.txt").read_text(encoding="utf-8")
    assert re.search(r"^pywin32-ctypes==\S+ ; sys_platform == 'win32'", text, re.M)
    assert re.search(r"^pefile==\S+ ; sys_platform == 'win32'", text, re.M)


def test_every_install_goes_through_a_lock() -> None:
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    build = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    ps1 = (ROOT / "packaging" / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert '--require-hashes -r "$LOCK"' in setup and "--no-deps -e ." in setup
    assert "--require-hashes -r requirements/bundle.txt" in build
    assert "--require-hashes -r $Lock" in ps1
    assert "requirements\\bundle.txt" in ps1 and "requirements\\dev.txt" in ps1
    for text in (setup, build, ps1):
        # no unlocked install of the app's dependencies anywhere
        assert not re.search(r"pip install(?![^\n]*(--require-hashes|--no-deps))", text)
