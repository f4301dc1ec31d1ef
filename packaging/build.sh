#!/usr/bin/env bash
# Builds the one-folder bundle dist/competition-app/ with PyInstaller (Linux here; see
# packaging/windows/BUILD.md for Windows) and runs its self-test.
#   bash packaging/build.sh            build into dist/ and self-test
#   DIST=/tmp/out WORK=/tmp/work bash packaging/build.sh    build elsewhere
#   SELF_TEST=0 bash packaging/build.sh                     skip the self-test
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}

if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "PyInstaller is missing: run bash scripts/setup.sh (it installs the test extras)" >&2
  exit 1
fi

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/competition-app.spec
end=$(date +%s)
echo "built $DIST/competition-app in $((end - start)) s, $(du -sh "$DIST/competition-app" | cut -f1)"

if [ "${SELF_TEST:-1}" != "0" ]; then
  QT_QPA_PLATFORM=offscreen "$DIST/competition-app/competition-app" --self-test
fi
