#!/usr/bin/env bash
# Runs the whole test suite (domain, storage, services, CLI, reports, GUI offscreen) and the
# architecture and lint checks, after installing what they need.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
export QT_QPA_PLATFORM=offscreen
# The storage, services and CLI tests run on SQLite and on PostgreSQL: a throwaway server on
# 127.0.0.1, stopped and deleted when the tests end. Without PostgreSQL installed (exit 3) its
# tests are skipped with the reason; a server that is installed but will not start is an error.
if [ -z "${COMPETITION_APP_TEST_PG_URL:-}" ]; then
  set +e
  pg_env=$(bash scripts/pg-test-server.sh start)
  pg_rc=$?
  set -e
  if [ $pg_rc -eq 0 ]; then
    eval "$pg_env"
    trap 'bash scripts/pg-test-server.sh stop "$COMPETITION_APP_TEST_PG_DIR"' EXIT
  elif [ $pg_rc -eq 3 ]; then
    echo "PostgreSQL is not available here: its tests will be skipped" >&2
  else
    exit $pg_rc
  fi
fi
.venv/bin/lint-imports
.venv/bin/ruff check competition_app tests benchmarks
.venv/bin/ruff format --check competition_app tests benchmarks  # as the formatter leaves them
.venv/bin/mypy  # --strict on domain, storage and services (pyproject.toml)
# The domain is the rules of the contest: at least 95 % of its lines run under its own tests.
.venv/bin/python -m pytest -q -p no:cacheprovider tests/domain --cov=competition_app.domain \
  --cov-fail-under=95 --cov-report=term:skip-covered
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
