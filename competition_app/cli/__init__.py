"""The command line: the same services as the window, headless; one module per command group
(`event`, `marks`, `print` ...), each importing only `common`, assembled by `main`."""

from competition_app.cli.main import INTERNAL_ERROR, main

__all__ = ["INTERNAL_ERROR", "main"]
