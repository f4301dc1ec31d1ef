"""Lot drawing (抽签): session capacities and an optional seed, the draw (a redraw is confirmed and
audited), the result with its seed shown large, a check that the draw is reproducible, printing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from competition_app.domain.errors import ConflictError, UserError
from competition_app.domain.lot_drawing import SEED_DIGITS, parse_capacities
from competition_app.domain.wording import counted
from competition_app.services.contest_day.lots import (
    LotResult,
    draw_trade_lots,
    lot_result,
    verify_lots,
)
from competition_app.services.printing import printing
from competition_app.services.setup.trade_options import trade_options
from competition_app.ui.common import prompts
from competition_app.ui.common.table_support import (
    CENTER,
    RIGHT,
    TableColumn,
    TupleTableModel,
    apply_widths,
    make_table,
)
from competition_app.ui.common.view_base import card
from competition_app.ui.common.workers import Task
from competition_app.ui.printing.pdf_output import choose_pdf_path, write_pdf
from competition_app.ui.setup.trade_picker import TradePage
from competition_app.ui.window.session import EventSession
from competition_app.ui.window.translation import actor_label


class LotTableModel(TupleTableModel):
    """The places of a draw, by session and workstation; the payload is the LotRow."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                TableColumn("session", self.tr("场次"), 70, CENTER),
                TableColumn("station", self.tr("工位"), 70, CENTER),
                TableColumn("order", self.tr("签号"), 70, RIGHT),
                TableColumn("number", self.tr("参赛证号"), 100),
                TableColumn("name", self.tr("姓名"), 100),
                TableColumn("unit", self.tr("单位"), 300, stretch=True),
            ],
            parent,
        )

    def set_result(self, result: LotResult | None) -> None:
        rows = result.rows if result is not None else ()
        self.set_rows(
            [
                (
                    self.tr("第 %1 场").replace("%1", str(r.session)),
                    str(r.station),
                    str(r.order),
                    r.number,
                    r.name,
                    r.unit,
                )
                for r in rows
            ],
            list(rows),
        )


def capacities_text(caps: tuple[int, ...]) -> str:
    return ",".join(str(c) for c in caps)


class LotsView(TradePage):
    """抽签 per trade."""

    topics = ("lots", "contestants", "lock", "options")
    name = "lots"

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("抽签"),
            self.tr("按场次容量抽取场次、工位与签号；种子公开，任何人可据此复核抽签结果"),
            parent,
        )
        self.result: LotResult | None = None
        self.stored_capacities: tuple[int, ...] = ()  # the trade's option, as last loaded
        self.task: Task | None = None
        self.verify_button = QPushButton(self.tr("复核抽签"))
        self.verify_button.clicked.connect(lambda: self.verify())
        self.print_button = QPushButton(self.tr("打印抽签结果…"))
        self.print_button.clicked.connect(lambda: self.print_result())
        self.draw_button = QPushButton(self.tr("抽签"))
        self.draw_button.setObjectName("Primary")
        self.draw_button.clicked.connect(lambda: self.draw())
        for b in (self.verify_button, self.print_button, self.draw_button):
            self.actions_layout.addWidget(b)

        bar = QHBoxLayout()
        self._trade_picker()
        self.capacities = QLineEdit()
        self.capacities.setPlaceholderText(
            self.tr("如 20,20,10 或 3x20；留空：按工种设置，未设置则一场")
        )
        self.capacities.setToolTip(
            self.tr(
                "每场的工位数，逗号分隔；“3x20”表示 3 场、每场 20 个工位。"
                "抽签所用的容量保存为本工种的赛务选项。"
            )
        )
        # the whole example and what an empty field means, in either language (measured in
        # the style sheet's font)
        self.capacities.ensurePolished()
        self.capacities.setMinimumWidth(
            max(
                200,
                self.capacities.fontMetrics().horizontalAdvance(self.capacities.placeholderText())
                + 40,  # the frame and the style sheet's padding
            )
        )
        self.seed = QLineEdit()
        self.seed.setPlaceholderText(self.tr("留空则随机产生"))
        self.seed.setValidator(QRegularExpressionValidator(rf"\d{{0,{SEED_DIGITS + 4}}}"))
        self.seed.setMaximumWidth(150)
        self.seed.setToolTip(self.tr("现场公开抽签时，可用掷骰子等方式得到的数字作为种子"))
        self.people = QLabel()
        self.people.setObjectName("Muted")
        bar.addWidget(QLabel(self.tr("工种")))
        bar.addWidget(self.trade_combo)
        bar.addWidget(QLabel(self.tr("场次容量")))
        bar.addWidget(self.capacities)
        bar.addWidget(QLabel(self.tr("种子")))
        bar.addWidget(self.seed)
        bar.addWidget(self.people, 1)
        self.body.addLayout(bar)

        self.seed_card = card(self)
        sl = QHBoxLayout(self.seed_card)
        sl.setContentsMargins(16, 10, 16, 10)
        left = QVBoxLayout()
        caption = QLabel(self.tr("抽签种子"))
        caption.setObjectName("Muted")
        self.seed_label = QLabel()
        self.seed_label.setObjectName("SeedNumber")
        left.addWidget(caption)
        left.addWidget(self.seed_label)
        sl.addLayout(left)
        sl.addSpacing(24)
        self.draw_info = QLabel()
        self.draw_info.setWordWrap(True)
        sl.addWidget(self.draw_info, 1)
        self.body.addWidget(self.seed_card)

        self.model = LotTableModel(self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        apply_widths(self.table, self.model.columns, "lots")
        self.remember_table("lots", self.table)
        self.body.addWidget(self.table, 1)

    # -- loading ---------------------------------------------------------------------------------
    def load_trade(self) -> None:
        trade = self.trade_combo.current_trade()
        self.result = None
        if trade is not None:
            self.result = lot_result(self.session.ctx, self.session.event_id, trade.code)
            stored = trade_options(self.session.ctx, trade.id).lot_capacities
            self.stored_capacities = stored
            caps = stored or (self.result.capacities if self.result else ())
            self.capacities.setText(capacities_text(caps))
            self.people.setText(counted(self.tr("本工种 %1 名选手"), {"%1": trade.contestants}))
        self.show_result()

    def show_result(self) -> None:
        res = self.result
        self.model.set_result(res)
        trade = self.trade_combo.current_trade()
        if res is None:
            self.seed_label.setText("—")
            self.draw_info.setText(self.tr("尚未抽签。填写场次容量（可选种子）后点击“抽签”。"))
        else:
            self.seed_label.setText(str(res.seed))
            self.draw_info.setText(
                counted(
                    self.tr(
                        "第 %1 次抽签 · %2 · %3\n场次容量 %4，共 %5 人。凭种子可用“复核抽签”重现结果。"
                    ),
                    {"%5": len(res.rows)},
                )
                .replace("%1", str(res.round))
                .replace("%2", actor_label(res.drawn_by))
                .replace("%3", res.drawn_at.strftime("%Y-%m-%d %H:%M"))
                .replace("%4", capacities_text(res.capacities))
            )
            left_out = trade.contestants - len(res.rows) if trade is not None else 0
            if left_out > 0:
                # beside 本工种 48 名选手: who the 46 drawn are not
                self.draw_info.setText(
                    self.draw_info.text()
                    + "\n"
                    + counted(
                        self.tr("本工种另有 %1 人未参加这次抽签（缺考、取消资格，或抽签后才登记）"),
                        {"%1": left_out},
                    )
                )
        locked = trade is not None and trade.locked
        self.draw_button.setText(self.tr("重新抽签…") if res is not None else self.tr("抽签"))
        self.draw_button.setEnabled(trade is not None and not locked and self.can("lots"))
        self.verify_button.setEnabled(res is not None)
        self.print_button.setEnabled(res is not None)
        self.capacities.setReadOnly(locked)
        self.seed.setReadOnly(locked)

    # -- drawing ---------------------------------------------------------------------------------
    def draw(self) -> LotResult | None:
        trade = self.trade_combo.current_trade()
        if trade is None:
            return None
        try:
            caps = parse_capacities(self.capacities.text()) if self.capacities.text() else None
            seed = int(self.seed.text()) if self.seed.text().strip() else None
            ctx, event_id = self.session.ctx, self.session.event_id
            try:
                # a draw that cannot be made (too few places) is said before a redraw is asked
                res = draw_trade_lots(ctx, event_id, trade.code, seed=seed, capacities=caps)
            except ConflictError:
                previous = self.result.seed if self.result is not None else "?"
                if not prompts.confirm(
                    self,
                    self.tr("重新抽签"),
                    self.tr(
                        "“%1”已抽签（种子 %2）。重新抽签将作废现有结果，新旧种子都记入审计日志。继续？"
                    )
                    .replace("%1", trade.name)
                    .replace("%2", str(previous)),
                ):
                    return None
                res = draw_trade_lots(
                    ctx, event_id, trade.code, seed=seed, capacities=caps, force=True
                )
        except UserError as e:
            self.show_error(e)
            return None
        self.result = res
        self.seed.clear()
        self.show_result()
        self.show_info(
            counted(self.tr("“%1”抽签完成：%2 人，种子 %3。"), {"%2": len(res.rows)})
            .replace("%1", trade.name)
            .replace("%3", str(res.seed))
        )
        self.notify_others()
        if caps is not None and caps != self.stored_capacities:
            # the draw kept these capacities as the trade's option (the trades page shows them)
            self.stored_capacities = caps
            self.notify_others()
        return res

    def verify(self) -> bool | None:
        trade = self.trade_combo.current_trade()
        if trade is None:
            return None
        try:
            check = verify_lots(self.session.ctx, self.session.event_id, trade.code)
        except UserError as e:
            self.show_error(e)
            return None
        if check.ok:
            self.show_info(
                self.tr("复核通过：用种子 %1 重新计算，结果与记录完全一致。").replace(
                    "%1", str(check.seed)
                )
            )
        else:
            shown = list(check.differences[:10])
            if len(check.differences) > 10:
                shown.append(counted(self.tr("……共 %1 处不符"), {"%1": len(check.differences)}))
            self.messages.show_message(
                self.tr("复核不通过：用种子 %1 重新计算，与记录不符：").replace(
                    "%1", str(check.seed)
                )
                + "\n"
                + "\n".join(shown),
                "error",
            )
        return check.ok

    def print_result(self, path: Path | None = None) -> Task | None:
        trade = self.trade_combo.current_trade()
        if trade is None:
            return None
        if path is None:
            path = choose_pdf_path(self, self.tr("%1抽签结果.pdf").replace("%1", trade.name))
            if path is None:
                return None
        ctx, event_id = self.session.ctx, self.session.event_id
        self.task = write_pdf(
            self,
            lambda progress: printing.lot_result_pdf(ctx, event_id, trade.code),
            path,
            title=self.tr("抽签结果"),
            on_done=lambda p: self.show_info(self.tr("已生成 %1").replace("%1", str(p))),
            on_error=self.show_error,
        )
        return self.task
