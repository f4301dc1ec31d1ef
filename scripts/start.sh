#!/usr/bin/env bash
# Starts the desktop app on the demo event, in the embedded SQLite database (no other set-up).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/competition-app demo --open "$@"
