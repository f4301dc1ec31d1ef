"""The audit trail: who changed what and when, searchable, and a check that nothing was altered."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from competition_app.domain.audit_values import pair_text
from competition_app.domain.entries import STATUSES
from competition_app.domain.wording import counted
from competition_app.services.integrity.audit import AuditCheck, AuditLine, audit_log, verify_audit
from competition_app.services.integrity.state_check import state_mismatches
from competition_app.ui.common.table_support import (
    CENTER,
    FilterProxy,
    R,
    TableColumn,
    TupleTableModel,
    apply_widths,
    empty,
    make_table,
)
from competition_app.ui.common.view_base import View
from competition_app.ui.common.workers import Task, run_task
from competition_app.ui.window.session import TOPICS, EventSession
from competition_app.ui.window.translation import (
    active_language,
    actor_label,
    service_text,
    status_label,
)


def action_labels() -> dict[str, str]:
    return {
        "event.create": QCoreApplication.translate("Audit", "创建赛事"),
        "trade.rules": QCoreApplication.translate("Audit", "修改规则"),
        "trade.lock": QCoreApplication.translate("Audit", "锁定成绩"),
        "trade.unlock": QCoreApplication.translate("Audit", "解锁成绩"),
        "tie.decide": QCoreApplication.translate("Audit", "裁定并列"),
        "tie.clear": QCoreApplication.translate("Audit", "撤销并列裁定"),
        "mark": QCoreApplication.translate("Audit", "录入分数"),
        "score": QCoreApplication.translate("Audit", "录入成绩"),
        "time": QCoreApplication.translate("Audit", "录入用时"),
        "marks.clear": QCoreApplication.translate("Audit", "清除分数"),
        "scores.import": QCoreApplication.translate("Audit", "导入成绩表"),
        "contestants.import": QCoreApplication.translate("Audit", "导入选手"),
        "contestant.add": QCoreApplication.translate("Audit", "新增选手"),
        "contestant.edit": QCoreApplication.translate("Audit", "修改选手"),
        "contestant.status": QCoreApplication.translate("Audit", "选手状态"),
        "contestant.delete": QCoreApplication.translate("Audit", "删除选手"),
        "judges.import": QCoreApplication.translate("Audit", "导入裁判"),
        "judge.add": QCoreApplication.translate("Audit", "新增裁判"),
        "judge.edit": QCoreApplication.translate("Audit", "修改裁判"),
        "judge.delete": QCoreApplication.translate("Audit", "删除裁判"),
        "demo.build": QCoreApplication.translate("Audit", "建立演示数据"),
        "trade.options": QCoreApplication.translate("Audit", "赛务选项"),
        "lots.draw": QCoreApplication.translate("Audit", "抽签"),
        "lots.redraw": QCoreApplication.translate("Audit", "重新抽签"),
        "checkin": QCoreApplication.translate("Audit", "检录"),
        "codes.generate": QCoreApplication.translate("Audit", "生成加密号"),
        "codes.regenerate": QCoreApplication.translate("Audit", "重新生成加密号"),
        "codes.tables": QCoreApplication.translate("Audit", "查看加密表"),
        "codes.decrypt": QCoreApplication.translate("Audit", "解密"),
        "judge.assign": QCoreApplication.translate("Audit", "安排裁判"),
        "judge.unassign": QCoreApplication.translate("Audit", "移出裁判"),
        "judge.conflict": QCoreApplication.translate("Audit", "登记回避"),
        "judge.conflict_withdrawn": QCoreApplication.translate("Audit", "撤销回避"),
        "mark.pass": QCoreApplication.translate("Audit", "复核录入"),
        "mark.verified": QCoreApplication.translate("Audit", "分数核对一致"),
        "mark.resolve": QCoreApplication.translate("Audit", "裁定不一致分数"),
        "mark.appeal": QCoreApplication.translate("Audit", "申诉改分"),
        "mark.recheck": QCoreApplication.translate("Audit", "抽样复核更正"),
        "score.recheck": QCoreApplication.translate("Audit", "抽样复核更正成绩"),
        "recheck.draw": QCoreApplication.translate("Audit", "抽取复核名单"),
        "recheck.redraw": QCoreApplication.translate("Audit", "重新抽取复核名单"),
        "recheck.confirm": QCoreApplication.translate("Audit", "复核确认"),
        "recheck.escalate": QCoreApplication.translate("Audit", "扩大为全部复核"),
        "score.appeal": QCoreApplication.translate("Audit", "申诉改成绩"),
        "appeal.record": QCoreApplication.translate("Audit", "登记申诉"),
        "appeal.decide": QCoreApplication.translate("Audit", "裁定申诉"),
        "appeal.apply": QCoreApplication.translate("Audit", "申诉改分结果"),
        "user.add": QCoreApplication.translate("Audit", "新增用户"),
        "user.role": QCoreApplication.translate("Audit", "修改角色"),
        "user.active": QCoreApplication.translate("Audit", "停用或启用用户"),
        "user.password": QCoreApplication.translate("Audit", "修改密码"),
        "certificates.issue": QCoreApplication.translate("Audit", "颁发证书"),
        "backup.restore": QCoreApplication.translate("Audit", "从备份恢复"),
        "audit.head_rebuilt": QCoreApplication.translate("Audit", "审计链头重建"),
        "audit.genesis": QCoreApplication.translate("Audit", "审计链起点"),
        "event.update": QCoreApplication.translate("Audit", "修改赛事"),
        "event.export_archive": QCoreApplication.translate("Audit", "导出赛事归档"),
        "event.import_archive": QCoreApplication.translate("Audit", "从归档导入赛事"),
        "trade.add": QCoreApplication.translate("Audit", "新增工种"),
        "trade.remove": QCoreApplication.translate("Audit", "删除工种"),
        "contestants.update": QCoreApplication.translate("Audit", "更新选手"),
    }


def _widest(texts: Iterable[str], at_least: int) -> int:
    metrics = QFontMetrics(QApplication.font())
    return max([at_least, *(metrics.horizontalAdvance(t) + 20 for t in texts)])


class AuditTableModel(TupleTableModel):
    """One row per audit entry, newest first; the payload is the AuditLine."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                # centred, not right-aligned: the page opens sorted by it, and a right-aligned
                # heading ran under the sort arrow at the section's right edge
                TableColumn("id", self.tr("序号"), 70, CENTER),
                TableColumn("at", self.tr("时间"), 140),
                TableColumn("user", self.tr("操作人"), 100),
                # as wide as the longest action's name in the window's language
                TableColumn("action", self.tr("操作"), _widest(action_labels().values(), 165)),
                TableColumn("key", self.tr("对象"), 100),
                TableColumn("old", self.tr("原值"), 140),
                TableColumn("new", self.tr("新值"), 160, stretch=True),
                TableColumn("reason", self.tr("原因"), 120),
            ],
            parent,
        )
        self.set_sort_key(0, lambda s: int(s) if s.isdigit() else 0)

    def shown(self, line: AuditLine) -> tuple[str, str]:
        """An entry's old and new values in words: a code (a status, the lock) by its name,
        named fields by theirs, those an edit left as they were left out
        (`domain.audit_values`)."""
        words = {"locked": self.tr("已锁定"), "unlocked": self.tr("未锁定")}

        def code(value: str) -> str | None:
            return status_label(value) if value in STATUSES else words.get(value)

        old, new = pair_text(line.old, line.new, line.entity, english=active_language() == "en")
        return code(line.old) or old, code(line.new) or new

    def set_lines(self, lines: list[AuditLine]) -> None:
        labels = action_labels()
        rows = [
            (
                str(a.id),
                a.at.strftime("%Y-%m-%d %H:%M:%S"),
                actor_label(a.user),
                labels.get(a.action, a.action),
                a.key or a.entity,
                *self.shown(a),
                a.reason,
            )
            for a in lines
        ]
        self.set_rows(rows, lines)

    def extra_data(self, row: int, column: int, role: int) -> Any:
        if role == R.ToolTipRole and self.columns[column].key in ("old", "new", "reason", "key"):
            return self.row_values(row)[column]
        return empty(role)


class AuditView(View):
    """Read by the supervisor and arbitration; nothing here can be edited."""

    topics = TOPICS  # every change is written to the log, certificates issued too
    name = "audit"

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("审计日志"),
            self.tr("每次修改都记录操作人、时间、原值与新值；记录首尾相连，任何改动都可被发现"),
            parent,
        )
        self.task: Task | None = None
        self.check: AuditCheck | None = None
        self.mismatches: list[str] = []
        self.verify_button = QPushButton(self.tr("校验审计链"))
        self.verify_button.setObjectName("Primary")
        self.verify_button.clicked.connect(lambda: self.verify())
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.reload)
        self.actions_layout.addWidget(refresh)
        self.actions_layout.addWidget(self.verify_button)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("筛选：参赛证号、操作人、数值、原因……"))
        self.search.setClearButtonEnabled(True)
        self.action_filter = QComboBox()
        self.user_filter = QComboBox()
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        bar.addWidget(self.search, 1)
        bar.addWidget(QLabel(self.tr("操作")))
        bar.addWidget(self.action_filter)
        bar.addWidget(QLabel(self.tr("操作人")))
        bar.addWidget(self.user_filter)
        bar.addWidget(self.count_label)
        self.body.addLayout(bar)
        self.model = AuditTableModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self)
        self.table.setModel(self.proxy)
        apply_widths(self.table, self.model.columns, "audit")
        self.remember_table("audit", self.table)
        self.body.addWidget(self.table, 1)
        self.search.textChanged.connect(self._filters_changed)
        self.action_filter.currentIndexChanged.connect(self._filters_changed)
        self.user_filter.currentIndexChanged.connect(self._filters_changed)

    def reload(self) -> None:
        lines = audit_log(self.session.ctx, self.session.event_id)
        self.model.set_lines(lines)
        for combo, column, everything in (
            (self.action_filter, 3, self.tr("全部操作")),
            (self.user_filter, 2, self.tr("全部人员")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in sorted({r[column] for r in self.model.all_rows()}):
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.blockSignals(False)
        self._filters_changed()

    def set_filter(self, action: str | None = None, user: str | None = None) -> None:
        """Show only one action (its label) and/or one person's entries; None shows all."""
        self.action_filter.setCurrentIndex(max(self.action_filter.findData(action), 0))
        self.user_filter.setCurrentIndex(max(self.user_filter.findData(user), 0))

    def _filters_changed(self) -> None:
        self.proxy.set_text(self.search.text())
        self.proxy.set_column_filter(3, self.action_filter.currentData())
        self.proxy.set_column_filter(2, self.user_filter.currentData())
        self.count_label.setText(
            counted(
                self.tr("共 %1 条，显示 %2 条"),
                {"%1": self.model.rowCount(), "%2": self.proxy.rowCount()},
            )
        )

    def verify(self) -> Task:
        ctx = self.session.ctx
        self.verify_button.setEnabled(False)
        self.task = run_task(
            self,
            lambda progress: (verify_audit(ctx), state_mismatches(ctx)),
            self._verified,
            label=self.tr("正在校验审计链……"),
            on_error=self._failed,
        )
        return self.task

    def _failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.show_error(exc)

    def _verified(self, result: tuple[AuditCheck, list[str]]) -> None:
        check, mismatches = result
        self.verify_button.setEnabled(True)
        self.check = check
        self.mismatches = mismatches
        if check.ok and mismatches:
            self.messages.show_message(
                self.tr(
                    "审计链完整，但数据与审计日志不符（被直接改动）：%1。请报告监督仲裁人员。"
                ).replace("%1", "；".join(service_text(m) for m in mismatches[:10])),
                "error",
            )
            return
        if check.ok:
            self.show_info(
                counted(
                    self.tr("审计链完整：全部 %1 条记录均未被改动、插入或删除。链尾哈希 %2"),
                    {"%1": check.entries},
                ).replace("%2", check.head_hash[:16])
            )
            return
        self.messages.show_message(
            self.tr("审计链校验不通过：%1。第一条有问题的记录是第 %2 条。请报告监督仲裁人员。")
            .replace("%1", service_text(check.problem))
            .replace("%2", str(check.first_bad_id if check.first_bad_id is not None else "—")),
            "error",
        )
        if check.first_bad_id is not None:
            self.show_entry(check.first_bad_id)

    def show_entry(self, entry_id: int) -> bool:
        """Clear the filters and select the entry with this number, if it is listed."""
        self.search.clear()
        self.set_filter()
        for r in range(self.proxy.rowCount()):
            if self.model.payload(self.proxy.source_row(r)).id == entry_id:
                self.table.selectRow(r)
                self.table.scrollTo(self.proxy.index(r, 0))
                return True
        return False
