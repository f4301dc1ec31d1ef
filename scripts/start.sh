#!/usr/bin/env bash
# Starts the desktop app on the demo event, in its own SQLite file (demo.db in the data folder,
# never the default competition.db). Installs the app's runtime only, once: no test tools, no
# PostgreSQL server, no PyInstaller (those are scripts/test.sh's).
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -s)" in
  Linux | *BSD)
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
      cat >&2 <<'TEXT'
没有图形显示（DISPLAY 和 WAYLAND_DISPLAY 都没有设置），程序窗口无法打开。
No display (neither DISPLAY nor WAYLAND_DISPLAY is set): the window cannot open. Without a screen:
  QT_QPA_PLATFORM=offscreen bash scripts/start.sh   # runs with no window shown (checks, scripts)
  xvfb-run -a bash scripts/start.sh                 # a virtual X display (apt-get install xvfb)
Over SSH, connect with ssh -X, or start it on the laptop's own desktop.
TEXT
      exit 1
    fi
    ;;
esac
bash scripts/setup.sh runtime
# Recompiles only the modules changed since (a pull, an edit): ~0.07 s when nothing has.
.venv/bin/python -m compileall -q competition_app
demo_db=$(.venv/bin/python -c "from competition_app.settings import demo_database; print(demo_database())")
exec .venv/bin/competition-app --db "$demo_db" demo --open "$@"
