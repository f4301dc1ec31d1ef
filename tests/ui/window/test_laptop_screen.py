"""Every page and dialog usable on a venue laptop (1366×768 and 1280×720), in Chinese and English:
nothing forced past the screen, no button off the window, no label or button text cut short.

The pictures each check looked at are saved in the test's temp folder (the README's pictures in
docs/images come from scripts/screenshots.py, which renders the same pages)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QToolButton,
    QWidget,
)

from competition_app.ui.window.main_window import MainWindow
from competition_app.ui.window.navigation import pages
from competition_app.ui.window.translation import install_translators

SCREENS = [QSize(1366, 768), QSize(1280, 720)]
# what a taskbar and a window's title bar take from the screen's height
FRAME = QSize(0, 80)


def clipped_texts(top: QWidget) -> list[str]:
    """The visible labels, buttons and boxes inside `top` whose text does not fit them, or that lie
    (partly) outside `top`'s area."""
    problems = []
    area = QRect(0, 0, top.width(), top.height())
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top) or w.width() <= 0:
            continue
        text = ""
        need = 0
        if isinstance(w, QLabel) and not w.wordWrap() and w.text() and w.pixmap().isNull():
            text = w.text()
            if "<" in text:  # rich text lays itself out
                continue
            need = w.minimumSizeHint().width()
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            problems += _cut_headings(w)
            continue
        elif isinstance(w, QToolButton):
            continue  # icon buttons in tool bars; their text is a tooltip
        elif isinstance(w, (QPushButton, QCheckBox, QRadioButton)) and w.text():
            text = w.text()
            need = w.sizeHint().width()
        elif isinstance(w, QComboBox) and w.currentText():
            text = w.currentText()
            need = w.fontMetrics().horizontalAdvance(text) + 24  # the arrow
        else:
            continue
        if w.width() + 1 < need:
            problems.append(f"{type(w).__name__} {text!r}: {w.width()} px, needs {need}")
        if isinstance(w, QAbstractButton):
            rect = QRect(w.mapTo(top, w.rect().topLeft()), w.size())
            if not area.contains(rect) and _shown_in_parent(w, top):
                problems.append(f"{type(w).__name__} {text!r} outside the window: {rect}")
    return problems


def _cut_headings(header: QHeaderView) -> list[str]:
    """Column headings wider than their column (Qt shows them cut: "Chief ju…")."""
    model = header.model()
    if model is None:
        return []
    cut = []
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        longest = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        need = longest + 12  # the section's padding
        if header.sectionSize(section) + 1 < need:
            cut.append(f"heading {text!r}: {header.sectionSize(section)} px, needs {need}")
    return cut


def _shown_in_parent(w: QWidget, top: QWidget) -> bool:
    """False for a button inside a scroll area's viewport (scrolling reaches it)."""
    parent = w.parentWidget()
    while parent is not None and parent is not top:
        if parent.objectName() == "qt_scrollarea_viewport":
            return False
        parent = parent.parentWidget()
    return True


def assert_fits(top: QWidget, screen: QSize, shots: Path, name: str) -> None:
    room = screen - FRAME
    hint = top.minimumSizeHint()
    assert hint.width() <= room.width() and hint.height() <= room.height(), (
        f"{name} needs at least {hint.width()}×{hint.height()}, "
        f"the screen leaves {room.width()}×{room.height()}"
    )
    top.grab().save(str(shots / f"{name}-{screen.width()}x{screen.height()}.png"))
    problems = clipped_texts(top)
    assert not problems, f"{name} at {screen.width()}×{screen.height()}:\n" + "\n".join(problems)


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert install_translators(request.param)
    yield request.param
    install_translators("zh_CN")


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = tmp_path / "shots"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_page_fits_the_laptop_screen(
    qtbot: Any, ctx: Any, demo_event_id: int, language: str, screen: QSize, shots: Path
) -> None:
    window = MainWindow(ctx, demo_event_id)
    qtbot.addWidget(window)
    window.resize(screen - FRAME)
    window.show()
    seen = []
    for _section, name, _factory in pages():
        view = window.show_view(name)
        if view is None:
            continue
        qtbot.wait(20)
        seen.append(name)
        assert_fits(window, screen, shots, f"page-{name}-{language}")
    assert {"event", "trades", "scoring", "results", "printing"} <= set(seen)


def _dialogs(ctx: Any, event_id: int) -> Iterator[tuple[str, Callable[[], QDialog]]]:
    """Each dialog a user meets, built on the demo event as the window builds it."""
    from competition_app.services.registration.contestants import list_contestants
    from competition_app.services.setup.trades import list_trades

    trades = list_trades(ctx, event_id)
    fitter = next(t for t in trades if t.code == "fitter")

    def session() -> Any:
        from competition_app.ui.window.session import EventSession

        return EventSession(ctx, event_id)

    def event_dialog() -> QDialog:
        from competition_app.ui.setup.event_dialog import EventDialog

        return EventDialog(ctx, event_id)

    def add_trade() -> QDialog:
        from competition_app.ui.setup.trade_dialogs import AddTradeDialog

        return AddTradeDialog(ctx, event_id)

    def trade_options() -> QDialog:
        from competition_app.ui.setup.trade_options_dialog import TradeOptionsDialog

        return TradeOptionsDialog(ctx, fitter)

    def wizard() -> QDialog:
        from competition_app.ui.setup.new_event_wizard import NewEventWizard

        return NewEventWizard(ctx)

    def contestant() -> QDialog:
        from competition_app.ui.registration.contestant_dialog import ContestantDialog

        people = list_contestants(ctx, event_id)
        return ContestantDialog(session(), trades, people[0])

    def judge() -> QDialog:
        from competition_app.ui.registration.judge_dialog import JudgeDialog

        return JudgeDialog(session(), trades)

    def unlock() -> QDialog:
        from competition_app.ui.results.unlock_dialog import UnlockDialog

        return UnlockDialog(fitter.name)

    def user() -> QDialog:
        from competition_app.ui.integrity.user_dialog import UserDialog

        return UserDialog(ctx)

    def settings() -> QDialog:
        from competition_app.ui.window.settings_dialog import SettingsDialog

        return SettingsDialog(save=lambda s: None)

    def login() -> QDialog:
        from competition_app.ui.window.login_dialog import LoginDialog

        return LoginDialog(ctx.db)

    def about() -> QDialog:
        from competition_app.ui.window.about_dialog import AboutDialog

        return AboutDialog(data_path=str(ctx.db.path), log_path=Path("/tmp/app.log"))

    yield "event", event_dialog
    yield "add-trade", add_trade
    yield "trade-options", trade_options
    yield "new-event-wizard", wizard
    yield "contestant", contestant
    yield "judge", judge
    yield "unlock", unlock
    yield "user", user
    yield "settings", settings
    yield "login", login
    yield "about", about


DIALOG_NAMES = [
    "event",
    "add-trade",
    "trade-options",
    "new-event-wizard",
    "contestant",
    "judge",
    "unlock",
    "user",
    "settings",
    "login",
    "about",
]


@pytest.mark.parametrize("dialog_name", DIALOG_NAMES)
def test_every_dialog_fits_the_smaller_laptop_screen(
    qtbot: Any, ctx: Any, demo_event_id: int, language: str, dialog_name: str, shots: Path
) -> None:
    build = dict(_dialogs(ctx, demo_event_id))[dialog_name]
    dialog = build()
    qtbot.addWidget(dialog)
    screen = SCREENS[-1]
    room = screen - FRAME
    # as Qt sizes a new window on that screen (adjustSize: at most 2/3 of its width); the
    # offscreen platform's own screen is smaller than a laptop's
    dialog.resize(dialog.sizeHint().boundedTo(QSize(room.width() * 2 // 3, room.height())))
    dialog.show()
    qtbot.wait(20)
    assert dialog.width() <= room.width() and dialog.height() <= room.height(), (
        f"{dialog_name} opens at {dialog.width()}×{dialog.height()}"
    )
    assert_fits(dialog, screen, shots, f"dialog-{dialog_name}-{language}")


def _from_a_page(window: MainWindow, qtbot: Any, name: str) -> QDialog | None:
    """The dialogs a page opens: as the user opens them, from the page."""
    from tests.ui.helpers import wait_task

    if name == "explanation":
        view = window.show_view("results")
        view.select_trade("fitter", "学生组")
        qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=20_000)
        view.explain_row(1)
        qtbot.waitUntil(lambda: view.explanation_dialog is not None, timeout=20_000)
        return view.explanation_dialog
    if name == "print-preview":
        view = window.show_view("printing")
        view.select_trade("fitter")
        view.preview("results")
        wait_task(qtbot, view, timeout=60_000)
        return view.preview_dialog
    if name == "record-appeal":
        view = window.show_view("appeals")
        view.select_trade("electrician")
        return view.record()
    if name == "assign-judge":
        view = window.show_view("assignments")
        view.select_trade("fitter")
        return view.assign()
    raise AssertionError(name)


@pytest.mark.parametrize(
    "dialog_name", ["explanation", "print-preview", "record-appeal", "assign-judge"]
)
def test_dialogs_opened_from_pages_fit_the_smaller_laptop_screen(
    qtbot: Any, ctx: Any, demo_event_id: int, language: str, dialog_name: str, shots: Path
) -> None:
    screen = SCREENS[-1]
    room = screen - FRAME
    window = MainWindow(ctx, demo_event_id)
    qtbot.addWidget(window)
    window.resize(room)
    window.show()
    dialog = _from_a_page(window, qtbot, dialog_name)
    assert dialog is not None and dialog.isVisible()
    qtbot.wait(20)
    # it sizes itself to the screen it opens on (here the offscreen one); on the laptop it
    # can shrink to its minimum, which assert_fits checks against the laptop's room
    free = dialog.screen().availableGeometry().size()
    assert dialog.width() <= free.width() and dialog.height() <= free.height(), (
        f"{dialog_name} opens at {dialog.width()}×{dialog.height()} on a {free} screen"
    )
    del room
    assert_fits(dialog, screen, shots, f"dialog-{dialog_name}-{language}")


def test_the_first_start_fits_the_screen_it_opens_on(qtbot):
    from competition_app.ui.window import preferences
    from competition_app.ui.window.main_window import TITLE_BAR, first_window_size

    for screen in SCREENS:
        free = screen - QSize(0, 40)  # a taskbar
        size = first_window_size(free)
        assert size.width() <= free.width() and size.height() + TITLE_BAR <= free.height()
    assert first_window_size(QSize(1920, 1040)) == QSize(1280, 800)  # a desktop: as designed
    assert first_window_size(None) == QSize(1280, 800)
    # a window with no size remembered, on this test's screen, leaves room for its title bar
    preferences.app_settings().remove("window/geometry")
    window = MainWindow(None, None)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry().size()
    assert window.height() + TITLE_BAR <= max(free.height(), window.minimumHeight() + TITLE_BAR)
    assert window.width() <= max(free.width(), window.minimumWidth())
