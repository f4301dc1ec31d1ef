"""The About box: version, and where the data, backups, settings and logs are on this laptop."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from competition_app import __version__
from competition_app.resources_path import resource


def _folder(path: Path) -> Path:
    return path if path.is_dir() or not path.suffix else path.parent


class AboutDialog(QDialog):
    """Shows the version and the paths an organizer (or support on the phone) needs.

    `data_path` is the open database file (or its URL), `log_path` the log file or folder;
    `backup_dir` and `settings_path` are shown when given.
    """

    def __init__(
        self,
        *,
        data_path: Path | str,
        log_path: Path,
        backup_dir: Path | None = None,
        settings_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于"))
        self.data_path = data_path
        self.log_path = Path(log_path)
        self.backup_dir = backup_dir
        self.settings_path = settings_path

        icon = QLabel()
        icon_file = resource("icons", "app.png")
        if icon_file.exists():
            icon.setPixmap(QPixmap(str(icon_file)).scaledToWidth(64))
        title = QLabel(self.tr("职业技能大赛赛务系统"))
        title.setObjectName("ViewTitle")
        self.version_label = QLabel(self.version_text())
        self.version_label.setObjectName("ViewSubtitle")
        head = QHBoxLayout()
        head.addWidget(icon)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(self.version_label)
        head.addLayout(texts, 1)

        form = QFormLayout()
        self.path_labels: dict[str, QLabel] = {}
        rows: list[tuple[str, str, Path | None]] = [
            ("data", self.tr("数据文件"), self._local(data_path)),
            ("logs", self.tr("日志"), self.log_path),
        ]
        if backup_dir is not None:
            rows.append(("backups", self.tr("备份文件夹"), Path(backup_dir)))
        if settings_path is not None:
            rows.append(("settings", self.tr("设置文件"), Path(settings_path)))
        for key, label, path in rows:
            text = str(path) if path is not None else str(data_path)
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.path_labels[key] = value
            line = QHBoxLayout()
            line.addWidget(value, 1)
            if path is not None:
                button = QPushButton(self.tr("打开文件夹"))
                button.setObjectName(f"open_{key}")
                button.clicked.connect(lambda _=False, p=path: self.open_folder(p))
                line.addWidget(button)
            form.addRow(label, line)

        licence = QLabel(
            self.tr(
                "内置字体：文泉驿微米黑（Apache 2.0）、AR PL UKai（Arphic 公共许可证）、"
                "花园明朝 A（生僻字节选）与 B（花园字体许可证或 SIL OFL 1.1）。"
            )
        )
        licence.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(form)
        layout.addWidget(licence)
        layout.addWidget(buttons)
        self.resize(560, 0)

    @staticmethod
    def _local(path: Path | str) -> Path | None:
        text = str(path)
        return None if "://" in text else Path(text)

    def version_text(self) -> str:
        return self.tr("版本 {0} · Python {1} · Qt {2} · {3}").format(
            __version__, sys.version.split()[0], qVersion(), platform.system() or sys.platform
        )

    def open_folder(self, path: Path) -> bool:
        """Show the folder in the system's file manager; False when it cannot be opened."""
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(_folder(path)))))
