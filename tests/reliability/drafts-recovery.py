#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Crash recovery, end to end, with the real roundtable:
#
# 1. Edits made over D-Bus, a wait past the autosave delay, kill -9, a new
#    start: the restore question is answered "Restore" through
#    accessibility (AT-SPI), the map comes back modified with every edit,
#    Ctrl+S writes it to its file and the draft goes.
# 2. Kills timed around the autosave of a 20,000-node map: the draft on
#    disk is always the previous one or the new one, whole.
#
#   drafts-recovery.py ROUNDTABLE BUILD_ROOT OUT_DIR WRITE_HELPER [--sanitized]
#
# RT_DRAFT_KILLS sets how many kills part 2 makes (default 3; the same
# write is killed 50 times over in test-kill-save). Run under
# xvfb-run and dbus-run-session (see run-app-test.sh).

import glob
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rtdrive import App, Keys, fail, figure, read_map  # noqa: E402

roundtable, build_root, out_dir, helper = sys.argv[1:5]
sanitized = "--sanitized" in sys.argv[5:]
KILLS = int(os.environ.get("RT_DRAFT_KILLS", "3"))
APP_ID = "io.github.roundtable.Roundtable"

SEED = """<?xml version="1.0" encoding="UTF-8"?>
<roundtable version="1">
  <meta>
    <title>Library hours</title>
  </meta>
  <people>
    <person id="p1" name="Amira Haddad" color="#1c71d8" role="facilitator"/>
    <person id="p2" name="Ben Okafor" color="#e66100"/>
    <person id="p3" name="Chen Wei" color="#2ec27e"/>
  </people>
  <nodes>
    <node id="n1" kind="problem" by="p1" x="0" y="0">
      <text>Who staffs the library on Saturdays?</text>
    </node>
  </nodes>
</roundtable>
"""


def drafts_dir(home):
    return os.path.join(home, "data", APP_ID, "drafts")


def draft_files(home):
    return sorted(glob.glob(os.path.join(drafts_dir(home), "*.roundtable")))


def wait(what, check, timeout=30.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    fail(f"timed out waiting for {what}")


def draft_texts(path):
    try:
        nodes, _ = read_map(path, unique=False)
    except Exception:
        return None
    return set(nodes)


# Accessibility: the restore question is a real dialog with real buttons.

def walk(acc, depth=0):
    try:
        role = acc.get_role_name()
        name = acc.get_name() or ""
    except Exception:
        return
    yield acc, role, name
    if depth > 40:
        return
    for i in range(acc.get_child_count()):
        child = acc.get_child_at_index(i)
        if child is not None:
            yield from walk(child, depth + 1)


def find(role, name, pid):
    """A showing accessible of that role whose name is name; GTK 4.8 names
    a button with a mnemonic "_Restore Restore"."""
    names = (name, f"_{name} {name}")
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        # Only the running app: asking a killed one waits for a timeout.
        try:
            if app is None or app.get_process_id() != pid:
                continue
        except GLib.Error:
            continue
        # Under Xvfb with no window manager GTK 4.8 does not mark a
        # dialog's children as showing; the dialog's layouts both hold the
        # same buttons, and either gives the same answer.
        for acc, r, n in walk(app):
            if r == role and n in names:
                return acc
    return None


def recovery_end_to_end():
    home = tempfile.mkdtemp(prefix="rt-drafts-")
    map_path = os.path.join(home, "hours.roundtable")
    with open(map_path, "w") as f:
        f.write(SEED)
    before = open(map_path).read()

    app = App(roundtable, build_root, [map_path], home=home, a11y=True)
    try:
        app.wait_for_window()

        def act(name, parameter=None):
            app.act(name, None if parameter is None else GLib.Variant("s", parameter))

        act("set-speaker", "p2")
        act("capture", "!A monthly volunteer rota")
        act("set-status", "adopted")
        act("toggle-credit", "p3")
        act("capture", "+Neighbours already offered")
        act("set-speaker", "p3")
        act("capture", "-Volunteers need a key-holder")
        t_edit = time.monotonic()
        draft = wait("the draft", lambda: [p for p in draft_files(home)
                                           if "Volunteers need a key-holder" in open(p).read()])
        waited = time.monotonic() - t_edit
        app.proc.kill()
        app.proc.wait()
        if open(map_path).read() != before:
            fail("the map file changed although it was never saved")
    finally:
        app.close()

    # The next start offers the draft; Restore brings the map back.
    app = App(roundtable, build_root, [], home=home, a11y=True)
    try:
        app.wait_for_window()
        restore = wait("the restore question", lambda: find("push button", "Restore", app.pid))
        wait("the draft's row", lambda: find("label", "Library hours", app.pid))
        Atspi.Action.do_action(restore, 0)
        keys = Keys("Library hours")
        keys.find()
        wait("the restored map", lambda: app.enabled("select-all"))
        # Restored modified: saving writes every edit to the map's file.
        keys.key("ctrl+s")
        wait("the save", lambda: open(map_path).read() != before)
        nodes, links = read_map(map_path)
        expected = {
            "Who staffs the library on Saturdays?": ("problem", "p1", set()),
            "A monthly volunteer rota": ("response", "p2", {"p3"}),
            "Neighbours already offered": ("pro", "p2", set()),
            "Volunteers need a key-holder": ("con", "p3", set()),
        }
        if set(nodes) != set(expected):
            fail(f"restored map holds {sorted(nodes)}")
        for text, (kind, by, credits) in expected.items():
            got = nodes[text]
            if (got["kind"], got["by"], got["credits"]) != (kind, by, credits):
                fail(f"{text!r} came back as {got}")
        if nodes["A monthly volunteer rota"]["status"] != "adopted":
            fail("the adopted status was lost")
        pairs = sorted((a, b) for a, b, kind in links)
        if pairs != [("Neighbours already offered", "A monthly volunteer rota"),
                     ("Volunteers need a key-holder", "Neighbours already offered")]:
            fail(f"the restored map has the links {pairs}")
        wait("the draft to go once saved", lambda: not draft_files(home))
        status = app.quit()
        if status != 0:
            fail(f"roundtable exited with {status}\n{app.read_stderr()[-4000:]}")
        warnings = app.warnings()
        if warnings:
            fail("roundtable printed warnings:\n" + "\n".join(warnings[:20]))
    finally:
        app.close()
        shutil.rmtree(home, ignore_errors=True)
    print(f"# restore: the draft was on disk {waited:.1f} s after the last edit; after kill -9 "
          f"and Restore the map had all 4 nodes, both links, its credits and status", flush=True)


def kills_around_autosave():
    """Two rounds of edits per start; the kill falls around the second
    draft write, so the draft must be the first or the second."""
    rng = random.Random(7)
    base = tempfile.mkdtemp(prefix="rt-draft-kills-")
    big = os.path.join(base, "big.roundtable")
    subprocess.run([helper, "20000", "11", big], check=True)
    outcomes = {"previous": 0, "new": 0}
    try:
        for round_ in range(KILLS):
            home = os.path.join(base, f"home-{round_}")
            os.makedirs(home)
            map_path = os.path.join(home, "big.roundtable")
            shutil.copy(big, map_path)
            app = App(roundtable, build_root, [map_path], home=home)
            try:
                app.wait_for_window(timeout=120)
                wait("the map", lambda: app.enabled("select-all"), timeout=120)
                first = f"?First thought of round {round_}"
                second = f"?Second thought of round {round_}"
                app.act("capture", GLib.Variant("s", first))
                wait("the first draft", lambda: [p for p in draft_files(home)
                                                 if first[1:] in (draft_texts(p) or ())])
                app.act("capture", GLib.Variant("s", second))
                # The autosave comes 2 s after the last change, within a
                # second's slack: kill anywhere from just before to after.
                time.sleep(rng.uniform(1.0, 3.5))
                app.proc.kill()
                app.proc.wait()
            finally:
                app.close()
            files = draft_files(home)
            if len(files) != 1:
                fail(f"round {round_}: {len(files)} drafts on disk")
            texts = draft_texts(files[0])
            if texts is None:
                fail(f"round {round_}: the draft {files[0]} cannot be read")
            if first[1:] not in texts:
                fail(f"round {round_}: the draft lost the first edit")
            outcomes["new" if second[1:] in texts else "previous"] += 1
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print(f"# kills around the autosave of a 20,000-node map: {KILLS} kills, the draft was the "
          f"previous one {outcomes['previous']} times and the new one {outcomes['new']} times, "
          f"never damaged", flush=True)
    return outcomes


recovery_end_to_end()
outcomes = kills_around_autosave()
figure("drafts", restored=1, autosave_kills=KILLS, previous=outcomes["previous"],
       new=outcomes["new"], sanitized=int(sanitized))
print("ok: a draft survives kill -9 and restores every edit; kills around the autosave "
      "leave the previous or the new draft")
