"""Check-in (检录): type or scan an entry number and press Enter; who it is and where they go, in
large type (orange when late, after the session's start); who is still missing per session; mark
the missing ones absent; who came late."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.services.contest_day.checkin import (
    CheckinResult,
    LateRow,
    MissingRow,
    SessionCount,
    check_in,
    checkin_summary,
    late_arrivals,
    mark_absent,
    missing,
)
from competition_app.services.setup.trade_options import trade_options
from competition_app.ui.common import prompts
from competition_app.ui.common.table_support import (
    CENTER,
    RIGHT,
    R,
    TableColumn,
    TupleTableModel,
    apply_widths,
    empty,
    make_table,
)
from competition_app.ui.common.view_base import View, card, section_title
from competition_app.ui.setup.trade_picker import TradeCombo
from competition_app.ui.window.crash_reporting import error_text
from competition_app.ui.window.session import EventSession


class MissingTableModel(TupleTableModel):
    """Contestants expected and not yet checked in; the payload is the MissingRow."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                TableColumn("session", self.tr("场次"), 70, CENTER),
                TableColumn("station", self.tr("工位"), 60, CENTER),
                TableColumn("number", self.tr("参赛证号"), 100),
                TableColumn("name", self.tr("姓名"), 90),
                TableColumn("unit", self.tr("单位"), 260, stretch=True),
            ],
            parent,
        )

    def set_missing(self, rows: list[MissingRow]) -> None:
        self.set_rows(
            [
                (
                    str(r.session) if r.session else "—",
                    str(r.station) if r.station else "—",
                    r.number,
                    r.name,
                    r.unit,
                )
                for r in rows
            ],
            rows,
        )

    def row_of(self, number: str) -> int:
        return next((i for i in range(self.rowCount()) if self.payload(i).number == number), -1)


LATE_COLOUR = QColor("#c2410c")


class LateTableModel(TupleTableModel):
    """Contestants checked in after their session's start; the payload is the LateRow."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                TableColumn("session", self.tr("场次"), 70, CENTER),
                TableColumn("station", self.tr("工位"), 60, CENTER),
                TableColumn("number", self.tr("参赛证号"), 100),
                TableColumn("name", self.tr("姓名"), 90),
                TableColumn("starts", self.tr("开始时间"), 90, CENTER),
                TableColumn("at", self.tr("检录时间"), 90, CENTER),
                TableColumn("late", self.tr("迟到"), 90, RIGHT, stretch=True),
            ],
            parent,
        )

    def set_late(self, rows: list[LateRow]) -> None:
        rows = sorted(rows, key=lambda r: (r.session or 0, r.station or 0, r.number))
        self.set_rows(
            [
                (
                    str(r.session) if r.session else "—",
                    str(r.station) if r.station else "—",
                    r.number,
                    r.name,
                    r.starts_at.strftime("%H:%M"),
                    r.at.strftime("%H:%M:%S"),
                    self.tr("%1 分钟").replace("%1", str(r.minutes)),
                )
                for r in rows
            ],
            rows,
        )

    def extra_data(self, row: int, column: int, role: int) -> Any:
        if role == R.ForegroundRole and self.columns[column].key == "late":
            return LATE_COLOUR
        return empty(role)


class CheckinView(View):
    """检录 desk: the scan box keeps the focus, so a barcode scanner can be used all day."""

    # not "checkin": this page's own scans update it in place, without a reload; "options" for the
    # sessions' start times, which decide who was late
    topics = ("contestants", "lots", "lock", "codes", "options")
    name = "checkin"

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("检录"),
            self.tr("输入或扫描参赛证号后按回车；扫码枪输入数字并自动回车"),
            parent,
        )
        self.counts: dict[int | None, SessionCount] = {}
        self.last: CheckinResult | None = None
        self.state = ""

        desk = card(self)
        dl = QHBoxLayout(desk)
        dl.setContentsMargins(18, 14, 18, 14)
        dl.setSpacing(18)
        left = QVBoxLayout()
        left.addWidget(section_title(self.tr("参赛证号")))
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("ScanInput")
        self.scan_edit.setPlaceholderText(self.tr("扫码或输入后回车"))
        self._fit_placeholder()
        self.scan_edit.returnPressed.connect(lambda: self.scan(self.scan_edit.text()))
        left.addWidget(self.scan_edit)
        left.addStretch(1)
        dl.addLayout(left)
        self.result_box = QWidget()
        self.result_box.setObjectName("ScanResult")
        self.result_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        rl = QVBoxLayout(self.result_box)
        rl.setContentsMargins(16, 10, 16, 10)
        self.result_title = QLabel()
        self.result_title.setObjectName("ScanName")
        self.result_place = QLabel()
        self.result_place.setObjectName("ScanPlace")
        self.result_note = QLabel()
        self.result_note.setObjectName("ScanNote")
        self.result_note.setWordWrap(True)
        for w in (self.result_title, self.result_place, self.result_note):
            rl.addWidget(w)
        dl.addWidget(self.result_box, 1)
        self.body.addWidget(desk)

        bar = QHBoxLayout()
        bar.addWidget(section_title(self.tr("未到选手")))
        bar.addSpacing(12)
        self.trade_combo = TradeCombo()
        self.trade_combo.currentIndexChanged.connect(lambda _i: self.load_missing())
        self.session_combo = QComboBox()
        self.session_combo.setMinimumWidth(100)
        self.session_combo.currentIndexChanged.connect(self._session_filter)
        self.summary = QLabel()
        self.summary.setObjectName("Muted")
        self.absent_button = QPushButton(self.tr("记为缺考…"))
        self.absent_button.setObjectName("Danger")
        self.absent_button.clicked.connect(lambda: self.mark_selected_absent())
        bar.addWidget(QLabel(self.tr("工种")))
        bar.addWidget(self.trade_combo)
        bar.addWidget(QLabel(self.tr("场次")))
        bar.addWidget(self.session_combo)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.absent_button)
        self.body.addLayout(bar)

        self.model = MissingTableModel(self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        apply_widths(self.table, self.model.columns, "checkin")
        self.remember_table("checkin", self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.body.addWidget(self.table, 1)

        self.late_title = section_title(self.tr("迟到选手"))
        self.body.addWidget(self.late_title)
        self.late_model = LateTableModel(self)
        self.late_table = make_table(self)
        self.late_table.setModel(self.late_model)
        self.late_table.setMaximumHeight(190)
        apply_widths(self.late_table, self.late_model.columns, "checkin_late")
        self.remember_table("checkin_late", self.late_table)
        self.body.addWidget(self.late_table)
        self.has_starts = False  # the trade sets session start times: lateness is shown
        self._show_state("", self.tr("等待扫码"), "", "")

    # -- loading -----------------------------------------------------------------------------------
    def activate(self) -> None:
        super().activate()
        self.scan_edit.setFocus()

    def reload(self) -> None:
        self.trade_combo.set_trades(self.session.trades())
        allowed = self.can("checkin")
        self.scan_edit.setEnabled(allowed)
        if not allowed:
            self.scan_edit.setPlaceholderText(self.tr("当前用户无权检录"))
            self._fit_placeholder()
        self.load_missing()

    def select_trade(self, code: str) -> None:
        self.trade_combo.select_code(code)

    def load_missing(self) -> None:
        trade = self.trade_combo.current_trade()
        if trade is None:
            self.model.set_missing([])
            self.has_starts = False
            self.late_model.set_late([])
            self._show_late_section()
            return
        ctx, event_id = self.session.ctx, self.session.event_id
        self.model.set_missing(missing(ctx, event_id, trade.code))
        self.has_starts = bool(trade_options(ctx, trade.id).session_starts)
        self.late_model.set_late(late_arrivals(ctx, event_id, trade.code))
        self.counts = {c.session: c for c in checkin_summary(ctx, event_id, trade.code)}
        chosen = self.session_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("全部场次"), None)
        for n in sorted(k for k in self.counts if k is not None):
            self.session_combo.addItem(self.tr("第 %1 场").replace("%1", str(n)), n)
        self.session_combo.setCurrentIndex(max(self.session_combo.findData(chosen), 0))
        self.session_combo.blockSignals(False)
        self._session_filter()

    def _session_filter(self) -> None:
        wanted = self.session_combo.currentData()
        for r in range(self.model.rowCount()):
            row = self.model.payload(r)
            self.table.setRowHidden(r, wanted is not None and row.session != wanted)
        for r in range(self.late_model.rowCount()):
            late = self.late_model.payload(r)
            self.late_table.setRowHidden(r, wanted is not None and late.session != wanted)
        self._show_late_section()
        self._show_counts()

    def _show_late_section(self) -> None:
        """Only for a trade with session start times: without them nobody is late."""
        self.late_title.setVisible(self.has_starts)
        self.late_table.setVisible(self.has_starts)

    def _show_counts(self) -> None:
        wanted = self.session_combo.currentData()
        counts = [c for k, c in self.counts.items() if wanted is None or k == wanted]
        expected = sum(c.expected for c in counts)
        present = sum(c.present for c in counts)
        absent = sum(c.absent for c in counts)
        late = sum(c.late for c in counts)
        text = (
            self.tr("应到 %1 · 已到 %2 · 缺考 %3 · 未到 %4")
            .replace("%1", str(expected))
            .replace("%2", str(present))
            .replace("%3", str(absent))
            .replace("%4", str(max(expected - present - absent, 0)))
        )
        if late or self.has_starts:
            text += self.tr(" · 迟到 %1").replace("%1", str(late))
        self.summary.setText(text)
        self.late_title.setText(self.tr("迟到选手（%1 人）").replace("%1", str(late)))
        self._buttons()

    def _buttons(self) -> None:
        self.absent_button.setEnabled(bool(self.selected()) and self.can("checkin"))

    # -- scanning ------------------------------------------------------------------------------------
    def _fit_placeholder(self) -> None:
        """The box is as wide as its hint in the big scanning font: English hints are longer."""
        self.scan_edit.ensurePolished()
        hint = self.scan_edit.fontMetrics().horizontalAdvance(self.scan_edit.placeholderText())
        self.scan_edit.setMinimumWidth(max(300, hint + 40))

    def scan(self, text: str) -> CheckinResult | None:
        """Check in the contestant with this entry number; the box is cleared for the next one."""
        self.scan_edit.clear()
        self.scan_edit.setFocus()
        number = text.strip()
        if not number:
            return None
        try:
            res = check_in(self.session.ctx, self.session.event_id, number)
        except UserError as e:
            self.last = None
            self._show_state("unknown", number, "", error_text(e))
            return None
        self.last = res
        place = (
            self.tr("第 %1 场 · %2 号工位")
            .replace("%1", str(res.session))
            .replace("%2", str(res.station))
            if res.session is not None
            else self.tr("尚未抽签")
        )
        code = self.tr("检录号 %1").replace("%1", res.checkin_code) if res.checkin_code else ""
        where = " · ".join(p for p in (res.trade_name, place, code) if p)
        if res.already:
            note = self.tr("已于 %1 检录过，无需重复检录").replace("%1", res.at.strftime("%H:%M"))
            if res.late:
                note += self.tr("（迟到 %1 分钟）").replace("%1", str(res.late_minutes))
            self._show_state("already", f"{res.number}  {res.name}", where, note)
        elif res.late and res.starts_at is not None:
            note = (
                self.tr("迟到 %1 分钟：%2 开始，%3 检录 · %4")
                .replace("%1", str(res.late_minutes))
                .replace("%2", res.starts_at.strftime("%H:%M"))
                .replace("%3", res.at.strftime("%H:%M"))
                .replace("%4", res.unit)
            )
            self._show_state("late", f"{res.number}  {res.name}", where, note)
            self._arrived(res)
            self.notify_others()
        else:
            note = (
                self.tr("检录成功 %1 · %2")
                .replace("%1", res.at.strftime("%H:%M"))
                .replace("%2", res.unit)
            )
            self._show_state("ok", f"{res.number}  {res.name}", where, note)
            self._arrived(res)
            self.notify_others()
        return res

    def _arrived(self, res: CheckinResult) -> None:
        """Update the missing list and counts in place (no reload per scan)."""
        trade = self.trade_combo.current_trade()
        if trade is None or trade.code != res.trade_code:
            return
        if res.late and res.starts_at is not None:
            late = LateRow(
                res.contestant_id,
                res.number,
                res.name,
                res.unit,
                res.session,
                res.station,
                res.at,
                res.starts_at,
                res.late_minutes,
            )
            self.late_model.set_late([*self.late_model.all_payload(), late])
        row = self.model.row_of(res.number)
        count = self.counts.get(res.session)
        if row >= 0 and count is not None:
            self.model.remove_row(row)
            self.counts[res.session] = SessionCount(
                count.session,
                count.expected,
                count.present + 1,
                count.absent,
                count.late + res.late,
            )
        else:
            # someone marked absent who came late after all: the counts move both ways, and
            # this rare case reads them again (the list itself is unchanged)
            ctx, event_id = self.session.ctx, self.session.event_id
            self.counts = {c.session: c for c in checkin_summary(ctx, event_id, trade.code)}
        self._session_filter()

    def _show_state(self, state: str, title: str, place: str, note: str) -> None:
        """state: ok (green), late (orange), already (amber), unknown (red), or "" before the
        first scan."""
        self.state = state
        self.result_box.setProperty("state", state)
        self.result_box.style().unpolish(self.result_box)
        self.result_box.style().polish(self.result_box)
        self.result_title.setText(title)
        self.result_place.setText(place)
        self.result_place.setVisible(bool(place))
        self.result_note.setText(note)

    # -- absent ----------------------------------------------------------------------------------------
    def selected(self) -> list[MissingRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.payload(r) for r in rows if not self.table.isRowHidden(r)]

    def mark_selected_absent(self) -> int:
        chosen = self.selected()
        if not chosen:
            return 0
        names = "、".join(f"{r.number} {r.name}" for r in chosen[:6])
        if len(chosen) > 6:
            names += self.tr(" 等 %1 人").replace("%1", str(len(chosen)))
        if not prompts.confirm(
            self,
            self.tr("记为缺考"),
            self.tr(
                "将 %1 记为缺考？缺考选手不参加排名和评奖；如其随后到场，扫码检录即可恢复。"
            ).replace("%1", names),
        ):
            return 0
        done = 0
        for r in chosen:
            try:
                mark_absent(self.session.ctx, self.session.event_id, r.number)
            except UserError as e:
                self.show_error(e)
                break
            done += 1
            i = self.model.row_of(r.number)
            if i >= 0:
                self.model.remove_row(i)
            count = self.counts.get(r.session)
            if count is not None:
                self.counts[r.session] = SessionCount(
                    count.session, count.expected, count.present, count.absent + 1
                )
        if done:
            self.show_info(self.tr("已将 %1 人记为缺考").replace("%1", str(done)), "warning")
            self.notify_others()
        self._session_filter()
        self.scan_edit.setFocus()
        return done
