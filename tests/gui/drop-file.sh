#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Drags a FreeMind file from another program onto the map of the built
# roundtable under Xvfb, with real pointer moves (xdotool): the drop is not
# taken for a person dropped on a node, the map opens in a window of its
# own, and the window shows a ring while the file is over it. Screenshots
# of the drag and of the result. Skips (77) without GTK 4 for Python, which
# the drag source is written with.
#
#   drop-file.sh ROUNDTABLE BUILD_ROOT OUT_DIR MAP DROPPED
#
# Needs xvfb-run, xauth, dbus-run-session, xwininfo, xdotool, ImageMagick's
# import, /usr/bin/python3 with python3-gi and gir1.2-gtk-4.0.
set -euo pipefail

app=$1
build_root=$2
out_dir=$3
map=$4
dropped=$5

if ! /usr/bin/python3 -c "import gi; gi.require_version('Gtk', '4.0'); from gi.repository import Gtk" 2>/dev/null; then
  echo "skip: no GTK 4 for Python (gir1.2-gtk-4.0)"
  exit 77
fi

if [ -z "${RT_DROP_INNER:-}" ]; then
  export RT_DROP_INNER=1
  exec xvfb-run -a -s '-screen 0 1600x1000x24 -noreset' dbus-run-session -- "$0" "$@"
fi

# A private home for the app, killed and removed on exit.
source "$(dirname "$0")/app-env.sh"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

wait_for_window() {
  for _ in $(seq 1 100); do
    xwininfo -root -tree 2>/dev/null | grep -qF "\"$1\": (" && return 0
    sleep 0.2
  done
  fail "no window \"$1\" within 20 s"
}

title=$(sed -n 's:.*<title>\(.*\)</title>.*:\1:p' "$map" | head -n 1)
"$app" "$map" &
pids+=($!)
wait_for_window "$title"
wid=$(xdotool search --name "^$title\$" | head -n 1)
xdotool windowmove "$wid" 0 0 windowsize "$wid" 1200 900

cat > "$tmp/source.py" <<'PY'
import sys
import gi
gi.require_version('Gtk', '4.0')
gi.require_version('Gdk', '4.0')
from gi.repository import Gdk, Gio, GObject, Gtk

def activate(app):
    window = Gtk.ApplicationWindow(application=app, title="drag-source")
    window.set_default_size(300, 200)
    label = Gtk.Label(label=sys.argv[1])
    source = Gtk.DragSource()

    def prepare(source, x, y):
        files = Gdk.FileList.new_from_list([Gio.File.new_for_path(sys.argv[1])])
        return Gdk.ContentProvider.new_for_value(GObject.Value(Gdk.FileList, files))

    source.connect("prepare", prepare)
    label.add_controller(source)
    window.set_child(label)
    window.present()

app = Gtk.Application(application_id="io.github.roundtable.DragSource",
                      flags=Gio.ApplicationFlags.NON_UNIQUE)
app.connect("activate", activate)
app.run([])
PY
/usr/bin/python3 "$tmp/source.py" "$dropped" &
pids+=($!)
wait_for_window "drag-source"
sid=$(xdotool search --name "^drag-source\$" | head -n 1)
xdotool windowmove "$sid" 1250 100
sleep 1.5

# Press on the source, then move in small steps onto the map: XDND needs
# the target to answer each position.
xdotool mousemove 1400 200 mousedown 1
sleep 0.3
for x in $(seq 1390 -10 300); do
  xdotool mousemove "$x" 450
  sleep 0.02
done
sleep 0.5
import -window root "$out_dir/drop-dragging.png"
xdotool mouseup 1

dropped_title=$(/usr/bin/python3 - "$dropped" <<'PY'
import re, sys, html
text = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<node[^>]*\bTEXT="([^"]*)"', text)
print(html.unescape(m.group(1)) if m else "")
PY
)
[ -n "$dropped_title" ] || fail "no title in $dropped"
wait_for_window "$dropped_title"
sleep 1
import -window root "$out_dir/drop-opened.png"
xwininfo -root -tree | grep -qF "\"$title\": (" || fail "the window with the map went away"
echo "ok: a FreeMind file dropped on the map opened in a window of its own"
