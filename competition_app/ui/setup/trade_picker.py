"""The trade chooser at the top of the contest-day pages (lots, check-in, codes, appeals ...)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.common.view_base import View


class TradeCombo(QComboBox):
    """Lists the event's trades as "name · code"; keeps the choice across refills.

    Filling does not emit currentIndexChanged: the page loads the trade itself after a refill.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trades: list[TradeInfo] = []
        self.setMinimumWidth(160)

    def set_trades(self, trades: Sequence[TradeInfo]) -> None:
        current = self.currentData()
        self.trades = list(trades)
        self.blockSignals(True)
        self.clear()
        for t in self.trades:
            self.addItem(f"{t.name} · {t.code}", t.id)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)

    def current_trade(self) -> TradeInfo | None:
        trade_id = self.currentData()
        return next((t for t in self.trades if t.id == trade_id), None)

    def select_code(self, code: str) -> None:
        """Choose a trade by its code (emits currentIndexChanged when it changes)."""
        for i, t in enumerate(self.trades):
            if t.code == code:
                self.setCurrentIndex(i)
                return
        raise KeyError(code)


class TradePage(View):
    """A page that shows one trade at a time, chosen in its TradeCombo (`trade_combo`, made by
    `_trade_picker`); the page implements `load_trade()`."""

    def _trade_picker(self) -> TradeCombo:
        self.trade_combo = TradeCombo()
        self.trade_combo.currentIndexChanged.connect(lambda _i: self.load_trade())
        return self.trade_combo

    def load_trade(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        self.trade_combo.set_trades(self.session.trades())
        self.load_trade()

    def select_trade(self, code: str) -> None:
        self.trade_combo.select_code(code)
