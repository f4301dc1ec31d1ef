#!/usr/bin/env bash
# Installs what the app needs on a fresh Debian 12 machine, in one of two profiles:
#   bash scripts/setup.sh runtime   the app only (scripts/start.sh): the system libraries Qt needs
#                                   (no display needed) and .venv from requirements/runtime.txt
#   bash scripts/setup.sh dev       also what the tests need (scripts/test.sh): poppler for PDF
#                                   checks, Xvfb for screenshots, sqlite3, PostgreSQL (the tests run
#                                   a throwaway server of their own, see pg-test-server.sh) and
#                                   requirements/dev.txt (test tools, psycopg, PyInstaller)
# The lock files pin every package with its hash (scripts/lock.sh writes them). A profile is set
# up once per lock file: a stamp in .venv names the profile and the hash of the lock file and
# pyproject.toml, and while it is there this script only checks it.
set -euo pipefail
cd "$(dirname "$0")/.."
PROFILE=${1:-dev}
RUNTIME_APT=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0)
case "$PROFILE" in
  runtime) APT_PACKAGES=("${RUNTIME_APT[@]}") ;;
  dev) APT_PACKAGES=("${RUNTIME_APT[@]}" poppler-utils xvfb sqlite3 postgresql) ;;
  *) echo "usage: bash scripts/setup.sh [runtime|dev]" >&2; exit 2 ;;
esac
LOCK=requirements/$PROFILE.txt
stamp=.venv/.installed-$PROFILE-$(cat "$LOCK" pyproject.toml | sha1sum | cut -c1-12)
if [ -x .venv/bin/python ] && [ -f "$stamp" ]; then
  exit 0
fi

PY=${PYTHON:-python3}
# Debian's python3 makes virtual environments only with python3-venv installed.
"$PY" -c "import ensurepip, venv" 2>/dev/null || APT_PACKAGES+=(python3-venv)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
echo "Installing the Python packages of $LOCK into .venv"
.venv/bin/python -m pip install -q --require-hashes -r "$LOCK"
# The app itself, editable; its dependencies are the locked ones just installed.
.venv/bin/python -m pip install -q --no-deps -e .
# Bytecode for the app's own modules (pip compiles only the packages it installs): with
# PYTHONDONTWRITEBYTECODE set, Python never writes __pycache__ but still reads it, and without it
# every start compiles ~280 modules again (about a third of a second). start.sh refreshes it.
.venv/bin/python -m compileall -q competition_app
rm -f .venv/.installed-"$PROFILE"-*
touch "$stamp"
