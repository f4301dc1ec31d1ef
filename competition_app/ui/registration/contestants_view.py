"""Contestants: search and filter, add/edit/delete, import a registration form, export to Excel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QMenu,
    QPushButton,
    QWidget,
)

from competition_app.domain.entries import STATUSES
from competition_app.domain.errors import UserError
from competition_app.domain.wording import counted
from competition_app.io.table_files import CsvEncoding
from competition_app.services.registration.contestant_table import (
    ContestantFields,
    contestant_fields,
)
from competition_app.services.registration.contestants import (
    ContestantInfo,
    delete_contestant,
    set_status,
)
from competition_app.services.setup.trades import trade_names
from competition_app.ui.common.roster_view import RosterView
from competition_app.ui.common.table_support import FilterProxy
from competition_app.ui.common.workers import Task, run_task
from competition_app.ui.registration.contestant_dialog import ContestantDialog
from competition_app.ui.registration.contestant_model import COLUMN_KEYS, ContestantTableModel
from competition_app.ui.registration.registration_import import import_registration, save_template
from competition_app.ui.window.session import EventSession
from competition_app.ui.window.translation import status_label

# where set_contestants finds a field in a row of either kind
_TRADE_NAME, _GROUP, _UNIT = (
    ContestantInfo._fields.index(f) for f in ("trade_name", "group", "unit")
)


class ContestantsView(RosterView):
    """The registration list of the event."""

    topics = ("contestants", "rules", "event", "lock", "checkin")
    name = "contestants"
    permission = "contestants"
    dialog = ContestantDialog

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session, self.tr("选手"), self.tr("报名信息、组别、单位与参赛状态"), parent
        )
        self.task: Task | None = None
        self.template_button = QPushButton(self.tr("报名表模板…"))
        self.template_button.setToolTip(self.tr("保存一份空白报名表，填好后用“导入报名表”导入"))
        self.template_button.clicked.connect(lambda: self.save_template())
        self._roster_buttons(
            self.tr("新增选手"), self.tr("导入报名表…"), first=(self.template_button,)
        )

        self.trade_filter = QComboBox()
        self.group_filter = QComboBox()
        self.unit_filter = QComboBox()
        self.unit_filter.setMaximumWidth(200)
        self.status_filter = QComboBox()
        for combo in (self.trade_filter, self.group_filter, self.status_filter):
            combo.setMinimumWidth(110)
            # "All statuses" is wider than 全部状态: the box grows to its items, never clips
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._filter_bar(
            self.tr("搜索参赛证号、姓名、单位或身份证号"),
            [
                (self.tr("工种"), self.trade_filter),
                (self.tr("组别"), self.group_filter),
                (self.tr("单位"), self.unit_filter),
                (self.tr("状态"), self.status_filter),
            ],
        )
        self.search.setMinimumWidth(240)

        self.model = ContestantTableModel(self)
        proxy = FilterProxy(self)
        proxy.setSourceModel(self.model)
        self._roster_table(proxy, self.model.columns, "contestants")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        delete = QAction(self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(lambda: self.delete_selected())
        self.table.addAction(delete)
        self._selection_changed()

    # -- loading ------------------------------------------------------------------------------
    def reload(self, then: Callable[[], None] | None = None) -> Task:
        """Read the list off the UI thread (30,000 rows take a moment), then show it."""
        ctx, event_id = self.session.ctx, self.session.event_id
        if self.task is not None and not self.task.done:
            self.task.cancel()

        def done(read: tuple[list[ContestantFields], list[str]]) -> None:
            self.set_contestants(*read)
            if then is not None:
                then()

        self.task = run_task(
            self,
            lambda progress: (contestant_fields(ctx, event_id), trade_names(ctx, event_id)),
            done,
            label=self.tr("正在读取选手名单……"),
            on_error=self.show_error,
            show_after_ms=800,
        )
        self.trades = None  # listed again when a dialog or an import needs them
        return self.task

    def set_contestants(
        self, infos: Sequence[ContestantInfo | ContestantFields], trades: list[str] | None = None
    ) -> None:
        """Show `infos` (ContestantInfos or their plain fields); the trade filter offers `trades`
        (the event's trade names in order), else the trades of `infos`."""
        self.model.set_contestants(infos)
        self.fill_filter(
            self.trade_filter,
            self.tr("全部工种"),
            trades or sorted({c[_TRADE_NAME] for c in infos}),
        )
        groups = sorted({group for c in infos if (group := c[_GROUP])})
        self.fill_filter(self.group_filter, self.tr("全部组别"), groups)
        units = sorted({unit for c in infos if (unit := c[_UNIT])})
        self.fill_filter(self.unit_filter, self.tr("全部单位"), units)
        self.fill_filter(
            self.status_filter, self.tr("全部状态"), [status_label(s) for s in STATUSES]
        )
        self._filters_changed()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            self.search.text(),
            {
                COLUMN_KEYS.index(key): combo.currentData()
                for key, combo in (
                    ("trade", self.trade_filter),
                    ("group", self.group_filter),
                    ("unit", self.unit_filter),
                    ("status", self.status_filter),
                )
            },
        )

    def set_filter(self, key: str, value: str | None) -> None:
        combo = {
            "trade": self.trade_filter,
            "group": self.group_filter,
            "unit": self.unit_filter,
            "status": self.status_filter,
        }[key]
        combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)

    # -- selection ------------------------------------------------------------------------------
    def selected(self) -> list[ContestantInfo]:
        return [self.model.info(r) for r in self.selected_rows()]

    def select_number(self, number: str) -> bool:
        for r in range(self.proxy.rowCount()):
            if self.model.info(self.proxy.source_row(r)).number == number:
                self.table.selectRow(r)
                self.table.scrollTo(self.proxy.index(r, 0))
                return True
        return False

    # -- add, edit, delete ------------------------------------------------------------------------
    def _saved(self, dialog: ContestantDialog) -> None:
        if dialog.saved is None:
            return
        number = dialog.saved.number
        self.session.notify()  # reloads this page, then the row is selected
        if self.task is not None and not self.task.done:
            self.task.finished.connect(lambda: self.select_number(number))
        else:
            self.select_number(number)
        self.show_info(
            self.tr("已保存选手 %1 %2")
            .replace("%1", dialog.saved.number)
            .replace("%2", dialog.saved.name)
        )

    def delete_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        names = "、".join(f"{c.number} {c.name}" for c in chosen[:5])
        if len(chosen) > 5:
            names += self.tr(" 等 %1 人").replace("%1", str(len(chosen)))

        def delete() -> None:
            for c in chosen:
                delete_contestant(self.session.ctx, c.id)

        self._delete_confirmed(
            self.tr("删除选手"),
            self.tr("删除 %1？其已录入的分数也会一并删除。").replace("%1", names),
            delete,
        )

    def _context_menu(self, pos: Any) -> None:
        chosen = self.selected()
        if not chosen:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("编辑…"), lambda: self.edit_selected()).setEnabled(len(chosen) == 1)
        menu.addSeparator()
        for s in STATUSES:
            menu.addAction(
                self.tr("标记为：") + status_label(s), lambda s=s: self.set_selected_status(s)
            )
        menu.addSeparator()
        menu.addAction(self.tr("删除…"), lambda: self.delete_selected())
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def set_selected_status(self, status: str) -> None:
        try:
            for c in self.selected():
                set_status(self.session.ctx, c.id, status)
        except UserError as e:
            self.show_error(e)
        self.session.notify()

    # -- import and export ----------------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> None:
        """Read and check a registration form off the UI thread, then show the preview."""
        import_registration(self, path)

    def save_template(self, path: Path | None = None) -> Path | None:
        return save_template(self, path)

    def export_file(self, path: Path | None = None, encoding: CsvEncoding = "utf-8") -> Path | None:
        """Write the contestants now shown (after filters) to an Excel or CSV file."""
        written = self._export_shown(
            path, self.tr("导出选手名单"), self.tr("选手名单.xlsx"), self.tr("选手名单"), encoding
        )
        if written is None:
            return None
        path, count = written
        self.show_info(
            counted(self.tr("已导出 %1 名选手到 %2"), {"%1": count}).replace("%2", str(path))
        )
        return path
