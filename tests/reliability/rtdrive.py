# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starting the built roundtable in a private environment and driving it
# through its D-Bus actions (org.gtk.Actions) on one connection, with keys
# through XTEST (xdotool) for the actions only the keyboard reaches (undo,
# redo, save), for the reliability tests. Run under xvfb-run and
# dbus-run-session.

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET

from gi.repository import Gio, GLib

APP_ID = "io.github.roundtable.Roundtable"
APP_PATH = "/io/github/roundtable/Roundtable"
WINDOW_PATH = APP_PATH + "/window/1"

# What GLib prints for a warning or a critical: "(roundtable:123): Gtk-WARNING **: ..."
WARNING_RE = re.compile(r"(WARNING|CRITICAL) \*\*")


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.stdout.flush()
    sys.exit(1)


def figure(name, **values):
    """A line the README's figures are taken from."""
    fields = " ".join(f"{k}={v}" for k, v in values.items())
    print(f"# FIGURE {name} {fields}", flush=True)


class App:
    """One roundtable process with its own data, config and cache folders."""

    def __init__(self, roundtable, build_root, args=(), home=None, env=None, a11y=False):
        self.own_home = home is None
        self.home = home or tempfile.mkdtemp(prefix="rt-rel-")
        self.stderr_path = os.path.join(self.home, f"stderr-{time.monotonic_ns()}.txt")
        e = dict(os.environ,
                 GSETTINGS_BACKEND="memory",
                 GSETTINGS_SCHEMA_DIR=os.path.join(build_root, "data"),
                 GSK_RENDERER="cairo",
                 XDG_DATA_HOME=os.path.join(self.home, "data"),
                 XDG_CONFIG_HOME=os.path.join(self.home, "config"),
                 XDG_CACHE_HOME=os.path.join(self.home, "cache"),
                 XDG_STATE_HOME=os.path.join(self.home, "state"))
        if os.environ.get("RT_APP_G_DEBUG"):
            e["G_DEBUG"] = os.environ["RT_APP_G_DEBUG"]
        if a11y:
            e.pop("NO_AT_BRIDGE", None)
            e.pop("GTK_A11Y", None)
        else:
            e["NO_AT_BRIDGE"] = "1"
            e["GTK_A11Y"] = "none"
        if env:
            e.update(env)
        self.stderr = open(self.stderr_path, "w")
        self.proc = subprocess.Popen([roundtable, *args], env=e, stderr=self.stderr)
        self.bus = Gio.bus_get_sync(Gio.BusType.SESSION)

    @property
    def pid(self):
        return self.proc.pid

    def call(self, interface, method, args=None, path=WINDOW_PATH, timeout=30000):
        return self.bus.call_sync(APP_ID, path, interface, method, args, None,
                                  Gio.DBusCallFlags.NONE, timeout, None)

    def act(self, name, parameter=None, path=WINDOW_PATH):
        """Activates a window action (or, with path=APP_PATH, an app action)
        and returns once the app has run it."""
        params = [] if parameter is None else [parameter]
        self.call("org.gtk.Actions", "Activate",
                  GLib.Variant("(sava{sv})", (name, params, {})), path=path)

    def state(self, name):
        enabled, ptype, state = self.call("org.gtk.Actions", "Describe",
                                          GLib.Variant("(s)", (name,))).unpack()[0]
        return state[0] if state else None

    def enabled(self, name):
        return self.call("org.gtk.Actions", "Describe",
                         GLib.Variant("(s)", (name,))).unpack()[0][0]

    def ping(self):
        """A round trip through the app's main loop: the window's action
        list is answered there, unlike org.freedesktop.DBus.Peer.Ping."""
        self.call("org.gtk.Actions", "List")

    def wait_for_window(self, timeout=60.0):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                fail(f"roundtable exited with {self.proc.returncode} before its window appeared"
                     f"\n{self.read_stderr()}")
            try:
                self.ping()
                return
            except GLib.Error:
                time.sleep(0.1)
        fail(f"no window on D-Bus within {timeout:.0f} s")

    def rss_kib(self, field="VmRSS"):
        try:
            with open(f"/proc/{self.pid}/status") as f:
                for line in f:
                    if line.startswith(field + ":"):
                        return int(line.split()[1])
        except OSError:
            pass
        return None

    def read_stderr(self):
        self.stderr.flush()
        with open(self.stderr_path, errors="replace") as f:
            return f.read()

    def warnings(self):
        return [line for line in self.read_stderr().splitlines()
                if WARNING_RE.search(line) and "roundtable" in line]

    def quit(self, timeout=60.0):
        """Quits through app.quit; returns the exit status."""
        try:
            self.act("quit", path=APP_PATH)
        except GLib.Error:
            pass
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            fail(f"roundtable did not quit within {timeout:.0f} s (a question left open?)")

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def close(self):
        self.kill()
        self.stderr.close()
        if self.own_home:
            shutil.rmtree(self.home, ignore_errors=True)


class Keys:
    """Keys typed into the window through XTEST."""

    def __init__(self, title):
        self.title = title
        self.window = None

    def find(self, timeout=30.0):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            out = subprocess.run(["xdotool", "search", "--name", f"^{re.escape(self.title)}$"],
                                 capture_output=True, text=True).stdout.split()
            if out:
                self.window = out[0]
                subprocess.run(["xdotool", "windowfocus", "--sync", self.window], check=True)
                return
            time.sleep(0.1)
        fail(f"no window titled {self.title!r}")

    def key(self, *names):
        subprocess.run(["xdotool", "key", "--clearmodifiers", "--delay", "1", *names],
                       check=True)

    def type(self, text):
        subprocess.run(["xdotool", "type", "--clearmodifiers", "--delay", "2", text], check=True)


class RssSampler(threading.Thread):
    """VmRSS of a process every few seconds, with the time since start."""

    def __init__(self, pid, every=2.0):
        super().__init__(daemon=True)
        self.pid = pid
        self.every = every
        self.samples = []
        self.start_time = time.monotonic()
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.is_set():
            try:
                with open(f"/proc/{self.pid}/status") as f:
                    for line in f:
                        if line.startswith("VmRSS:"):
                            self.samples.append((time.monotonic() - self.start_time,
                                                 int(line.split()[1])))
            except OSError:
                return
            self.stopped.wait(self.every)

    def stop(self):
        self.stopped.set()
        self.join()

    def at(self, seconds):
        """The first sample at or after seconds."""
        for t, kib in self.samples:
            if t >= seconds:
                return kib
        return self.samples[-1][1] if self.samples else None


DEFAULT_STATUS = {"problem": "open", "response": "proposed"}
STATUSES = {"problem": ("open", "resolved"),
            "response": ("proposed", "adopted", "rejected", "parked")}


def read_map(path, unique=True):
    """The nodes of a map file by text: {text: {...}}, and its links, with
    the reader's defaults filled in. With unique, two nodes with the same
    text fail the test; else the last one is kept."""
    root = ET.parse(path).getroot()
    nodes = {}
    by_id = {}
    for node in root.iter("node"):
        text_el = node.find("text")
        details_el = node.find("details")
        kind = node.get("kind")
        entry = {
            "id": node.get("id"),
            "kind": kind,
            "status": node.get("status", DEFAULT_STATUS.get(kind)),
            "by": node.get("by"),
            "details": details_el.text if details_el is not None else None,
            "credits": {c.get("person") for c in node.findall("credit")},
            "x": node.get("x"),
        }
        text = text_el.text if text_el is not None and text_el.text else ""
        if unique and text in nodes:
            fail(f"two nodes have the text {text!r}")
        nodes[text] = entry
        by_id[entry["id"]] = text
    links = [(by_id.get(l.get("from")), by_id.get(l.get("to")), l.get("kind"))
             for l in root.iter("link")]
    return nodes, links
