"""Shows the working behind one contestant's result: what the chief judge reads out at an appeal."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.explanation import Explanation


def explanation_html(explanation: Explanation) -> str:
    """Each section a heading; lines keep their indentation, so a formula lines up under its
    criterion as it does in the command line's text."""
    parts = []
    for title, lines in explanation.sections:
        parts.append(f"<h3 style='margin:10px 0 4px 0'>{escape(title)}</h3>")
        body = "<br>".join(escape(line).replace("  ", "&nbsp;&nbsp;") for line in lines)
        parts.append(f"<p style='margin:0 0 0 12px; line-height:140%'>{body}</p>")
    return "".join(parts)


class ExplanationDialog(QDialog):
    """A readable, copyable breakdown; sized to stay on a 1366×768 screen."""

    def __init__(self, explanation: Explanation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = explanation
        row = explanation.row
        self.setWindowTitle(
            self.tr("成绩计算过程 · %1").replace(
                "%1", " ".join(p for p in (row.number, row.name) if p)
            )
        )
        self.text = QTextBrowser()
        self.text.setHtml(explanation_html(explanation))
        self.text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.copy_button = QPushButton(self.tr("复制全文"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(buttons)
        self.resize(760, 600)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.explanation.text())
