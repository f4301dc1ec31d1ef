"""Dialogs of the judge assignment page: put a judge on a trade (and criteria panels), declare a
conflict between a judge and a contestant. Each calls its service and shows a refusal inline."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.services.context import Context
from competition_app.services.registration.contestants import ContestantInfo
from competition_app.services.registration.judges import JudgeInfo
from competition_app.services.scoring.recusal import JudgeAssignment, assign_judge, declare_conflict
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.registration.judge_model import role_label
from competition_app.ui.window.crash_reporting import error_text


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QLabel]:
    error = QLabel()
    error.setObjectName("FieldError")
    error.setWordWrap(True)
    error.hide()
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setObjectName("Primary")
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("AssignmentDialogs", "取消")
    )
    box.rejected.connect(dialog.reject)
    return box, error


class AssignDialog(QDialog):
    """A judge on a trade, marking every criterion or only those ticked (a criteria panel)."""

    def __init__(
        self,
        ctx: Context,
        trade: TradeInfo,
        judges: Sequence[JudgeInfo],
        current: JudgeAssignment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.trade = ctx, trade
        self.saved: JudgeAssignment | None = None
        self.setWindowTitle(
            self.tr("修改评分组") if current else self.tr("安排裁判 · %1").replace("%1", trade.name)
        )
        self.setMinimumWidth(440)
        self.judge = QComboBox()
        for j in judges:
            unit = f" · {j.unit}" if j.unit else ""  # a judge without a unit: no stray "·"
            self.judge.addItem(f"{j.code} {j.name} · {role_label(j.role)}{unit}", j.id)
        if current is not None:
            self.judge.setCurrentIndex(max(self.judge.findData(current.judge_id), 0))
            self.judge.setEnabled(False)
        self.every = QCheckBox(self.tr("评判全部评分项"))
        self.criteria = QListWidget()
        chosen = set(current.criteria) if current else set()
        for c in trade.rules.criteria:
            item = QListWidgetItem(f"{c.code}  {c.name}")
            item.setData(Qt.ItemDataRole.UserRole, c.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if c.code in chosen else Qt.CheckState.Unchecked
            )
            self.criteria.addItem(item)
        self.every.setChecked(not chosen)
        self.every.toggled.connect(lambda on: self.criteria.setEnabled(not on))
        self.criteria.setEnabled(bool(chosen))
        form = QFormLayout()
        form.addRow(self.tr("裁判"), self.judge)
        form.addRow(self.tr("评分组"), self.every)
        form.addRow("", self.criteria)
        box, self.error = _buttons(self, self.tr("保存"))
        box.accepted.connect(self.save)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(box)

    def set_criteria(self, codes: Sequence[str]) -> None:
        """Tick exactly these criteria (an empty list: every criterion)."""
        self.every.setChecked(not codes)
        for i in range(self.criteria.count()):
            item = self.criteria.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen_criteria(self) -> list[str]:
        if self.every.isChecked():
            return []
        return [
            str(self.criteria.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.criteria.count())
            if self.criteria.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        codes = self.chosen_criteria()
        if not self.every.isChecked() and not codes:
            self.error.setText(self.tr("请勾选至少一个评分项，或选择“评判全部评分项”"))
            self.error.show()
            return
        try:
            self.saved = assign_judge(self.ctx, int(self.judge.currentData()), self.trade.id, codes)
        except UserError as e:
            self.error.setText(error_text(e))
            self.error.show()
            return
        self.accept()


class ConflictDialog(QDialog):
    """登记回避: this judge must not mark this contestant, and why."""

    def __init__(
        self,
        ctx: Context,
        judges: Sequence[JudgeInfo],
        contestants: Sequence[ContestantInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("登记回避"))
        self.setMinimumWidth(480)
        self.judge = QComboBox()
        for j in judges:
            self.judge.addItem(f"{j.code} {j.name}" + (f"（{j.unit}）" if j.unit else ""), j.id)
        self.contestant = QComboBox()
        self.contestant.setEditable(True)  # type a number or a name to find someone
        self.contestant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for c in contestants:
            self.contestant.addItem(f"{c.number} {c.name}（{c.unit}）", c.id)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：亲属、师徒、曾为其教练"))
        form = QFormLayout()
        form.addRow(self.tr("裁判"), self.judge)
        form.addRow(self.tr("选手"), self.contestant)
        form.addRow(self.tr("原因 *"), self.reason)
        box, self.error = _buttons(self, self.tr("登记"))
        box.accepted.connect(self.save)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(box)

    def choose(self, judge_id: int, contestant_id: int) -> None:
        self.judge.setCurrentIndex(self.judge.findData(judge_id))
        self.contestant.setCurrentIndex(self.contestant.findData(contestant_id))

    def save(self) -> None:
        judge_id, contestant_id = self.judge.currentData(), self.contestant.currentData()
        if judge_id is None or contestant_id is None:
            self.error.setText(self.tr("请选择裁判和选手"))
            self.error.show()
            return
        try:
            declare_conflict(self.ctx, int(judge_id), int(contestant_id), self.reason.text())
        except UserError as e:
            self.error.setText(error_text(e))
            self.error.show()
            return
        self.accept()
