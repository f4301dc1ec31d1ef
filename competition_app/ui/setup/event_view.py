"""The event at a glance: its details, and for each trade the contestants, entry progress and lock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from competition_app.domain.presets import PRESET_LABELS
from competition_app.io.event_file import write_event_definition
from competition_app.services.registration.judges import judge_count
from competition_app.services.scoring.entry_progress import TradeProgress, entry_progress
from competition_app.services.scoring.progress_cache import ProgressCache
from competition_app.services.setup.events import export_event
from competition_app.services.setup.trades import trade_presets
from competition_app.ui.common import prompts
from competition_app.ui.common.table_support import (
    CENTER,
    RIGHT,
    R,
    TableColumn,
    TupleTableModel,
    apply_widths,
    empty,
    make_table,
)
from competition_app.ui.common.view_base import View, card, section_title
from competition_app.ui.common.workers import Task, run_task
from competition_app.ui.setup.event_dialog import EventDialog
from competition_app.ui.setup.progress_bar import ProgressBarDelegate
from competition_app.ui.window import early_progress
from competition_app.ui.window.session import EventSession
from competition_app.ui.window.translation import actor_label, domain_label


class ProgressTableModel(TupleTableModel):
    """One row per trade: contestants, marks entered out of expected, locked or not."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                TableColumn("name", self.tr("工种"), 120),
                TableColumn("code", self.tr("代码"), 100),
                TableColumn("contestants", self.tr("选手"), 90, RIGHT),
                TableColumn("entered", self.tr("已录入 / 应录入"), 130, RIGHT),
                TableColumn("percent", self.tr("进度"), 180, CENTER),
                TableColumn("state", self.tr("状态"), 150, CENTER),
                TableColumn("locked_by", self.tr("锁定人"), 120, stretch=True),
            ],
            parent,
        )

    def set_progress(self, items: list[TradeProgress]) -> None:
        rows = []
        for p in items:
            percent = f"{100 * p.entered // p.expected}%" if p.expected else "—"
            if p.locked:
                state = self.tr("已锁定")
            elif p.expected and p.entered == p.expected:
                state = self.tr("已录完，待锁定")
            else:
                state = self.tr("录入中")
            rows.append(
                (
                    p.name,
                    p.code,
                    str(p.contestants),
                    f"{p.entered} / {p.expected}",
                    percent,
                    state,
                    actor_label(p.locked_by),
                )
            )
        self.set_rows(rows, items)

    def extra_data(self, row: int, column: int, role: int) -> Any:
        if role == R.BackgroundRole and self.columns[column].key == "state":
            from PySide6.QtGui import QColor

            p = self.payload(row)
            if p.locked:
                return QColor("#dcfce7")
            if p.expected and p.entered == p.expected:
                return QColor("#dbeafe")
            return QColor("#fef9c3")
        return empty(role)


class EventView(View):
    """赛事 overview page."""

    topics = ("event", "rules", "contestants", "judges", "marks", "lock")
    name = "event"

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(session, session.event_info.name, "", parent)
        self.task: Task | None = None
        self.export_button = QPushButton(self.tr("导出赛事定义…"))
        self.export_button.setToolTip(
            self.tr("把赛事、工种规则和裁判写成 TOML 文件，可在另一台电脑导入")
        )
        self.export_button.clicked.connect(lambda: self.export_definition())
        self.edit_button = QPushButton(self.tr("编辑赛事信息…"))
        self.edit_button.setToolTip(self.tr("名称、日期、主办单位、地点、发证单位、公示期"))
        self.edit_button.clicked.connect(lambda: self.edit_event())
        self.edit_button.setEnabled(self.can("events"))
        self.actions_layout.addWidget(self.edit_button)
        self.actions_layout.addWidget(self.export_button)
        figures = QHBoxLayout()
        figures.setSpacing(12)
        self.figures: dict[str, QLabel] = {}
        for key, label in (
            ("trades", self.tr("工种")),
            ("contestants", self.tr("选手")),
            ("judges", self.tr("裁判")),
            ("progress", self.tr("评分录入")),
        ):
            box = card(self)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(16, 10, 16, 10)
            number = QLabel("—")
            number.setObjectName("BigNumber")
            caption = QLabel(label)
            caption.setObjectName("Muted")
            lay.addWidget(number)
            lay.addWidget(caption)
            self.figures[key] = number
            figures.addWidget(box, 1)
        self.body.addLayout(figures)
        details = card(self)
        grid = QGridLayout(details)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(18)
        self.details: dict[str, QLabel] = {}
        for i, (key, label) in enumerate(
            (
                ("date", self.tr("日期")),
                ("organizer", self.tr("主办单位")),
                ("venue", self.tr("地点")),
                ("issuer", self.tr("发证单位")),
                ("notice", self.tr("公示期")),
                ("database", self.tr("数据库")),
            )
        ):
            caption = QLabel(label)
            caption.setObjectName("Muted")
            value = QLabel()
            value.setWordWrap(True)
            grid.addWidget(caption, i // 2, (i % 2) * 2)
            grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
            self.details[key] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.body.addWidget(details)
        self.body.addWidget(section_title(self.tr("各工种进度")))
        self.model = ProgressTableModel(self)
        self.table = make_table(self, sortable=False)
        self.table.setModel(self.model)
        self.bars = ProgressBarDelegate(self.table)
        percent = [c.key for c in self.model.columns].index("percent")
        self.table.setItemDelegateForColumn(percent, self.bars)
        apply_widths(self.table, self.model.columns, "event/progress")
        self.remember_table("event/progress", self.table)
        self.body.addWidget(self.table, 1)
        self.presets_note = QLabel()
        self.presets_note.setObjectName("Muted")
        self.presets_note.setWordWrap(True)
        self.body.addWidget(self.presets_note)

    def reload(self) -> None:
        ev = self.session.refresh_event()
        self.title_label.setText(ev.name)
        self.details["date"].setText(ev.date or "—")
        self.details["organizer"].setText(ev.organizer or "—")
        self.details["venue"].setText(ev.venue or "—")
        self.details["issuer"].setText(ev.issuer or "—")
        self.details["notice"].setText(self.tr("%1 个工作日").replace("%1", str(ev.notice_days)))
        self.details["database"].setText(self.session.ctx.db.display_name())
        self.figures["trades"].setText(str(ev.trades))
        self.figures["contestants"].setText(str(ev.contestants))
        self.figures["judges"].setText(str(judge_count(self.session.ctx, ev.id)))
        presets = trade_presets(self.session.ctx, ev.id)
        self.presets_note.setText(
            self.tr("规则预设：")
            + self.tr("；").join(f"{p} — {domain_label(PRESET_LABELS.get(p, p))}" for p in presets)
            if presets
            else ""
        )
        ctx, event_id, stamp = self.session.ctx, ev.id, self.session.stamp

        def count(progress: object) -> list[TradeProgress]:
            # the count read while the window started, if nothing changed since (once only)
            early = early_progress.take(ctx.db.path, event_id, stamp)
            if early is not None:
                return early
            # counted afresh: kept for the next start, should nothing change before it
            kept = ProgressCache.beside_settings(ctx.db.path) if ctx.db.is_sqlite else None
            return entry_progress(ctx, event_id, kept=kept)

        self.task = run_task(
            self,
            count,
            self._show_progress,
            label=self.tr("正在统计录入进度……"),
            on_error=self.show_error,
            show_after_ms=800,
        )

    def edit_event(self) -> EventDialog | None:
        """Open the event's details; after a save every page shows the new ones."""
        if not self.allowed("events"):
            return None
        dialog = EventDialog(self.session.ctx, self.session.event_id, self)
        dialog.accepted.connect(self._event_edited)
        dialog.open()
        return dialog

    def _event_edited(self) -> None:
        self.session.notify()
        self.show_info(self.tr("赛事信息已保存。"))

    def _show_progress(self, items: list[TradeProgress]) -> None:
        self.model.set_progress(items)
        entered = sum(p.entered for p in items)
        expected = sum(p.expected for p in items)
        self.figures["progress"].setText(f"{100 * entered // expected}%" if expected else "—")

    def export_definition(self, path: Path | None = None) -> Path | None:
        if path is None:
            path = prompts.save_file(
                self,
                self.tr("导出赛事定义"),
                self.tr("赛事定义.toml"),
                self.tr("TOML 文件 (*.toml)"),
            )
            if path is None:
                return None
        write_event_definition(export_event(self.session.ctx, self.session.event_id), path)
        self.show_info(self.tr("已导出到 %1").replace("%1", str(path)))
        return path
