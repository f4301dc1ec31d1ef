"""PySide6's import hook tells the modules that use PySide by their names: a module imported
after PySide6 is no longer read whole to look for "PySide6" in its source."""

from __future__ import annotations

import inspect
import sys
import types
from typing import Any

import pytest

from competition_app.ui import pyside_import_hook


@pytest.mark.parametrize(
    ("name", "uses"),
    [
        ("PySide6", True),
        ("PySide6.QtWidgets", True),
        ("shiboken6", True),
        ("competition_app.ui", True),
        ("competition_app.ui.window.main_window", True),
        ("__main__", True),
        ("competition_app.uix", False),  # a name that only begins like the package
        ("competition_app.services.setup.events", False),
        ("sqlalchemy.orm", False),
        ("json", False),
    ],
)
def test_a_module_is_told_by_its_name(name, uses):
    assert pyside_import_hook.uses_pyside(types.ModuleType(name)) is uses


def test_a_module_imported_after_pyside_is_not_read_for_its_source(monkeypatch, tmp_path):
    from shibokensupport import feature  # type: ignore[import-not-found]

    assert feature._mod_uses_pyside is pyside_import_hook.uses_pyside  # installed by the package
    (tmp_path / "freshly_imported_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    read: list[Any] = []
    original = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj) or original(obj))
    monkeypatch.syspath_prepend(str(tmp_path))
    import freshly_imported_module  # type: ignore[import-not-found]

    try:
        assert freshly_imported_module.VALUE == 1
        assert read == []
        assert feature.pyside_feature_dict["freshly_imported_module"] == -1  # "ignore"
    finally:
        sys.modules.pop("freshly_imported_module", None)


def test_a_pyside_without_that_hook_is_left_alone(monkeypatch):
    fake = types.ModuleType("shibokensupport.feature")
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", fake)
    monkeypatch.setattr(sys.modules["shibokensupport"], "feature", fake, raising=False)
    assert pyside_import_hook.install() is False
    assert not hasattr(fake, "_mod_uses_pyside")
