"""A page of the main window: a title, an inline message bar, and content that reloads when stale."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.domain.roles import Permission
from competition_app.ui.common.message_bar import MessageBar
from competition_app.ui.common.table_support import remember_widths
from competition_app.ui.window.crash_reporting import error_text
from competition_app.ui.window.session import EXTERNAL, EventSession


class View(QWidget):
    """One page of the event (Trades, Contestants, Scoring ...).

    Subclasses list the session `topics` they show and implement `reload()`; the page reloads
    when it is shown after one of those topics changed, or at once if it is on screen.
    """

    topics: tuple[str, ...] = ()
    name = ""

    def __init__(
        self, session: EventSession, title: str, subtitle: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ViewPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.session = session
        self._stale = True
        self._tables: list[tuple[str, QTableView]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 12)
        outer.setSpacing(10)
        head = QHBoxLayout()
        head.setSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("ViewTitle")
        self.subtitle_label = QLabel(subtitle)
        self.subtitle_label.setObjectName("ViewSubtitle")
        self.subtitle_label.setVisible(bool(subtitle))
        # a long subtitle (in English, say) wraps rather than squeezing the page's buttons
        self.subtitle_label.setWordWrap(True)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        head.addLayout(titles, 1)
        self.actions_layout = QHBoxLayout()
        self.actions_layout.setSpacing(6)
        head.addLayout(self.actions_layout)
        outer.addLayout(head)
        self.messages = MessageBar(self)
        outer.addWidget(self.messages)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        outer.addLayout(self.body, 1)
        session.changed.connect(self._on_changed)

    # -- staleness ----------------------------------------------------------------------------
    def activate(self) -> None:
        """Called when the page is shown: reload if something it shows changed meanwhile."""
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def _on_changed(self, topic: str) -> None:
        if topic in self.topics or topic == EXTERNAL:
            self._stale = True
            if self.isVisible():
                self.activate()

    def notify_others(self) -> None:
        """Tell the other pages about a change this page has already shown (no reload here)."""
        self.session.changed.disconnect(self._on_changed)
        try:
            self.session.notify()
        finally:
            self.session.changed.connect(self._on_changed)

    def has_unsaved_changes(self) -> bool:
        """True when leaving now would lose edits (the rules editor's)."""
        return False

    def search_box(self) -> QLineEdit | None:
        """The box Ctrl+F jumps to, if the page has one."""
        box = getattr(self, "search", None) or getattr(self, "find_edit", None)
        return box if isinstance(box, QLineEdit) else None

    # -- who may do what --------------------------------------------------------------------
    def can(self, permission: Permission) -> bool:
        """Whether the logged-in user's role allows this (buttons are greyed out otherwise)."""
        return self.session.can(permission)

    def allowed(self, permission: Permission) -> bool:
        """True when the user may do this; otherwise the service's refusal is shown in words
        (for an action reached although its button is greyed out: a shortcut, a double-click)."""
        from competition_app.services.integrity.permissions import require

        try:
            require(self.session.ctx, permission)
        except UserError as e:
            self.show_error(e)
            return False
        return True

    # -- messages -----------------------------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.messages.show_message(text, "error")

    def show_info(self, text: str, level: str = "success") -> None:
        self.messages.show_message(text, level)

    # -- remembered column widths --------------------------------------------------------------
    def remember_table(self, key: str, table: QTableView) -> None:
        self._tables.append((key, table))

    def save_state(self) -> None:
        for key, table in self._tables:
            if table.model() is not None and table.model().columnCount() > 0:
                remember_widths(table, key)


def card(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName("Card")
    return frame


def lock_banner(parent: QWidget | None = None) -> tuple[QFrame, QLabel]:
    """The strip that says a trade is locked (read-only); returns the frame and its text label."""
    frame = QFrame(parent)
    frame.setObjectName("LockBanner")
    lay = QHBoxLayout(frame)
    lay.setContentsMargins(10, 6, 10, 6)
    icon = QLabel()
    style = frame.style()
    icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(18, 18))
    text = QLabel()
    text.setWordWrap(True)
    lay.addWidget(icon)
    lay.addWidget(text, 1)
    frame.hide()
    return frame, text


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("SectionTitle")
    return label
