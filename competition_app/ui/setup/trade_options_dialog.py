"""A trade's contest-day options: blind marking, verified entry (复核), session capacities for the
draw, the sessions' start times (late check-in), the end time and the appeal window. Saved through
set_trade_options (audited)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.appeals import appeal_deadline
from competition_app.domain.errors import UserError
from competition_app.domain.late_arrival import format_session_starts, parse_session_starts
from competition_app.domain.lot_drawing import parse_capacities
from competition_app.services.context import Context
from competition_app.services.setup.trade_options import (
    TradeOptions,
    marks_in_trade,
    set_trade_options,
    trade_options,
)
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.common.form_dialog import Buttons, accept_buttons, error_label
from competition_app.ui.window.crash_reporting import error_text


def to_qt(when: datetime) -> QDateTime:
    return QDateTime(when.year, when.month, when.day, when.hour, when.minute, when.second)


def from_qt(when: QDateTime) -> datetime:
    d, t = when.date(), when.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class TradeOptionsDialog(QDialog):
    """Edits the options of one trade; `saved` holds them once accepted."""

    def __init__(self, ctx: Context, trade: TradeInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.trade = ctx, trade
        self.saved: TradeOptions | None = None
        self.options = trade_options(ctx, trade.id)
        o = self.options
        self.setWindowTitle(self.tr("赛务选项 · %1").replace("%1", trade.name))
        self.setMinimumWidth(480)
        self.blind = QCheckBox(self.tr("盲评：裁判只见工件号，不见姓名、参赛证号和单位"))
        self.blind.setChecked(o.blind)
        self.double_entry = QCheckBox(self.tr("复核录入：每个分数由两人各录一遍，一致才生效"))
        self.double_entry.setChecked(o.double_entry)
        self.capacities = QLineEdit(",".join(str(c) for c in o.lot_capacities))
        self.capacities.setPlaceholderText(self.tr("如 20,20,10 或 3x20；留空：一场"))
        self.session_starts = QLineEdit(format_session_starts(o.session_starts))
        self.session_starts.setPlaceholderText(
            self.tr("如 2022-07-20 08:30, 13:30；留空：不判迟到")
        )
        self.session_starts.setToolTip(
            self.tr("每场一个，按场次顺序；同一天的可只写时刻。场次开始后才检录的选手记为迟到。")
        )
        self.has_end = QCheckBox(self.tr("已确定"))
        self.has_end.setToolTip(self.tr("取消勾选即清除结束时间；未设置结束时间时不能登记申诉"))
        self.ends_at = QDateTimeEdit()
        self.ends_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.ends_at.setCalendarPopup(True)
        self.ends_at.setDateTime(
            to_qt(o.ends_at) if o.ends_at else QDateTime.currentDateTime().addSecs(3600)
        )
        self.has_end.setChecked(o.ends_at is not None)
        self.ends_at.setEnabled(o.ends_at is not None)
        self.has_end.toggled.connect(self.ends_at.setEnabled)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 240)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(self.tr(" 小时"))
        self.hours.setValue(float(o.appeal_hours))
        self.deadline = QLabel()
        self.deadline.setObjectName("Muted")
        self.ends_at.dateTimeChanged.connect(self._show_deadline)
        self.hours.valueChanged.connect(self._show_deadline)
        self.has_end.toggled.connect(self._show_deadline)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.ends_at, 1)
        form = QFormLayout()
        form.addRow(self.tr("评分方式"), self.blind)
        form.addRow("", self.double_entry)
        form.addRow(self.tr("抽签场次容量"), self.capacities)
        form.addRow(self.tr("各场开始时间"), self.session_starts)
        form.addRow(self.tr("比赛结束时间"), end_row)
        form.addRow(self.tr("申诉时限"), self.hours)
        form.addRow("", self.deadline)
        self.error = error_label()
        note = QLabel(self.tr("盲评和复核须在录分前设定；工种锁定后只能修改结束时间和申诉时限。"))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        buttons, self.ok_button = accept_buttons(
            self, self.tr("保存"), self.tr("取消"), self.save, accept=Buttons.Ok
        )
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        if trade.locked:
            for w in (self.blind, self.double_entry, self.capacities, self.session_starts):
                w.setEnabled(False)
        else:
            self._wait_for_no_marks(marks_in_trade(ctx, trade.id))
        self._show_deadline()

    def _wait_for_no_marks(self, marked: int) -> None:
        """Once marks exist, blind marking stays as it is and verified entry cannot be switched
        on (the service refuses both): greyed, with the reason on the pointer."""
        if not marked:
            return
        why = self.tr("已有 %1 个分数：盲评和复核须在录分前设定").replace("%1", str(marked))
        self.blind.setEnabled(False)
        self.blind.setToolTip(why)
        if not self.double_entry.isChecked():
            self.double_entry.setEnabled(False)
            self.double_entry.setToolTip(why)

    def _show_deadline(self) -> None:
        if not self.has_end.isChecked():
            was = self.options.ends_at
            self.deadline.setText(
                self.tr("保存后将清除结束时间（原为 %1）；未设置结束时间时不能登记申诉").replace(
                    "%1", was.strftime("%Y-%m-%d %H:%M")
                )
                if was is not None
                else self.tr("未设置结束时间时不能登记申诉")
            )
            return
        end = from_qt(self.ends_at.dateTime())
        last = appeal_deadline(end, Decimal(str(self.hours.value())))
        self.deadline.setText(
            self.tr("申诉截止：%1").replace("%1", last.strftime("%Y-%m-%d %H:%M"))
        )

    def save(self) -> None:
        o = self.options
        try:
            caps = parse_capacities(self.capacities.text()) if self.capacities.text() else ()
            starts = parse_session_starts(self.session_starts.text())
            clear_end = not self.has_end.isChecked() and o.ends_at is not None
            self.saved = set_trade_options(
                self.ctx,
                self.trade.id,
                blind=self.blind.isChecked() if self.blind.isChecked() != o.blind else None,
                double_entry=(
                    self.double_entry.isChecked()
                    if self.double_entry.isChecked() != o.double_entry
                    else None
                ),
                lot_capacities=caps if caps != o.lot_capacities else None,
                session_starts=starts if starts != o.session_starts else None,
                ends_at=from_qt(self.ends_at.dateTime()) if self.has_end.isChecked() else None,
                clear_ends_at=clear_end,
                appeal_hours=Decimal(str(self.hours.value())),
            )
        except UserError as e:
            self.error.setText(error_text(e))
            self.error.show()
            return
        self.accept()
