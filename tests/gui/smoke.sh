#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the built roundtable under Xvfb with its own D-Bus session, waits for
# its window, drives it through its application actions, takes a screenshot of
# each state and quits it through D-Bus. Fails when a window never appears or
# the application does not exit 0.
#
#   smoke.sh ROUNDTABLE BUILD_ROOT OUT_DIR [MAP]
#
# Needs xvfb-run, xauth, dbus-run-session, xwininfo, gapplication and
# ImageMagick's import.
set -euo pipefail

app=$1
build_root=$2
out_dir=$3
map=${4:-}
app_id=io.github.roundtable.Roundtable

if [ -z "${RT_SMOKE_INNER:-}" ]; then
  export RT_SMOKE_INNER=1
  exec xvfb-run -a -s '-screen 0 1920x1080x24 -noreset' dbus-run-session -- "$0" "$@"
fi

# A private home for the app, killed and removed on exit.
source "$(dirname "$0")/app-env.sh"

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# Waits up to 20 s for a top-level window named exactly $1.
wait_for_window() {
  local i
  for i in $(seq 1 100); do
    if xwininfo -root -tree 2>/dev/null | grep -qF "\"$1\": ("; then
      sleep 0.5 # one more frame
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || fail "roundtable exited while waiting for \"$1\""
    sleep 0.2
  done
  xwininfo -root -tree >&2 || true
  fail "no window \"$1\" within 20 s"
}

shoot() {
  import -window root "$out_dir/$1.png"
  echo "screenshot: $out_dir/$1.png"
}

action() {
  gapplication action "$app_id" "$@"
}

if [ -n "$map" ]; then
  "$app" "$map" &
else
  "$app" &
fi
pid=$!

if [ -n "$map" ]; then
  title=$(sed -n 's:.*<title>\(.*\)</title>.*:\1:p' "$map" | head -n 1)
  wait_for_window "$title"
  shoot smoke-map
else
  wait_for_window "Roundtable"
  shoot smoke-start

  action new
  wait_for_window "Untitled Map"
  shoot smoke-new-map

  action preferences
  wait_for_window "Preferences"
  shoot smoke-preferences
fi

action quit
rc=0
wait "$pid" || rc=$?
pid=
[ "$rc" -eq 0 ] || fail "roundtable exited with $rc"
echo "ok: roundtable started, showed its windows and quit"
