"""`pip install .` works in a clean virtual environment: the installed package finds its
resources and migrations without the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# What a clean checkout holds that the build needs (no .venv, build/, caches or egg-info).
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "competition_app", "resources", "db")


def _run(args: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["COMPETITION_APP_CONFIG"] = str(cwd / "settings.toml")
    r = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )
    assert r.returncode == 0, f"{args}\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return r


@pytest.mark.slow
def test_wheel_installs_into_a_clean_venv_and_finds_its_files(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=ignore)
        else:
            shutil.copy2(path, src / name)
    wheels = tmp_path / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, src], tmp_path)
    (wheel,) = wheels.glob("competition_app-*.whl")

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    py = bindir / "python"
    _run([py, "-m", "pip", "install", "-q", wheel], tmp_path)

    work = tmp_path / "venue"  # far from the source tree and from the repository
    work.mkdir()
    app = bindir / "competition-app"
    from competition_app import __version__

    assert _run([app, "--version"], work).stdout.strip() == __version__
    where = _run(
        [py, "-c", "import competition_app, competition_app.resources_path as r;"
         "print(competition_app.__file__); print(r.resource_dir()); print(r.migrations_dir())"],
        work,
    ).stdout.split("\n")  # fmt: skip
    for line in where[:3]:
        assert Path(line).is_relative_to(env_dir), line

    samples = Path(where[1]) / "samples"
    db = work / "contest.db"
    event = _run([app, "--db", db, "event", "import", samples / "event.toml"], work)
    eid = event.stdout.strip().splitlines()[-1]
    _run([app, "--db", db, "contestants", "import", samples / "报名表模板.xlsx", "--event", eid],
         work)  # fmt: skip
    _run([app, "--db", db, "scores", "import", samples / "fitter-scores.csv", "--event", eid,
          "--trade", "fitter"], work)  # fmt: skip
    results = _run([app, "--db", db, "results", "--event", eid, "--trade", "fitter"], work)
    assert "王伟" in results.stdout and "李娜" in results.stdout
    assert "self-test passed" in _run([app, "--self-test"], work).stdout


def test_every_package_of_the_source_is_listed_for_the_wheel() -> None:
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "competition_app").rglob("__init__.py")
    }
    assert found <= listed, sorted(found - listed)
