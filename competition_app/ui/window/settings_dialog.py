"""Settings: language, default preset, font, data folder, backup folder and interval.

Edits an AppSettings (competition_app.settings, the file the command line reads too). `apply()`
stores the choice: the interface language through ui.translation (as the window reads it) and,
when the dialog was given `save` (e.g. competition_app.settings.save_settings), everything else.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.presets import PRESET_LABELS
from competition_app.settings import (
    LANGUAGES,
    MAX_BACKUP_INTERVAL,
    MIN_BACKUP_INTERVAL,
    AppSettings,
    default_data_dir,
    load_settings,
)
from competition_app.ui.window.translation import current_language, domain_label, set_language

ChooseFolder = Callable[[QWidget, str, str], str]  # (parent, title, start) -> folder or ""


def _choose_folder(parent: QWidget, title: str, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


def folder_problem(text: str) -> str | None:
    """Why a folder typed in the dialog cannot hold data; None when it can (or is the default).

    The folder itself may not exist yet: it is created on first use, so its nearest existing
    parent must be a writable folder.
    """
    if not text.strip():
        return None
    path = Path(text.strip()).expanduser()
    if not path.is_absolute():
        return "请填写完整路径"
    if path.exists() and not path.is_dir():
        return "这是一个文件，不是文件夹"
    probe = path
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir() or not os.access(probe, os.W_OK):
        return "没有写入权限"
    return None


class SettingsDialog(QDialog):
    """The settings of the app.

    `settings` is what the fields start from (default: the settings file), `save` stores the
    result (default: only the language is stored), `choose_folder` replaces the folder picker
    (tests), `presets` and `fonts` the lists offered.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
        save: Callable[[AppSettings], object] | None = None,
        choose_folder: ChooseFolder | None = None,
        presets: Mapping[str, str] = PRESET_LABELS,
        fonts: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(520)
        self.initial = settings if settings is not None else load_settings()
        if settings is None:
            self.initial = replace(self.initial, language=current_language())
        self.save = save
        self.choose_folder = choose_folder or _choose_folder

        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.preset = QComboBox()
        for code, label in presets.items():
            self.preset.addItem(domain_label(label), code)
        self.font_family = QComboBox()
        self.font_family.addItem(self.tr("（内置中文字体）"), "")
        for family in fonts if fonts is not None else QFontDatabase.families():
            self.font_family.addItem(family, family)
        self.font_size = QSpinBox()
        self.font_size.setRange(6, 32)
        self.font_size.setSuffix(self.tr(" 磅"))
        self.data_folder = QLineEdit()
        self.data_folder.setPlaceholderText(str(default_data_dir()))
        self.backup_folder = QLineEdit()
        self.backup_interval = QSpinBox()
        self.backup_interval.setRange(MIN_BACKUP_INTERVAL, MAX_BACKUP_INTERVAL)
        self.backup_interval.setSuffix(self.tr(" 分钟"))
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 1000)
        self.backup_keep.setSuffix(self.tr(" 份"))
        self.data_folder.textChanged.connect(self._update_backup_placeholder)

        note = QLabel(self.tr("语言、字体和数据文件夹在重新打开窗口后生效；数据不受影响。"))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.defaults_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setText(self.tr("恢复默认"))
        self.defaults_button.clicked.connect(lambda: self.set_settings(AppSettings()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("界面语言 / Language"), self.language)
        form.addRow(self.tr("新工种默认规则"), self.preset)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_family, 1)
        font_row.addWidget(self.font_size)
        form.addRow(self.tr("界面字体"), font_row)
        form.addRow(self.tr("数据文件夹"), self._with_browse(self.data_folder, "data"))
        form.addRow(self.tr("备份文件夹"), self._with_browse(self.backup_folder, "backup"))
        form.addRow(self.tr("自动备份间隔"), self.backup_interval)
        form.addRow(self.tr("保留自动备份"), self.backup_keep)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.set_settings(self.initial)

    def _with_browse(self, edit: QLineEdit, key: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        button = QPushButton(self.tr("浏览…"))
        button.setObjectName(f"browse_{key}")
        button.clicked.connect(lambda: self.browse(edit))
        row.addWidget(button)
        return row

    def _update_backup_placeholder(self, data_folder: str) -> None:
        base = Path(data_folder).expanduser() if data_folder.strip() else default_data_dir()
        self.backup_folder.setPlaceholderText(str(base / "backups"))

    def browse(self, edit: QLineEdit) -> None:
        start = edit.text() or edit.placeholderText()
        chosen = self.choose_folder(self, self.tr("选择文件夹"), start)
        if chosen:
            edit.setText(chosen)

    # -- values ---------------------------------------------------------------------------------
    def set_settings(self, s: AppSettings) -> None:
        self.language.setCurrentIndex(max(self.language.findData(s.language), 0))
        index = self.preset.findData(s.default_preset)
        self.preset.setCurrentIndex(max(index, 0))
        if s.font_family and self.font_family.findData(s.font_family) < 0:
            self.font_family.addItem(s.font_family, s.font_family)  # not on this laptop
        self.font_family.setCurrentIndex(max(self.font_family.findData(s.font_family), 0))
        self.font_size.setValue(s.font_size)
        self.data_folder.setText(s.data_folder)
        self.backup_folder.setText(s.backup_folder)
        self._update_backup_placeholder(s.data_folder)
        self.backup_interval.setValue(s.backup_interval_minutes)
        self.backup_keep.setValue(s.backup_keep)

    def settings(self) -> AppSettings:
        """The settings as the fields show them now."""
        return replace(
            self.initial,
            language=self.chosen_language(),
            default_preset=str(self.preset.currentData() or self.initial.default_preset),
            font_family=str(self.font_family.currentData() or ""),
            font_size=self.font_size.value(),
            data_folder=self.data_folder.text().strip(),
            backup_folder=self.backup_folder.text().strip(),
            backup_interval_minutes=self.backup_interval.value(),
            backup_keep=self.backup_keep.value(),
        )

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def problems(self) -> list[str]:
        out = []
        for label, edit in ((self.tr("数据文件夹"), self.data_folder),
                            (self.tr("备份文件夹"), self.backup_folder)):  # fmt: skip
            problem = folder_problem(edit.text())
            if problem:
                out.append(f"{label}：{self.tr(problem)}")
        return out

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            return
        self.error.hide()
        super().accept()

    def apply(self) -> bool:
        """Store the settings; True when the interface language changed."""
        new = self.settings()
        if self.save is not None:
            self.save(new)
        if new.language == current_language():
            return False
        set_language(new.language)
        return True

    def _strings(self) -> None:  # pragma: no cover - read by pyside6-lupdate
        self.tr("请填写完整路径"), self.tr("这是一个文件，不是文件夹"), self.tr("没有写入权限")
