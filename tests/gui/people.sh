#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs people.py against the built roundtable under an Xvfb of its own and a
# D-Bus session of its own (which starts the accessibility bus on demand).
#
#   people.sh ROUNDTABLE BUILD_ROOT OUT_DIR
#
# Needs Xvfb, dbus-run-session, xdotool, gdbus, ImageMagick's import, and
# /usr/bin/python3 with gir1.2-atspi-2.0.
set -euo pipefail

# The server picks a free display itself and says which (-displayfd), so
# that tests starting at the same moment never share one; -noreset keeps it
# from resetting, and refusing connections, whenever its last client leaves.
tmp=$(mktemp -d)
xvfb=
cleanup() {
  if [ -n "$xvfb" ]; then
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

mkfifo "$tmp/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -noreset 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb=$!
if ! read -r -t 30 number <"$tmp/display"; then
  cat "$tmp/xvfb.log" >&2
  echo "FAIL: Xvfb did not start" >&2
  exit 1
fi
export DISPLAY=":$number"
unset XAUTHORITY

# Warnings are fatal for the app (people.py passes them on), not for the
# driver, whose libatspi warns while the app's accessibility tree is built.
export RT_APP_G_DEBUG="${G_DEBUG:-}"
unset G_DEBUG
dbus-run-session -- /usr/bin/python3 "$(dirname "$0")/people.py" "$@"
