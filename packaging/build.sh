#!/usr/bin/env bash
# Builds the one-folder bundle dist/competition-app/ with PyInstaller (Linux here; Windows:
# packaging/windows/build.ps1) and runs its self-test.
#   bash packaging/build.sh            build into dist/ and self-test
#   DIST=/tmp/out WORK=/tmp/work bash packaging/build.sh    build elsewhere
#   SELF_TEST=0 bash packaging/build.sh                     skip the self-test
#   PYTHON=.venv/bin/python bash packaging/build.sh         build with an environment you have
# By default it builds from build/venv, a virtual environment holding exactly
# requirements/bundle.txt (the app's locked runtime and PyInstaller, checked by their hashes),
# so two builds of one commit carry the same packages and no test tool ends up in the bundle.
# The bundle runs on Linux with the glibc of the build machine or newer (Debian 12: 2.36);
# build on the oldest system it must run on (packaging/linux/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}

if [ -z "${PYTHON:-}" ]; then
  venv=build/venv
  stamp=$venv/.installed-$(sha1sum requirements/bundle.txt | cut -c1-12)
  if [ ! -f "$stamp" ]; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    echo "Installing requirements/bundle.txt into $venv"
    "$venv/bin/python" -m pip install -q --require-hashes -r requirements/bundle.txt
    touch "$stamp"
  fi
  PYTHON=$venv/bin/python
fi
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "PyInstaller is missing from $PYTHON: pip install --require-hashes -r requirements/bundle.txt" >&2
  exit 1
fi

start=$(date +%s)
# The spec puts the repository first on the import path: the app is bundled from this tree.
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/competition-app.spec
end=$(date +%s)
echo "built $DIST/competition-app in $((end - start)) s, $(du -sh "$DIST/competition-app" | cut -f1)"

if [ "${SELF_TEST:-1}" != "0" ]; then
  QT_QPA_PLATFORM=offscreen "$DIST/competition-app/competition-app" --self-test
fi
