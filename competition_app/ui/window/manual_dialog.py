"""Help → 使用手册: the manual shipped in resources/manual/<language>/index.html, read in a
QTextBrowser (offline, in the bundle too), with a button to open it in the system's browser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from competition_app.resources_path import resource


def manual_path(language: str) -> Path:
    """The manual in the interface's language ("zh_CN" or "en"); Chinese for any other."""
    return resource("manual", "en" if language.startswith("en") else "zh", "index.html")


class ManualDialog(QDialog):
    """The manual, non-modal so it stays open beside the window while the user follows it."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = manual_path(language)
        self.setWindowTitle(self.tr("使用手册"))
        self.setModal(False)
        self.resize(980, 720)
        self.browser = QTextBrowser(self)
        # links to other sites go to the system's browser; the manual's own anchors stay here
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.in_browser = QPushButton(self.tr("在浏览器中打开"), self)
        buttons.addButton(self.in_browser, QDialogButtonBox.ButtonRole.ActionRole)
        self.in_browser.clicked.connect(self.open_in_browser)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def open_in_browser(self) -> bool:
        """For printing the manual, or reading it at full width."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
