"""The first screen: start a new event, open the demo, open a database, or pick a recent one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.wording import counted
from competition_app.ui.common.icons import action_icon, app_icon
from competition_app.ui.common.view_base import card, section_title

if TYPE_CHECKING:
    from competition_app.services.setup.events import EventInfo


class WelcomeView(QWidget):
    """Shown when no event is open.

    Signals:
        new_event_requested(): the new-event wizard should open.
        demo_requested(): open (building if needed) the demo event.
        open_database_requested(): choose a database file.
        recent_chosen(str): a recent database path was double-clicked.
        event_chosen(int): an event of the current database was chosen.
    """

    new_event_requested = Signal()
    demo_requested = Signal()
    open_database_requested = Signal()
    recent_chosen = Signal(str)
    event_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 32)
        outer.setSpacing(32)

        left = QVBoxLayout()
        left.setSpacing(14)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(64, 64)))
        left.addWidget(logo)
        title = QLabel(self.tr("职业技能大赛赛务系统"))
        title.setObjectName("HeroTitle")
        subtitle = QLabel(self.tr("离线运行：赛事设置、报名、评分录入、排名与奖项、锁定与审计。"))
        subtitle.setObjectName("HeroSubtitle")
        subtitle.setWordWrap(True)
        left.addWidget(title)
        left.addWidget(subtitle)
        left.addSpacing(12)
        self.new_button = self._action(
            self.tr("新建赛事…"), self.tr("按预设规则创建赛事和工种"), action_icon("new")
        )
        self.demo_button = self._action(
            self.tr("打开演示赛事"),
            self.tr("五个工种、两百余名选手，大部分分数已录入"),
            action_icon("demo"),
        )
        self.open_button = self._action(
            self.tr("打开数据库…"), self.tr("打开已有的赛事数据库文件"), action_icon("open")
        )
        self.new_button.clicked.connect(self.new_event_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.open_button.clicked.connect(self.open_database_requested)
        for b in (self.new_button, self.demo_button, self.open_button):
            left.addWidget(b)
        left.addStretch(1)
        outer.addLayout(left, 5)

        right = QVBoxLayout()
        right.setSpacing(14)
        events_card = card(self)
        el = QVBoxLayout(events_card)
        el.setContentsMargins(16, 12, 16, 12)
        el.addWidget(section_title(self.tr("本数据库中的赛事")))
        self.database_label = QLabel()
        self.database_label.setObjectName("Muted")
        self.database_label.setWordWrap(True)
        el.addWidget(self.database_label)
        self.events = QListWidget()
        self.events.setObjectName("RecentList")
        # a long event name or the reason the events cannot be listed wraps, never scrolls
        self.events.setWordWrap(True)
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.events.itemActivated.connect(self._event_activated)
        el.addWidget(self.events)
        right.addWidget(events_card, 1)
        recent_card = card(self)
        rl = QVBoxLayout(recent_card)
        rl.setContentsMargins(16, 12, 16, 12)
        rl.addWidget(section_title(self.tr("最近打开")))
        self.recent = QListWidget()
        self.recent.setObjectName("RecentList")
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        )
        rl.addWidget(self.recent)
        right.addWidget(recent_card, 1)
        outer.addLayout(right, 6)

    def _action(self, text: str, hint: str, icon: QIcon) -> QPushButton:
        """A large button: an icon, a title and a line of explanation."""
        b = QPushButton()
        b.setObjectName("WelcomeAction")
        b.setAccessibleName(text)
        b.setMinimumHeight(72)
        b.setCursor(Qt.CursorShape.PointingHandCursor)
        lay = QHBoxLayout(b)
        lay.setContentsMargins(18, 10, 18, 10)
        lay.setSpacing(14)
        pic = QLabel()
        pic.setPixmap(icon.pixmap(QSize(32, 32)))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        title = QLabel(text)
        title.setObjectName("ActionTitle")
        sub = QLabel(hint)
        sub.setObjectName("Muted")
        texts.addWidget(title)
        texts.addWidget(sub)
        lay.addWidget(pic)
        lay.addLayout(texts, 1)
        for w in (pic, title, sub):
            w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return b

    def set_state(
        self,
        database: str,
        events: list[EventInfo],
        recent: list[str],
        unreadable: str = "",
    ) -> None:
        """`unreadable`: why the database's events could not be listed (shown instead of the
        invitation to make one: they are there, only not readable)."""
        self.database_label.setText(database)
        self.events.clear()
        for e in events:
            item = QListWidgetItem(
                counted(
                    self.tr("%1\n%2 · %3 个工种 · %4 名选手"), {"%3": e.trades, "%4": e.contestants}
                )
                .replace("%1", e.name)
                .replace("%2", e.date or "—")
            )
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            self.events.addItem(item)
        if unreadable:
            item = QListWidgetItem(self.tr("（无法列出本数据库中的赛事）") + "\n" + unreadable)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setToolTip(unreadable)
            self.events.addItem(item)
        elif not events:
            item = QListWidgetItem(self.tr("（还没有赛事：新建一个，或打开演示赛事）"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.events.addItem(item)
        self.recent.clear()
        for path in recent:
            item = QListWidgetItem(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        if not recent:
            item = QListWidgetItem(self.tr("（暂无）"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

    def _event_activated(self, item: QListWidgetItem) -> None:
        event_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(event_id, int):
            self.event_chosen.emit(event_id)
