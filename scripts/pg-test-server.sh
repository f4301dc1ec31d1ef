#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: a temp directory, 127.0.0.1 only, a free port.
#
#   eval "$(bash scripts/pg-test-server.sh start)"   # exports COMPETITION_APP_TEST_PG_URL and
#                                                    # COMPETITION_APP_TEST_PG_DIR
#   bash scripts/pg-test-server.sh pause  DIR        # stop the server, keep the data (connection-loss test)
#   bash scripts/pg-test-server.sh resume DIR        # start it again on the same port
#   bash scripts/pg-test-server.sh stop   DIR        # stop it and delete the directory
#
# root cannot run postgres, so as root everything runs as the `postgres` user the Debian package
# creates. Exit status 3 from start: PostgreSQL cannot run here (not installed). Durability is switched off (fsync, synchronous_commit): the data is thrown away anyway.
set -euo pipefail

PG_VERSION=${PG_VERSION:-15}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/$PG_VERSION/bin}
DB_NAME=competition
DB_USER=competition

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

die() { echo "pg-test-server: $*" >&2; exit 1; }
# exit status 3: PostgreSQL cannot run here at all (not installed, no user to run it as)
unavailable() { echo "pg-test-server: $*" >&2; exit 3; }

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_server() {
  local dir=$1 port
  port=$(cat "$dir/port")
  as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir'" \
    start >/dev/null || { cat "$dir/server.log" >&2; die "the server did not start"; }
}

cmd_start() {
  [ -x "$PG_BIN/initdb" ] || unavailable "PostgreSQL $PG_VERSION is not installed ($PG_BIN/initdb missing)"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || unavailable "running as root and there is no postgres user to run the server"
  fi
  local dir port password
  dir=$(mktemp -d "${TMPDIR:-/tmp}/competition-pg.XXXXXX")
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  port=$(free_port)
  password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
  echo "$port" >"$dir/port"
  printf '%s\n' "$password" >"$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/port" "$dir/pwfile"
  chmod 600 "$dir/pwfile"
  as_owner "$PG_BIN/initdb" -D "$dir/data" -U "$DB_USER" --pwfile="$dir/pwfile" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  cat >>"$dir/data/postgresql.conf" <<EOF
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
  start_server "$dir"
  PGPASSWORD=$password as_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U "$DB_USER" "$DB_NAME"
  local url="postgresql+psycopg://$DB_USER:$password@127.0.0.1:$port/$DB_NAME"
  echo "$url" >"$dir/url"
  echo "export COMPETITION_APP_TEST_PG_URL='$url'"
  echo "export COMPETITION_APP_TEST_PG_DIR='$dir'"
}

check_dir() {
  [ -n "${1:-}" ] && [ -f "$1/port" ] && [ -d "$1/data" ] || die "not a test server directory: ${1:-}"
}

case "${1:-}" in
  start) cmd_start ;;
  pause)
    check_dir "${2:-}"
    # fast, not immediate: the clients are cut off all the same, but what was committed is kept
    # (with synchronous_commit off, a crash-like stop would lose the last commits)
    as_owner "$PG_BIN/pg_ctl" -D "$2/data" -m fast -w stop >/dev/null
    ;;
  resume)
    check_dir "${2:-}"
    start_server "$2"
    ;;
  stop)
    check_dir "${2:-}"
    as_owner "$PG_BIN/pg_ctl" -D "$2/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$2"
    ;;
  *)
    echo "usage: $0 start | pause DIR | resume DIR | stop DIR" >&2
    exit 2
    ;;
esac
