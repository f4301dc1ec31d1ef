"""Adding or editing one contestant, with each field checked as it is typed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from competition_app.domain.entries import STATUSES
from competition_app.domain.errors import UserError
from competition_app.domain.id_number import validate_id_number
from competition_app.services.registration.contestants import (
    ContestantInfo,
    add_contestant,
    update_contestant,
)
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.common.form_dialog import FieldsDialog
from competition_app.ui.window.session import EventSession
from competition_app.ui.window.translation import status_label

FIELDS = ("number", "name", "gender", "trade", "group", "unit", "team", "id_number", "status")


class ContestantDialog(FieldsDialog):
    """Add (info None) or edit a contestant; saving goes through the service, which has the last word
    (duplicate entry numbers, locked trades), and its problems are shown beside the fields."""

    def __init__(
        self,
        session: EventSession,
        trades: list[TradeInfo],
        info: ContestantInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.original = info
        self.saved: ContestantInfo | None = None
        self.setWindowTitle(self.tr("编辑选手") if info else self.tr("新增选手"))
        self.setMinimumWidth(460)
        self.trades = trades
        self.number = QLineEdit()
        self.name = QLineEdit()
        self.gender = QComboBox()
        for value, label in (
            ("", self.tr("（未填）")),
            ("男", self.tr("男")),
            ("女", self.tr("女")),
        ):
            self.gender.addItem(label, value)
        self.trade = QComboBox()
        for t in trades:
            self.trade.addItem(t.name, t.code)
        self.group = QComboBox()
        self.group.setEditable(True)
        self.unit = QLineEdit()
        self.team = QLineEdit()
        self.team.setPlaceholderText(self.tr("留空则与单位相同"))
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(18)
        self.status = QComboBox()
        for s in STATUSES:
            self.status.addItem(status_label(s), s)
        rows = [
            ("number", self.tr("参赛证号 *"), self.number),
            ("name", self.tr("姓名 *"), self.name),
            ("gender", self.tr("性别"), self.gender),
            ("trade", self.tr("工种 *"), self.trade),
            ("group", self.tr("组别"), self.group),
            ("unit", self.tr("单位"), self.unit),
            ("team", self.tr("代表队"), self.team),
            ("id_number", self.tr("身份证号"), self.id_number),
            ("status", self.tr("状态"), self.status),
        ]
        form = self._lay_out(rows, self.tr("保存"), self.tr("取消"))
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        self.trade.currentIndexChanged.connect(self._fill_groups)
        self.number.textChanged.connect(self._check_live)
        self.name.textChanged.connect(self._check_live)
        self.id_number.textChanged.connect(self._check_live)
        self._fill_groups()
        if info is not None:
            self.number.setText(info.number)
            self.name.setText(info.name)
            self.gender.setCurrentIndex(max(self.gender.findData(info.gender), 0))
            self.trade.setCurrentIndex(max(self.trade.findData(info.trade_code), 0))
            self.group.setCurrentText(info.group)
            self.unit.setText(info.unit)
            self.team.setText("" if info.team == info.unit else info.team)
            self.id_number.setText(info.id_number)
            self.status.setCurrentIndex(max(self.status.findData(info.status), 0))
        self._check_live()

    def _fill_groups(self) -> None:
        current = self.group.currentText()
        self.group.clear()
        trade = next((t for t in self.trades if t.code == self.trade.currentData()), None)
        self.group.addItem("")
        for g in trade.groups if trade else ():
            self.group.addItem(g)
        self.group.setCurrentText(current)

    def _check_live(self) -> bool:
        """Check what can be checked without the database; True when nothing is wrong."""
        problems = {
            "number": "" if self.number.text().strip() else self.tr("参赛证号为空"),
            "name": "" if self.name.text().strip() else self.tr("姓名为空"),
            "id_number": "",
        }
        id_text = self.id_number.text().strip()
        if id_text:
            problems["id_number"] = validate_id_number(id_text) or ""
        for key, text in problems.items():
            self._set_error(key, text)
        ok = not any(problems.values())
        self.save_button.setEnabled(ok)
        return ok

    def info(self) -> ContestantInfo:
        unit = self.unit.text().strip()
        trade = next((t for t in self.trades if t.code == self.trade.currentData()), None)
        base = self.original or ContestantInfo(0, "", "", "", "")
        return base._replace(
            number=self.number.text().strip(),
            name=self.name.text().strip(),
            gender=str(self.gender.currentData() or ""),
            trade_code=str(self.trade.currentData() or ""),
            trade_name=trade.name if trade else "",
            group=self.group.currentText().strip(),
            unit=unit,
            team=self.team.text().strip() or unit,
            id_number=self.id_number.text().strip().upper(),
            status=str(self.status.currentData()),
        )

    def save(self) -> None:
        if not self._check_live():
            return
        self.general_error.hide()
        ctx = self.session.ctx
        try:
            if self.original is None:
                self.saved = add_contestant(ctx, self.session.event_id, self.info())
            else:
                self.saved = update_contestant(ctx, self.info())
        except UserError as e:
            self._show_refusal(e)
            return
        self.accept()
