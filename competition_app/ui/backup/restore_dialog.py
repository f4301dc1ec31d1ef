"""Choosing a backup to restore, with a preview of what it holds beside what would be replaced.

The dialog only chooses: the caller restores `selected_path()` after `accepted` (with
services.restore.restore_backup, off the UI thread) and reopens the event.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.domain.wording import counted
from competition_app.services.backup.backups import BackupInfo, DatabaseSummary
from competition_app.ui.common import prompts
from competition_app.ui.common.table_support import TableColumn, TupleTableModel, empty, make_table
from competition_app.ui.window.translation import domain_label

Preview = Callable[[Path], DatabaseSummary]
ChooseFile = Callable[[QWidget], Path | None]
Confirm = Callable[[QWidget, str, str], bool]


class BackupListModel(TupleTableModel):
    """Backups as (time, kind, size) rows; each row's payload is its file, shown as tooltip."""

    def extra_data(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(self.payload(row))
        return empty(role)

    def insert_first(self, texts: tuple[str, str, str], path: Path) -> None:
        # A handful of backups: resetting is simpler than row-insertion bookkeeping.
        rows = [self.row_values(i) for i in range(self.rowCount())]
        paths = [self.payload(i) for i in range(self.rowCount())]
        self.set_rows([texts, *rows], [path, *paths])


def _choose_file(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RestoreDialog", "选择备份文件"),
        "",
        QCoreApplication.translate("RestoreDialog", "数据库备份 (*.db *.sqlite);;所有文件 (*)"),
    )
    return Path(path) if path else None


# the default confirmation; a module name of its own so tests can answer it
_confirm = prompts.confirm


class RestoreDialog(QDialog):
    """A list of backups (newest first); the selected one is previewed, then restored on
    confirmation.

    Signals:
        previewed(object): the DatabaseSummary of the selected file, or None when it cannot be
            read (the reason is shown and the restore button stays disabled).
    """

    previewed = Signal(object)

    def __init__(
        self,
        backups: Sequence[BackupInfo],
        preview: Preview,
        *,
        current: DatabaseSummary | None = None,
        choose_file: ChooseFile | None = None,
        confirm: Confirm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("从备份恢复"))
        self.resize(760, 520)
        self.preview_fn = preview
        self.current = current
        self.choose_file = choose_file or _choose_file
        self.confirm = confirm or _confirm
        self.summary: DatabaseSummary | None = None

        self.model = BackupListModel(
            [
                TableColumn("time", self.tr("时间")),
                TableColumn("kind", self.tr("类型")),
                TableColumn("size", self.tr("大小")),
            ],
            self,
        )
        self.model.set_rows(
            [
                (f"{b.created:%Y-%m-%d %H:%M:%S}", domain_label(b.reason_label), _size(b.size))
                for b in backups
            ],
            [b.path for b in backups],
        )
        self.table = make_table(self, sortable=False)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        other = QPushButton(self.tr("其他备份文件…"))
        other.setObjectName("choose_file")
        other.clicked.connect(self.choose_other)
        self.empty = QLabel(self.tr("备份文件夹中还没有备份。"))
        self.empty.setVisible(not backups)

        self.details = QLabel(self.tr("选择一个备份查看其中的内容。"))
        self.details.setObjectName("BackupPreview")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.now_label = QLabel(self._current_text())
        self.now_label.setObjectName("Muted")
        self.now_label.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.restore_button = buttons.addButton(
            self.tr("恢复此备份"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.empty)
        left.addWidget(other, 0, Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.addWidget(self.details, 1)
        right.addWidget(self.now_label)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        if backups:
            self.table.selectRow(0)

    # -- rows -----------------------------------------------------------------------------------
    def choose_other(self) -> None:
        path = self.choose_file(self)
        if path is None:
            return
        self.empty.hide()
        # The insert shifts the current selection down a row: preview only the new file.
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.insert_first((path.name, self.tr("其他文件"), _size(_file_size(path))), path)
        selection.blockSignals(False)
        self.table.selectRow(0)

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return Path(self.model.payload(rows[0].row())) if rows else None

    # -- preview --------------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        path = self.selected_path()
        if path is None:
            self._show(None, self.tr("选择一个备份查看其中的内容。"))
            return
        try:
            summary = self.preview_fn(path)
        except UserError as e:
            self._show(None, self.tr("无法读取此备份：{0}").format(e))
            return
        if not summary.ok:
            self._show(None, self.tr("此备份已损坏，不能恢复（{0}）").format(summary.integrity))
            return
        self._show(summary, self._summary_html(summary))

    def _show(self, summary: DatabaseSummary | None, html: str) -> None:
        self.summary = summary
        self.details.setText(html)
        self.restore_button.setEnabled(summary is not None)
        self.previewed.emit(summary)

    def _summary_html(self, s: DatabaseSummary) -> str:
        last = f"{s.last_change:%Y-%m-%d %H:%M:%S}" if s.last_change else "—"
        rows = "".join(
            f"<tr><td>{_esc(e.name)}</td><td>{_esc(e.date)}</td><td align=right>{e.trades}</td>"
            f"<td align=right>{e.contestants}</td><td align=right>{e.marks}</td></tr>"
            for e in s.events
        )
        head = self.tr("赛事"), self.tr("日期"), self.tr("工种"), self.tr("选手"), self.tr("分数")
        table = (
            "<table cellspacing=0 cellpadding=3 border=1><tr>"
            + "".join(f"<th>{h}</th>" for h in head)
            + f"</tr>{rows}</table>"
        )
        totals = counted(
            self.tr("共 {0} 个赛事、{1} 个工种、{2} 名选手、{3} 名裁判、{4} 个分数"),
            {"{0}": len(s.events), "{1}": s.trades, "{2}": s.contestants, "{3}": s.judges,
             "{4}": s.marks},
        )  # fmt: skip
        return (
            f"<p><b>{self.tr('备份中的内容')}</b></p>{table}<p>{totals}</p>"
            f"<p>{self.tr('最后修改时间')}：{last}</p>"
        )

    def _current_text(self) -> str:
        c = self.current
        if c is None:
            return ""
        last = f"{c.last_change:%Y-%m-%d %H:%M:%S}" if c.last_change else "—"
        return counted(
            self.tr(
                "当前数据库：{0} 个赛事、{1} 名选手、{2} 个分数，最后修改于 {3}。恢复前会自动另存一份。"
            ),
            {"{0}": len(c.events), "{1}": c.contestants, "{2}": c.marks},
        ).replace("{3}", last)

    # -- accept ---------------------------------------------------------------------------------
    def accept(self) -> None:
        path = self.selected_path()
        if path is None or self.summary is None:
            return
        last = f"{self.summary.last_change:%Y-%m-%d %H:%M}" if self.summary.last_change else "—"
        text = self.tr(
            "用备份“{0}”（最后修改于 {1}）替换当前数据库？\n"
            "此后录入的分数将被撤销；当前数据会先另存为安全副本，可以再恢复回来。"
        ).format(path.name, last)
        if self.confirm(self, self.tr("确认恢复"), text):
            super().accept()


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{max(1, n // 1024)} KB"


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
