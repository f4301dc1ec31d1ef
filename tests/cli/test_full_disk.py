"""A really full disk (a tiny tmpfs) and a closed stdout, in a separate process so that what
Python prints at exit (“Exception ignored … Traceback”) is seen too: one line, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import fill_disk, small_disk

pytestmark = pytest.mark.backends("sqlite")


@pytest.fixture
def app(tmp_path: Path):
    """`python -m competition_app --db <demo database> ...` in a child process."""
    env = dict(
        os.environ,
        COMPETITION_APP_CONFIG=str(tmp_path / "config" / "settings.toml"),
        XDG_STATE_HOME=str(tmp_path / "state"),  # the log of an unexpected error
    )
    db = tmp_path / "demo.db"

    def run(*args: str, stdout_closed: bool = False) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, "-m", "competition_app", "--db", str(db), *args]
        if not stdout_closed:
            return subprocess.run(argv, capture_output=True, text=True, env=env, check=False,
                                  timeout=300)  # fmt: skip
        # A pipe whose reader is gone before the command prints (as after `| head -0`).
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=env)  # fmt: skip
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        err = proc.stderr.read()
        proc.wait(timeout=300)
        return subprocess.CompletedProcess(argv, proc.returncode, "", err)

    made = run("demo")
    assert made.returncode == 0, made.stderr
    return run


def _one_clean_line(run: subprocess.CompletedProcess[str], says: str = "磁盘空间已满") -> None:
    assert run.returncode not in (0, 70), (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], run.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["results", "--event", "1", "--trade", "fitter", "--format", "xlsx", "--output"],
        ["results", "--event", "1", "--trade", "fitter", "--format", "csv", "--output"],
        ["archive", "export", "--event", "1"],
    ],
    ids=["xlsx", "csv", "archive"],
)
def test_an_export_to_a_full_disk_is_one_line_and_leaves_nothing(app, tiny_disk, command):
    out = tiny_disk / "out.file"
    _one_clean_line(app(*command, str(out)))
    assert list(tiny_disk.iterdir()) == []


def test_the_public_key_file_on_a_full_disk_is_one_line_and_not_left_empty(app, tiny_disk):
    fill_disk(tiny_disk)
    out = tiny_disk / "event.pub"
    _one_clean_line(app("print", "key", "--event", "1", "--output", str(out)))
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]


@pytest.mark.parametrize(
    "command",
    [["results", "--event", "1", "--trade", "fitter"], ["event", "list"], ["audit", "verify"]],
    ids=["results", "event-list", "audit-verify"],
)
def test_a_closed_stdout_is_not_an_error(app, command):
    """`competition-app ... | head`: the reader goes away; the command ends quietly."""
    proc = app(*command, stdout_closed=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "", proc.stderr


def test_a_database_on_a_full_disk_is_one_line_not_a_disk_io_error(app, tmp_path):
    """With almost no room SQLite cannot make its -wal/-shm files and says "disk I/O error"."""
    import shutil

    with small_disk(tmp_path / "small", "1m") as disk:
        shutil.copyfile(tmp_path / "demo.db", disk / "demo.db")  # the demo's, checkpointed
        fill_disk(disk)
        event = Path(__file__).parents[2] / "examples" / "event.toml"
        run = subprocess.run(
            [sys.executable, "-m", "competition_app", "--db", str(disk / "demo.db"),
             "event", "import", str(event)],
            capture_output=True, text=True, check=False, timeout=300,
            env=dict(os.environ, XDG_STATE_HOME=str(tmp_path / "state")),
        )  # fmt: skip
        _one_clean_line(run)
