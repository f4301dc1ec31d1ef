"""Dialogs of the appeals page: record an appeal (refused after the window), decide it, and
change marks because of an upheld appeal. Each calls its service and shows a refusal inline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.domain.marks import plain
from competition_app.services.context import Context
from competition_app.services.integrity.appeals import (
    AppealChange,
    AppealInfo,
    AppealOutcome,
    apply_appeal_change,
    decide_appeal,
    record_appeal,
)
from competition_app.services.registration.contestants import ContestantInfo
from competition_app.services.scoring.score_grid import GridColumn, GridRow
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.common.form_dialog import Buttons, accept_buttons, error_label
from competition_app.ui.setup.trade_options_dialog import from_qt, to_qt
from competition_app.ui.window.crash_reporting import error_text


class _ServiceDialog(QDialog):
    """A dialog with an inline error line and OK / Cancel; OK runs `save()`."""

    def _finish(self, lay: QVBoxLayout, ok_text: str) -> None:
        self.error = error_label()
        box, self.ok_button = accept_buttons(
            self, ok_text, self.tr("取消"), self.save, accept=Buttons.Ok
        )
        lay.addWidget(self.error)
        lay.addWidget(box)

    def refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        raise NotImplementedError


class RecordAppealDialog(_ServiceDialog):
    """登记申诉: who, when it was received (now by default) and the grounds."""

    def __init__(
        self,
        ctx: Context,
        event_id: int,
        trade: TradeInfo,
        contestants: Sequence[ContestantInfo],
        deadline: datetime | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.event_id, self.trade = ctx, event_id, trade
        self.saved: AppealInfo | None = None
        self.setWindowTitle(self.tr("登记申诉 · %1").replace("%1", trade.name))
        self.setMinimumWidth(480)
        self.contestant = QComboBox()
        self.contestant.setEditable(True)
        self.contestant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for c in contestants:
            self.contestant.addItem(f"{c.number} {c.name}（{c.unit}）", c.number)
        self.received = QDateTimeEdit(QDateTime.currentDateTime())
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("申诉事由，如：第 3 项“尺寸精度”测量有误"))
        self.reason.setMaximumHeight(100)
        limit = (
            self.tr("申诉截止：%1").replace("%1", deadline.strftime("%Y-%m-%d %H:%M"))
            if deadline
            else self.tr("本工种未设置结束时间，无法判断申诉时限")
        )
        self.deadline = QLabel(limit)
        self.deadline.setObjectName("Muted")
        form = QFormLayout()
        form.addRow(self.tr("申诉选手"), self.contestant)
        form.addRow(self.tr("收到时间"), self.received)
        form.addRow("", self.deadline)
        form.addRow(self.tr("事由 *"), self.reason)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        self._finish(lay, self.tr("登记"))

    def set_received(self, when: datetime) -> None:
        self.received.setDateTime(to_qt(when))

    def choose(self, number: str) -> None:
        self.contestant.setCurrentIndex(self.contestant.findData(number))

    def save(self) -> None:
        number = self.contestant.currentData()
        if number is None:
            self.refuse(self.tr("请选择申诉选手"))
            return
        try:
            self.saved = record_appeal(
                self.ctx,
                self.event_id,
                self.trade.code,
                str(number),
                self.reason.toPlainText(),
                received_at=from_qt(self.received.dateTime()),
            )
        except UserError as e:
            self.refuse(error_text(e))
            return
        self.accept()


class DecideDialog(_ServiceDialog):
    """The chief judge's (arbitration's) ruling: upheld or rejected, with the grounds."""

    def __init__(self, ctx: Context, appeal: AppealInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.appeal = ctx, appeal
        self.saved: AppealInfo | None = None
        self.setWindowTitle(self.tr("裁定申诉 %1").replace("%1", str(appeal.id)))
        self.setMinimumWidth(460)
        about = QLabel(
            self.tr("选手 %1 %2：%3")
            .replace("%1", appeal.number)
            .replace("%2", appeal.name)
            .replace("%3", appeal.reason)
        )
        about.setWordWrap(True)
        self.upheld = QRadioButton(self.tr("申诉成立（可据此修改分数）"))
        self.rejected = QRadioButton(self.tr("驳回"))
        group = QButtonGroup(self)
        group.addButton(self.upheld)
        group.addButton(self.rejected)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("裁定理由，如：经复测，尺寸精度应为 18 分"))
        self.note.setMaximumHeight(100)
        lay = QVBoxLayout(self)
        lay.addWidget(about)
        row = QHBoxLayout()
        row.addWidget(self.upheld)
        row.addWidget(self.rejected)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(QLabel(self.tr("裁定理由 *")))
        lay.addWidget(self.note)
        self._finish(lay, self.tr("裁定"))

    def save(self) -> None:
        if not (self.upheld.isChecked() or self.rejected.isChecked()):
            self.refuse(self.tr("请选择“申诉成立”或“驳回”"))
            return
        decision = "upheld" if self.upheld.isChecked() else "rejected"
        try:
            self.saved = decide_appeal(self.ctx, self.appeal.id, decision, self.note.toPlainText())
        except UserError as e:
            self.refuse(error_text(e))
            return
        self.accept()


class ChangeMarksDialog(_ServiceDialog):
    """The marks of the appellant to change: pick a cell, type the new value, add; then apply.
    `outcome` holds what moved (ranks, awards, totals) once applied."""

    def __init__(
        self,
        ctx: Context,
        appeal: AppealInfo,
        columns: Sequence[GridColumn],
        row: GridRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.appeal = ctx, appeal
        self.outcome: AppealOutcome | None = None
        self.changes: list[AppealChange] = []
        self.setWindowTitle(self.tr("据申诉 %1 修改分数").replace("%1", str(appeal.id)))
        self.setMinimumWidth(520)
        self.cell = QComboBox()
        for i, col in enumerate(columns):
            if col.kind == "time":
                continue
            judge = f" · {col.judge_code} {col.judge_name}" if col.judge_code else ""
            now = plain(row.values[i]) if row.values[i] is not None else self.tr("未录")
            self.cell.addItem(
                self.tr("%1%2（现为 %3）")
                .replace("%1", col.name)
                .replace("%2", judge)
                .replace("%3", now),
                col,
            )
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("新分数"))
        self.value.setMaximumWidth(100)
        add = QPushButton(self.tr("加入"))
        add.clicked.connect(lambda: self.add_change())
        pick = QHBoxLayout()
        pick.addWidget(self.cell, 1)
        pick.addWidget(self.value)
        pick.addWidget(add)
        self.list = QListWidget()
        self.list.setMaximumHeight(120)
        remove = QPushButton(self.tr("移除所选"))
        remove.clicked.connect(self.remove_selected)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "选手 %1 %2。修改记入审计日志（原因：申诉 %3 的裁定），并显示名次与奖项的变化。"
            )
            .replace("%1", appeal.number)
            .replace("%2", appeal.name)
            .replace("%3", str(appeal.id))
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lay.addLayout(pick)
        lay.addWidget(self.list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(remove)
        lay.addLayout(row)
        self._finish(lay, self.tr("修改分数"))

    def remove_selected(self) -> None:
        i = self.list.currentRow()
        if 0 <= i < len(self.changes):
            del self.changes[i]
            self.list.takeItem(i)

    def add_change(self, index: int | None = None, value: str | None = None) -> bool:
        if index is not None:
            self.cell.setCurrentIndex(index)
        if value is not None:
            self.value.setText(value)
        col = self.cell.currentData()
        text = self.value.text().strip()
        if not isinstance(col, GridColumn) or not text:
            self.refuse(self.tr("请选择评分项并填写新分数"))
            return False
        self.changes.append(AppealChange(self.appeal.number, col.code, text, col.judge_id))
        self.list.addItem(
            self.cell.currentText().split("（")[0] + self.tr(" → %1").replace("%1", text)
        )
        self.value.clear()
        self.error.hide()
        return True

    def save(self) -> None:
        if self.value.text().strip() and not self.add_change():
            return
        try:
            self.outcome = apply_appeal_change(self.ctx, self.appeal.id, self.changes)
        except UserError as e:
            self.refuse(error_text(e))
            return
        self.accept()
