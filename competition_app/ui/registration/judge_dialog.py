"""Adding or editing one judge: code, name, unit, role and the trades the judge marks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.services.registration.judge_roster import ROLES, add_judge, update_judge
from competition_app.services.registration.judges import JudgeInfo
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.common.form_dialog import FieldsDialog
from competition_app.ui.registration.judge_model import role_label
from competition_app.ui.window.session import EventSession


class JudgeDialog(FieldsDialog):
    """Add (judge None) or edit a judge; problems from the service appear beside the fields."""

    def __init__(
        self,
        session: EventSession,
        trades: list[TradeInfo],
        judge: JudgeInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.original = judge
        self.saved: JudgeInfo | None = None
        self.setWindowTitle(self.tr("编辑裁判") if judge else self.tr("新增裁判"))
        self.setMinimumWidth(420)
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.unit = QLineEdit()
        self.role = QComboBox()
        for r in ROLES:
            self.role.addItem(role_label(r), r)
        self.trades = QListWidget()
        self.trades.setMaximumHeight(140)
        for t in trades:
            item = QListWidgetItem(f"{t.name}（{t.code}）")
            item.setData(Qt.ItemDataRole.UserRole, t.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked
                if judge and t.code in judge.trades
                else Qt.CheckState.Unchecked
            )
            self.trades.addItem(item)
        rows: list[tuple[str, str, QWidget]] = [
            ("code", self.tr("编号 *"), self.code),
            ("name", self.tr("姓名 *"), self.name),
            ("unit", self.tr("单位"), self.unit),
            ("role", self.tr("角色"), self.role),
            ("trades", self.tr("执裁工种"), self.trades),
        ]
        self._lay_out(rows, self.tr("保存"), self.tr("取消"))
        if judge is not None:
            self.code.setText(judge.code)
            self.name.setText(judge.name)
            self.unit.setText(judge.unit)
            self.role.setCurrentIndex(max(self.role.findData(judge.role), 0))
        self.code.textChanged.connect(self._check_live)
        self.name.textChanged.connect(self._check_live)
        self._check_live()

    def set_trades(self, codes: list[str]) -> None:
        for i in range(self.trades.count()):
            item = self.trades.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_trades(self) -> tuple[str, ...]:
        return tuple(
            str(self.trades.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.trades.count())
            if self.trades.item(i).checkState() == Qt.CheckState.Checked
        )

    def _check_live(self) -> bool:
        code_ok, name_ok = bool(self.code.text().strip()), bool(self.name.text().strip())
        self._set_error("code", "" if code_ok else self.tr("编号为空"))
        self._set_error("name", "" if name_ok else self.tr("姓名为空"))
        self.save_button.setEnabled(code_ok and name_ok)
        return code_ok and name_ok

    def info(self) -> JudgeInfo:
        return JudgeInfo(
            self.original.id if self.original else 0,
            self.code.text().strip(),
            self.name.text().strip(),
            self.unit.text().strip(),
            str(self.role.currentData()),
            self.chosen_trades(),
        )

    def save(self) -> None:
        if not self._check_live():
            return
        self.general_error.hide()
        try:
            if self.original is None:
                self.saved = add_judge(self.session.ctx, self.session.event_id, self.info())
            else:
                self.saved = update_judge(self.session.ctx, self.info())
        except UserError as e:
            self._show_refusal(e)
            return
        self.accept()
