"""The PySide6 desktop application: windows, views, table models, dialogs and workers."""
