"""A page listing people (contestants, judges): a search and filters above a table, add, edit
and delete through a dialog, and an export of the rows shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from competition_app.domain.errors import UserError
from competition_app.domain.roles import Permission
from competition_app.domain.wording import counted
from competition_app.io.table_files import CsvEncoding, list_table, write_table
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.common import prompts
from competition_app.ui.common.table_support import (
    FilterProxy,
    TableColumn,
    apply_widths,
    make_table,
)
from competition_app.ui.common.view_base import View
from competition_app.ui.window.session import EventSession


class RosterView(View):
    """What the people pages share; a page sets `permission` and `dialog`, builds its own
    filters and implements `selected()`, `_saved()` and `delete_selected()`."""

    permission: Permission = "contestants"  # what add, edit, delete and import need
    # the add / edit dialog: dialog(session, trades, chosen or None, parent)
    dialog: Callable[..., QDialog]

    def __init__(self, session: EventSession, title: str, subtitle: str, parent: Any) -> None:
        super().__init__(session, title, subtitle, parent)
        self._trades: list[TradeInfo] | None = None

    @property
    def trades(self) -> list[TradeInfo]:
        """The event's trades (for the dialog, an import), listed when first needed after the
        page last loaded: a page of 30,000 contestants need not wait for them to show."""
        if self._trades is None:
            self._trades = self.session.trades()
        return self._trades

    @trades.setter
    def trades(self, trades: list[TradeInfo] | None) -> None:
        self._trades = trades  # None: list them again when next needed

    def selected(self) -> list[Any]:
        raise NotImplementedError

    def _saved(self, dialog: Any) -> None:
        raise NotImplementedError

    def delete_selected(self) -> None:
        raise NotImplementedError

    def add(self) -> Any:
        return self._open(None)

    def edit_selected(self) -> Any:
        chosen = self.selected()
        return self._open(chosen[0]) if len(chosen) == 1 else None

    def _open(self, chosen: Any) -> QDialog:
        """Open the add (chosen None) or edit dialog, window-modal; `_saved` once accepted."""
        dialog = self.dialog(self.session, self.trades, chosen, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _delete_confirmed(self, title: str, question: str, delete: Callable[[], None]) -> None:
        """Ask, delete, and show the list without the rows (or why some stayed)."""
        if not prompts.confirm(self, title, question):
            return
        try:
            delete()
        except UserError as e:
            self.show_error(e)
        self.session.notify()
        if not self.isVisible():
            self.reload()

    def _roster_buttons(
        self, add_text: str, import_text: str, first: tuple[QPushButton, ...] = ()
    ) -> None:
        """The page's buttons, right-aligned: `first`, import, export, edit, delete, add."""
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName("Primary")
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button = QPushButton(self.tr("编辑"))
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button = QPushButton(self.tr("删除"))
        self.delete_button.setObjectName("Danger")
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.import_button = QPushButton(import_text)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.clicked.connect(lambda: self.export_file())
        for b in (
            *first,
            self.import_button,
            self.export_button,
            self.edit_button,
            self.delete_button,
            self.add_button,
        ):
            self.actions_layout.addWidget(b)

    def _filter_bar(self, placeholder: str, filters: list[tuple[str, QComboBox]]) -> QHBoxLayout:
        """The search box, a label and box per filter, and the count, added to the page."""
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        bar.addWidget(self.search, 1)
        for label, combo in filters:
            bar.addWidget(QLabel(label))
            bar.addWidget(combo)
        self.body.addLayout(bar)
        self.search.textChanged.connect(self._filters_changed)
        for _label, combo in filters:
            combo.currentIndexChanged.connect(self._filters_changed)
        return bar

    def _roster_table(self, proxy: FilterProxy, columns: list[TableColumn], key: str) -> QTableView:
        """The table of people: Enter or a double-click edits, widths are remembered."""
        self.proxy = proxy
        self.table = make_table(self)
        self.table.setModel(proxy)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        apply_widths(self.table, columns, key)
        self.remember_table(key, self.table)
        self.body.addWidget(self.table, 1)
        # under the table: the filter bar is full on a laptop and would squeeze the count to a
        # character
        self.body.addWidget(self.count_label)
        return self.table

    @staticmethod
    def fill_filter(combo: QComboBox, everything: str, values: list[str]) -> None:
        """Offer `values` after "all", keeping the value chosen when it is still offered."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for v in values:
            combo.addItem(v, v)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def _filters_changed(self) -> None:
        self._apply_filters()
        self.count_label.setText(
            counted(
                self.tr("共 %1 人，显示 %2 人"),
                {"%1": self.proxy.sourceModel().rowCount(), "%2": self.proxy.rowCount()},
            )
        )

    def _apply_filters(self) -> None:
        raise NotImplementedError

    def selected_rows(self) -> list[int]:
        """The source rows selected, in order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.source_row(r) for r in rows]

    def _selection_changed(self, *_: Any) -> None:
        selection = self.table.selectionModel()
        n = len(selection.selectedRows()) if selection else 0
        allowed = self.can(self.permission)
        self.edit_button.setEnabled(n == 1 and allowed)
        self.delete_button.setEnabled(n >= 1 and allowed)
        self.add_button.setEnabled(allowed)
        self.import_button.setEnabled(allowed)

    def import_file(self, path: Path | None = None) -> None:
        raise NotImplementedError

    def export_file(self, path: Path | None = None) -> Path | None:
        raise NotImplementedError

    def _export_shown(
        self,
        path: Path | None,
        caption: str,
        file_name: str,
        title: str,
        encoding: CsvEncoding = "utf-8",
    ) -> tuple[Path, int] | None:
        """Write the rows now shown (after filters) to an Excel or CSV file (UTF-8 with a BOM, or
        GBK for old Excel): (path, rows); None when cancelled or refused (said on the page)."""
        if path is None:
            chosen = prompts.save_table(self, caption, file_name)
            if chosen is None:
                return None
            path, encoding = chosen[0], "gbk" if chosen[1] == "gbk" else "utf-8"
        model: Any = self.proxy.sourceModel()
        header = [c.title for c in model.columns]
        body = [
            list(model.row_values(self.proxy.source_row(r))) for r in range(self.proxy.rowCount())
        ]
        try:
            # the header in row 1, no title row: the list imports back as it is
            written = write_table(path, list_table(title, header, body), encoding)
        except UserError as e:  # a name GBK cannot hold, a full disk: said, nothing written
            self.show_error(e)
            return None
        return written, len(body)
