"""No command writes its output over the open database, its -wal/-shm files or its backups."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import db_fingerprint

pytestmark = pytest.mark.backends("sqlite")


@pytest.fixture
def demo(cli) -> str:
    run = cli("demo")
    assert run.code == 0, run.err
    return run.last_line


def _db(database_url: str) -> Path:
    return Path(database_url.removeprefix("sqlite:///"))


def _refused(run, before: str, db: Path) -> None:
    assert run.code != 0
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and "数据库" in lines[0] and "Traceback" not in run.err, run.err
    assert db_fingerprint(db) == before


@pytest.mark.parametrize(
    "suffix", ["", "-wal", "-shm", "-journal"], ids=["db", "wal", "shm", "journal"]
)
def test_print_results_over_the_database_is_refused(cli, demo, database_url, suffix):
    db = _db(database_url)
    before = db_fingerprint(db)
    target = str(db) + suffix
    run = cli("print", "results", "--event", demo, "--trade", "fitter", "--output", target)
    _refused(run, before, db)


def test_a_relative_or_linked_path_to_the_database_is_refused(
    cli, demo, database_url, tmp_path, monkeypatch
):
    db = _db(database_url)
    before = db_fingerprint(db)
    monkeypatch.chdir(db.parent)
    run = cli("print", "results", "--event", demo, "--trade", "fitter", "--output",
              f"./sub/../{db.name}")  # fmt: skip
    _refused(run, before, db)
    link = tmp_path / "link.pdf"
    link.symlink_to(db)
    run = cli("print", "results", "--event", demo, "--trade", "fitter", "--output", str(link))
    _refused(run, before, db)


@pytest.mark.parametrize(
    "command",
    [
        ["results", "--event", "{e}", "--trade", "fitter", "--format", "xlsx", "--output", "{o}"],
        ["event", "export", "{e}", "{o}"],
        ["archive", "export", "--event", "{e}", "{o}"],
        ["print", "key", "--event", "{e}", "--output", "{o}"],
        ["codes", "print", "--event", "{e}", "--trade", "fitter", "--output", "{o}"],
    ],
    ids=["results-xlsx", "event-export", "archive", "key", "codes"],
)
def test_every_command_that_writes_a_file_refuses_the_database(cli, demo, database_url, command):
    db = _db(database_url)
    before = db_fingerprint(db)
    run = cli(*[a.format(e=demo, o=db) for a in command])
    _refused(run, before, db)


def test_a_backup_of_the_database_is_not_overwritten(cli, demo, tmp_path):
    folder = tmp_path / "backups"
    assert cli("backup", "now", "--folder", str(folder)).code == 0
    backup = next(folder.glob("*.db"))
    kept = backup.read_bytes()
    for target in (backup, Path(str(backup) + ".sha256")):
        run = cli("print", "results", "--event", demo, "--trade", "fitter", "--output", str(target))
        assert run.code != 0 and len(run.err.strip().splitlines()) == 1, run.err
    assert backup.read_bytes() == kept


def test_an_ordinary_output_path_still_works(cli, demo, tmp_path):
    out = tmp_path / "fitter.pdf"
    run = cli("print", "results", "--event", demo, "--trade", "fitter", "--output", str(out))
    assert run.code == 0, run.err
    assert out.read_bytes().startswith(b"%PDF")
