"""The PyInstaller bundle: builds with packaging/build.sh, carries what the app loads at run time,
passes its own self-test, and runs the command line away from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = "competition-app"
EXE = ".exe" if sys.platform == "win32" else ""


def _run(
    args: list[str | Path], cwd: Path, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(extra_env or {})}
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="packaging/build.sh is the Linux build")
def test_bundle_builds_and_passes_its_self_test(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "work"
    r = _run(
        ["bash", ROOT / "packaging" / "build.sh"],
        ROOT,
        {"DIST": str(dist), "WORK": str(work), "PYTHON": sys.executable},
    )
    assert r.returncode == 0, (r.stdout + r.stderr)[-6000:]
    assert "self-test passed" in r.stdout, r.stdout[-4000:]

    bundle = dist / APP
    internal = bundle / "_internal"
    # The self-test ran on the bundle's own copy of the resources, not on the source tree.
    assert f"resources: {internal / 'competition_app' / 'resources'}" in r.stdout
    expected = [
        "competition_app/migrations/env.py",
        "competition_app/migrations/script.py.mako",
        "competition_app/migrations/versions/0001_initial_schema.py",
        "competition_app/resources/fonts/wqy-microhei.ttc",
        "competition_app/resources/fonts/ukai.ttc",
        "competition_app/resources/layouts/classic-cn.toml",
        "competition_app/resources/icons/app.svg",
        "competition_app/resources/samples/报名表模板.xlsx",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
    ]
    missing = [p for p in expected if not (internal / p).is_file()]
    assert missing == []
    # Every shipped resource (fonts, layouts, translations, icons, samples) made it in.
    resources = internal / "competition_app" / "resources"
    missing = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
        and not (resources / p.relative_to(ROOT / "resources")).is_file()
    ]  # fmt: skip
    assert missing == []
    shipped = {p.name for p in (ROOT / "db" / "versions").glob("*.py")}
    assert shipped <= {p.name for p in (internal / "competition_app/migrations/versions").iterdir()}
    assert not (internal / "PySide6" / "Qt" / "lib" / "libQt6Quick.so.6").exists()
    size_mb = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file()) / 2**20
    assert size_mb < 400, f"bundle is {size_mb:.0f} MB"

    # The command line of the bundle, from a folder far from the source tree.
    cli = bundle / f"{APP}-cli{EXE}"
    away = tmp_path / "venue"
    away.mkdir()
    samples = internal / "competition_app" / "resources" / "samples"
    db = away / "contest.db"
    assert _run([cli, "--version"], away).stdout.strip() == _version()
    event = _run([cli, "--db", db, "event", "import", samples / "event.toml"], away)
    assert event.returncode == 0, event.stderr
    eid = event.stdout.strip().splitlines()[-1]
    for args in (
        ["contestants", "import", samples / "报名表模板.xlsx", "--event", eid],
        ["scores", "import", samples / "fitter-scores.csv", "--event", eid, "--trade", "fitter"],
        ["backup", "now", "--folder", away / "backups"],
        ["archive", "export", "--event", eid, away / "event.cpa"],
    ):
        step = _run([cli, "--db", db, *args], away)
        assert step.returncode == 0, f"{args}: {step.stderr}"
    results = _run([cli, "--db", db, "results", "--event", eid, "--trade", "fitter"], away)
    assert results.returncode == 0 and "王伟" in results.stdout
    imported = _run([cli, "--db", away / "other.db", "archive", "import", away / "event.cpa"], away)
    assert imported.returncode == 0, imported.stderr


def _version() -> str:
    from competition_app import __version__

    return __version__
