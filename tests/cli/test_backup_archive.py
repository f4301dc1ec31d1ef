"""`backup now|list|restore` and `archive export|import` on the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from competition_app.cli import main
from tests.cli.conftest import Run

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings of their own, naming a backup folder: never the tester's real settings."""
    path = tmp_path / "settings.toml"
    path.write_text(f'backup_folder = "{(tmp_path / "backups").as_posix()}"\n', encoding="utf-8")
    monkeypatch.setenv("COMPETITION_APP_CONFIG", str(path))
    return path


def _event(cli: Callable[..., Run]) -> str:
    event = cli("event", "import", str(EXAMPLES / "event.toml"))
    assert event.code == 0, event.err
    eid = event.last_line
    assert cli("contestants", "import", str(EXAMPLES / "contestants.csv"), "--event", eid).code == 0
    assert cli("scores", "import", str(EXAMPLES / "fitter-scores.csv"), "--event", eid,
               "--trade", "fitter").code == 0  # fmt: skip
    return eid


@pytest.mark.backends("sqlite")
def test_backup_now_list_and_restore(cli: Callable[..., Run], tmp_path: Path) -> None:
    eid = _event(cli)
    made = cli("backup", "now")
    assert made.code == 0, made.err
    backup = Path(made.out.split("已备份到 ")[1].split("（")[0])
    assert backup.parent == tmp_path / "backups"

    listed = cli("backup", "list")
    assert listed.code == 0 and backup.name in listed.out and "手动" in listed.out

    assert cli("contestants", "import", str(_more(tmp_path)), "--event", eid).code == 0
    assert cli("event", "list").out.split()[-1] == "6"
    restored = cli("backup", "restore", str(backup))
    assert restored.code == 0, restored.err
    assert "5 名选手" in restored.out
    table = cli("event", "list")
    assert table.out.split()[-1] == "5"  # contestants: the sixth one is gone again
    assert "恢复前的安全副本" in cli("backup", "list").out


def _more(tmp_path: Path) -> Path:
    p = tmp_path / "more.csv"
    p.write_text("number,name,trade\n1004,赵六,fitter\n", encoding="utf-8")
    return p


@pytest.mark.backends("sqlite")
def test_backup_restore_of_a_broken_file_fails_cleanly(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    _event(cli)
    broken = tmp_path / "contest-20240101-000000-manual.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    r = cli("backup", "restore", str(broken))
    assert r.code == 1 and r.err.startswith("错误：")


def test_archive_export_then_import_elsewhere(
    cli: Callable[..., Run], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eid = _event(cli)
    archive = tmp_path / "赛事.cpa"
    out = cli("archive", "export", "--event", eid, str(archive))
    assert out.code == 0, out.err
    assert archive.is_file()

    elsewhere = tmp_path / "elsewhere.db"
    capsys.readouterr()
    assert main(["--db", str(elsewhere), "archive", "import", str(archive)]) == 0
    printed = capsys.readouterr().out
    assert "5 名选手" in printed and "2 个工种" in printed
    new_id = printed.strip().splitlines()[-1]
    assert main(["--db", str(elsewhere), "results", "--event", new_id, "--trade", "fitter"]) == 0
    assert "王伟" in capsys.readouterr().out


def test_archive_import_refuses_a_foreign_file(cli: Callable[..., Run], tmp_path: Path) -> None:
    foreign = tmp_path / "backup.cpa"
    foreign.write_bytes(b"PK\x03\x04 definitely not ours")
    r = cli("archive", "import", str(foreign))
    assert r.code == 1
    assert "已损坏" in r.err


@pytest.mark.backends("sqlite")
def test_restore_that_would_undo_a_lock_asks_for_the_chief_judge(
    cli: Callable[..., Run], database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from competition_app.services.context import Context
    from competition_app.services.integrity.users import add_user, authenticate
    from competition_app.services.results.locking import lock_trade
    from competition_app.services.setup.trades import get_trade
    from competition_app.storage.database import Database

    eid = _event(cli)
    made = cli("backup", "now")
    backup = made.out.split("已备份到 ")[1].split("（")[0]
    db = Database(database_url)
    try:
        add_user(Context(db), "组委会", "organizer", "organizer pw 1")
        org = authenticate(db, "组委会", "organizer pw 1")
        add_user(org, "裁判长", "chief_judge", "chief pw 2")
        chief = authenticate(db, "裁判长", "chief pw 2")
        lock_trade(chief, get_trade(chief, int(eid), "fitter").id)
    finally:
        db.dispose()
    monkeypatch.setenv("COMPETITION_APP_PASSWORD", "organizer pw 1")
    refused = cli("--user", "组委会", "backup", "restore", backup)
    assert refused.code != 0 and "裁判长" in refused.err and "Traceback" not in refused.err
    monkeypatch.setenv("COMPETITION_APP_CHIEF_PASSWORD", "chief pw 2")
    done = cli("--user", "组委会", "backup", "restore", backup, "--chief-judge", "裁判长")
    assert done.code == 0, done.err
