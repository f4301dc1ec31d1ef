"""The restore dialog: lists backups, previews the selected one, refuses a damaged one, asks
before restoring and hands back the chosen file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from competition_app.services.backup.backups import (
    BackupInfo,
    backup_now,
    list_backups,
    preview_backup,
)
from competition_app.services.context import Context
from competition_app.storage.backup import DatabaseSummary
from competition_app.ui.backup.restore_dialog import RestoreDialog


@pytest.fixture
def backups(ctx: Context, tmp_path: Path) -> Iterator[list[BackupInfo]]:
    folder = tmp_path / "backups"
    backup_now(ctx, folder, reason="open", now=datetime(2024, 7, 20, 8, 0))
    backup_now(ctx, folder, reason="auto", now=datetime(2024, 7, 20, 8, 10))
    yield list_backups(ctx.db.path, folder)


def _dialog(qtbot, backups, **kw):  # type: ignore[no-untyped-def]
    d = RestoreDialog(backups, preview_backup, **kw)
    qtbot.addWidget(d)
    return d


def test_newest_backup_is_selected_and_previewed(qtbot, backups, ctx: Context) -> None:
    current = preview_backup(ctx.db.path)
    d = _dialog(qtbot, backups, current=current)
    assert d.model.rowCount() == 2
    assert d.model.index(0, 0).data() == "2024-07-20 08:10:00"
    assert d.model.index(0, 1).data() == "定时自动"
    assert d.selected_path() == backups[0].path
    assert d.restore_button.isEnabled()
    text = d.details.text()
    assert "演示" in text and f"{current.contestants} 名选手" in text
    assert "当前数据库" in d.now_label.text()


def test_selecting_another_row_previews_it(qtbot, backups) -> None:
    d = _dialog(qtbot, backups)
    with qtbot.waitSignal(d.previewed, timeout=1000) as sig:
        d.table.selectRow(1)
    assert isinstance(sig.args[0], DatabaseSummary)
    assert d.selected_path() == backups[1].path


def test_a_damaged_backup_cannot_be_restored(qtbot, backups, tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(backups[0].path.read_bytes()[:4096])
    d = _dialog(qtbot, backups, choose_file=lambda parent: broken)
    with qtbot.waitSignal(d.previewed, timeout=1000) as sig:
        d.choose_other()
    assert sig.args == [None]
    assert d.selected_path() == broken
    assert not d.restore_button.isEnabled()
    assert "损坏" in d.details.text() or "无法读取" in d.details.text()


def test_restoring_asks_first(qtbot, backups) -> None:
    answers = [False, True]
    asked: list[str] = []

    def confirm(parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    d = _dialog(qtbot, backups, confirm=confirm)
    d.show()
    d.restore_button.click()
    assert d.isVisible() and len(asked) == 1  # said no: still open
    with qtbot.waitSignal(d.accepted, timeout=1000):
        d.restore_button.click()
    assert backups[0].path.name in asked[1]
    assert d.selected_path() == backups[0].path


def test_no_backups_yet(qtbot) -> None:
    d = _dialog(qtbot, [])
    assert d.model.rowCount() == 0 and not d.restore_button.isEnabled()
    assert d.empty.isVisibleTo(d)


def test_backup_list_model_is_a_proper_qt_model(qtbot, qtmodeltester, backups) -> None:
    d = _dialog(qtbot, backups)
    qtmodeltester.check(d.model)
