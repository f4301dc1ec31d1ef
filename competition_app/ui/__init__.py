"""The PySide6 desktop application: windows, views, table models, dialogs and workers."""

from competition_app.ui import pyside_import_hook as _pyside_import_hook

_pyside_import_hook.install()  # before any other module is imported with PySide6 loaded
