"""Judge assignment (裁判分工): the judges of a trade and their criteria panels, and every
judge-contestant pair that must not meet (same unit while marking is not blind, or declared)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from competition_app.domain.errors import UserError
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.registration.judges import list_judges
from competition_app.services.scoring.recusal import (
    ConflictInfo,
    JudgeAssignment,
    conflicts_for_trade,
    judge_assignments,
    unassign_judge,
    withdraw_conflict,
)
from competition_app.services.setup.trade_options import trade_options
from competition_app.ui.common import prompts
from competition_app.ui.common.reason_dialog import ReasonDialog
from competition_app.ui.common.table_support import (
    R,
    TableColumn,
    TupleTableModel,
    apply_widths,
    empty,
    make_table,
)
from competition_app.ui.common.view_base import card, section_title
from competition_app.ui.contest_day.assignment_dialogs import AssignDialog, ConflictDialog
from competition_app.ui.registration.judge_model import role_label
from competition_app.ui.setup.trade_picker import TradePage
from competition_app.ui.window import preferences
from competition_app.ui.window.session import EventSession


class AssignmentTableModel(TupleTableModel):
    """The judges of one trade; the payload is the JudgeAssignment."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                TableColumn("code", self.tr("编号"), 70),
                TableColumn("name", self.tr("姓名"), 80),
                TableColumn("role", self.tr("角色"), 90),
                TableColumn("unit", self.tr("单位"), 130),  # the panel column stays in view
                TableColumn("panel", self.tr("评分组"), 160, stretch=True),
            ],
            parent,
        )

    def set_assignments(self, rows: list[JudgeAssignment], names: dict[str, str]) -> None:
        self.set_rows(
            [
                (
                    a.code,
                    a.name,
                    role_label(a.role),
                    a.unit,
                    "、".join(names.get(c, c) for c in a.criteria) or self.tr("全部评分项"),
                )
                for a in rows
            ],
            rows,
        )


class ConflictTableModel(TupleTableModel):
    """Pairs that must not meet; the payload is the ConflictInfo."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                TableColumn("judge", self.tr("裁判"), 100),
                TableColumn("contestant", self.tr("选手"), 110),
                TableColumn("kind", self.tr("类型"), 76),
                # for the same unit, the reason names the unit
                TableColumn("reason", self.tr("原因"), 200, stretch=True),
            ],
            parent,
        )

    def extra_data(self, row: int, column: int, role: int) -> Any:
        if role == R.ToolTipRole:
            c = self.payload(row)
            return f"{c.number} {c.name}（{c.unit}）\n{c.reason}"
        return empty(role)

    def set_conflicts(self, rows: list[ConflictInfo]) -> None:
        kinds = {"same_unit": self.tr("同单位"), "declared": self.tr("登记回避")}
        self.set_rows(
            [
                (
                    f"{c.judge_code} {c.judge_name}",
                    f"{c.number} {c.name}",
                    kinds.get(c.kind, c.kind),
                    c.reason,
                )
                for c in rows
            ],
            rows,
        )


class AssignmentsView(TradePage):
    """裁判分工 per trade."""

    topics = ("judges", "rules", "contestants", "options")
    name = "assignments"

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("裁判分工与回避"),
            self.tr("安排各工种的裁判及其评分组；与选手同单位或登记回避的裁判不能为该选手评分"),
            parent,
        )
        bar = QHBoxLayout()
        self._trade_picker()
        self.note = QLabel()
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        bar.addWidget(QLabel(self.tr("工种")))
        bar.addWidget(self.trade_combo)
        bar.addSpacing(12)
        bar.addWidget(self.note, 1)
        self.body.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left, ll = self._card(self.tr("本工种裁判"))
        self.assignments = AssignmentTableModel(self)
        self.assign_table = make_table(self)
        self.assign_table.setModel(self.assignments)
        apply_widths(self.assign_table, self.assignments.columns, "assignments")
        self.remember_table("assignments", self.assign_table)
        ll.addWidget(self.assign_table, 1)
        row = QHBoxLayout()
        self.assign_button = QPushButton(self.tr("安排裁判…"))
        self.assign_button.setObjectName("Primary")
        self.assign_button.clicked.connect(lambda: self.assign())
        self.panel_button = QPushButton(self.tr("修改评分组…"))
        self.panel_button.clicked.connect(lambda: self.edit_panel())
        self.remove_button = QPushButton(self.tr("移出本工种"))
        self.remove_button.setObjectName("Danger")
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        for b in (self.assign_button, self.panel_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        ll.addLayout(row)
        self.splitter.addWidget(left)

        right, rl = self._card(self.tr("回避名单"))
        self.conflicts = ConflictTableModel(self)
        self.conflict_table = make_table(self)
        self.conflict_table.setModel(self.conflicts)
        apply_widths(self.conflict_table, self.conflicts.columns, "conflicts")
        self.remember_table("conflicts", self.conflict_table)
        rl.addWidget(self.conflict_table, 1)
        row = QHBoxLayout()
        self.declare_button = QPushButton(self.tr("登记回避…"))
        self.declare_button.clicked.connect(lambda: self.declare())
        self.withdraw_button = QPushButton(self.tr("撤销回避…"))
        self.withdraw_button.clicked.connect(lambda: self.withdraw_selected())
        row.addWidget(self.declare_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        rl.addLayout(row)
        self.splitter.addWidget(right)
        self.splitter.setSizes([500, 560])
        preferences.restore_splitter("assignments", self.splitter)
        self.body.addWidget(self.splitter, 1)
        self.assign_table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.conflict_table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())

    def _card(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        box = card(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.addWidget(section_title(title))
        return box, lay

    # -- loading ---------------------------------------------------------------------------------
    def load_trade(self) -> None:
        trade = self.trade_combo.current_trade()
        if trade is None:
            return
        ctx = self.session.ctx
        names = {c.code: c.name for c in trade.rules.criteria}
        self.assignments.set_assignments(judge_assignments(ctx, trade.id), names)
        self.conflicts.set_conflicts(conflicts_for_trade(ctx, trade.id))
        blind = trade_options(ctx, trade.id).blind
        self.note.setText(
            self.tr("盲评工种：裁判不见选手单位，同单位无须回避，仅列出登记的回避。")
            if blind
            else self.tr("非盲评：与选手同单位的裁判自动列入回避名单。")
        )
        self._buttons()

    def _buttons(self) -> None:
        allowed = self.can("assign_judges")
        one = len(self.assign_table.selectionModel().selectedRows()) == 1
        conflict = self.selected_conflict()
        self.assign_button.setEnabled(allowed)
        self.declare_button.setEnabled(allowed)
        self.panel_button.setEnabled(allowed and one)
        self.remove_button.setEnabled(allowed and one)
        self.withdraw_button.setEnabled(
            allowed and conflict is not None and conflict.kind == "declared"
        )

    def selected_assignment(self) -> JudgeAssignment | None:
        rows = self.assign_table.selectionModel().selectedRows()
        return self.assignments.payload(rows[0].row()) if len(rows) == 1 else None

    def selected_conflict(self) -> ConflictInfo | None:
        rows = self.conflict_table.selectionModel().selectedRows()
        return self.conflicts.payload(rows[0].row()) if len(rows) == 1 else None

    def conflict_rows(self) -> list[tuple[str, ...]]:
        return self.conflicts.all_rows()

    # -- actions ---------------------------------------------------------------------------------
    def _changed(self, text: str) -> None:
        self.show_info(text)
        self.notify_others()
        self.load_trade()

    def assign(self) -> AssignDialog | None:
        trade = self.trade_combo.current_trade()
        if trade is None or not self.allowed("assign_judges"):
            return None
        on_trade = {a.judge_id for a in self.assignments.all_payload()}
        judges = [
            j for j in list_judges(self.session.ctx, self.session.event_id) if j.id not in on_trade
        ]
        dialog = AssignDialog(self.session.ctx, trade, judges, parent=self)
        dialog.accepted.connect(
            lambda: self._changed(
                self.tr("已安排裁判 %1 %2")
                .replace("%1", dialog.saved.code)
                .replace("%2", dialog.saved.name)
            )
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_panel(self) -> AssignDialog | None:
        trade, current = self.trade_combo.current_trade(), self.selected_assignment()
        if trade is None or current is None:
            return None
        judges = [
            j
            for j in list_judges(self.session.ctx, self.session.event_id)
            if j.id == current.judge_id
        ]
        dialog = AssignDialog(self.session.ctx, trade, judges, current, self)
        dialog.accepted.connect(
            lambda: self._changed(self.tr("已修改 %1 的评分组").replace("%1", current.name))
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        trade, current = self.trade_combo.current_trade(), self.selected_assignment()
        if trade is None or current is None:
            return
        if not prompts.confirm(
            self,
            self.tr("移出本工种"),
            self.tr("将裁判 %1 %2 移出“%3”？已录入的分数保留。")
            .replace("%1", current.code)
            .replace("%2", current.name)
            .replace("%3", trade.name),
        ):
            return
        try:
            unassign_judge(self.session.ctx, current.judge_id, trade.id)
        except UserError as e:
            self.show_error(e)
            return
        self._changed(self.tr("已将 %1 移出本工种").replace("%1", current.name))

    def declare(self) -> ConflictDialog | None:
        trade = self.trade_combo.current_trade()
        if trade is None or not self.allowed("assign_judges"):
            return None
        ctx, event_id = self.session.ctx, self.session.event_id
        dialog = ConflictDialog(
            ctx, list_judges(ctx, event_id), list_contestants(ctx, event_id, trade.code), self
        )
        dialog.accepted.connect(lambda: self._changed(self.tr("已登记回避")))
        self.dialog = dialog
        dialog.open()
        return dialog

    def withdraw_selected(self, reason: str | None = None) -> ReasonDialog | None:
        conflict = self.selected_conflict()
        if conflict is None or conflict.kind != "declared":
            return None
        if reason is None:
            dialog = ReasonDialog(
                self.tr("撤销回避"),
                self.tr("撤销裁判 %1 对选手 %2 的回避？撤销原因记入审计日志。")
                .replace("%1", f"{conflict.judge_code} {conflict.judge_name}")
                .replace("%2", f"{conflict.number} {conflict.name}"),
                ok_text=self.tr("撤销回避"),
                parent=self,
            )
            dialog.accepted.connect(lambda: self.withdraw_selected(dialog.text()))
            self.dialog = dialog
            dialog.open()
            return dialog
        try:
            withdraw_conflict(self.session.ctx, conflict.judge_id, conflict.contestant_id, reason)
        except UserError as e:
            self.show_error(e)
            return None
        self._changed(self.tr("已撤销回避"))
        return None

    def save_state(self) -> None:
        super().save_state()
        preferences.save_splitter("assignments", self.splitter)
