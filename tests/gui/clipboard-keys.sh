#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Copy and paste with real keys in the built roundtable under Xvfb: Ctrl+C
# and Ctrl+V on the map copy and paste nodes, while the search entry and
# the in-place editor keep their own Ctrl+A, Ctrl+C and Ctrl+X for text,
# whose text then pastes onto the map as a new node. Saves the map and
# checks the file; takes a screenshot of each step.
#
#   clipboard-keys.sh ROUNDTABLE BUILD_ROOT OUT_DIR MAP
#
# Needs xvfb-run, xauth, dbus-run-session, xwininfo, xdotool, gdbus and
# ImageMagick's import.
set -euo pipefail

app=$1
build_root=$2
out_dir=$3
source_map=$4
app_id=io.github.roundtable.Roundtable
window_path=/io/github/roundtable/Roundtable/window/1

if [ -z "${RT_CLIPBOARD_INNER:-}" ]; then
  export RT_CLIPBOARD_INNER=1
  exec xvfb-run -a -s '-screen 0 1600x1000x24 -noreset' dbus-run-session -- "$0" "$@"
fi

# A private home for the app, killed and removed on exit.
source "$(dirname "$0")/app-env.sh"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

map="$tmp/map.roundtable"
cp "$source_map" "$map"
title=$(sed -n 's:.*<title>\(.*\)</title>.*:\1:p' "$map" | head -n 1)

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

shoot() {
  sleep "${2:-0.6}"
  import -window root "$out_dir/clipboard-$1.png"
  echo "screenshot: $out_dir/clipboard-$1.png"
}

action() {
  gdbus call --session --dest "$app_id" --object-path "$window_path" \
    --method org.gtk.Actions.Activate "$1" "[]" '{}' >/dev/null ||
    fail "window action $1 was refused"
}

type_text() {
  printf '%s' "$1" | xdotool type --delay 30 --file -
}

key() {
  xdotool key "$@"
  sleep 0.4
}

nodes_in() {
  grep -c '<node ' "$1"
}

# Saves over the copy and waits until the file changed.
save() {
  local before
  before=$(stat -c %Y.%s "$map")
  sleep 1.1
  xdotool key ctrl+s
  for _ in $(seq 1 50); do
    [ "$(stat -c %Y.%s "$map")" != "$before" ] && { sleep 0.3; return 0; }
    sleep 0.1
  done
  fail "the map was not saved"
}

n0=$(nodes_in "$map")

"$app" "$map" &
pid=$!
for _ in $(seq 1 100); do
  xwininfo -root -tree 2>/dev/null | grep -qF "\"$title\": (" && break
  kill -0 "$pid" 2>/dev/null || fail "roundtable exited"
  sleep 0.2
done
wid=$(xdotool search --name "^$title\$" | head -n 1)
[ -n "$wid" ] || fail "no window \"$title\""
xdotool windowmove "$wid" 0 0 windowsize "$wid" 1600 1000
sleep 1
xdotool windowfocus --sync "$wid" 2>/dev/null || true

# On the map: an arrow selects a node, Ctrl+C copies it, Ctrl+V pastes a
# copy under it.
key Right
key ctrl+c
key ctrl+v
shoot pasted-node
save
[ "$(nodes_in "$map")" -eq $((n0 + 1)) ] || fail "Ctrl+C, Ctrl+V on the map did not add one node"
echo "ok: Ctrl+C and Ctrl+V on the map copy and paste a node"

# In the search entry the keys edit text: Ctrl+X cuts the typed words,
# not the selected node.
key ctrl+f
type_text "Zebra crossing at the school gate"
key ctrl+a
key ctrl+x
shoot search-cut
key Escape
save
[ "$(nodes_in "$map")" -eq $((n0 + 1)) ] || fail "Ctrl+X in the search entry changed the map"
echo "ok: Ctrl+A and Ctrl+X in the search entry edit its text"

# Back on the map, Ctrl+V makes a node of the text.
action zoom-fit
key Right
key ctrl+v
shoot pasted-text
save
[ "$(nodes_in "$map")" -eq $((n0 + 2)) ] || fail "pasting text on the map did not add a node"
grep -qF '<text>Zebra crossing at the school gate</text>' "$map" ||
  fail "the pasted text is not a node"
echo "ok: text cut from an entry pastes onto the map as a node"

# In the map's editor too: F2, select all, copy, cancel; the map is as it
# was, and the text pastes as another node.
key F2
key ctrl+a
key ctrl+c
shoot editor-copy
key Escape
save
[ "$(nodes_in "$map")" -eq $((n0 + 2)) ] || fail "Ctrl+C in the editor changed the map"
key ctrl+v
save
[ "$(nodes_in "$map")" -eq $((n0 + 3)) ] || fail "text copied in the editor did not paste as a node"
echo "ok: Ctrl+A and Ctrl+C in the map's editor copy its text"

gapplication action "$app_id" quit
rc=0
wait "$pid" || rc=$?
pid=
[ "$rc" -eq 0 ] || fail "roundtable exited with $rc"
