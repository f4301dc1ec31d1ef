"""Judges: the panel of each trade, with roles; add/edit/delete and import a judge list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from competition_app.domain.errors import UserError
from competition_app.io.table_files import CsvEncoding, list_table, write_table
from competition_app.services.registration.judge_roster import (
    ROLES,
    JudgeImportPreview,
    delete_judge,
    preview_judge_import,
    write_judges,
)
from competition_app.services.registration.judges import JudgeInfo, list_judges
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.common import prompts
from competition_app.ui.common.table_support import (
    FilterProxy,
    TableColumn,
    apply_widths,
    make_table,
)
from competition_app.ui.common.view_base import View
from competition_app.ui.common.workers import run_task
from competition_app.ui.registration.import_preview_dialog import ImportPreviewDialog
from competition_app.ui.registration.judge_dialog import JudgeDialog
from competition_app.ui.registration.judge_model import COLUMN_KEYS, JudgeTableModel, role_label
from competition_app.ui.window.session import EventSession


class JudgesView(View):
    """The judges of the event and the trades each of them marks."""

    topics = ("judges", "rules", "event")
    name = "judges"

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session, self.tr("裁判"), self.tr("裁判员、裁判长与记分员，以及各自执裁的工种"), parent
        )
        self.trades: list[TradeInfo] = []
        self.add_button = QPushButton(self.tr("新增裁判"))
        self.add_button.setObjectName("Primary")
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button = QPushButton(self.tr("编辑"))
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button = QPushButton(self.tr("删除"))
        self.delete_button.setObjectName("Danger")
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.import_button = QPushButton(self.tr("导入裁判名单…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.clicked.connect(lambda: self.export_file())
        for b in (
            self.import_button,
            self.export_button,
            self.edit_button,
            self.delete_button,
            self.add_button,
        ):
            self.actions_layout.addWidget(b)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索编号、姓名或单位"))
        self.search.setClearButtonEnabled(True)
        self.trade_filter = QComboBox()
        self.role_filter = QComboBox()
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        bar.addWidget(self.search, 1)
        bar.addWidget(QLabel(self.tr("工种")))
        bar.addWidget(self.trade_filter)
        bar.addWidget(QLabel(self.tr("角色")))
        bar.addWidget(self.role_filter)
        bar.addWidget(self.count_label)
        self.body.addLayout(bar)

        self.model = JudgeTableModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self)
        self.table.setModel(self.proxy)
        self.table.activated.connect(lambda _i: self.edit_selected())  # Enter or double-click
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        apply_widths(self.table, self.model.columns, "judges")
        self.remember_table("judges", self.table)
        self.body.addWidget(self.table, 1)
        self.search.textChanged.connect(self._filters_changed)
        self.trade_filter.currentIndexChanged.connect(self._filters_changed)
        self.role_filter.currentIndexChanged.connect(self._filters_changed)
        self._selection_changed()

    def reload(self) -> None:
        self.trades = self.session.trades()
        judges = list_judges(self.session.ctx, self.session.event_id)
        self.model.set_judges(judges, {t.code: t.name for t in self.trades})
        for combo, everything, values in (
            (self.trade_filter, self.tr("全部工种"), [t.name for t in self.trades]),
            (self.role_filter, self.tr("全部角色"), [role_label(r) for r in ROLES]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for v in values:
                combo.addItem(v, v)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self) -> None:
        self.proxy.set_text(self.search.text())
        self.proxy.set_column_filter(
            COLUMN_KEYS.index("trades"), self.trade_filter.currentData(), token=True
        )
        self.proxy.set_column_filter(COLUMN_KEYS.index("role"), self.role_filter.currentData())
        self.count_label.setText(
            self.tr("共 %1 人，显示 %2 人")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(self.proxy.rowCount()))
        )

    def selected(self) -> list[JudgeInfo]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.judge(self.proxy.source_row(r)) for r in rows]

    def _selection_changed(self, *_: Any) -> None:
        n = len(self.table.selectionModel().selectedRows())
        allowed = self.can("judges")
        self.edit_button.setEnabled(n == 1 and allowed)
        self.delete_button.setEnabled(n >= 1 and allowed)
        self.add_button.setEnabled(allowed)
        self.import_button.setEnabled(allowed)

    def add(self) -> JudgeDialog:
        dialog = JudgeDialog(self.session, self.trades, None, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def edit_selected(self) -> JudgeDialog | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        dialog = JudgeDialog(self.session, self.trades, chosen[0], self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: JudgeDialog) -> None:
        if dialog.saved is not None:
            self.session.notify()
            if not self.isVisible():
                self.reload()
            self.show_info(
                self.tr("已保存裁判 %1 %2")
                .replace("%1", dialog.saved.code)
                .replace("%2", dialog.saved.name)
            )

    def delete_selected(self) -> None:
        chosen = self.selected()
        if not chosen or not prompts.confirm(
            self,
            self.tr("删除裁判"),
            self.tr("删除 %1？").replace("%1", "、".join(f"{j.code} {j.name}" for j in chosen)),
        ):
            return
        try:
            for j in chosen:
                delete_judge(self.session.ctx, j.id)
        except UserError as e:
            self.show_error(e)
        self.session.notify()
        if not self.isVisible():
            self.reload()

    def import_file(self, path: Path | None = None) -> None:
        if path is None:
            path = prompts.open_file(self, self.tr("导入裁判名单"), prompts.table_filters())
            if path is None:
                return
        ctx, event_id = self.session.ctx, self.session.event_id
        self.import_task = run_task(
            self,
            lambda progress: preview_judge_import(ctx, event_id, path),
            lambda preview: self.show_preview(preview, path),
            label=self.tr("正在检查裁判名单……"),
            on_error=self.show_error,
        )

    def show_preview(self, preview: JudgeImportPreview, path: Path) -> ImportPreviewDialog:
        names = {t.code: t.name for t in self.trades}
        if preview.ok:
            headline = (
                self.tr("“%1”共 %2 名裁判，全部通过检查。")
                .replace("%1", path.name)
                .replace("%2", str(len(preview.rows)))
            )
        else:
            headline = (
                self.tr("“%1”中发现 %2 处问题，未导入任何数据：")
                .replace("%1", path.name)
                .replace("%2", str(len(preview.problems)))
            )
        columns = [
            TableColumn("row", self.tr("行"), 50),
            TableColumn("code", self.tr("编号"), 80),
            TableColumn("name", self.tr("姓名"), 90),
            TableColumn("unit", self.tr("单位"), 220),
            TableColumn("role", self.tr("角色"), 110),
            TableColumn("trades", self.tr("执裁工种"), 180),
        ]
        rows = [
            (
                str(r.row),
                r.code,
                r.name,
                r.unit,
                role_label(r.role),
                "、".join(names.get(t, t) for t in r.trades),
            )
            for r in preview.rows
        ]
        dialog = ImportPreviewDialog(
            self.tr("导入裁判名单"),
            headline,
            problems=preview.problems,
            columns=columns,
            rows=rows,
            accept_text=self.tr("导入 %1 名裁判").replace("%1", str(len(rows))),
            parent=self,
        )
        ctx, event_id = self.session.ctx, self.session.event_id

        def write() -> None:
            try:
                n = write_judges(ctx, event_id, preview.rows, source=path.name)
            except UserError as e:
                self.show_error(e)
                return
            self.session.notify()
            if not self.isVisible():
                self.reload()
            self.show_info(self.tr("已导入 %1 名裁判").replace("%1", str(n)))

        dialog.accepted.connect(write)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def export_file(self, path: Path | None = None, encoding: CsvEncoding = "utf-8") -> Path | None:
        if path is None:
            chosen = prompts.save_table(self, self.tr("导出裁判名单"), self.tr("裁判名单.xlsx"))
            if chosen is None:
                return None
            path, encoding = chosen[0], "gbk" if chosen[1] == "gbk" else "utf-8"
        header = [c.title for c in self.model.columns]
        body = [
            list(self.model.row_values(self.proxy.source_row(r)))
            for r in range(self.proxy.rowCount())
        ]
        try:
            # the header in row 1, no title row: the list imports back as it is
            path = write_table(path, list_table(self.tr("裁判名单"), header, body), encoding)
        except UserError as e:  # a name GBK cannot hold, a full disk: said, nothing written
            self.show_error(e)
            return None
        self.show_info(self.tr("已导出到 %1").replace("%1", str(path)))
        return path
