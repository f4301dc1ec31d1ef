"""scripts/setup.sh on a fresh machine, with apt, dpkg and Python stood in by recorders: the
runtime profile (scripts/start.sh) installs the app's runtime only, the dev profile (scripts/
test.sh) everything the tests need, each from its lock file and only once per lock file."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the Debian set-up scripts")
ROOT = Path(__file__).resolve().parents[2]
TEST_ONLY_APT = ("postgresql", "poppler-utils", "xvfb")

# dpkg-query finds nothing installed; apt-get and the virtual environment's python record what
# they were asked to do; python3 makes a "virtual environment" whose python is that recorder.
FAKES = {
    "dpkg-query": "#!/bin/sh\nexit 1\n",
    "apt-get": '#!/bin/sh\necho "apt-get $*" >> "$LOG"\n',
    "sudo": '#!/bin/sh\n"$@"\n',
    "python3": """#!/bin/sh
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  mkdir -p "$3/bin"
  printf '#!/bin/sh\\necho "venv-python $*" >> "$LOG"\\n' > "$3/bin/python"
  chmod +x "$3/bin/python"
fi
exit 0
""",
}


@pytest.fixture
def machine(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A copy of the scripts, lock files and pyproject.toml, and the environment to run them."""
    repo = tmp_path / "repo"
    for rel in ("scripts/setup.sh", "scripts/start.sh", "pyproject.toml"):
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / rel, repo / rel)
    shutil.copytree(ROOT / "requirements", repo / "requirements")
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    for name, text in FAKES.items():
        (fake_bin / name).write_text(text)
        (fake_bin / name).chmod(stat.S_IRWXU)
    env = {
        "PATH": f"{fake_bin}:{os.environ['PATH']}",
        "LOG": str(tmp_path / "calls.log"),
        "HOME": str(tmp_path),
    }
    return repo, env


def _setup(repo: Path, env: dict[str, str], profile: str) -> list[str]:
    log = Path(env["LOG"])
    log.unlink(missing_ok=True)
    r = subprocess.run(
        ["bash", "scripts/setup.sh", profile], cwd=repo, env=env,
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    return log.read_text().splitlines() if log.exists() else []


def _installed_apt(calls: list[str]) -> set[str]:
    return {p for c in calls if c.startswith("apt-get") and " install " in c for p in c.split()}


def test_the_runtime_profile_installs_no_server_and_no_test_tool(machine) -> None:
    repo, env = machine
    calls = _setup(repo, env, "runtime")
    apt = _installed_apt(calls)
    assert {"libegl1", "libxcb-cursor0", "libfontconfig1"} <= apt  # what Qt needs
    assert not apt & set(TEST_ONLY_APT)
    assert "venv-python -m pip install -q --require-hashes -r requirements/runtime.txt" in calls
    assert "venv-python -m pip install -q --no-deps -e ." in calls
    # the app's own bytecode, read at every start even where PYTHONDONTWRITEBYTECODE is set
    assert calls[-1] == "venv-python -m compileall -q competition_app"
    assert not any("dev.txt" in c or "bundle.txt" in c for c in calls)


def test_the_runtime_lock_holds_no_test_tool_server_driver_or_pyinstaller() -> None:
    text = (ROOT / "requirements" / "runtime.txt").read_text(encoding="utf-8").lower()
    pinned = {line.split("==")[0] for line in text.splitlines() if "==" in line}
    for name in ("pytest", "pytest-qt", "hypothesis", "mypy", "ruff", "psycopg", "pyinstaller"):
        assert name not in pinned
    assert {"pyside6-essentials", "sqlalchemy", "reportlab"} <= pinned


def test_a_second_start_checks_only_the_stamp(machine) -> None:
    repo, env = machine
    assert _setup(repo, env, "runtime")
    assert _setup(repo, env, "runtime") == []  # nothing installed, nothing asked of apt
    lock = repo / "requirements" / "runtime.txt"
    lock.write_text(lock.read_text() + "\n")  # a new lock file is installed again
    assert any("runtime.txt" in c for c in _setup(repo, env, "runtime"))


def test_the_dev_profile_installs_what_the_tests_need(machine) -> None:
    repo, env = machine
    calls = _setup(repo, env, "dev")
    assert set(TEST_ONLY_APT) <= _installed_apt(calls)
    assert "venv-python -m pip install -q --require-hashes -r requirements/dev.txt" in calls


def test_start_without_a_display_says_how_to_run_headless_and_installs_nothing(machine) -> None:
    repo, env = machine
    r = subprocess.run(
        ["bash", "scripts/start.sh"], cwd=repo, env=env, capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 1
    assert "QT_QPA_PLATFORM=offscreen bash scripts/start.sh" in r.stderr
    assert "xvfb-run -a bash scripts/start.sh" in r.stderr
    assert not Path(env["LOG"]).exists() and not (repo / ".venv").exists()


def test_the_scripts_pick_their_profiles() -> None:
    start = (ROOT / "scripts" / "start.sh").read_text(encoding="utf-8")
    test = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    assert "bash scripts/setup.sh runtime" in start and "setup.sh dev" not in start
    assert "bash scripts/setup.sh dev" in test
    commands = "\n".join(line for line in start.lower().splitlines() if not line.startswith("#"))
    for tool in ("pytest", "psycopg", "pyinstaller", "postgres", "pg-test-server", "dev.txt"):
        assert tool not in commands
    # the demo goes to its own file, never the default competition.db
    assert '--db "$demo_db" demo --open' in start and "demo_database()" in start
    # bytecode refreshed before the app starts (a pull leaves it stale; Python then compiles anew)
    assert start.index("-m compileall -q competition_app") < start.index("demo --open")
