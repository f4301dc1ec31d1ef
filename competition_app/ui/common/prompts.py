"""Modal questions to the user (confirm, file dialogs); tests replace these functions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(path) if path else None


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(path) if path else None


def save_table(parent: QWidget | None, title: str, suggested: str) -> tuple[Path, str] | None:
    """Where to export a table and, for a CSV, its encoding: the GBK choice of the file types
    is for older Excel, which opens a CSV as GBK; every other choice is UTF-8 with a BOM."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, export_filters())
    if not path:
        return None
    return Path(path), "gbk" if chosen == gbk_filter() else "utf-8"


def login(parent: QWidget | None, db: Any) -> Any:
    """The logged-in Context for a database that has users, or None when the user gave up."""
    from competition_app.ui.window.login_dialog import LoginDialog

    dialog = LoginDialog(db, parent)
    return dialog.ctx if dialog.exec() == LoginDialog.DialogCode.Accepted else None


def countersign(parent: QWidget | None, text: str) -> tuple[str, str] | None:
    """A chief judge's name and password for an action that needs their approval, or None."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    name, ok = QInputDialog.getText(parent, _t("裁判长确认"), text + "\n\n" + _t("裁判长用户名："))
    if not ok or not name.strip():
        return None
    password, ok = QInputDialog.getText(
        parent, _t("裁判长确认"), _t("“%1”的密码：").replace("%1", name.strip()),
        QLineEdit.EchoMode.Password,
    )  # fmt: skip
    return (name.strip(), password) if ok else None


def table_filters() -> str:
    return _t("表格文件 (*.xlsx *.xls *.csv);;Excel 工作簿 (*.xlsx *.xls);;CSV 文件 (*.csv)")


def gbk_filter() -> str:
    return _t("CSV 文件，GBK 编码（旧版 Excel）(*.csv)")


def export_filters() -> str:
    return _t("Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)") + ";;" + gbk_filter()


def database_filters() -> str:
    return _t("赛事数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)")


def _strings() -> None:  # pragma: no cover - read by pyside6-lupdate
    QCoreApplication.translate(
        "Prompts", "表格文件 (*.xlsx *.xls *.csv);;Excel 工作簿 (*.xlsx *.xls);;CSV 文件 (*.csv)"
    )
    QCoreApplication.translate("Prompts", "赛事数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)")
    QCoreApplication.translate("Prompts", "CSV 文件，GBK 编码（旧版 Excel）(*.csv)")
    QCoreApplication.translate("Prompts", "Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)")
    QCoreApplication.translate("Prompts", "裁判长确认")
    QCoreApplication.translate("Prompts", "裁判长用户名：")
    QCoreApplication.translate("Prompts", "“%1”的密码：")
