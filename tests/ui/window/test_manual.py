"""Help → 使用手册 opens the manual shipped with the app, in the window's language, with its
pictures; the manual names the grid's real keys."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QTextDocument

from competition_app.resources_path import resource
from competition_app.settings import update_settings
from competition_app.ui.window.main_window import MainWindow
from competition_app.ui.window.manual_dialog import manual_path
from competition_app.ui.window.translation import install_translators


def _images(html: str) -> list[str]:
    return re.findall(r'<img src="([^"]+)"', html)


@pytest.mark.parametrize(
    ("language", "heading"),
    [("zh_CN", "评分表格的键盘操作"), ("en", "The score grid's keys")],
    ids=["chinese", "english"],
)
def test_help_opens_the_manual_in_the_window_language(qtbot, language, heading):
    update_settings(language=language)
    install_translators(language)
    w = MainWindow(None, None)
    qtbot.addWidget(w)
    assert w.manual_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    w.manual_action.trigger()
    dialog = w.manual_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.browser.source().toLocalFile() == str(manual_path(language))
    assert heading in dialog.browser.toPlainText()
    # every picture loads, through the browser, relative to the manual as shipped
    html = manual_path(language).read_text(encoding="utf-8")
    assert len(_images(html)) >= 6
    for src in _images(html):
        data = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(src))
        assert data is not None and not QImage.fromData(data).isNull(), src
    w.manual_action.trigger()
    assert w.manual_dialog is dialog  # raised again, not a second one


def test_each_manual_shows_the_screens_in_its_own_language():
    zh = _images(manual_path("zh_CN").read_text(encoding="utf-8"))
    en = _images(manual_path("en").read_text(encoding="utf-8"))
    assert [s.replace(".png", "-en.png") if s.startswith("../images/ui-") else s for s in zh] == en
    # only pictures a manual shows are shipped
    shipped = {p.name for p in resource("manual", "images").iterdir()}
    assert shipped == {s.rsplit("/", 1)[1] for s in zh + en}


def test_the_manual_opens_in_the_system_browser_too(qtbot, monkeypatch):
    from competition_app.ui.window.manual_dialog import ManualDialog

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    dialog = ManualDialog("zh_CN")
    qtbot.addWidget(dialog)
    dialog.in_browser.click()
    assert opened == [str(manual_path("zh_CN"))]


def test_the_manual_names_the_keys_the_grid_has():
    from PySide6.QtCore import Qt

    from competition_app.ui.scoring.score_table import MOVES

    assert MOVES[Qt.Key.Key_Return] == "next" and MOVES[Qt.Key.Key_Down] == "down"
    assert MOVES[Qt.Key.Key_Tab] == "right"
    assert MOVES[Qt.Key.Key_Up] == "up" and MOVES[Qt.Key.Key_Backtab] == "left"
    for language in ("zh_CN", "en"):
        text = manual_path(language).read_text(encoding="utf-8")
        for key in ("Enter", "Tab", "Shift+Tab", "Esc", "Delete", "Ctrl+Z", "F2", "Ctrl+F"):
            assert f"<kbd>{key}</kbd>" in text, (language, key)
        # Enter past the last row goes on to the next criterion ("next"), as the grid does
        assert ("next criterion" if language == "en" else "下一评分项") in text
