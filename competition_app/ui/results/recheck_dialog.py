"""The re-check panel (抽样复核): draw the list with its seed shown, confirm or correct each score
sheet, and follow the sample's error rate; every rule is the service's (results.recheck)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.domain.marks import plain, read_number
from competition_app.domain.recheck import PART_LABELS, STATE_LABELS
from competition_app.services.printing.recheck_list import recheck_list_pdf
from competition_app.services.registration.judges import list_judges
from competition_app.services.results.recheck import (
    confirm_sheet,
    correct_mark,
    correct_score,
    draw_recheck,
)
from competition_app.services.results.recheck_sheet import SheetLine, sheet_lines
from competition_app.services.results.recheck_status import (
    RecheckRow,
    RecheckStatus,
    recheck_status,
)
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.common import prompts
from competition_app.ui.common.table_support import empty, make_table
from competition_app.ui.window.session import EventSession

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_STATE_COLOURS = {"confirmed": "#dcfce7", "corrected": "#fef3c7"}
_KIND = Qt.ItemDataRole.UserRole + 1  # "mark" or "score" of an item of the correction's list


class RecheckModel(QAbstractTableModel):
    """The re-check list, one row per score sheet, as the service last reported it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RecheckRow] = []
        self.hidden = False

    def set_status(self, status: RecheckStatus) -> None:
        self.beginResetModel()
        self.rows, self.hidden = list(status.rows), status.identities_hidden
        self.endResetModel()

    def headings(self) -> list[str]:
        return [
            self.tr("工件号") if self.hidden else self.tr("参赛证号"),
            self.tr("姓名"),
            self.tr("组别"),
            self.tr("名次"),
            self.tr("类别"),
            self.tr("状态"),
            self.tr("复核人"),
            self.tr("更正"),
        ]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headings()[section]
        return super().headerData(section, orientation, role)

    def values(self, row: RecheckRow) -> list[str]:
        parts = {
            "top": self.tr("前列全检"),
            "sample": self.tr("随机抽查"),
            "full": self.tr("扩大全检"),
        }
        states = {"pending": self.tr("待复核"), "confirmed": self.tr("已确认"),
                  "corrected": self.tr("已更正")}  # fmt: skip
        state = states.get(row.state, STATE_LABELS[row.state])
        if row.stale:
            state += self.tr("（分数已变，须重新复核）")
        return [
            row.label,
            row.name,
            row.group,
            str(row.rank or ""),
            parts.get(row.part, PART_LABELS[row.part]),
            state,
            row.checked_by,
            "；".join(row.corrections),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return empty(role)
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.values(row)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and row.state in _STATE_COLOURS:
            return QColor(_STATE_COLOURS[row.state])
        return empty(role)


class CorrectionDialog(QDialog):
    """The value as the paper sheet shows it: a criterion mark (with its judge, for a panel) or a
    directly entered score, the new value and the reason; the stored value is shown beside."""

    def __init__(
        self,
        trade: TradeInfo,
        label: str,
        judges: list[tuple[int, str]],
        parent: QWidget | None,
        lines: tuple[SheetLine, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setWindowTitle(self.tr("更正分数 · %1").replace("%1", label))
        self.criterion = QComboBox()
        rules = trade.rules
        for comp in rules.components:
            if rules.is_direct(comp.code):
                text = self.tr("%1（直接录入的成绩）").replace("%1", f"{comp.code} {comp.name}")
                self.criterion.addItem(text, comp.code)
                self.criterion.setItemData(self.criterion.count() - 1, "score", _KIND)
            for c in rules.criteria_of(comp.code):
                self.criterion.addItem(f"{c.code} {c.name}", c.code)
                self.criterion.setItemData(self.criterion.count() - 1, "mark", _KIND)
        self.judge = QComboBox()
        self.judge.addItem(self.tr("（该项只有一个分数）"), 0)
        for judge_id, text in judges:
            self.judge.addItem(text, judge_id)
        self.stored = QLabel()
        self.stored.setObjectName("Muted")
        self.value = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：核对原始评分表"))
        form = QFormLayout()
        form.addRow(self.tr("评分项"), self.criterion)
        form.addRow(self.tr("裁判"), self.judge)
        form.addRow(self.tr("录入分数"), self.stored)
        form.addRow(self.tr("更正为"), self.value)
        form.addRow(self.tr("依据"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存更正"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.criterion.currentIndexChanged.connect(lambda _i: self._chosen())
        self.judge.currentIndexChanged.connect(lambda _i: self._chosen())
        self._chosen()

    def kind(self) -> str:
        return str(self.criterion.currentData(_KIND) or "mark")

    def _chosen(self) -> None:
        score = self.kind() == "score"
        self.judge.setEnabled(not score)  # a direct score has no judge
        judge = 0 if score else int(self.judge.currentData() or 0)
        code = self.criterion.currentData()
        found = next(
            (x for x in self.lines if x.code == code and x.kind == self.kind()
             and x.judge_id == judge),
            None,
        )  # fmt: skip
        value = found.value if found is not None else None
        self.stored.setText(self.tr("（未录入）") if value is None else plain(value))


class RecheckDialog(QDialog):
    """One trade's re-check. The seed is shown as soon as the list is drawn, so it can be read
    out and written on the list; the error rate and escalation follow each correction."""

    def __init__(self, session: EventSession, trade: TradeInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.trade = session, trade
        self.status: RecheckStatus | None = None
        self.setWindowTitle(self.tr("抽样复核 · %1").replace("%1", trade.name))
        self.resize(900, 560)
        self.rule = QLabel()
        self.rule.setObjectName("Muted")
        self.rule.setWordWrap(True)
        self.seed_label = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.seed_edit = QLineEdit()
        self.seed_edit.setPlaceholderText(self.tr("种子（留空则随机生成）"))
        self.seed_edit.setMinimumWidth(220)
        self.draw_button = QPushButton(self.tr("抽取复核名单"))
        self.draw_button.setObjectName("Primary")
        self.draw_button.clicked.connect(lambda: self.draw())
        self.model = RecheckModel(self)
        self.table = make_table(self, sortable=False)
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(lambda index: self.confirm(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.show_sheet())
        # The selected sheet as stored, marks and direct scores: what the checker compares
        self.sheet = QLabel()
        self.sheet.setObjectName("Muted")
        self.sheet.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("确认无误"))
        self.confirm_button.clicked.connect(lambda: self.confirm())
        self.correct_button = QPushButton(self.tr("更正分数…"))
        self.correct_button.clicked.connect(lambda: self.open_correction())
        self.print_button = QPushButton(self.tr("打印复核名单…"))
        self.print_button.clicked.connect(lambda: self.save_list())
        self.correction: CorrectionDialog | None = None

        top = QHBoxLayout()
        top.addWidget(self.seed_label, 1)
        top.addWidget(self.seed_edit)
        top.addWidget(self.draw_button)
        actions = QHBoxLayout()
        for b in (self.confirm_button, self.correct_button, self.print_button):
            actions.addWidget(b)
        actions.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.rule)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.sheet)
        lay.addLayout(actions)
        lay.addWidget(self.message)
        self.reload()

    # -- showing --------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.show_status(recheck_status(self.session.ctx, self.trade.id))
        except UserError as e:
            self.say(str(e), error=True)

    def show_status(self, st: RecheckStatus) -> None:
        self.status = st
        r = st.rules
        self.rule.setText(
            self.tr(
                "各组前 %1 名全部复核，其余随机抽取不少于 %2 %，抽查差错率超过 %3 % 时全部复核。%4"
            )
            .replace("%1", str(r.top))
            .replace("%2", format(r.share * 100, "f").rstrip("0").rstrip("."))
            .replace("%3", format(r.error_rate * 100, "f").rstrip("0").rstrip("."))
            .replace("%4", self.tr("锁定成绩前须复核完毕。") if st.required else "")
        )
        if st.drawn:
            self.seed_label.setText(
                self.tr("种子 %1（第 %2 次抽取，%3）")
                .replace("%1", str(st.seed))
                .replace("%2", str(st.round))
                .replace("%3", st.drawn_by)
            )
        else:
            self.seed_label.setText(self.tr("尚未抽取复核名单"))
        self.summary.setText(st.summary())
        self.model.set_status(st)
        locked = self.trade.locked
        self.draw_button.setEnabled(not st.drawn and not locked and self.session.can("recheck"))
        self.seed_edit.setEnabled(self.draw_button.isEnabled())
        marks = st.drawn and not locked and self.session.can("marks")
        self.confirm_button.setEnabled(marks)
        self.correct_button.setEnabled(marks)
        self.print_button.setEnabled(st.drawn)
        self.show_sheet()

    def show_sheet(self) -> None:
        row = self.selected_row()
        if row is None:
            self.sheet.setText(self.tr("选中一份评分表，这里列出它录入的全部分数。"))
            return
        target = self.model.rows[row]
        try:
            lines = sheet_lines(self.session.ctx, self.trade.id, target.contestant_id)
        except UserError as e:
            self.say(str(e), error=True)
            return
        shown = [
            f"{x.name}{'@' + x.judge if x.judge else ''} "
            f"{self.tr('（未录入）') if x.value is None else plain(x.value)}"
            for x in lines
        ]
        self.sheet.setText(
            self.tr("%1 的分数：%2").replace("%1", target.label).replace("%2", "；".join(shown))
        )

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color:#b91c1c;" if error else "color:#166534;")

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else None

    # -- acting ---------------------------------------------------------------------------
    def draw(self) -> None:
        text = self.seed_edit.text().strip()
        if text and not text.isdigit():
            self.say(self.tr("种子应为非负整数"), error=True)
            return
        try:
            st = draw_recheck(self.session.ctx, self.trade.id, int(text) if text else None)
        except UserError as e:
            self.say(str(e), error=True)
            return
        self.show_status(st)
        self.say(self.tr("已抽取复核名单，种子 %1 已记入审计日志。").replace("%1", str(st.seed)))

    def confirm(self, row: int | None = None) -> None:
        row = self.selected_row() if row is None else row
        if row is None or not self.confirm_button.isEnabled():
            self.say(self.tr("请先在表中选中一份评分表"), error=True)
            return
        target = self.model.rows[row]
        self._apply(lambda: confirm_sheet(self.session.ctx, self.trade.id, target.contestant_id))

    def open_correction(self) -> CorrectionDialog | None:
        row = self.selected_row()
        if row is None:
            self.say(self.tr("请先在表中选中一份评分表"), error=True)
            return None
        target = self.model.rows[row]
        judges = [
            (j.id, f"{j.code} {j.name}")
            for j in list_judges(self.session.ctx, self.session.event_id, self.trade.code)
        ]
        lines = sheet_lines(self.session.ctx, self.trade.id, target.contestant_id)
        dialog = CorrectionDialog(self.trade, target.label, judges, self, lines)
        dialog.accepted.connect(lambda: self.correct(target.contestant_id, dialog))
        self.correction = dialog
        dialog.open()
        return dialog

    def correct(self, contestant_id: int, dialog: CorrectionDialog) -> None:
        try:
            value = read_number(dialog.value.text())
        except UserError as e:
            self.say(str(e), error=True)
            return
        if value is None:
            self.say(self.tr("更正的分数不能为空"), error=True)
            return
        code, judge = dialog.criterion.currentData(), int(dialog.judge.currentData())
        reason = dialog.reason.text()
        ctx, trade_id = self.session.ctx, self.trade.id
        if dialog.kind() == "score":
            self._apply(
                lambda: correct_score(ctx, trade_id, contestant_id, code, value, reason=reason)
            )
            return
        self._apply(
            lambda: correct_mark(
                ctx, trade_id, contestant_id, code, value, judge_id=judge, reason=reason
            )
        )

    def _apply(self, action: Any) -> None:
        try:
            st = action()
        except UserError as e:
            self.say(str(e), error=True)
            return
        self.show_status(st)
        self.say(st.summary())
        self.session.notify()  # a correction changes results, progress and the audit trail

    def save_list(self, path: Path | None = None) -> Path | None:
        if path is None:
            suggested = f"{self.trade.name}抽样复核名单.pdf"
            path = prompts.save_file(self, self.tr("打印复核名单"), suggested, "PDF (*.pdf)")
            if path is None:
                return None
        try:
            pdf = recheck_list_pdf(self.session.ctx, self.session.event_id, self.trade.code)
        except UserError as e:
            self.say(str(e), error=True)
            return None
        path.write_bytes(pdf)
        self.say(self.tr("已保存到 %1").replace("%1", str(path)))
        return path
