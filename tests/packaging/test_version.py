"""One version, one licence: competition_app.__version__ is what the package metadata, the
`--version` option, the bundle spec and the changelog say; the licence is an SPDX expression
with its text beside it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from competition_app import __version__

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_version_option_prints_the_package_version() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "competition_app", "--version"],
        capture_output=True, text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == __version__ == metadata.version("competition-app")


def test_the_version_is_written_in_one_place() -> None:
    assert "version" not in PROJECT and PROJECT["dynamic"] == ["version"]
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dynamic = pyproject["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "competition_app.__version__"}
    # the bundle spec (and with it the Windows file version and installer) reads the same line
    spec = (ROOT / "packaging" / "competition-app.spec").read_text(encoding="utf-8")
    assert '__version__ = "([^"]+)"' in spec


def test_the_changelog_has_the_current_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(__version__)} — \d{{4}}-\d\d-\d\d$", changelog, re.M)


def test_the_licence_is_spdx_with_its_text() -> None:
    assert PROJECT["license"] == "LicenseRef-Proprietary"
    assert PROJECT["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("Proprietary licence")
