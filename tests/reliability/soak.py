#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A long workshop session in one sitting: the real roundtable, driven over
# D-Bus (capture, kind, status, credits, speaker, delete, arrange, views,
# zoom) and by keys (in-place text edits, undo and redo storms, Ctrl+S),
# while this script keeps a mirror of what the map must hold. Every save
# is read back and compared with the mirror; at the end the app must quit
# cleanly (no crash, no leak under LeakSanitizer, no warning on its
# stderr) and its memory must have stayed flat after the first minute.
#
#   soak.py ROUNDTABLE BUILD_ROOT OUT_DIR [--sanitized]
#
# RT_SOAK_EDITS sets how many edits the session makes: by default 1,200
# (about a minute) and 400 under the sanitizers, to keep CI short; the
# README's figures come from RT_SOAK_EDITS=10000. Undo and redo steps come
# on top. Run under xvfb-run and dbus-run-session (see run-app-test.sh).

import os
import random
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rtdrive import (App, Keys, RssSampler, DEFAULT_STATUS, STATUSES,  # noqa: E402
                     fail, figure, read_map)
from gi.repository import GLib  # noqa: E402

roundtable, build_root, out_dir = sys.argv[1:4]
sanitized = "--sanitized" in sys.argv[4:]
EDITS = int(os.environ.get("RT_SOAK_EDITS", "400" if sanitized else "1200"))
SAVE_EVERY = max(EDITS // 5, 100)
PEOPLE = ("p1", "p2", "p3", "p4")
KINDS = ("problem", "response", "pro", "con", "note")
MARKS = {"problem": "?", "response": "!", "pro": "+", "con": "-", "note": "#"}
UNKNOWN = object()
TITLE = "Soak session"

SEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<roundtable version="1">
  <meta>
    <title>{TITLE}</title>
  </meta>
  <people>
    <person id="p1" name="Amira Haddad" color="#1c71d8" role="facilitator"/>
    <person id="p2" name="Ben Okafor" color="#e66100"/>
    <person id="p3" name="Chen Wei" color="#2ec27e"/>
    <person id="p4" name="Zoë &quot;Z&quot; O'Neil" color="#9141ac"/>
  </people>
</roundtable>
"""

# Texts that stress escaping and Unicode, made unique by a number.
FLAVOURS = ("Who opens on Saturdays", "Rota <monthly> & fair", "“Quoted” idea",
            "Zoë's café, naïve façade", "李雷和韩梅梅", "مريم تتكلم", "emoji 🎉 party",
            "]]> is not the end", "a < b && c > d")

rng = random.Random(2026)
tmp = tempfile.mkdtemp(prefix="rt-soak-")
map_path = os.path.join(tmp, "workshop.roundtable")
with open(map_path, "w") as f:
    f.write(SEED)


class Mirror:
    def __init__(self):
        self.nodes = {}
        self.cursor = None      # the text of the node the keys act on, None, or UNKNOWN
        self.speaker = None
        self.counter = 0

    def new_text(self):
        self.counter += 1
        return f"{rng.choice(FLAVOURS)} #{self.counter}"


mirror = Mirror()
counts = dict(capture=0, kind=0, status=0, credit=0, text=0, delete=0, arrange=0,
              undo=0, redo=0, save=0, view=0, zoom=0, speaker=0)
edits = 0

app = App(roundtable, build_root, [map_path])
app.wait_for_window()
keys = Keys(TITLE)
keys.find()
sampler = RssSampler(app.pid)
sampler.start()
start = time.monotonic()


def act(name, parameter=None):
    app.act(name, None if parameter is None else GLib.Variant("s", parameter))


def barrier():
    """Returns once the app has handled every key typed so far: a key that
    switches the view goes in after them, and the view is watched."""
    keys.key("ctrl+2")
    end = time.monotonic() + 30
    while app.state("view-mode") != "outline":
        if time.monotonic() > end:
            fail("the keys typed were not handled within 30 s")
        time.sleep(0.002)
    act("view-mode", "map")


def capture():
    global edits
    kind = rng.choices(KINDS, weights=(2, 3, 2, 2, 1))[0]
    text = mirror.new_text()
    details = f"Details of {text}\nover two lines" if rng.random() < 0.1 else None
    act("capture", MARKS[kind] + text + ("\n" + details if details else ""))
    mirror.nodes[text] = dict(kind=kind, status=DEFAULT_STATUS.get(kind),
                              by=mirror.speaker, credits=set(), details=details,
                              parent=mirror.cursor)
    mirror.cursor = text
    counts["capture"] += 1
    edits += 1


def set_kind(node):
    global edits
    kind = rng.choice([k for k in KINDS if k != node["kind"]])
    act("set-kind", kind)
    node["kind"] = kind
    if node["status"] not in STATUSES.get(kind, (None,)):
        node["status"] = DEFAULT_STATUS.get(kind)
    counts["kind"] += 1
    edits += 1


def set_status(node):
    global edits
    choices = [s for s in STATUSES.get(node["kind"], ()) if s != node["status"]]
    if not choices:
        return set_kind(node)
    status = rng.choice(choices)
    act("set-status", status)
    node["status"] = status
    counts["status"] += 1
    edits += 1


def toggle_credit(node):
    global edits
    person = rng.choice([p for p in PEOPLE if p != node["by"]])
    act("toggle-credit", person)
    node["credits"] ^= {person}
    counts["credit"] += 1
    edits += 1


def edit_text(text):
    """Edits the node in place as a person would: Enter on it, type, Enter."""
    global edits
    node = mirror.nodes[text]
    suffix = f" (edited {mirror.counter})"
    act("edit")
    keys.type(suffix)
    keys.key("Return")
    barrier()
    # The caret starts at the end of the text, before any details.
    del mirror.nodes[text]
    text += suffix
    mirror.nodes[text] = node
    mirror.cursor = text
    counts["text"] += 1
    edits += 1


def delete(text):
    global edits
    act("delete")
    del mirror.nodes[text]
    mirror.cursor = UNKNOWN
    counts["delete"] += 1
    edits += 1


def storm():
    """Undo a burst of steps, then redo them all: the map is as before."""
    steps = rng.randint(5, 40)
    keys.key(*["ctrl+z"] * steps)
    barrier()
    keys.key(*["ctrl+shift+z"] * steps)
    barrier()
    mirror.cursor = UNKNOWN
    counts["undo"] += steps
    counts["redo"] += steps


def compare(nodes, links, where):
    """Fails unless the map read from a file is the mirror."""
    if set(nodes) != set(mirror.nodes):
        missing = sorted(set(mirror.nodes) - set(nodes))[:5]
        extra = sorted(set(nodes) - set(mirror.nodes))[:5]
        fail(f"{where}: {len(nodes)} nodes instead of {len(mirror.nodes)}; "
             f"missing {missing}, unexpected {extra}")
    outgoing = {}
    for src, dst, kind in links:
        outgoing.setdefault(src, []).append(dst)
    for text, want in mirror.nodes.items():
        got = nodes[text]
        for field in ("kind", "status", "by", "credits", "details"):
            if got[field] != want[field]:
                fail(f"{where}: {text!r} has {field} {got[field]!r} instead of {want[field]!r}")
        parents = outgoing.get(text, [])
        if want["parent"] is UNKNOWN:
            if len(parents) > 1:
                fail(f"{where}: {text!r} links to {parents}")
        elif want["parent"] is None:
            if parents:
                fail(f"{where}: {text!r} was captured with nothing selected but links to "
                     f"{parents}")
        elif parents != [want["parent"]]:
            fail(f"{where}: {text!r} links to {parents} instead of {want['parent']!r}")


def save_and_check(where):
    """Ctrl+S, then the file must be the mirror."""
    before = os.stat(map_path).st_mtime_ns
    keys.key("ctrl+s")
    barrier()
    end = time.monotonic() + 30
    while True:
        if os.stat(map_path).st_mtime_ns != before:
            try:
                nodes, links = read_map(map_path)
                if len(nodes) == len(mirror.nodes):
                    break
            except Exception:
                pass
        if time.monotonic() > end:
            fail(f"{where}: the save did not reach the file within 30 s")
        time.sleep(0.02)
    compare(nodes, links, where)
    counts["save"] += 1


try:
    capture()
    next_storm = 40
    next_save = SAVE_EVERY
    while edits < EDITS:
        roll = rng.random()
        cursor = mirror.cursor if mirror.cursor is not UNKNOWN else None
        if cursor is not None and roll < 0.80:
            node = mirror.nodes[cursor]
            op = rng.random()
            if op < 0.25:
                set_kind(node)
            elif op < 0.50:
                set_status(node)
            elif op < 0.85:
                toggle_credit(node)
            elif op < 0.93:
                delete(cursor)
            else:
                edit_text(cursor)
        else:
            capture()

        if edits >= next_storm:
            storm()
            next_storm = edits + rng.randint(20, 60)
        if rng.random() < 0.01:
            act("arrange")
            counts["arrange"] += 1
            edits += 1
        if rng.random() < 0.02:
            act("view-mode", rng.choice(("outline", "ownership")))
            act("view-mode", "map")
            counts["view"] += 1
        if rng.random() < 0.02:
            act(rng.choice(("zoom-in", "zoom-out", "zoom-fit")))
            counts["zoom"] += 1
        if rng.random() < 0.01:
            mirror.speaker = rng.choice(PEOPLE + (None,))
            act("set-speaker", mirror.speaker or "")
            counts["speaker"] += 1
        if edits >= next_save:
            save_and_check(f"save after {edits} edits")
            next_save += SAVE_EVERY
        if app.proc.poll() is not None:
            fail(f"roundtable exited with {app.proc.returncode} during the session\n"
                 f"{app.read_stderr()[-4000:]}")

    save_and_check("the last save")
    elapsed = time.monotonic() - start
    hwm = app.rss_kib("VmHWM")
    sampler.stop()
    status = app.quit()
    stderr = app.read_stderr()
    if status != 0:
        fail(f"roundtable exited with {status} at the end\n{stderr[-6000:]}")
    warnings = app.warnings()
    if warnings:
        fail("roundtable printed warnings:\n" + "\n".join(warnings[:20]))

    # After the first minute, or the first third of a shorter session.
    warm_up = min(60.0, elapsed / 3)
    first_minute = sampler.at(warm_up)
    last = sampler.samples[-1][1]
    growth = last - first_minute
    print(f"# {edits} edits ({', '.join(f'{k} {v}' for k, v in counts.items())}) in "
          f"{elapsed:.0f} s; {len(mirror.nodes)} nodes at the end; RSS {first_minute // 1024} MiB "
          f"after {warm_up:.0f} s, {last // 1024} MiB at the end, peak {hwm // 1024} MiB")
    figure("soak", edits=edits, undo=counts["undo"], redo=counts["redo"], saves=counts["save"],
           seconds=f"{elapsed:.0f}", nodes=len(mirror.nodes),
           warm_up_s=f"{warm_up:.0f}", rss_after_warm_up_mib=first_minute // 1024,
           rss_end_mib=last // 1024,
           peak_mib=hwm // 1024, sanitized=int(sanitized))
    with open(os.path.join(out_dir, "soak-rss.tsv"), "w") as f:
        f.write("seconds\tvmrss_kib\n")
        for t, kib in sampler.samples:
            f.write(f"{t:.1f}\t{kib}\n")
    # The history grows with every edit, the map with every capture: flat
    # means a few MiB for the rest of the session, not a leak per frame.
    # AddressSanitizer holds freed memory in quarantine, so only the plain
    # build is held to it.
    if not sanitized and growth > 48 * 1024:
        fail(f"RSS grew by {growth // 1024} MiB after the first {warm_up:.0f} s")
    print(f"ok: {edits} edits and {counts['undo']} undo and redo steps; every save read back "
          f"equal to the session; quit cleanly")
finally:
    app.close()
