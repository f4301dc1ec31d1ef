"""Judges: the panel of each trade, with roles; add/edit/delete and import a judge list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QWidget

from competition_app.domain.errors import UserError
from competition_app.domain.wording import counted
from competition_app.io.table_files import CsvEncoding
from competition_app.services.registration.judge_roster import (
    ROLES,
    JudgeImportPreview,
    delete_judge,
    preview_judge_import,
    write_judges,
)
from competition_app.services.registration.judges import JudgeInfo, list_judges
from competition_app.ui.common.roster_view import RosterView
from competition_app.ui.common.table_support import (
    FilterProxy,
    TableColumn,
)
from competition_app.ui.registration.import_preview_dialog import ImportPreviewDialog, check_file
from competition_app.ui.registration.judge_dialog import JudgeDialog
from competition_app.ui.registration.judge_model import COLUMN_KEYS, JudgeTableModel, role_label
from competition_app.ui.window.session import EventSession


class JudgesView(RosterView):
    """The judges of the event and the trades each of them marks."""

    topics = ("judges", "rules", "event")
    name = "judges"
    permission = "judges"
    dialog = JudgeDialog

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session, self.tr("裁判"), self.tr("裁判员、裁判长与记分员，以及各自执裁的工种"), parent
        )
        self._roster_buttons(self.tr("新增裁判"), self.tr("导入裁判名单…"))

        self.trade_filter = QComboBox()
        self.role_filter = QComboBox()
        self._filter_bar(
            self.tr("搜索编号、姓名或单位"),
            [(self.tr("工种"), self.trade_filter), (self.tr("角色"), self.role_filter)],
        )
        self.model = JudgeTableModel(self)
        proxy = FilterProxy(self)
        proxy.setSourceModel(self.model)
        self._roster_table(proxy, self.model.columns, "judges")
        self._selection_changed()

    def reload(self) -> None:
        self.trades = self.session.trades()
        judges = list_judges(self.session.ctx, self.session.event_id)
        self.model.set_judges(judges, {t.code: t.name for t in self.trades})
        self.fill_filter(self.trade_filter, self.tr("全部工种"), [t.name for t in self.trades])
        self.fill_filter(self.role_filter, self.tr("全部角色"), [role_label(r) for r in ROLES])
        self._filters_changed()

    def _apply_filters(self) -> None:
        self.proxy.set_text(self.search.text())
        self.proxy.set_column_filter(
            COLUMN_KEYS.index("trades"), self.trade_filter.currentData(), token=True
        )
        self.proxy.set_column_filter(COLUMN_KEYS.index("role"), self.role_filter.currentData())

    def selected(self) -> list[JudgeInfo]:
        return [self.model.judge(r) for r in self.selected_rows()]

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
        if not chosen:
            return

        def delete() -> None:
            for j in chosen:
                delete_judge(self.session.ctx, j.id)

        self._delete_confirmed(
            self.tr("删除裁判"),
            self.tr("删除 %1？").replace("%1", "、".join(f"{j.code} {j.name}" for j in chosen)),
            delete,
        )

    def import_file(self, path: Path | None = None) -> None:
        ctx, event_id = self.session.ctx, self.session.event_id
        check_file(
            self,
            path,
            self.tr("导入裁判名单"),
            self.tr("正在检查裁判名单……"),
            lambda chosen: preview_judge_import(ctx, event_id, chosen),
            self.show_preview,
        )

    def show_preview(self, preview: JudgeImportPreview, path: Path) -> ImportPreviewDialog:
        names = {t.code: t.name for t in self.trades}
        if preview.ok:
            headline = counted(
                self.tr("“%1”共 %2 名裁判，全部通过检查。"), {"%2": len(preview.rows)}
            ).replace("%1", path.name)
        else:
            headline = counted(
                self.tr("“%1”中发现 %2 处问题，未导入任何数据："), {"%2": len(preview.problems)}
            ).replace("%1", path.name)
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
            accept_text=counted(self.tr("导入 %1 名裁判"), {"%1": len(rows)}),
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
            self.show_info(counted(self.tr("已导入 %1 名裁判"), {"%1": n}))

        dialog.accepted.connect(write)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def export_file(self, path: Path | None = None, encoding: CsvEncoding = "utf-8") -> Path | None:
        written = self._export_shown(
            path, self.tr("导出裁判名单"), self.tr("裁判名单.xlsx"), self.tr("裁判名单"), encoding
        )
        if written is None:
            return None
        self.show_info(self.tr("已导出到 %1").replace("%1", str(written[0])))
        return written[0]
