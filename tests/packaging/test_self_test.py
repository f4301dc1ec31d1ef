"""`competition-app --self-test` from the source tree: passes, and fails loudly when a step does."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from competition_app import self_test


def test_self_test_passes_from_the_source_tree() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(
        [sys.executable, "-m", "competition_app", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    steps = [line.split()[1] for line in r.stdout.splitlines() if line.startswith("ok ")]
    assert steps == [
        "Qt", "database", "event", "registration", "scores", "results", "spreadsheets", "certificates",
        "result", "codes", "backup", "archive",
    ]  # fmt: skip
    assert "self-test passed" in r.stdout


def test_a_failing_step_stops_the_self_test_with_status_1(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    def fine(run: object) -> str:
        ran.append("fine")
        return "ok"

    def broken(run: object) -> str:
        raise ModuleNotFoundError("No module named 'reportlab.graphics.barcode.code128'")

    def never(run: object) -> str:  # pragma: no cover - must not run
        ran.append("never")
        return ""

    monkeypatch.setattr(
        self_test, "STEPS", (("first", fine), ("certificates", broken), ("last", never))
    )
    lines: list[str] = []
    assert self_test.run_self_test(lines.append) == 1
    assert ran == ["fine"]
    assert any(line.startswith("FAIL certificates: No module named") for line in lines)
    assert any("Traceback" in line for line in lines)
