"""Entry point of the bundled executables (PyInstaller): the same as the `competition-app` command."""

import multiprocessing
import sys

from competition_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
