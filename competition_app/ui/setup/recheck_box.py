"""The re-check settings of a trade's rules (抽样复核): whether the lock waits for it, the top N
re-checked in full, the sample's share and the error rate past which everyone is re-checked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QSpinBox, QWidget


class RecheckBox(QGroupBox):
    """Edits the `recheck` table of the rules mapping; values are checked by rules_from_mapping.

    Signals:
        changed(): a setting was edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("抽样复核"))
        self.required = QCheckBox(self.tr("锁定成绩前须完成抽样复核"))
        self.top = QSpinBox()
        self.top.setRange(0, 1000)
        self.top.setSuffix(self.tr(" 名（各组）全部复核"))
        self.share = QLineEdit()
        self.share.setToolTip(self.tr("其余选手中随机抽查的比例，如 0.15（向上取整）"))
        self.error_rate = QLineEdit()
        self.error_rate.setToolTip(self.tr("抽查差错率超过此比例（如 0.05）时全部复核"))
        form = QFormLayout(self)
        form.addRow("", self.required)
        form.addRow(self.tr("前"), self.top)
        form.addRow(self.tr("抽查比例"), self.share)
        form.addRow(self.tr("差错率上限"), self.error_rate)
        self.required.toggled.connect(lambda _on: self.changed.emit())
        self.top.valueChanged.connect(lambda _n: self.changed.emit())
        for edit in (self.share, self.error_rate):
            edit.textChanged.connect(lambda _t: self.changed.emit())

    def set_recheck(self, table: dict[str, Any]) -> None:
        self.required.setChecked(bool(table.get("required", False)))
        self.top.setValue(int(table.get("top", 10)))
        self.share.setText(str(table.get("share", "0.15")))
        self.error_rate.setText(str(table.get("error_rate", "0.05")))

    def recheck(self) -> dict[str, Any]:
        return {
            "required": self.required.isChecked(),
            "top": self.top.value(),
            "share": self.share.text().strip(),
            "error_rate": self.error_rate.text().strip(),
        }

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.required, self.top, self.share, self.error_rate):
            w.setEnabled(not read_only)
