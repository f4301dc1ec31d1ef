"""Starts Qt: fonts (a shipped CJK font), style, language, error reporting, then the main window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from competition_app.domain.errors import UserError
from competition_app.resources_path import cjk_font_path, rare_font_paths
from competition_app.services import collector
from competition_app.ui.common.stylesheet import stylesheet
from competition_app.ui.window import early_progress, preferences
from competition_app.ui.window.crash_reporting import (
    START_LINE,
    crashed_last_time,
    install_excepthook,
    setup_logging,
    show_previous_crash,
    show_user_error,
)
from competition_app.ui.window.headless import missing_display
from competition_app.ui.window.translation import current_language, install_translators

if TYPE_CHECKING:
    from competition_app.services.context import Context

log = logging.getLogger(__name__)
APP_FONT_POINT_SIZE = 10


def _add_font(path: Path) -> str:
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("could not load %s", path)
        return ""
    return str(families[0])


def register_fonts(family: str = "", point_size: int = APP_FONT_POINT_SIZE) -> str:
    """Register the shipped fonts and make them the fallbacks of the interface font.

    Latin text keeps the system's interface font; every Chinese character comes from the shipped
    TrueType font, so Chinese shows even where no CJK font is installed; rare characters in
    names (䶮 in CJK Extension A, 𠮷 in Extension B) come from the shipped rare-character fonts
    after it, as on the PDFs, never a box. Returns the CJK font's family.
    """
    cjk = _add_font(cjk_font_path())
    if not cjk:
        return ""
    # Registered once: Qt keeps a font added twice twice.
    if not _rare_families:
        _rare_families.extend(f for f in map(_add_font, rare_font_paths()) if f)
    fallbacks = [cjk, *_rare_families]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = QFont(app.font())
    system = family or font.family()  # the settings' interface font, else the system's
    font.setFamilies([system, *fallbacks] if system and system not in fallbacks else fallbacks)
    font.setPointSize(point_size)
    QApplication.setFont(font)
    # widgets asking for a named family by itself still find Chinese and rare glyphs
    for name in (system, "Sans Serif", "Segoe UI", "Helvetica", "Arial"):
        QFont.insertSubstitutions(name, fallbacks)
    return cjk


_rare_families: list[str] = []


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up once: names, style, fonts, stylesheet and translators."""
    existing = QApplication.instance()
    QCoreApplication.setOrganizationName(preferences.ORGANIZATION)
    QCoreApplication.setApplicationName(preferences.APPLICATION)
    if isinstance(existing, QApplication):
        app = existing
    else:
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv)
    app.setStyle("Fusion")
    from competition_app.settings import load_settings

    settings = load_settings()
    register_fonts(settings.font_family, settings.font_size)
    app.setStyleSheet(stylesheet())
    install_translators(current_language())
    return app


class AppController:
    """Owns the main window; rebuilds it in another language when the user switches.

    The window is shown first and opens its database once it has been painted: importing the
    database layer (SQLAlchemy and the models) takes longer than showing the whole window, and
    a window that shows at once, saying what it is opening, is one the user knows has started.
    `demo`: the database is the demo's, and the demo event is found in it, or built, off the UI
    thread (the first start builds it).
    """

    def __init__(self, db: str | None, event_id: int | None, *, demo: bool = False) -> None:
        from competition_app.ui.window.main_window import MainWindow

        self.ctx: Context | None = None
        # before the window is built: the count runs on the other core meanwhile (begun at
        # process start by `run_app`; begun here when a window is made another way)
        early_progress.start_for_window(db, event_id, demo=demo)
        window = self._make_window(None)
        assert isinstance(window, MainWindow)
        self.window = window
        self.opened = db is None  # True once the start-up database is open (or was refused)
        if db is None:
            collector.resume_after_start()  # no database to open: the start is over
        else:
            window.show_opening(_display_name(db))
            after_first_paint(window, lambda: self._open(db, event_id, demo))

    def _open(self, db: str, event_id: int | None, demo: bool) -> None:
        from competition_app.ui.window.main_window import MainWindow

        window = self.window
        assert isinstance(window, MainWindow)
        try:
            if demo:
                window.open_demo(db)
            else:
                window.open_at_start(db, event_id)
        except UserError as e:
            # a refusal the open did not word itself (the events of a file with a damaged
            # setting cannot be listed): said once, in words, and the welcome screen offered
            show_user_error(window, e)
            window.show_welcome()
        except Exception:
            # not a refusal in words (those are shown): the welcome screen, and the error goes
            # on to the crash reporting (logged, one line to the user), never a stuck window
            window.show_welcome()
            raise
        finally:
            self.ctx = window.ctx
            self.opened = True
            collector.resume_after_start()
            # the start read through the tables only; the mapped classes are related while the
            # user reads the first page, not inside the first page they open from it
            QTimer.singleShot(MAPPERS_AFTER_START_MS, _configure_mappers)
            views = getattr(window, "views", None)
            if views is None or not views.is_built("event"):
                # no event page took the count read at start (the log-in was cancelled, no
                # event opened, another page came first): its process is not left behind
                early_progress.discard()

    def _make_window(self, event_id: int | None) -> object:
        from competition_app.ui.window.main_window import MainWindow

        window = MainWindow(self.ctx, event_id)
        window.language_changed.connect(self.change_language)
        window.show()
        return window

    def change_language(self, lang: str) -> None:
        from competition_app.ui.window.main_window import MainWindow

        old = self.window
        assert isinstance(old, MainWindow)
        building = old.demo_task
        if building is not None and not building.done:
            # the demo is being built or found for this window: switch once it has opened
            # (a window made now would not know of it and showed the welcome screen)
            building.finished.connect(lambda: self.change_language(lang))
            return
        self.ctx = old.ctx
        event_id = old.session.event_id if old.session is not None else None
        install_translators(lang)
        old.close()
        old.deleteLater()
        self.window = self._make_window(event_id)


def _display_name(db: str) -> str:
    """The name the window shows while opening `db`: the file's, or the server URL without its
    password."""
    if "://" not in db:
        return Path(db).name
    scheme, _, rest = db.partition("://")
    return f"{scheme}://{rest.rpartition('@')[2]}"


FIRST_PAINT_WAIT_MS = 1000
MAPPERS_AFTER_START_MS = 250  # after the first page has painted its count


def _configure_mappers() -> None:
    from competition_app.storage import models

    models.configure()


class _FirstPaint(QObject):
    """Calls `then` once, in the event loop's next turn after `widget` was first painted (or
    after FIRST_PAINT_WAIT_MS, should no paint come: a window started minimised)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            watched.removeEventFilter(self)
            # after this paint has reached the screen, not inside it
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> QObject:
    return _FirstPaint(widget, then)


def run(db: str, *, event_id: int | None = None, demo: bool = False) -> int:
    """Open the main window on `db`: the event `event_id` (the only event when None), or the
    welcome screen; `demo`: the demo event, built in `db` if it is not there yet. 1 with the way
    to run headless when there is no display."""
    problem = missing_display(os.environ)
    if problem is not None:
        early_progress.discard()  # no window will take what run_app began to read
        print(problem, file=sys.stderr)
        return 1
    path = setup_logging()
    crashed = crashed_last_time(path)
    app = create_application()
    install_excepthook()
    log.info("%s %s", START_LINE, path)
    controller = AppController(db, event_id, demo=demo)
    app._controller = controller  # type: ignore[attr-defined]  # keep it alive
    if crashed:
        window = controller.window
        assert isinstance(window, QWidget)
        app._crash_box = show_previous_crash(window, path)  # type: ignore[attr-defined]
    return int(app.exec())
