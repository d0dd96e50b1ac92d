#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Drives the real roundtable the way a facilitator would: adds people through
# the people panel by typing, makes Ben the speaker with Alt+2, captures
# ideas over D-Bus and checks who they are credited to, adopts a response
# with Ctrl+Alt+A, records stances through the stance rows, and reads the
# warnings of the ownership view. Keys go in through XTEST (xdotool); what
# the window shows is read through accessibility (AT-SPI). Screenshots land
# in OUT_DIR.
#
#   people.py ROUNDTABLE BUILD_ROOT OUT_DIR
#
# Run under xvfb-run and dbus-run-session (see people.sh).

import os
import subprocess
import sys
import tempfile
import time
from xml.etree import ElementTree

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

APP_ID = "io.github.roundtable.Roundtable"
app_path, build_root, out_dir = sys.argv[1:4]


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def wait(what, check, timeout=15.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    fail(f"timed out waiting for {what}")


def walk(acc, depth=0):
    try:
        role = acc.get_role_name()
        name = acc.get_name() or ""
    except Exception:
        return
    yield acc, role, name
    if depth > 60:
        return
    for i in range(acc.get_child_count()):
        child = acc.get_child_at_index(i)
        if child is not None:
            yield from walk(child, depth + 1)


def application():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == "roundtable":
            return app
    return None


def find(role=None, name=None, prefix=None):
    """The last match: rows rebuilt for another node can linger in the
    accessibility tree for a moment after the new ones are added."""
    app = application()
    found = None
    if app is None:
        return None
    for acc, r, n in walk(app):
        if role is not None and r != role:
            continue
        if name is not None and n != name:
            continue
        if prefix is not None and not n.startswith(prefix):
            continue
        found = acc
    return found


def names(role, prefix=""):
    app = application()
    return [n for acc, r, n in walk(app) if r == role and n.startswith(prefix)]


def pressed(acc):
    states = acc.get_state_set()
    return states.contains(Atspi.StateType.PRESSED) or states.contains(Atspi.StateType.CHECKED)


def focused(acc):
    return acc is not None and acc.get_state_set().contains(Atspi.StateType.FOCUSED)


def click(acc):
    if acc.get_n_actions() == 0:
        fail(f"{acc.get_name()} cannot be clicked")
    acc.do_action(0)
    time.sleep(0.5)


def keys(*args):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *args], check=True)
    time.sleep(0.3)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)
    time.sleep(0.2)


def window_action(name, parameter=None):
    params = "[]" if parameter is None else f"[<{parameter}>]"
    subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID,
                    "--object-path", "/io/github/roundtable/Roundtable/window/1",
                    "--method", "org.gtk.Actions.Activate", name, params, "{}"],
                   check=True, stdout=subprocess.DEVNULL)
    time.sleep(0.4)


def panel_shown():
    out = subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID,
                          "--object-path", "/io/github/roundtable/Roundtable/window/1",
                          "--method", "org.gtk.Actions.Describe", "show-people"],
                         capture_output=True, text=True, check=True).stdout
    return "[<true>]" in out


def read_map():
    return ElementTree.parse(map_path).getroot()


def shoot(name):
    path = os.path.join(out_dir, name + ".png")
    subprocess.run(["import", "-window", "root", path], check=True)
    print(f"screenshot: {path}")


def pill():
    return wait("the speaker pill",
                lambda: find(role="push button", prefix="Speaking: ")
                or find(role="push button", name="No speaker"))


tmp = tempfile.mkdtemp()
env = dict(os.environ,
           GSETTINGS_BACKEND="memory",
           GSETTINGS_SCHEMA_DIR=os.path.join(build_root, "data"),
           GSK_RENDERER="cairo",
           XDG_DATA_HOME=os.path.join(tmp, "data"),
           XDG_CONFIG_HOME=os.path.join(tmp, "config"),
           XDG_CACHE_HOME=os.path.join(tmp, "cache"),
           XDG_STATE_HOME=os.path.join(tmp, "state"))
if os.environ.get("RT_APP_G_DEBUG"):
    env["G_DEBUG"] = os.environ["RT_APP_G_DEBUG"]
env.pop("NO_AT_BRIDGE", None)
env.pop("GTK_A11Y", None)
os.makedirs(out_dir, exist_ok=True)
wait("the X server", lambda: subprocess.run(["xdotool", "getdisplaygeometry"],
                                            capture_output=True).returncode == 0)
# A map with nobody in it yet, so that the window opens on it directly.
TITLE = "Saturday opening"
map_path = os.path.join(tmp, "saturday.roundtable")
with open(map_path, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<roundtable version="1">\n'
            f'  <meta>\n    <title>{TITLE}</title>\n  </meta>\n</roundtable>\n')
proc = subprocess.Popen([app_path, map_path], env=env)

try:
    wait("the map's window", lambda: find(role="frame", name=TITLE), 30)
    wid = wait("the map's X window",
               lambda: subprocess.run(["xdotool", "search", "--name", f"^{TITLE}$"],
                                      capture_output=True, text=True).stdout.split())[0]
    # No window manager: give the window the keyboard and wait until GTK
    # takes it as the active window.
    def active():
        subprocess.run(["xdotool", "windowfocus", wid], check=False)
        frame = find(role="frame", name=TITLE)
        return frame is not None and frame.get_state_set().contains(Atspi.StateType.ACTIVE)

    wait("the window to be active", active)
    time.sleep(0.5)

    # F9 hides the panel and shows it again, ready for the first name.
    entry = wait("the people panel", lambda: find(role="text", name="Name of a person to add"))
    if not panel_shown():
        fail("the people panel is hidden at first")
    keys("F9")
    wait("the panel to hide", lambda: not panel_shown())
    keys("F9")
    wait("the panel to show", panel_shown)
    wait("the entry to have focus",
         lambda: entry.get_state_set().contains(Atspi.StateType.FOCUSED)
         or any(acc.get_state_set().contains(Atspi.StateType.FOCUSED)
                for acc, r, n in walk(entry)))

    for person in ("Amira Haddad", "Ben Okafor", "Chen Wei"):
        type_text(person)
        keys("Return")
    def people_rows():
        rows = [n for n in names("list item") if "contribution" in n]
        return rows if len(rows) == 3 else None

    people = wait("three people", people_rows)
    if [p.split(",")[0] for p in people] != ["Amira Haddad", "Ben Okafor", "Chen Wei"]:
        fail(f"people listed: {people}")
    if pill().get_name() != "No speaker":
        fail("somebody speaks before anyone was chosen")

    # Alt+2: Ben speaks, and what is captured is his.
    keys("alt+2")
    wait("Ben to speak", lambda: find(role="push button", name="Speaking: Ben Okafor"))
    window_action("capture", "'How can the branch open on Saturdays?'")
    window_action("capture", "'!A monthly volunteer rota'")
    wait("Ben's two contributions", lambda: find(role="list item", name="Ben Okafor, 2 contributions"))
    shoot("people-atspi-speaker")

    # Adopt the response, then record stances through the rows.
    keys("ctrl+alt+a")
    wait("the stance rows", lambda: find(role="label", prefix="Stances on “A monthly volunteer rota”"))
    click(wait("Ben's Agree", lambda: find(role="push button", name="Ben Okafor: Agree")))
    wait("Ben agreeing", lambda: pressed(find(role="push button", name="Ben Okafor: Agree")))

    # The ownership view: adopted, nobody owns it, one voice shaped it.
    click(wait("the Ownership tab", lambda: find(role="page tab", name="Ownership")))
    wait("the warnings", lambda: find(role="list item", prefix="Nobody owns “A monthly volunteer rota”"))
    if find(role="list item", prefix="“A monthly volunteer rota” was decided without the group") is None:
        fail("no warning that the group did not shape it")
    wait("the share of voices", lambda: find(role="label", prefix="One voice made all the contributions"))
    shoot("people-atspi-ownership")

    # Chen commits: the row opens for what and when.
    click(wait("the Map tab", lambda: find(role="page tab", name="Map")))
    click(wait("Chen's Commit", lambda: find(role="push button", name="Chen Wei: Commit")))
    # The row opens, its entry ready for what Chen will do.
    what = wait("the commitment's entry", lambda: find(role="text", name="What will you do?"))
    wait("the entry to have focus",
         lambda: any(acc.get_state_set().contains(Atspi.StateType.FOCUSED)
                     for acc, r, n in walk(what)))
    type_text("I will draft the rota")
    keys("Return")
    shoot("people-atspi-stances")

    # Keyboard: Shift+Tab goes back to the row's one stop in the focus chain,
    # its choice; Left and Right move along the choices; Space chooses.
    def choice(level):
        return find(role="push button", name=f"Chen Wei: {level}")

    keys("shift+Tab")
    wait("Chen's Commit to have the focus", lambda: focused(choice("Commit")))
    keys("Right")
    wait("Chen's Agree to have the focus", lambda: focused(choice("Agree")))
    keys("space")
    wait("Chen agreeing", lambda: pressed(choice("Agree")) and not pressed(choice("Commit")))
    keys("Left")
    wait("Chen's Commit to have the focus again", lambda: focused(choice("Commit")))
    keys("space")
    wait("Chen committing again", lambda: pressed(choice("Commit")))
    # What Chen said stays with the stance.
    shoot("people-atspi-keyboard")

    # Saved, the file says the same: who said what, who stands where.
    keys("ctrl+s")
    saved = wait("the map to be saved", lambda: read_map() if "<stance" in open(map_path).read()
                 else None)
    ids = {p.get("name"): p.get("id") for p in saved.iter("person")}
    by = {n.findtext("text"): n.get("by") for n in saved.iter("node")}
    if by != {"How can the branch open on Saturdays?": ids["Ben Okafor"],
              "A monthly volunteer rota": ids["Ben Okafor"]}:
        fail(f"saved authors: {by}")
    stances = {s.get("person"): (s.get("level"), s.text) for s in saved.iter("stance")}
    if stances != {ids["Ben Okafor"]: ("agree", None),
                   ids["Chen Wei"]: ("commit", "I will draft the rota")}:
        fail(f"saved stances: {stances}")

    click(wait("the Ownership tab", lambda: find(role="page tab", name="Ownership")))
    wait("the unowned warning to go",
         lambda: find(role="list item", prefix="Nobody owns") is None
         and find(role="list item", prefix="“A monthly volunteer rota” was decided without the group"))
    print("ok: people added, Alt+2 speaker credited, stances recorded, ownership warnings shown")
finally:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
