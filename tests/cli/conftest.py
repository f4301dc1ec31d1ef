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
def cli(migrated_url: str, capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """The command line with `--db` on an empty database, once per backend."""

    def run(*args: str) -> Run:
        capsys.readouterr()
        code = main(["--db", migrated_url, *args])
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


def db_content(url: str) -> str:
    """Every row of every table, in key order: what a server database holds, as text."""
    from sqlalchemy import MetaData, create_engine, select

    engine = create_engine(url)
    meta = MetaData()
    meta.reflect(engine)
    h = hashlib.sha256()
    with engine.connect() as conn:
        for table in meta.sorted_tables:
            h.update(table.name.encode())
            key = list(table.primary_key.columns) or list(table.columns)
            for row in conn.execute(select(table).order_by(*key)):
                h.update(repr(tuple(row)).encode())
    engine.dispose()
    return h.hexdigest()


@pytest.fixture
def db_state(backend: str, database_url: str, db_path: Path) -> Callable[[], str]:
    """What "nothing was written" is compared on: the SQLite file byte for byte (with its WAL),
    on PostgreSQL every row of every table."""
    if backend == "sqlite":
        return lambda: db_fingerprint(db_path)
    return lambda: db_content(database_url)
