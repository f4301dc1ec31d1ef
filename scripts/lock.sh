#!/usr/bin/env bash
# Regenerates the lock files requirements/{runtime,bundle,dev}.txt from pyproject.toml: every
# package pinned with its hashes, for every platform (Linux and Windows) and Python 3.11+, so
# scripts/setup.sh, packaging/build.sh and packaging/windows/build.ps1 install the same versions.
# Run after changing a dependency in pyproject.toml (its ranges stay for pip users); commit the
# result. UPGRADE=1 moves every pin to the newest version the ranges allow.
# uv runs from a throwaway virtual environment, never the project's .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
python3 -m venv "$tool"
"$tool/bin/python" -m pip install -q "uv==0.13.9"
compile() {  # OUTPUT [uv pip compile options]
  local out=$1
  shift
  "$tool/bin/uv" pip compile pyproject.toml --quiet --universal --python-version 3.11 \
    --generate-hashes --no-header --output-file "$out" ${UPGRADE:+--upgrade} "$@"
}
# dev holds everything; runtime and bundle take its versions, so the three never disagree.
compile requirements/dev.txt --extra dev
compile requirements/runtime.txt --constraint requirements/dev.txt
compile requirements/bundle.txt --extra bundle --constraint requirements/dev.txt
echo "lock files written: requirements/runtime.txt bundle.txt dev.txt"
