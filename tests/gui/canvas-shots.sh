#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Opens an example map in the built roundtable under Xvfb at 1920x1080,
# drives the map canvas with real key presses and pointer drags (xdotool)
# and with its window actions over D-Bus (org.gtk.Actions), checks through
# D-Bus that the keys did what they should, and takes a screenshot of each
# state: 100 %, zoomed out, fitted, typing in place, the context menu, a
# rubber band, the overview, the primary menu, the Export dialog; then the
# same map dark. Fails when the window never appears, an action is refused,
# a check fails or the application does not exit 0.
#
#   canvas-shots.sh ROUNDTABLE BUILD_ROOT OUT_DIR MAP
#
# Needs xvfb-run, xauth, dbus-run-session, xwininfo, xdotool, gdbus and
# ImageMagick's import.
set -euo pipefail

app=$1
build_root=$2
out_dir=$3
map=$4
app_id=io.github.roundtable.Roundtable
window_path=/io/github/roundtable/Roundtable/window/1

if [ -z "${RT_SHOTS_INNER:-}" ]; then
  export RT_SHOTS_INNER=1
  exec xvfb-run -a -s '-screen 0 1920x1080x24 -noreset' dbus-run-session -- "$0" "$@"
fi

# A private home for the app, killed and removed on exit.
source "$(dirname "$0")/app-env.sh"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

title=$(sed -n 's:.*<title>\(.*\)</title>.*:\1:p' "$map" | head -n 1)

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

wait_for_window() {
  local i
  for i in $(seq 1 100); do
    if xwininfo -root -tree 2>/dev/null | grep -qF "\"$1\": ("; then
      sleep 0.5
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || fail "roundtable exited while waiting for \"$1\""
    sleep 0.2
  done
  fail "no window \"$1\" within 20 s"
}

shoot() {
  sleep "${2:-0.6}"
  import -window root "$out_dir/canvas-$1.png"
  echo "screenshot: $out_dir/canvas-$1.png"
}

# Activates a window action over D-Bus: action NAME [GVARIANT-PARAMETER].
action() {
  local param="[]"
  [ $# -gt 1 ] && param="[<$2>]"
  gdbus call --session --dest "$app_id" --object-path "$window_path" \
    --method org.gtk.Actions.Activate "$1" "$param" '{}' >/dev/null ||
    fail "window action $1 was refused"
}

# Whether a window action is enabled now: "true" or "false".
enabled() {
  gdbus call --session --dest "$app_id" --object-path "$window_path" \
    --method org.gtk.Actions.Describe "$1" | sed -n 's/^((\(true\|false\),.*/\1/p'
}

# Types text as key presses (text may start with "-").
type_text() {
  printf '%s' "$1" | xdotool type --delay 30 --file -
}

expect() {
  local got
  got=$(enabled "$1")
  [ "$got" = "$2" ] || fail "$3 (win.$1 enabled: $got, expected $2)"
  echo "ok: $3"
}

start() {
  "$app" "$map" &
  pid=$!
  wait_for_window "$title"
  wid=$(xdotool search --name "^$title\$" | head -n 1)
  [ -n "$wid" ] || fail "no X window for \"$title\""
  # No window manager under Xvfb: size the window to the screen by hand.
  xdotool windowmove "$wid" 0 0 windowsize "$wid" 1920 1080
  sleep 1
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
}

stop() {
  gapplication action "$app_id" quit
  local rc=0
  wait "$pid" || rc=$?
  pid=
  # Quit asks before closing a map with unsaved changes; nothing here is
  # saved, so the dialog's Discard button is not reached: accept 0 only.
  [ "$rc" -eq 0 ] || fail "roundtable exited with $rc"
}

# --- Light ---------------------------------------------------------------
start
shoot open 0.2

action zoom-reset
shoot 100

action zoom-out; action zoom-out; action zoom-out; action zoom-out; action zoom-out
shoot zoomed-out
action zoom-out; action zoom-out; action zoom-out; action zoom-out; action zoom-out
action zoom-out; action zoom-out
shoot dots

action zoom-fit
shoot fit

# Keys go to the canvas: an arrow selects the node nearest the middle.
action zoom-reset
expect delete false "nothing is selected at first"
xdotool key Right
sleep 0.3
expect delete true "an arrow key selected a node"

# Tab adds a child typed in place; the edit action is off while typing.
xdotool key Tab
sleep 0.3
expect edit false "Tab started typing a new node"
type_text "Who holds the keys on Saturdays"
shoot editing
xdotool key Return
sleep 0.3
expect edit true "Enter kept the new node"
shoot captured

# A leading mark chooses the kind.
type_text "-Nobody wants to come in at 8"
xdotool key Return
shoot captured-con

xdotool key shift+F10
shoot context-menu
xdotool key Escape

# A rubber band with Shift on the background.
xdotool key Escape
action zoom-fit
sleep 0.6
xdotool mousemove 60 300 keydown shift mousedown 1 \
  mousemove 200 400 mousemove 500 600 mousemove 700 700
shoot rubber-band 0.3
xdotool mouseup 1 keyup shift
sleep 0.3
expect delete true "the rubber band selected nodes"

# The overview shows where the view is; a middle-button drag pans.
action zoom-reset
action zoom-in
xdotool mousemove 900 500 mousedown 2 mousemove 800 450 mousemove 600 350 mouseup 2
shoot minimap

action arrange
shoot arranging 0.1
shoot arranged 0.6

xdotool key F10
shoot primary-menu
xdotool key Escape

action export
shoot export-dialog 1.5
xdotool key Escape
sleep 0.5

kill "$pid"
wait "$pid" 2>/dev/null || true
pid=
# The map was left unsaved: its draft would be offered at the next start.
rm -rf "$XDG_DATA_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME"
mkdir -p "$XDG_DATA_HOME"

# --- Dark ----------------------------------------------------------------
export ADW_DEBUG_COLOR_SCHEME=prefer-dark
start
action zoom-reset
shoot dark-100
action zoom-fit
shoot dark-fit
xdotool key Right
sleep 0.3
expect delete true "an arrow key selected a node in the dark"
xdotool key Tab
sleep 0.3
type_text "!Open with volunteers"
shoot dark-editing
xdotool key Escape
stop

echo "ok: the canvas showed every state"
