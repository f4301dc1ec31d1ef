"""The new-event wizard: the event's details, then its trades from the published presets."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from competition_app.domain.errors import UserError, ValidationError
from competition_app.domain.presets import PRESET_LABELS, PRESETS
from competition_app.domain.rules_io import rules_from_mapping
from competition_app.io.event_file import EventDefinition, TradeDefinition
from competition_app.services.context import Context
from competition_app.services.setup.events import create_event
from competition_app.ui.common.rows_model import ChoiceDelegate, Column, RowsModel
from competition_app.ui.common.table_support import configure_table
from competition_app.ui.window.crash_reporting import error_text
from competition_app.ui.window.translation import domain_label

# Trades organisers add most often, with the preset that usually applies.
COMMON_TRADES: tuple[tuple[str, str, str], ...] = (
    ("fitter", "钳工", "cn-provincial"),
    ("electrician", "电工", "cn-electrician"),
    ("welder", "焊工", "cn-provincial"),
    ("cnc_lathe", "数控车工", "cn-provincial"),
    ("cnc_mill", "数控铣工", "cn-provincial"),
    ("auto_repair", "汽车维修工", "cn-provincial"),
    ("chef", "中式烹调师", "cn-provincial"),
    ("electronics", "电子技术", "worldskills"),
)
_CODE = re.compile(r"^[A-Za-z0-9_\-]+$")


def split_groups(text: str) -> tuple[str, ...]:
    return tuple(g.strip() for g in re.split(r"[、,，;；\s]+", text) if g.strip())


class EventPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("赛事信息"))
        self.setSubTitle(self.tr("名称将印在成绩公示表和证书上。"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如：2024年江北区职业技能大赛"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.organizer = QLineEdit()
        self.organizer.setPlaceholderText(self.tr("例如：江北区人力资源和社会保障局"))
        self.venue = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("赛事名称 *"), self.name)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("主办单位"), self.organizer)
        form.addRow(self.tr("地点"), self.venue)
        self.registerField("name*", self.name)


class TradesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("工种与评分规则"))
        self.setSubTitle(
            self.tr("每个工种选一个规则预设；评分细则、奖项等可以稍后在“工种”页修改。")
        )
        presets = tuple(
            (key, f"{key}：{domain_label(PRESET_LABELS.get(key, key))}") for key in PRESETS
        )
        self.model = RowsModel(
            [
                Column("code", self.tr("代码")),
                Column("name", self.tr("名称")),
                Column("preset", self.tr("规则预设"), presets),
                Column("groups", self.tr("组别（用顿号分隔）")),
            ],
            parent=self,
        )
        self.table = QTableView()
        configure_table(self.table, sortable=False)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QTableView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().show()
        self.table.setModel(self.model)
        for i, w in enumerate((110, 110, 330, 140)):
            self.table.setColumnWidth(i, w)
        add_common = QPushButton(self.tr("添加常用工种"))
        menu = QMenu(add_common)
        for code, name, preset in COMMON_TRADES:
            menu.addAction(name, lambda c=code, n=name, p=preset: self.add_trade(c, n, p))
        add_common.setMenu(menu)
        add = QPushButton(self.tr("添加空白工种"))
        add.clicked.connect(
            lambda: self.add_trade(f"trade{self.model.rowCount() + 1}", "", "cn-provincial")
        )
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(lambda: self.model.remove_row(self.table.currentIndex().row()))
        buttons = QHBoxLayout()
        for b in (add_common, add, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.problem = QLabel()
        self.problem.setObjectName("FieldError")
        self.problem.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.problem)
        self.model.edited.connect(self.completeChanged)
        self.model.edited.connect(self._show_problem)

    def add_trade(self, code: str, name: str, preset: str, groups: str = "") -> None:
        taken = {r["code"] for r in self.model.rows()}
        base, n = code, 2
        while code in taken:
            code, n = f"{base}{n}", n + 1
        self.model.add_row({"code": code, "name": name, "preset": preset, "groups": groups})

    def problems(self) -> list[str]:
        rows = self.model.rows()
        if not rows:
            return [self.tr("至少添加一个工种")]
        out, seen = [], set()
        for i, r in enumerate(rows, start=1):
            if not r["code"]:
                out.append(self.tr("第 %1 行：代码为空").replace("%1", str(i)))
            elif not _CODE.match(r["code"]):
                out.append(self.tr("第 %1 行：代码只能用字母、数字、下划线").replace("%1", str(i)))
            elif r["code"] in seen:
                out.append(
                    self.tr("第 %1 行：代码“%2”重复").replace("%1", str(i)).replace("%2", r["code"])
                )
            seen.add(r["code"])
            if not r["name"]:
                out.append(self.tr("第 %1 行：名称为空").replace("%1", str(i)))
            if r["preset"] not in PRESETS:
                out.append(self.tr("第 %1 行：请选择规则预设").replace("%1", str(i)))
        return out

    def _show_problem(self) -> None:
        self.problem.setText("\n".join(self.problems()))

    def isComplete(self) -> bool:
        return not self.problems()

    def initializePage(self) -> None:
        self._show_problem()


class SummaryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("确认"))
        self.setSubTitle(self.tr("点击“创建”后建立赛事；之后可导入选手和裁判。"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.error)
        lay.addStretch(1)


class NewEventWizard(QWizard):
    """Creates the event with `services.events.create_event`; `event_id` is set once it exists."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.setWindowTitle(self.tr("新建赛事"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(820, 540)
        self.event_page = EventPage()
        self.trades_page = TradesPage()
        self.summary_page = SummaryPage()
        for page in (self.event_page, self.trades_page, self.summary_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("创建"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, _id: int) -> None:
        if self.currentPage() is self.summary_page:
            rows = self.trades_page.model.rows()
            lines = [
                self.tr("赛事：%1").replace("%1", self.event_page.name.text().strip()),
                self.tr("日期：%1").replace(
                    "%1", self.event_page.date.date().toString("yyyy-MM-dd")
                ),
                self.tr("主办单位：%1").replace(
                    "%1", self.event_page.organizer.text().strip() or "—"
                ),
                "",
                self.tr("工种："),
            ]
            for r in rows:
                groups = f"（{r['groups']}）" if r["groups"] else ""
                lines.append(
                    f"  • {r['name']} {r['code']}{groups} — {domain_label(PRESET_LABELS.get(r['preset'], ''))}"
                )
            self.summary_page.text.setText("\n".join(lines))
            self.summary_page.error.clear()

    def definition(self) -> EventDefinition:
        trades = []
        for r in self.trades_page.model.rows():
            rules = rules_from_mapping({"preset": r["preset"]}, where=r["code"])
            trades.append(
                TradeDefinition(
                    code=r["code"],
                    name=r["name"],
                    rules=rules,
                    preset=r["preset"],
                    groups=split_groups(r["groups"]),
                )
            )
        p = self.event_page
        return EventDefinition(
            name=p.name.text().strip(),
            date=p.date.date().toString("yyyy-MM-dd"),
            organizer=p.organizer.text().strip(),
            venue=p.venue.text().strip(),
            settings={"issuer": p.organizer.text().strip()} if p.organizer.text().strip() else {},
            trades=tuple(trades),
        )

    def create(self) -> int | None:
        try:
            self.event_id = create_event(self.ctx, self.definition())
        except ValidationError as e:
            self.summary_page.error.setText("\n".join(str(p) for p in e.problems))
            return None
        except UserError as e:
            self.summary_page.error.setText(error_text(e))
            return None
        return self.event_id

    def accept(self) -> None:
        if self.event_id is None and self.create() is None:
            return
        super().accept()
