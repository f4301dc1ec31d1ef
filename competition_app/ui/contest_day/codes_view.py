"""Blind codes (加密), for the encryption judge and the organizer: generate the two layers of
codes, show and export the sealed code tables, and decrypt once the chief judge has locked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QTabWidget, QWidget

from competition_app.domain.errors import UserError
from competition_app.domain.wording import counted
from competition_app.io.table_files import CsvEncoding, list_table, write_table
from competition_app.services.contest_day.blind_codes import (
    CodeTables,
    Decryption,
    blind_grid_rows,
    code_tables,
    code_tables_pdf,
    decrypt_results,
    generate_codes,
)
from competition_app.services.setup.trade_options import trade_options
from competition_app.ui.common import prompts
from competition_app.ui.common.table_support import (
    TableColumn,
    TupleTableModel,
    apply_widths,
    make_table,
)
from competition_app.ui.common.workers import Task, run_task
from competition_app.ui.printing.pdf_preview import PdfPreviewDialog
from competition_app.ui.setup.trade_picker import TradePage
from competition_app.ui.window.session import EventSession


def first_layer_columns() -> list[TableColumn]:
    """一次加密 table: entry number, name, check-in code (on screen and in the export)."""
    return [
        TableColumn("number", QCoreApplication.translate("CodesView", "参赛证号"), 110),
        TableColumn("name", QCoreApplication.translate("CodesView", "姓名"), 100),
        TableColumn(
            "checkin",
            QCoreApplication.translate("CodesView", "检录号（一次加密）"),
            160,
            stretch=True,
        ),
    ]


class CodesView(TradePage):
    """加密 per trade."""

    topics = ("codes", "contestants", "lock", "options")
    name = "codes"

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("加密"),
            self.tr(
                "参赛证号 → 检录号（一次加密）→ 工件号（二次加密）；裁判只见工件号，锁定后方可解密"
            ),
            parent,
        )
        self.tables: CodeTables | None = None
        self.decryption: Decryption | None = None
        self.generate_button = QPushButton(self.tr("生成加密号"))
        self.generate_button.setObjectName("Primary")
        self.generate_button.clicked.connect(lambda: self.generate())
        self.show_button = QPushButton(self.tr("查看加密表"))
        self.show_button.clicked.connect(lambda: self.show_tables())
        self.export_button = QPushButton(self.tr("导出加密表…"))
        self.export_button.clicked.connect(lambda: self.export_tables())
        self.print_button = QPushButton(self.tr("打印加密表…"))
        self.print_button.setToolTip(
            self.tr("一次加密表和二次加密表各占一页起，打印后分别密封，由不同的加密裁判保管")
        )
        self.print_button.clicked.connect(lambda: self.print_tables())
        self.preview_dialog: PdfPreviewDialog | None = None
        self.task: Task | None = None
        self.decrypt_button = QPushButton(self.tr("解密"))
        self.decrypt_button.setObjectName("Danger")
        self.decrypt_button.clicked.connect(lambda: self.decrypt())
        for b in (
            self.show_button,
            self.print_button,
            self.export_button,
            self.decrypt_button,
            self.generate_button,
        ):
            self.actions_layout.addWidget(b)

        bar = QHBoxLayout()
        self._trade_picker()
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar.addWidget(QLabel(self.tr("工种")))
        bar.addWidget(self.trade_combo)
        bar.addSpacing(12)
        bar.addWidget(self.status, 1)
        self.body.addLayout(bar)

        self.tabs = QTabWidget(self)
        self.first_model = TupleTableModel(first_layer_columns(), self)
        self.second_model = TupleTableModel(
            [
                TableColumn("checkin", self.tr("检录号"), 160),
                TableColumn("workpiece", self.tr("工件号（二次加密）"), 160, stretch=True),
            ],
            self,
        )
        self.decrypted_model = TupleTableModel(
            [
                TableColumn("workpiece", self.tr("工件号"), 110),
                TableColumn("checkin", self.tr("检录号"), 110),
                TableColumn("number", self.tr("参赛证号"), 100),
                TableColumn("name", self.tr("姓名"), 90),
                TableColumn("unit", self.tr("单位"), 260, stretch=True),
            ],
            self,
        )
        self.first_table = self._tab(self.first_model, self.tr("一次加密表"))
        self.second_table = self._tab(self.second_model, self.tr("二次加密表"))
        self.decrypted_table = self._tab(self.decrypted_model, self.tr("解密结果"))
        self.body.addWidget(self.tabs, 1)
        self.hint = QLabel(
            self.tr(
                "加密表一经查看或导出即记入审计日志。请打印后分别密封保存，一次加密表与二次加密表"
                "由不同的加密裁判保管。"
            )
        )
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        self.body.addWidget(self.hint)

    def _tab(self, model: TupleTableModel, title: str) -> QTableView:
        table = make_table(self)
        table.setModel(model)
        apply_widths(table, model.columns)
        self.tabs.addTab(table, title)
        return table

    # -- loading ---------------------------------------------------------------------------------
    def load_trade(self) -> None:
        """Counts only: the tables themselves are shown on request (and that is audited)."""
        trade = self.trade_combo.current_trade()
        self.tables = self.decryption = None
        for m in (self.first_model, self.second_model, self.decrypted_model):
            m.set_rows([], [])
        if trade is None:
            return
        grid = blind_grid_rows(self.session.ctx, trade.id)
        coded, uncoded = len(grid.rows), grid.without_code
        blind = trade_options(self.session.ctx, trade.id).blind
        parts = [
            counted(self.tr("已为 %1 / %2 名选手生成加密号"), {"%2": coded + uncoded}).replace(
                "%1", str(coded)
            ),
            self.tr("盲评已开启：裁判只见工件号")
            if blind
            else self.tr("盲评未开启（在“工种”页的“赛务选项”中开启）"),
            self._decryption_state(trade.locked, coded),
        ]
        self.status.setText(" · ".join(parts))
        may_codes = self.can("codes")
        self.generate_button.setEnabled(may_codes and uncoded > 0 and not trade.locked)
        self.show_button.setEnabled(may_codes and coded > 0)
        self.export_button.setEnabled(may_codes and coded > 0)
        self.print_button.setEnabled(may_codes and coded > 0)
        self.decrypt_button.setEnabled(trade.locked and coded > 0 and self.can("decrypt"))

    def _decryption_state(self, locked: bool, coded: int) -> str:
        """What decryption waits for, as the decrypt button is enabled (codes and the lock)."""
        if not coded:
            return self.tr("没有加密号，无须解密")
        if not locked:
            return self.tr("成绩未锁定，不能解密")
        if not self.can("decrypt"):
            return self.tr("成绩已锁定，由加密裁判解密")
        return self.tr("成绩已锁定，可以解密")

    # -- actions ---------------------------------------------------------------------------------
    def generate(self) -> int | None:
        trade = self.trade_combo.current_trade()
        if trade is None:
            return None
        try:
            n = generate_codes(self.session.ctx, self.session.event_id, trade.code)
        except UserError as e:
            self.show_error(e)
            return None
        self.show_info(
            counted(self.tr("已为 %1 名选手生成检录号和工件号"), {"%1": n})
            if n
            else self.tr("每位选手都已有加密号")
        )
        self.session.notify()
        self.load_trade()
        return n

    def _code_tables(self) -> CodeTables | None:
        trade = self.trade_combo.current_trade()
        if trade is None:
            return None
        try:
            return code_tables(self.session.ctx, self.session.event_id, trade.code)
        except UserError as e:
            self.show_error(e)
            return None

    def show_tables(self) -> CodeTables | None:
        tables = self._code_tables()
        if tables is None:
            return None
        self.tables = tables
        self.first_model.set_rows(
            [(r.number, r.name, r.checkin_code) for r in tables.first], list(tables.first)
        )
        self.second_model.set_rows(
            [(r.checkin_code, r.workpiece_code) for r in tables.second], list(tables.second)
        )
        self.tabs.setCurrentWidget(self.first_table)
        self.show_info(
            self.tr("加密表指纹 %1（已记入审计日志）").replace("%1", tables.digest[:16]), "info"
        )
        return tables

    def print_tables(self) -> Task | None:
        """The sealed lists as a PDF (off the UI thread), shown with print and save buttons."""
        trade = self.trade_combo.current_trade()
        if trade is None:
            return None
        ctx, event_id, code = self.session.ctx, self.session.event_id, trade.code
        title = self.tr("加密表")

        def show(pdf: object) -> None:
            assert isinstance(pdf, bytes)
            self.preview_dialog = PdfPreviewDialog(pdf, title, f"{trade.name}{title}.pdf", self)
            self.preview_dialog.open()
            self.show_info(self.tr("加密表已生成并记入审计日志。打印后请分别密封。"))

        self.task = run_task(
            self,
            lambda _progress: code_tables_pdf(ctx, event_id, code),
            show,
            label=self.tr("正在生成加密表……"),
            on_error=self.show_error,
        )
        return self.task

    def export_tables(
        self, path: Path | None = None, encoding: CsvEncoding = "utf-8"
    ) -> list[Path]:
        """Two workbooks, one per layer, to be sealed separately."""
        trade = self.trade_combo.current_trade()
        if trade is None:
            return []
        if path is None:
            chosen = prompts.save_table(
                self, self.tr("导出加密表"), self.tr("%1加密表.xlsx").replace("%1", trade.name)
            )
            if chosen is None:
                return []
            path, encoding = chosen[0], "gbk" if chosen[1] == "gbk" else "utf-8"
        tables = self._code_tables()
        if tables is None:
            return []
        suffix = path.suffix if path.suffix.lower() in (".xlsx", ".csv") else ".xlsx"
        stem = path.with_suffix("")
        first_layer, second_layer = self.tr("一次加密"), self.tr("二次加密")
        first_table = list_table(
            self.tr("一次加密表"),
            [c.title for c in first_layer_columns()],
            [(r.number, r.name, r.checkin_code) for r in tables.first],
        )
        second_table = list_table(
            self.tr("二次加密表"),
            [self.tr("检录号"), self.tr("工件号")],
            [(r.checkin_code, r.workpiece_code) for r in tables.second],
        )
        try:
            first = write_table(Path(f"{stem}-{first_layer}{suffix}"), first_table, encoding)
            second = write_table(Path(f"{stem}-{second_layer}{suffix}"), second_table, encoding)
        except UserError as e:  # a name GBK cannot hold, a full disk: said
            self.show_error(e)
            return []
        self.show_info(
            self.tr("已导出 %1 和 %2（指纹 %3）。请打印后分别密封。")
            .replace("%1", first.name)
            .replace("%2", second.name)
            .replace("%3", tables.digest[:16])
        )
        return [first, second]

    def decrypt(self) -> Decryption | None:
        trade = self.trade_combo.current_trade()
        if trade is None:
            return None
        try:
            d = decrypt_results(self.session.ctx, self.session.event_id, trade.code)
        except UserError as e:
            self.show_error(e)
            return None
        self.decryption = d
        self.decrypted_model.set_rows(
            [(r.workpiece_code, r.checkin_code, r.number, r.name, r.unit) for r in d.rows],
            list(d.rows),
        )
        self.tabs.setCurrentWidget(self.decrypted_table)
        if d.table_intact:
            self.show_info(
                counted(self.tr("已解密 %1 名选手（已记入审计日志）"), {"%1": len(d.rows)})
            )
        else:
            self.messages.show_message(
                self.tr("警告：加密号表与生成时记录的指纹不符，可能被改动过。请报告监督仲裁人员。"),
                "error",
            )
        self.notify_others()
        return d
