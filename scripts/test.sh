#!/usr/bin/env bash
# Runs the whole test suite (domain, storage, services, CLI, reports, GUI offscreen) and the
# architecture and lint checks, after installing what they need.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/lint-imports
.venv/bin/ruff check competition_app tests
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
