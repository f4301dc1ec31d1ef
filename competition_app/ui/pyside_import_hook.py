"""PySide6's import hook told by module name, not by reading every module's source.

Once PySide6 is loaded it replaces `__import__`, and after each new module it asks whether
that module uses PySide (for its opt-in `from __feature__ import snake_case` switches) by
reading the module's whole source with `inspect.getsource` and searching it for "PySide6":
hundreds of files read for SQLAlchemy and the models alone, ~0.08 s of the window's start.
This app never selects a `__feature__`, so which modules use PySide is known by their names:
PySide6's and shiboken's own, and this package's window code. Installed once, when the first
window module is imported (`competition_app.ui`); a PySide6 without that hook is left alone.
"""

from __future__ import annotations

from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads shiboken's import hook, which is then told apart

USES_PYSIDE = ("PySide6", "shiboken6", "shibokensupport", "competition_app.ui", "__main__")
_INSIDE = tuple(name + "." for name in USES_PYSIDE)  # their submodules


def uses_pyside(module: ModuleType) -> bool:
    """Whether `module` is one that uses PySide (by name: see the module's docstring)."""
    name = getattr(module, "__name__", "")
    return isinstance(name, str) and (name in USES_PYSIDE or name.startswith(_INSIDE))


def install() -> bool:
    """Tell shiboken's hook `uses_pyside` instead of its source scan; whether it took."""
    try:
        from shibokensupport import feature
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    return True
