"""Runs the command line in-process against a temporary database and writes input files."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from competition_app.cli import main


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def last_line(self) -> str:
        return self.out.strip().splitlines()[-1]


@pytest.fixture
def cli(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    def run(*args: str) -> Run:
        capsys.readouterr()
        code = main(["--db", str(db_path), *args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    def _write(name: str, text: str, encoding: str = "utf-8") -> Path:
        p = tmp_path / name
        p.write_bytes(text.encode(encoding))
        return p

    return _write


def db_fingerprint(db_path: Path) -> str:
    """Hash of the database file and its WAL side files, byte for byte."""
    h = hashlib.sha256()
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(db_path) + suffix)
        h.update(suffix.encode())
        h.update(p.read_bytes() if p.exists() and suffix != "-shm" else b"<none>")
    return h.hexdigest()
