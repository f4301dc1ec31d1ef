"""The settings dialog: shows the settings it is given, returns what was edited, refuses a
folder that cannot hold data, stores through the `save` it was given."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from competition_app.domain.presets import PRESET_LABELS
from competition_app.settings import AppSettings
from competition_app.ui.window.settings_dialog import SettingsDialog, folder_problem
from competition_app.ui.window.translation import current_language


def _dialog(qtbot, settings: AppSettings, saved: list[AppSettings] | None = None, **kw):  # type: ignore[no-untyped-def]
    d = SettingsDialog(
        settings=settings,
        save=(saved.append if saved is not None else None),
        fonts=["Noto Sans CJK SC", "WenQuanYi Micro Hei"],
        **kw,
    )
    qtbot.addWidget(d)
    return d


def test_fields_show_the_settings_and_read_back_unchanged(qtbot, tmp_path: Path) -> None:
    s = AppSettings(
        language="en", default_preset="worldskills", font_family="WenQuanYi Micro Hei",
        font_size=12, data_folder=str(tmp_path / "data"), backup_folder=str(tmp_path / "bk"),
        backup_interval_minutes=5, backup_keep=30,
    )  # fmt: skip
    d = _dialog(qtbot, s)
    assert d.language.currentData() == "en"
    assert d.preset.count() == len(PRESET_LABELS)
    assert d.preset.currentText() == PRESET_LABELS["worldskills"]
    assert d.settings() == s


def test_editing_then_ok_saves_the_new_settings(qtbot, tmp_path: Path) -> None:
    saved: list[AppSettings] = []
    d = _dialog(qtbot, AppSettings(), saved)
    d.preset.setCurrentIndex(d.preset.findData("cn-fixed"))
    d.backup_interval.setValue(3)
    d.backup_keep.setValue(7)
    d.backup_folder.setText(str(tmp_path / "usb" / "backups"))  # created on first use
    d.font_family.setCurrentIndex(d.font_family.findData("Noto Sans CJK SC"))
    with qtbot.waitSignal(d.accepted, timeout=1000):
        d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert d.apply() is False  # the language did not change
    assert saved == [
        AppSettings(
            default_preset="cn-fixed", font_family="Noto Sans CJK SC",
            backup_folder=str(tmp_path / "usb" / "backups"), backup_interval_minutes=3,
            backup_keep=7, language=current_language(),
        )
    ]  # fmt: skip


def test_a_folder_that_is_a_file_is_refused_inline(qtbot, tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    d = _dialog(qtbot, AppSettings())
    d.show()
    d.data_folder.setText(str(a_file))
    d.accept()
    assert d.isVisible() and d.result() == 0
    assert "数据文件夹" in d.error.text() and d.error.isVisible()
    d.data_folder.setText(str(tmp_path / "new-data"))
    d.accept()
    assert not d.isVisible() and d.result() == 1


def test_browse_fills_the_folder_from_the_picker(qtbot, tmp_path: Path) -> None:
    asked: list[str] = []

    def pick(parent, title, start):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(tmp_path / "chosen")

    d = _dialog(qtbot, AppSettings(), choose_folder=pick)
    d.findChild(type(d.defaults_button), "browse_backup").click()
    assert d.backup_folder.text() == str(tmp_path / "chosen")
    assert asked and asked[0].endswith("backups")  # starts at the default backup folder


def test_restore_defaults_and_language_change(qtbot, tmp_path: Path) -> None:
    saved: list[AppSettings] = []
    d = _dialog(qtbot, AppSettings(backup_keep=99, language=current_language()), saved)
    d.defaults_button.click()
    assert d.backup_keep.value() == AppSettings().backup_keep
    other = "en" if current_language() == "zh_CN" else "zh_CN"
    d.language.setCurrentIndex(d.language.findData(other))
    assert d.apply() is True and current_language() == other
    assert saved[-1].language == other


def test_a_font_not_on_this_laptop_is_kept(qtbot) -> None:
    d = _dialog(qtbot, AppSettings(font_family="方正小标宋"))
    assert d.settings().font_family == "方正小标宋"


def test_folder_problem() -> None:
    assert folder_problem("") is None
    assert folder_problem("relative/dir") == "请填写完整路径"
