"""The side navigation: the event's pages in the order of a contest, grouped under headings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module
from typing import cast

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from competition_app.ui.common.icons import nav_icon
from competition_app.ui.common.view_base import View
from competition_app.ui.window.session import EventSession

ViewFactory = Callable[[EventSession, QWidget], View]
NAME_ROLE = Qt.ItemDataRole.UserRole

# Ctrl+1 ... Ctrl+9 keep the pages they had before the contest-day pages came in.
SHORTCUT_PAGES = (
    "event",
    "trades",
    "contestants",
    "judges",
    "scoring",
    "results",
    "teams",
    "printing",
    "audit",
)


def page_labels() -> dict[str, str]:
    return {
        "event": QCoreApplication.translate("MainWindow", "赛事"),
        "trades": QCoreApplication.translate("MainWindow", "工种"),
        "contestants": QCoreApplication.translate("MainWindow", "选手"),
        "judges": QCoreApplication.translate("MainWindow", "裁判"),
        "assignments": QCoreApplication.translate("MainWindow", "裁判分工"),
        "lots": QCoreApplication.translate("MainWindow", "抽签"),
        "checkin": QCoreApplication.translate("MainWindow", "检录"),
        "codes": QCoreApplication.translate("MainWindow", "加密"),
        "scoring": QCoreApplication.translate("MainWindow", "评分"),
        "results": QCoreApplication.translate("MainWindow", "成绩"),
        "appeals": QCoreApplication.translate("MainWindow", "申诉"),
        "teams": QCoreApplication.translate("MainWindow", "团体"),
        "printing": QCoreApplication.translate("MainWindow", "打印"),
        "audit": QCoreApplication.translate("MainWindow", "审计"),
        "users": QCoreApplication.translate("MainWindow", "用户"),
    }


def section_labels() -> dict[str, str]:
    return {
        "setup": QCoreApplication.translate("MainWindow", "赛前准备"),
        "day": QCoreApplication.translate("MainWindow", "比赛当天"),
        "results": QCoreApplication.translate("MainWindow", "成绩发布"),
        "admin": QCoreApplication.translate("MainWindow", "管理"),
    }


def _page(module: str, cls: str) -> ViewFactory:
    """A factory that imports the page's module when the page is first built, so opening an
    event imports only the page shown (every page's imports cost a second at start)."""

    def build(session: EventSession, parent: QWidget) -> View:
        view_class = getattr(import_module(f"competition_app.ui.{module}"), cls)
        return cast(View, view_class(session, parent))

    return build


def pages() -> list[tuple[str, str, ViewFactory]]:
    """(section, page name, view factory) in navigation order."""
    return [
        ("setup", "event", _page("setup.event_view", "EventView")),
        ("setup", "trades", _page("setup.trades_view", "TradesView")),
        ("setup", "contestants", _page("registration.contestants_view", "ContestantsView")),
        ("setup", "judges", _page("registration.judges_view", "JudgesView")),
        ("setup", "assignments", _page("contest_day.assignments_view", "AssignmentsView")),
        ("day", "lots", _page("contest_day.lots_view", "LotsView")),
        ("day", "checkin", _page("contest_day.checkin_view", "CheckinView")),
        ("day", "codes", _page("contest_day.codes_view", "CodesView")),
        ("day", "scoring", _page("scoring.scoring_view", "ScoringView")),
        ("results", "results", _page("results.results_view", "ResultsView")),
        ("results", "appeals", _page("integrity.appeals_view", "AppealsView")),
        ("results", "teams", _page("results.teams_view", "TeamsView")),
        ("results", "printing", _page("printing.printing_view", "PrintingView")),
        ("admin", "audit", _page("integrity.audit_view", "AuditView")),
        ("admin", "users", _page("integrity.users_view", "UsersView")),
    ]


class Navigation(QListWidget):
    """The list of pages; section headings are items that cannot be chosen.

    Signals:
        page_chosen(str): the user (or `select`) chose the page with this name.
    """

    page_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Navigation")
        self.setIconSize(QSize(18, 18))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.currentRowChanged.connect(self._row_changed)

    def set_pages(self, entries: Sequence[tuple[str, str]]) -> None:
        """(section, page name) in order; a heading goes before each new section."""
        labels, sections = page_labels(), section_labels()
        self.blockSignals(True)
        self.clear()
        last = None
        for section, name in entries:
            if section != last:
                heading = QListWidgetItem(sections.get(section, section))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                heading.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "heading")
                heading.setSizeHint(QSize(0, 24))
                font = heading.font()
                font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
                heading.setFont(font)
                heading.setForeground(QColor("#64748b"))
                self.addItem(heading)
                last = section
            item = QListWidgetItem(nav_icon(name), labels.get(name, name))
            item.setData(NAME_ROLE, name)
            self.addItem(item)
        self.blockSignals(False)

    def page_texts(self) -> list[str]:
        """The labels of the pages (not the headings), as the user reads them."""
        return [self.item(i).text() for i in range(self.count()) if self.item(i).data(NAME_ROLE)]

    def select(self, name: str) -> bool:
        for i in range(self.count()):
            if self.item(i).data(NAME_ROLE) == name:
                self.setCurrentRow(i)
                return True
        return False

    def current_name(self) -> str | None:
        item = self.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None and item.data(NAME_ROLE) else None

    def _row_changed(self, row: int) -> None:
        item = self.item(row) if row >= 0 else None
        name = item.data(NAME_ROLE) if item is not None else None
        if name:
            self.page_chosen.emit(str(name))


class NavPanel(QWidget):
    """The dark column on the left: the app's name, the open event, and the Navigation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(170)
        self.setStyleSheet("background: #1e293b;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        brand = QLabel(QCoreApplication.translate("MainWindow", "赛务系统"))
        brand.setObjectName("NavBrand")
        brand.setWordWrap(True)  # the app's one English name takes two lines here
        self.event_label = QLabel()
        self.event_label.setObjectName("NavEvent")
        self.event_label.setWordWrap(True)
        self.nav = Navigation()
        lay.addWidget(brand)
        lay.addWidget(self.event_label)
        lay.addWidget(self.nav, 1)
