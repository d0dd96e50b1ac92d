#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A 100,000-node map in the real roundtable: open it, zoom and pan, add a
# node, undo, save, search it with the map and with the outline shown,
# while another thread asks the window for its action
# list every 20 ms over D-Bus. That question is answered in the app's main
# loop, so the longest round trip is the longest the window froze. Each
# step's longest stall is printed against the 100 ms goal (opening is
# reported apart). The peak memory (VmHWM) is reported.
#
#   large-map.py ROUNDTABLE BUILD_ROOT OUT_DIR WRITE_HELPER [--sanitized]
#
# RT_LARGE_NODES sets the size of the map (default 100,000). Run under
# xvfb-run and dbus-run-session (see run-app-test.sh).

import os
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rtdrive import App, Keys, fail, figure  # noqa: E402
from gi.repository import Gio, GLib  # noqa: E402

roundtable, build_root, out_dir, helper = sys.argv[1:5]
sanitized = "--sanitized" in sys.argv[5:]
NODES = int(os.environ.get("RT_LARGE_NODES", "100000"))
# The goal: no step freezes the window for 100 ms or more. Timings on a
# shared machine are figures, not verdicts, so the test prints each step
# against the goal and fails only when the window is frozen outright.
# Opening reads the file and measures its labels in threads; what is left
# in the main loop (the window, the people panel, the scene's index of
# 100,000 nodes) is reported apart.
LIMIT_MS = 100.0
CEILING_MS = 15000.0
OPEN_CEILING_MS = 60000.0


class Pinger(threading.Thread):
    """Round trips through the app's main loop every 20 ms, on a
    connection of its own; each is filed under the step running then."""

    def __init__(self):
        super().__init__(daemon=True)
        address = Gio.dbus_address_get_for_bus_sync(Gio.BusType.SESSION, None)
        self.bus = Gio.DBusConnection.new_for_address_sync(
            address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
            | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)
        self.step = "start"
        self.worst = {}
        self.count = {}
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.is_set():
            step = self.step
            t = time.monotonic()
            try:
                self.bus.call_sync("io.github.roundtable.Roundtable",
                                   "/io/github/roundtable/Roundtable/window/1",
                                   "org.gtk.Actions", "List", None, None,
                                   Gio.DBusCallFlags.NONE, 120000, None)
            except GLib.Error:
                time.sleep(0.02)
                continue
            ms = (time.monotonic() - t) * 1000
            self.worst[step] = max(self.worst.get(step, 0.0), ms)
            self.count[step] = self.count.get(step, 0) + 1
            self.stopped.wait(0.02)

    def stop(self):
        self.stopped.set()
        self.join()


tmp = tempfile.mkdtemp(prefix="rt-large-")
map_path = os.path.join(tmp, "large.roundtable")
t = time.monotonic()
subprocess.run([helper, str(NODES), "2026", map_path], check=True)
print(f"# made a map of {NODES} nodes ({os.path.getsize(map_path) // (1 << 20)} MiB) "
      f"in {time.monotonic() - t:.1f} s", flush=True)

app = App(roundtable, build_root, [map_path])
pinger = Pinger()
steps = []


def step(name, action, settle=0.3):
    """Runs action with the pinger filing round trips under name, and lets
    the frames it caused be drawn before the next step."""
    pinger.step = name
    t = time.monotonic()
    action()
    time.sleep(settle)
    steps.append((name, time.monotonic() - t))


def wait_for_map():
    end = time.monotonic() + 600
    while not app.enabled("select-all"):
        if time.monotonic() > end:
            fail("the map did not open within 10 minutes")
        time.sleep(0.05)


try:
    t0 = time.monotonic()
    pinger.start()
    step("open", lambda: (app.wait_for_window(timeout=120), wait_for_map()), settle=1.0)
    opened = time.monotonic() - t0
    title = subprocess.run(["sed", "-n", "s:.*<title>\\(.*\\)</title>.*:\\1:p", map_path],
                           capture_output=True, text=True).stdout.splitlines()
    keys = Keys(title[0] if title else "large.roundtable")
    keys.find()
    step("first frames", lambda: None, settle=2.0)

    def act(name, parameter=None):
        app.act(name, None if parameter is None else GLib.Variant("s", parameter))

    def barrier():
        """Returns once the keys typed so far are handled: F9 (the people
        panel) goes in after them and its state is watched; a view switch
        would make the outline catch up with 100,000 nodes."""
        for _ in range(2):
            shown = app.state("show-people")
            keys.key("F9")
            while app.state("show-people") == shown:
                time.sleep(0.005)

    step("zoom to fit", lambda: act("zoom-fit"), settle=1.0)
    step("zoom in", lambda: [act("zoom-in") or time.sleep(0.1) for _ in range(6)])
    step("zoom out", lambda: [act("zoom-out") or time.sleep(0.1) for _ in range(6)])

    def pan():
        subprocess.run(["xdotool", "mousemove", "--window", keys.window, "700", "500"], check=True)
        for button in ("5", "5", "4", "4"):
            subprocess.run(["xdotool", "click", "--repeat", "10", "--delay", "30", button],
                           check=True)
        subprocess.run(["xdotool", "keydown", "shift", "click", "--repeat", "10", "--delay",
                        "30", "5", "keyup", "shift"], check=True)
    step("pan", pan)
    step("zoom to 100 %", lambda: act("zoom-reset"))
    step("pan at 100 %", pan)
    step("add a node", lambda: act("capture", "?A new problem on a very large map"), settle=0.5)
    step("change its kind", lambda: act("set-kind", "note"))
    step("undo", lambda: (keys.key("ctrl+z"), barrier()))
    step("redo", lambda: (keys.key("ctrl+shift+z"), barrier()))

    saved_before = os.stat(map_path).st_mtime_ns

    def save():
        keys.key("ctrl+s")
        barrier()
        end = time.monotonic() + 120
        while os.stat(map_path).st_mtime_ns == saved_before:
            if time.monotonic() > end:
                fail("the save did not reach the file within 2 minutes")
            time.sleep(0.01)
    step("save", save, settle=0.5)
    step("edit after saving", lambda: act("capture", "!A response while the draft is due"))
    # The draft is written a few seconds after the last change.
    step("draft autosave", lambda: time.sleep(3.0))

    def search(where):
        """Ctrl+F, a search typed and cleared, another typed and the bar
        closed with Escape (which clears it too). The entry waits 150 ms
        after the last key before it searches."""
        step(f"open the search{where}", lambda: keys.key("ctrl+f"), settle=1.0)
        step(f"type a search{where}", lambda: keys.type("very large"), settle=1.5)
        step(f"clear the search{where}", lambda: keys.key("ctrl+a", "BackSpace"), settle=1.5)
        step(f"type another{where}", lambda: keys.type("rota"), settle=1.5)
        step(f"close it with Escape{where}", lambda: keys.key("Escape"), settle=1.5)
    step("switch to the outline", lambda: act("view-mode", "outline"), settle=1.0)
    step("add a node, outline shown",
         lambda: act("capture", "?A new problem while the outline shows"), settle=0.5)
    step("change its kind, outline shown", lambda: act("set-kind", "note"))
    step("undo, outline shown", lambda: (keys.key("ctrl+z"), barrier()))
    step("redo, outline shown", lambda: (keys.key("ctrl+shift+z"), barrier()))
    search(", outline shown")
    step("back to the map", lambda: act("view-mode", "map"), settle=1.0)
    search("")
    pinger.stop()

    hwm = app.rss_kib("VmHWM")
    rss = app.rss_kib("VmRSS")
    app.kill()

    print(f"# opened {NODES} nodes in {opened:.1f} s; peak memory {hwm // 1024} MiB, "
          f"{rss // 1024} MiB at the end")
    over = []
    for name, seconds in steps:
        worst = pinger.worst.get(name, 0.0)
        limit = OPEN_CEILING_MS if name == "open" else CEILING_MS
        note = ""
        if worst >= LIMIT_MS and name != "open":
            note = " (over the 100 ms goal)"
        print(f"#   {name:32s} longest stall {worst:7.1f} ms over {pinger.count.get(name, 0)} "
              f"pings in {seconds:.1f} s{note}")
        if worst >= limit:
            over.append(f"{name} ({worst:.0f} ms, limit {limit:.0f} ms)")
    interactive = max(pinger.worst.get(n, 0.0) for n, _ in steps
                      if n not in ("open", "first frames"))
    viewing = max(pinger.worst.get(n, 0.0) for n, _ in steps
                  if n.startswith(("zoom", "pan")))
    searching = max(pinger.worst.get(n, 0.0) for n, _ in steps
                    if "search" in n or n.startswith(("type ", "close it")))
    figure("large-map", nodes=NODES, open_s=f"{opened:.1f}",
           open_stall_ms=f"{pinger.worst.get('open', 0.0):.0f}",
           first_frames_stall_ms=f"{pinger.worst.get('first frames', 0.0):.0f}",
           longest_stall_ms=f"{interactive:.0f}", viewing_stall_ms=f"{viewing:.0f}",
           search_stall_ms=f"{searching:.0f}",
           peak_mib=hwm // 1024,
           sanitized=int(sanitized))
    # Timing under the sanitizers measures the sanitizers.
    if over and not sanitized:
        fail("the window froze: " + ", ".join(over))
    print(f"ok: {NODES} nodes opened, zoomed, panned, edited, undone, saved and searched")
finally:
    app.close()
    subprocess.run(["rm", "-rf", tmp])
