#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Drives the built roundtable from outside, as a facilitator's remote or a
# screen reader would: switches views over D-Bus (org.gtk.Actions.SetState),
# reads the outline's rows back through AT-SPI, and enters and leaves
# presentation mode. Fails when a state or a row is not what was asked.
#
#   workshop.sh ROUNDTABLE BUILD_ROOT SOURCE_ROOT OUT_DIR
#
# Needs xvfb-run, dbus-run-session, gdbus, xwininfo, ImageMagick's import,
# at-spi2-core and /usr/bin/python3 with gir1.2-atspi-2.0.
set -euo pipefail

app=$1
build_root=$2
source_root=$3
out_dir=$4
app_id=io.github.roundtable.Roundtable
object=/io/github/roundtable/Roundtable/window/1

if [ -z "${RT_WORKSHOP_INNER:-}" ]; then
  export RT_WORKSHOP_INNER=1
  exec xvfb-run -a -s '-screen 0 1920x1080x24 -noreset' dbus-run-session -- "$0" "$@"
fi

tmp=$(mktemp -d)
pid=
bus_pid=
cleanup() {
  for p in $pid $bus_pid; do
    kill "$p" 2>/dev/null || true
  done
  rm -rf "$tmp"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

export GSK_RENDERER=cairo
export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR="$build_root/data"
export ROUNDTABLE_DATADIR="$source_root/data"
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache" XDG_STATE_HOME="$tmp/state"
# Accessibility on: the test reads the outline as a screen reader does.
unset NO_AT_BRIDGE
export GTK_A11Y=atspi
mkdir -p "$out_dir" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"

/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus_pid=$!
sleep 1

cat > "$tmp/round.roundtable" <<'MAP'
<?xml version="1.0" encoding="UTF-8"?>
<roundtable version="1">
  <meta>
    <title>Saturday round</title>
  </meta>
  <people>
    <person id="p1" name="Amira Haddad" color="#1c71d8" role="facilitator"/>
    <person id="p2" name="Ben Okafor" color="#e66100"/>
  </people>
  <nodes>
    <node id="n1" kind="problem" by="p2" created="2026-11-24T18:03:12Z">
      <text>Who staffs the library on Saturdays?</text>
    </node>
    <node id="n2" kind="response" by="p1" created="2026-11-24T18:05:40Z" status="adopted">
      <text>A monthly volunteer rota</text>
    </node>
    <node id="n3" kind="con" by="p2" created="2026-11-24T18:07:02Z">
      <text>Volunteers need a key-holder</text>
    </node>
    <node id="n4" kind="note" created="2026-11-24T18:08:00Z">
      <text>Closed since 2024</text>
    </node>
  </nodes>
  <links>
    <link from="n2" to="n1" kind="responds-to"/>
    <link from="n3" to="n2" kind="opposes"/>
  </links>
</roundtable>
MAP

wait_for_window() {
  local i
  for i in $(seq 1 100); do
    if xwininfo -root -tree 2>/dev/null | grep -qF "\"$1\": ("; then
      sleep 1
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || fail "roundtable exited while waiting for \"$1\""
    sleep 0.2
  done
  fail "no window \"$1\" within 20 s"
}

actions() {
  gdbus call --session --dest "$app_id" --object-path "$object" --method "org.gtk.Actions.$@"
}

state_of() {
  actions Describe "$1" | sed -n 's/.*\[<\(.*\)>\].*/\1/p'
}

"$app" "$tmp/round.roundtable" &
pid=$!
wait_for_window "Saturday round"

# Views over D-Bus.
[ "$(state_of view-mode)" = "'map'" ] || fail "view-mode starts as $(state_of view-mode)"
actions SetState view-mode "<'outline'>" "{}" >/dev/null
sleep 1
[ "$(state_of view-mode)" = "'outline'" ] || fail "view-mode is $(state_of view-mode), not outline"
import -window root "$out_dir/workshop-outline.png"

# The outline's rows as a screen reader reads them.
env -u G_DEBUG /usr/bin/python3 - <<'PY' || fail "the outline does not read every node with its author"
import sys, time
import gi
gi.require_version('Atspi', '2.0')
from gi.repository import Atspi

expected = [
    "Problem: Who staffs the library on Saturdays? — by Ben Okafor, open",
    "Response: A monthly volunteer rota — by Amira Haddad, adopted",
    "Con: Volunteers need a key-holder — by Ben Okafor",
    "Note: Closed since 2024 — author unknown",
]

def names(node, depth=0, out=None):
    if out is None:
        out = []
    if depth > 60:
        return out
    try:
        name = node.get_name()
        n = node.get_child_count()
    except Exception:
        return out
    if name:
        out.append(name)
    for i in range(n):
        child = node.get_child_at_index(i)
        if child is not None:
            names(child, depth + 1, out)
    return out

found = []
for attempt in range(20):
    desktop = Atspi.get_desktop(0)
    found = []
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() and "roundtable" in app.get_name().lower():
            found = names(app)
    if all(e in found for e in expected):
        break
    time.sleep(0.5)
missing = [e for e in expected if e not in found]
for e in missing:
    print("missing:", e, file=sys.stderr)
sys.exit(1 if missing else 0)
PY

# Presentation mode.
actions SetState view-mode "<'map'>" "{}" >/dev/null
actions Activate presentation "[]" "{}" >/dev/null
sleep 1
[ "$(state_of presentation)" = "true" ] || fail "presentation did not start"
import -window root "$out_dir/workshop-presentation.png"
actions Activate presentation "[]" "{}" >/dev/null
sleep 1
[ "$(state_of presentation)" = "false" ] || fail "presentation did not end"

gapplication action "$app_id" quit
rc=0
wait "$pid" || rc=$?
pid=
[ "$rc" -eq 0 ] || fail "roundtable exited with $rc"
echo "ok: views over D-Bus, the outline through AT-SPI, presentation mode"
