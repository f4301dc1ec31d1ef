#!/usr/bin/env bash
# Installs the bundle built by packaging/build.sh for the current user (no root needed):
#   program  ~/.local/opt/competition-app/        (a copy of dist/competition-app/)
#   command  ~/.local/bin/competition-app          (symlink)
#   menu     ~/.local/share/applications/competition-app.desktop
#   icon     ~/.local/share/icons/hicolor/{256x256,scalable}/apps/competition-app.{png,svg}
# PREFIX=/opt and SHARE=/usr/share with sudo install it for every user instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUNDLE=${BUNDLE:-dist/competition-app}
PREFIX=${PREFIX:-$HOME/.local/opt}
BIN=${BIN:-$HOME/.local/bin}
SHARE=${SHARE:-$HOME/.local/share}

[ -x "$BUNDLE/competition-app" ] || { echo "no bundle in $BUNDLE: run bash packaging/build.sh" >&2; exit 1; }
rm -rf "$PREFIX/competition-app"
mkdir -p "$PREFIX" "$BIN" "$SHARE/applications" \
  "$SHARE/icons/hicolor/256x256/apps" "$SHARE/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$PREFIX/competition-app"
ln -sf "$PREFIX/competition-app/competition-app" "$BIN/competition-app"
install -m 644 resources/icons/app.png "$SHARE/icons/hicolor/256x256/apps/competition-app.png"
install -m 644 resources/icons/app.svg "$SHARE/icons/hicolor/scalable/apps/competition-app.svg"
sed "s|^Exec=.*|Exec=$PREFIX/competition-app/competition-app|" packaging/linux/competition-app.desktop \
  > "$SHARE/applications/competition-app.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
QT_QPA_PLATFORM=offscreen "$PREFIX/competition-app/competition-app" --self-test
echo "installed: $PREFIX/competition-app (menu entry: 职业技能大赛赛务系统)"
