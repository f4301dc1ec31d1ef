"""Adding a trade after the wizard: code, name, rules preset and groups, in one small form."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.domain.presets import PRESET_LABELS, PRESETS
from competition_app.services.context import Context
from competition_app.services.setup.trade_list import add_trade
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.common.form_dialog import Buttons, accept_buttons, error_label
from competition_app.ui.window.crash_reporting import user_error_text
from competition_app.ui.window.translation import domain_label


def split_groups(text: str) -> list[str]:
    return [g.strip() for g in re.split(r"[、,，;；\s]+", text) if g.strip()]


class AddTradeDialog(QDialog):
    """Add writes the trade through add_trade (audited); a refusal stays in the dialog.
    `saved` is the new trade."""

    def __init__(self, ctx: Context, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.event_id = ctx, event_id
        self.saved: TradeInfo | None = None
        self.setWindowTitle(self.tr("添加工种"))
        self.setMinimumWidth(480)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("字母、数字、下划线，如 welder"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("如 焊工"))
        self.preset = QComboBox()
        for key in PRESETS:
            self.preset.addItem(f"{key}：{domain_label(PRESET_LABELS.get(key, key))}", key)
        self.groups = QLineEdit()
        self.groups.setPlaceholderText(self.tr("如：职工组、学生组（留空则不分组）"))
        form = QFormLayout()
        form.addRow(self.tr("代码 *"), self.code)
        form.addRow(self.tr("名称 *"), self.name)
        form.addRow(self.tr("规则预设"), self.preset)
        form.addRow(self.tr("组别"), self.groups)
        self.error = error_label("ErrorText")
        buttons, self.ok_button = accept_buttons(
            self, self.tr("添加"), self.tr("取消"), self.save, accept=Buttons.Ok
        )
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("新工种按所选预设建立评分规则，添加后可在本页修改。")))
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def save(self) -> bool:
        try:
            self.saved = add_trade(
                self.ctx,
                self.event_id,
                self.code.text(),
                self.name.text(),
                str(self.preset.currentData()),
                tuple(split_groups(self.groups.text())),
            )
        except UserError as e:
            self.error.setText(user_error_text(e))
            self.error.show()
            return False
        self.accept()
        return True
