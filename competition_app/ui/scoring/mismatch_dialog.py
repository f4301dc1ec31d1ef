"""The chief judge settles the marks whose two passes disagree (复核不一致): pick the value from
the paper score sheet, give the grounds; each settlement is audited with both passes."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.domain.marks import plain, read_number
from competition_app.domain.wording import counted
from competition_app.services.context import Context
from competition_app.services.registration.judges import list_judges
from competition_app.services.scoring.verification import (
    Mismatch,
    resolve_mismatch,
    verification_status,
)
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.common.form_dialog import error_label
from competition_app.ui.common.table_support import (
    RIGHT,
    TableColumn,
    TupleTableModel,
    apply_widths,
    make_table,
)
from competition_app.ui.window.crash_reporting import error_text


class MismatchTableModel(TupleTableModel):
    """One row per mismatch; the payload is the Mismatch."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                TableColumn("who", self.tr("选手/工件"), 90),
                TableColumn("criterion", self.tr("评分项"), 120),
                TableColumn("judge", self.tr("裁判"), 70),
                TableColumn("first", self.tr("第1遍"), 70, RIGHT),
                TableColumn("first_by", self.tr("录入人"), 80),
                TableColumn("second", self.tr("第2遍"), 70, RIGHT),
                TableColumn("second_by", self.tr("录入人"), 80, stretch=True),
            ],
            parent,
        )


class MismatchDialog(QDialog):
    """Lists the mismatches of a trade; `resolve()` settles the selected one.

    `resolved` counts the marks settled while the dialog was open.
    """

    def __init__(
        self, ctx: Context, trade: TradeInfo, *, may_resolve: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.trade = ctx, trade
        self.resolved = 0
        self.setWindowTitle(self.tr("复核不一致 · %1").replace("%1", trade.name))
        self.resize(760, 480)
        self.criteria = {c.code: c.name for c in trade.rules.criteria}
        self.judges = {j.id: j.code for j in list_judges(ctx, trade.event_id)}
        self.model = MismatchTableModel(self)
        self.table = make_table(self, sortable=False)
        self.table.setModel(self.model)
        apply_widths(self.table, self.model.columns)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.first = QRadioButton()
        self.second = QRadioButton()
        self.other = QRadioButton(self.tr("其他"))
        group = QButtonGroup(self)
        for b in (self.first, self.second, self.other):
            group.addButton(b)
        self.other_value = QLineEdit()
        self.other_value.setMaximumWidth(90)
        self.other_value.textEdited.connect(lambda _t: self.other.setChecked(True))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("依据，如：核对原始评分表"))
        self.error = error_label()
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("有效分数：")))
        pick.addWidget(self.first)
        pick.addWidget(self.second)
        pick.addWidget(self.other)
        pick.addWidget(self.other_value)
        pick.addStretch(1)
        reason = QHBoxLayout()
        reason.addWidget(QLabel(self.tr("依据 *")))
        reason.addWidget(self.reason, 1)
        buttons = QDialogButtonBox()
        self.resolve_button = buttons.addButton(
            self.tr("裁定所选"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.resolve_button.setObjectName("Primary")
        self.resolve_button.clicked.connect(lambda: self.resolve())
        self.resolve_button.setVisible(may_resolve)
        close = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.accept)
        self.summary = QLabel()
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        if may_resolve:
            lay.addLayout(pick)
            lay.addLayout(reason)
        else:
            note = QLabel(self.tr("只有裁判长可以裁定不一致的分数。"))
            note.setObjectName("Muted")
            lay.addWidget(note)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        status = verification_status(self.ctx, self.trade.id)
        rows = [
            (
                m.label,
                self.criteria.get(m.criterion, m.criterion),
                self.judges.get(m.judge_id, "—") if m.judge_id else "—",
                plain(m.first),
                m.first_by,
                plain(m.second),
                m.second_by,
            )
            for m in status.mismatches
        ]
        self.model.set_rows(rows, list(status.mismatches))
        n = status.counts
        self.summary.setText(
            counted(self.tr("不一致 %1 处 · 已核对 %2 / %3"), {"%1": n.mismatched})
            .replace("%2", str(n.verified))
            .replace("%3", str(n.expected))
        )
        if rows:
            self.table.selectRow(0)
        self._chosen()

    def selected(self) -> Mismatch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.payload(rows[0].row()) if rows else None

    def _chosen(self) -> None:
        m = self.selected()
        self.resolve_button.setEnabled(m is not None)
        for b in (self.first, self.second, self.other):
            b.setEnabled(m is not None)
        if m is not None:
            self.first.setText(self.tr("第1遍 %1").replace("%1", plain(m.first)))
            self.second.setText(self.tr("第2遍 %1").replace("%1", plain(m.second)))

    def resolve(self) -> bool:
        m = self.selected()
        if m is None:
            return False
        try:
            value: Decimal | None = None
            if self.first.isChecked():
                value = m.first
            elif self.second.isChecked():
                value = m.second
            elif self.other.isChecked():
                value = read_number(self.other_value.text())  # read once; the service checks it
            if value is None:
                self.error.setText(self.tr("请选择有效分数"))
                self.error.show()
                return False
            resolve_mismatch(
                self.ctx,
                m.contestant_id,
                m.criterion,
                value,
                judge_id=m.judge_id,
                reason=self.reason.text(),
            )
        except UserError as e:
            self.error.setText(error_text(e))
            self.error.show()
            return False
        self.error.hide()
        self.resolved += 1
        self.other_value.clear()
        self.refresh()
        return True
