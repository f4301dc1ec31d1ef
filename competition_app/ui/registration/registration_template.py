"""The bundled registration form (报名表模板.xlsx): a copy saved where the user chooses, to fill in
and import."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from competition_app.resources_path import resource
from competition_app.ui.common import prompts

TEMPLATE_NAME = "报名表模板.xlsx"


def template_path() -> Path:
    return resource("samples", TEMPLATE_NAME)


def save_registration_template(parent: QWidget | None, path: Path | None = None) -> Path | None:
    """Copy the template to `path` (asked for when None); the path written, or None."""
    if path is None:
        path = prompts.save_file(
            parent,
            QCoreApplication.translate("Registration", "保存报名表模板"),
            TEMPLATE_NAME,
            QCoreApplication.translate("Registration", "Excel 工作簿 (*.xlsx)"),
        )
        if path is None:
            return None
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    shutil.copyfile(template_path(), path)
    return path
