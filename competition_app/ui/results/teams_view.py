"""Team standings: units ranked by the sum of their best contestants' totals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from competition_app.domain.errors import UserError
from competition_app.domain.results import TeamStanding
from competition_app.io.result_tables import standings_sheet, standings_table
from competition_app.io.table_files import CsvEncoding, workbook_path, write_csv, write_xlsx
from competition_app.services.results.results import event_standings, withheld_from_standings
from competition_app.ui.common import prompts
from competition_app.ui.common.table_support import FilterProxy, apply_widths, make_table
from competition_app.ui.common.view_base import View
from competition_app.ui.common.workers import Task, run_task
from competition_app.ui.results.result_model import StandingsTableModel
from competition_app.ui.window.session import EventSession
from competition_app.ui.window.translation import current_language


class TeamsView(View):
    """团体总分: the whole event or one trade."""

    topics = ("marks", "contestants", "rules", "lock", "event", "options", "codes")
    name = "teams"

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("团体总分"), "", parent)
        self.standings: list[TeamStanding] = []
        self.task: Task | None = None
        self.loading = False
        self.export_button = QPushButton(self.tr("导出…"))
        self.export_button.clicked.connect(lambda: self.export_file())
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.reload)
        self.actions_layout.addWidget(refresh)
        self.actions_layout.addWidget(self.export_button)
        bar = QHBoxLayout()
        self.trade_combo = QComboBox()
        self.trade_combo.setMinimumWidth(160)
        self.trade_combo.currentIndexChanged.connect(self._recompute)
        bar.addWidget(QLabel(self.tr("范围")))
        bar.addWidget(self.trade_combo)
        self.summary = QLabel()
        self.summary.setObjectName("Muted")
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)
        self.body.addLayout(bar)
        self.model = StandingsTableModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self)
        self.table.setModel(self.proxy)
        apply_widths(self.table, self.model.columns, "teams")
        self.remember_table("teams", self.table)
        self.body.addWidget(self.table, 1)

    def reload(self) -> None:
        event = self.session.event_info
        rule = (
            self.tr("每个代表队取总分最高的 %1 名选手相加").replace("%1", str(event.team_best_n))
            if event.team_best_n
            else self.tr("每个代表队全部选手的总分相加")
        )
        self.subtitle_label.setText(
            rule + self.tr("；缺考、取消资格、不参与评奖及成绩未录完者不计")
        )
        self.subtitle_label.show()
        current = self.trade_combo.currentData()
        self.trade_combo.blockSignals(True)
        self.trade_combo.clear()
        self.trade_combo.addItem(self.tr("全部工种"), None)
        for t in self.session.trades():
            self.trade_combo.addItem(t.name, t.code)
        self.trade_combo.setCurrentIndex(
            max(self.trade_combo.findData(current), 0) if current else 0
        )
        self.trade_combo.blockSignals(False)
        self._recompute()

    def _recompute(self) -> None:
        ctx, event_id, code = (
            self.session.ctx,
            self.session.event_id,
            self.trade_combo.currentData(),
        )
        self.loading = True
        self.task = run_task(
            self,
            lambda progress: (
                event_standings(ctx, event_id, code),
                [] if code else withheld_from_standings(ctx, event_id),
            ),
            self.show_standings,
            label=self.tr("正在计算团体总分……"),
            on_error=self._failed,
            show_after_ms=800,
        )

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.show_error(exc)

    def show_standings(self, found: tuple[list[TeamStanding], list[str]]) -> None:
        standings, withheld = found
        self.loading = False
        self.standings = standings
        self.model.set_standings(standings)
        text = self.tr("%1 个代表队").replace("%1", str(len(standings)))
        if withheld:
            text += self.tr(" · 未计入盲评未解密的工种：%1").replace("%1", "、".join(withheld))
        self.summary.setText(text)

    def export_file(self, path: Path | None = None, encoding: CsvEncoding = "utf-8") -> Path | None:
        if path is None:
            chosen = prompts.save_table(self, self.tr("导出团体总分"), self.tr("团体总分.xlsx"))
            if chosen is None:
                return None
            path, encoding = chosen[0], "gbk" if chosen[1] == "gbk" else "utf-8"
        try:
            if path.suffix.lower() == ".csv":
                header, body = standings_table(self.standings)
                write_csv(path, header, body, encoding)
            else:
                scope = self.trade_combo.currentText() if self.trade_combo.currentData() else ""
                sheet = standings_sheet(
                    self.standings,
                    event=self.session.event_info.name,
                    scope=scope,
                    lang="en" if current_language() == "en" else "zh",
                )
                path = write_xlsx(workbook_path(path), [sheet])
        except UserError as e:  # a team name GBK cannot hold, a full disk: said, nothing written
            self.show_error(e)
            return None
        self.show_info(self.tr("已导出到 %1").replace("%1", str(path)))
        return path
