"""Trades: edit a trade's rules with live checks and a preview of how current marks would rank."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError, ValidationError
from competition_app.domain.presets import PRESET_LABELS
from competition_app.domain.results import TradeResult
from competition_app.domain.rules_io import rules_from_mapping, rules_to_mapping
from competition_app.domain.wording import counted
from competition_app.services.setup.preview import preview_results
from competition_app.services.setup.trade_list import remove_trade, trade_contents
from competition_app.services.setup.trades import TradeInfo, update_trade
from competition_app.ui.common import prompts
from competition_app.ui.common.table_support import apply_widths, make_table
from competition_app.ui.common.view_base import View, card, lock_banner, section_title
from competition_app.ui.common.workers import Task, run_task
from competition_app.ui.results.result_model import ResultTableModel
from competition_app.ui.setup.rules_editor import RulesEditor
from competition_app.ui.setup.rules_problems import describe_location
from competition_app.ui.setup.trade_dialogs import AddTradeDialog, split_groups
from competition_app.ui.setup.trade_options_dialog import TradeOptionsDialog
from competition_app.ui.window import preferences
from competition_app.ui.window.crash_reporting import error_text
from competition_app.ui.window.session import EventSession
from competition_app.ui.window.translation import domain_label, service_text

PREVIEW_DELAY_MS = 350


class TradesView(View):
    """工种 rules editor."""

    topics = ("rules", "lock", "event")
    name = "trades"

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("工种与评分规则"),
            self.tr("组成部分与权重、评分细则、裁判组方法、并列规则与奖项；修改后即时预览排名"),
            parent,
        )
        self.trades: list[TradeInfo] = []
        self.trade: TradeInfo | None = None
        self.dirty = False
        self.valid = True
        self.preview: TradeResult | None = None
        self.preview_task: Task | None = None
        self._generation = 0
        self.options_button = QPushButton(self.tr("赛务选项…"))
        self.options_button.setToolTip(self.tr("盲评、复核录入、抽签场次、结束时间与申诉时限"))
        self.options_button.clicked.connect(lambda: self.open_options())
        self.add_button = QPushButton(self.tr("添加工种…"))
        self.add_button.clicked.connect(lambda: self.add_trade())
        self.remove_button = QPushButton(self.tr("删除工种…"))
        self.remove_button.setToolTip(self.tr("删除所选工种及其选手和分数（记入审计）"))
        self.remove_button.clicked.connect(lambda: self.remove_trade())
        for b in (self.add_button, self.remove_button):
            b.setEnabled(self.can("settings"))
            self.actions_layout.addWidget(b)
        self.actions_layout.addWidget(self.options_button)
        self.revert_button = QPushButton(self.tr("撤销修改"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("保存规则"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(lambda: self.save())
        self.actions_layout.addWidget(self.revert_button)
        self.actions_layout.addWidget(self.save_button)

        bar = QHBoxLayout()
        self.trade_combo = QComboBox()
        self.trade_combo.setMinimumWidth(150)
        self.trade_combo.currentIndexChanged.connect(self._trade_chosen)
        self.name_edit = QLineEdit()
        self.name_edit.setMaximumWidth(160)
        self.groups_edit = QLineEdit()
        self.groups_edit.setPlaceholderText(self.tr("如：职工组、学生组（留空则不分组）"))
        self.preset_label = QLabel()
        self.preset_label.setObjectName("Muted")
        bar.addWidget(QLabel(self.tr("工种")))
        bar.addWidget(self.trade_combo)
        bar.addWidget(QLabel(self.tr("名称")))
        bar.addWidget(self.name_edit)
        bar.addWidget(QLabel(self.tr("组别")))
        bar.addWidget(self.groups_edit, 1)
        self.body.addLayout(bar)
        self.body.addWidget(self.preset_label)
        self.banner, self.banner_text = lock_banner(self)
        self.body.addWidget(self.banner)
        self.validity = QLabel()
        self.validity.setWordWrap(True)
        self.body.addWidget(self.validity)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.editor = RulesEditor(self)
        # The editor's tabs are taller than a 1280×720 screen leaves a page: it scrolls
        # rather than pushing the window past the screen.
        editor_scroll = QScrollArea(self)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        editor_scroll.setWidget(self.editor)
        # as wide as the editor needs where the screen allows (no sideways scrolling on a
        # 1366-wide laptop); on a smaller screen it scrolls sideways too
        bar = editor_scroll.verticalScrollBar().sizeHint().width()
        editor_scroll.setMinimumWidth(min(self.editor.minimumSizeHint().width() + bar, 700))
        self.splitter.addWidget(editor_scroll)
        right = card(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(10, 8, 10, 8)
        rl.addWidget(section_title(self.tr("排名预览（按编辑中的规则，未保存）")))
        self.preview_summary = QLabel()
        self.preview_summary.setObjectName("Muted")
        self.preview_summary.setWordWrap(True)
        rl.addWidget(self.preview_summary)
        self.preview_model = ResultTableModel(self, compact=True)
        self.preview_table = make_table(self, sortable=False)
        self.preview_table.setModel(self.preview_model)
        rl.addWidget(self.preview_table, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([560, 440])
        preferences.restore_splitter("trades", self.splitter)
        self.body.addWidget(self.splitter, 1)

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.run_preview)
        self.editor.changed.connect(self._edited)
        self.name_edit.textEdited.connect(self._edited)
        self.groups_edit.textEdited.connect(self._edited)

    # -- loading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.trade.id if self.trade else self.trade_combo.currentData()
        self.trades = self.session.trades()
        self.trade_combo.blockSignals(True)
        self.trade_combo.clear()
        for t in self.trades:
            self.trade_combo.addItem(f"{t.name} · {t.code}", t.id)
        self.trade_combo.setCurrentIndex(max(self.trade_combo.findData(current), 0))
        self.trade_combo.blockSignals(False)
        self.dirty = False
        self._show_trade()

    def select_trade(self, code: str) -> None:
        i = next(i for i, t in enumerate(self.trades) if t.code == code)
        self.trade_combo.setCurrentIndex(i)

    def _trade_chosen(self) -> None:
        if (
            self.dirty
            and self.trade is not None
            and not prompts.confirm(
                self,
                self.tr("放弃修改"),
                self.tr("“%1”的规则修改尚未保存，放弃这些修改？").replace("%1", self.trade.name),
            )
        ):
            self.trade_combo.blockSignals(True)
            self.trade_combo.setCurrentIndex(max(self.trade_combo.findData(self.trade.id), 0))
            self.trade_combo.blockSignals(False)
            return
        self.dirty = False
        self._show_trade()

    def _show_trade(self) -> None:
        self.trade = next((t for t in self.trades if t.id == self.trade_combo.currentData()), None)
        self.messages.clear()
        if self.trade is None:
            return
        t = self.trade
        self.name_edit.setText(t.name)
        self.groups_edit.setText("、".join(t.groups))
        self.preset_label.setText(
            self.tr("创建时的预设：%1").replace(
                "%1", domain_label(PRESET_LABELS.get(t.preset, t.preset)) or self.tr("无")
            )
        )
        self.editor.set_mapping(rules_to_mapping(t.rules))
        allowed = self.can("settings")
        read_only = t.locked or not allowed
        self.editor.set_read_only(read_only)
        self.name_edit.setReadOnly(read_only)
        self.groups_edit.setReadOnly(read_only)
        self.options_button.setEnabled(allowed)
        self.banner.setVisible(read_only)
        self.banner_text.setText(
            self.tr("本工种成绩已锁定，规则只读。解锁后才能修改。")
            if t.locked
            else self.tr("当前用户无权修改工种设置，规则只读。")
        )
        self.dirty = False
        self._check()
        self.run_preview()

    # -- editing ----------------------------------------------------------------------------------
    def _edited(self, *_: Any) -> None:
        self.dirty = True
        self._check()
        if self.valid:
            self.preview_timer.start()

    def _check(self) -> bool:
        """Check the rules being edited; show every problem in words, next to its cell too."""
        try:
            rules_from_mapping(self.editor.mapping(), where=self.trade.code if self.trade else "")
        except ValidationError as e:
            self.valid = False
            self.editor.show_problems(e.problems)
            lines = [
                f"• {describe_location(p.location)}：{service_text(p.reason)}"
                for p in e.problems[:8]
            ]
            if len(e.problems) > 8:
                lines.append(self.tr("……另有 %1 处").replace("%1", str(len(e.problems) - 8)))
            self.validity.setText(
                counted(self.tr("规则有 %1 处问题，改正后才能保存："), {"%1": len(e.problems)})
                + "\n"
                + "\n".join(lines)
            )
            self.validity.setObjectName("FieldError")
        else:
            self.valid = True
            self.editor.show_problems([])
            self.validity.setText(
                self.tr("✓ 规则有效") + (self.tr("（有未保存的修改）") if self.dirty else "")
            )
            self.validity.setObjectName("FieldOk")
        self.validity.style().unpolish(self.validity)
        self.validity.style().polish(self.validity)
        locked = bool(self.trade and self.trade.locked) or not self.can("settings")
        self.save_button.setEnabled(self.valid and self.dirty and not locked)
        self.revert_button.setEnabled(self.dirty)
        return self.valid

    def revert(self) -> None:
        self.dirty = False
        self._show_trade()

    # -- preview (off the UI thread) -----------------------------------------------------------------
    def run_preview(self) -> None:
        if self.trade is None or not self.valid:
            return
        self._generation += 1
        generation = self._generation
        ctx, trade_id, mapping = self.session.ctx, self.trade.id, self.editor.mapping()
        self.preview_task = run_task(
            self,
            lambda progress: preview_results(ctx, trade_id, mapping),
            lambda result: self._show_preview(result, mapping, generation),
            label=self.tr("正在计算预览……"),
            on_error=self._preview_failed,
            show_after_ms=1500,
        )

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview_summary.setText(self.tr("无法预览：") + error_text(exc))

    def _show_preview(self, result: TradeResult, mapping: dict[str, Any], generation: int) -> None:
        if generation != self._generation:
            return  # the rules changed again meanwhile
        self.preview = result
        rules = rules_from_mapping(mapping)
        self.preview_model.set_result(
            rules, result.rows, with_group=bool(self.trade and self.trade.groups)
        )
        apply_widths(self.preview_table, self.preview_model.columns)
        counts: dict[str, int] = {}
        for r in result.rows:
            if r.award:
                counts[r.award] = counts.get(r.award, 0) + 1
        ranked = sum(1 for r in result.rows if r.rank is not None)
        text = (
            self.tr("已排名 %1 / %2 人")
            .replace("%1", str(ranked))
            .replace("%2", str(len(result.rows)))
        )
        if counts:
            text += self.tr("；") + self.tr("，").join(
                self.tr("%1 %2 人").replace("%1", name).replace("%2", str(n))
                for name, n in counts.items()
            )
        self.preview_summary.setText(text)

    # -- saving ---------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.trade is None or not self._check():
            return False
        try:
            saved = update_trade(
                self.session.ctx,
                self.trade.id,
                name=self.name_edit.text(),
                rules_mapping=self.editor.mapping(),
                groups=split_groups(self.groups_edit.text()),
            )
        except UserError as e:
            self.show_error(e)
            return False
        self.dirty = False
        self.trades = [saved if t.id == saved.id else t for t in self.trades]
        self.trade = saved
        self.trade_combo.setItemText(
            self.trade_combo.currentIndex(), f"{saved.name} · {saved.code}"
        )
        self._check()
        self.show_info(self.tr("已保存“%1”的规则。").replace("%1", saved.name))
        self.notify_others()
        return True

    # -- adding and removing trades ---------------------------------------------------------------
    def add_trade(self) -> AddTradeDialog | None:
        if not self.allowed("settings"):
            return None
        dialog = AddTradeDialog(self.session.ctx, self.session.event_id, self)

        def added() -> None:
            assert dialog.saved is not None
            self.notify_others()
            self.reload()
            self.select_trade(dialog.saved.code)
            self.show_info(self.tr("已添加工种“%1”。").replace("%1", dialog.saved.name))

        dialog.accepted.connect(added)
        dialog.open()
        return dialog

    def remove_trade(self) -> bool:
        """Remove the chosen trade after saying what goes with it; marks need a confirmation."""
        if self.trade is None or not self.allowed("settings"):
            return False
        try:
            held = trade_contents(self.session.ctx, self.trade.id)
        except UserError as e:
            self.show_error(e)
            return False
        text = self.tr("删除工种“%1”（%2）？").replace("%1", held.name).replace("%2", held.code)
        if held.contestants or held.marks:
            text += counted(
                self.tr("其 %1 名选手和 %2 个已录入的分数将一并删除，不能恢复（删除记入审计）。"),
                {"%1": held.contestants, "%2": held.marks},
            )
        if not prompts.confirm(self, self.tr("删除工种"), text):
            return False
        try:
            remove_trade(self.session.ctx, held.trade_id, agreed_marks=held.marks)
        except UserError as e:
            self.show_error(e)
            return False
        self.trade = None
        self.notify_others()
        self.reload()
        self.show_info(self.tr("已删除工种“%1”。").replace("%1", held.name))
        return True

    # -- contest-day options ----------------------------------------------------------------------------
    def open_options(self) -> TradeOptionsDialog | None:
        if self.trade is None or not self.allowed("settings"):
            return None
        dialog = TradeOptionsDialog(self.session.ctx, self.trade, self)
        trade = self.trade

        def saved() -> None:
            self.show_info(self.tr("已保存“%1”的赛务选项。").replace("%1", trade.name))
            self.session.notify()

        dialog.accepted.connect(saved)
        self.options_dialog = dialog
        dialog.open()
        return dialog

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def save_state(self) -> None:
        super().save_state()
        preferences.save_splitter("trades", self.splitter)
