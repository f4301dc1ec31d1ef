"""The bar above the score grid: which trade and group, the missing-only and hide-names
filters, finding an entry number or work-piece code, and the 已录入 x / y counter."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from competition_app.ui.setup.trade_picker import TradeCombo


class GridBar(QWidget):
    """The controls only; the scoring page connects them to its grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trade_combo = TradeCombo()
        self.group_combo = QComboBox()
        self.group_combo.setMinimumWidth(100)
        # "All groups" in English is wider than 全部组别: never clipped
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.only_missing = QCheckBox(self.tr("只看未录完"))
        self.hide_names = QCheckBox(self.tr("隐藏姓名（盲评）"))
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("定位参赛证号，回车"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMaximumWidth(200)
        self.counter = QLabel()
        self.counter.setObjectName("Counter")
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(8)
        bar.addWidget(QLabel(self.tr("工种")))
        bar.addWidget(self.trade_combo)
        bar.addWidget(QLabel(self.tr("组别")))
        bar.addWidget(self.group_combo)
        bar.addWidget(self.only_missing)
        bar.addWidget(self.hide_names)
        bar.addWidget(self.find_edit)
        bar.addStretch(1)
        bar.addWidget(self.counter)

    def set_groups(self, groups: list[str]) -> None:
        """Offer the trade's groups, keeping the one chosen if the trade has it too."""
        combo = self.group_combo
        combo.blockSignals(True)
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("全部组别"), None)
        for g in groups:
            combo.addItem(g, g)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        combo.setEnabled(combo.count() > 1)
        # a full bar squeezes the combo below its contents ("All group:"): the trade's combo
        # gives way instead
        combo.setMinimumWidth(max(100, combo.sizeHint().width()))

    def set_blind(self, blind: bool) -> None:
        """A blind trade is found by work-piece code and has no names to hide."""
        self.hide_names.setVisible(not blind)
        self.find_edit.setPlaceholderText(
            self.tr("定位工件号，回车") if blind else self.tr("定位参赛证号，回车")
        )

    def show_everyone(self) -> None:
        self.only_missing.setChecked(False)
        self.group_combo.setCurrentIndex(0)

    def show_counts(self, entered: int, expected: int, *, checked: bool = False) -> None:
        """已录入 x / y, or 已核对 x / y for verified entry (`checked`)."""
        text = self.tr("已核对 %1 / %2") if checked else self.tr("已录入 %1 / %2")
        self.counter.setText(text.replace("%1", str(entered)).replace("%2", str(expected)))
