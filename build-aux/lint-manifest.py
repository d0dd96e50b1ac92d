#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifest against what Roundtable needs and promises.

Usage: lint-manifest.py MANIFEST [APP_ID]

The sandbox permissions are part of what the application promises its
users, so they are compared exactly: a new permission has to be added here
on purpose, with a reason, not slip in with some other change.
"""

import json
import sys

APP_ID = "io.github.roundtable.Roundtable"

EXPECTED = {
    "runtime": "org.gnome.Platform",
    "runtime-version": "47",
    "sdk": "org.gnome.Sdk",
    "command": "roundtable",
}

FINISH_ARGS = [
    "--socket=wayland",
    "--socket=fallback-x11",
    "--share=ipc",
    "--device=dri",
]

CLEANUP = ["/include", "/lib/pkgconfig", "/share/man", "*.la", "*.a"]


def no_duplicate_keys(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"key “{key}” appears twice in one object")
        seen[key] = value
    return seen


def lint(manifest, app_id):
    problems = []

    def expect(cond, message):
        if not cond:
            problems.append(message)

    expect(manifest.get("id") == app_id,
           f"id is {manifest.get('id')!r}, expected {app_id!r}")
    expect("app-id" not in manifest, "use “id”, not the deprecated “app-id”")
    for key, value in EXPECTED.items():
        expect(manifest.get(key) == value,
               f"{key} is {manifest.get(key)!r}, expected {value!r}")

    finish_args = manifest.get("finish-args")
    expect(finish_args == FINISH_ARGS,
           f"finish-args are {finish_args!r}, expected exactly {FINISH_ARGS!r}")

    cleanup = manifest.get("cleanup", [])
    for pattern in CLEANUP:
        expect(pattern in cleanup, f"cleanup does not remove {pattern!r}")

    modules = manifest.get("modules")
    if not isinstance(modules, list) or not modules:
        problems.append("there are no modules")
        return problems
    main = modules[-1]
    if not isinstance(main, dict):
        problems.append("the last module must be the roundtable module itself, "
                        "not a reference to another file")
        return problems
    expect(main.get("name") == "roundtable",
           f"the last module is {main.get('name')!r}, expected 'roundtable'")
    expect(main.get("buildsystem") == "meson",
           f"the roundtable module builds with {main.get('buildsystem')!r}, "
           "expected 'meson'")
    sources = main.get("sources", [])
    expect({"type": "dir", "path": ".."} in sources,
           "the roundtable module does not build the source tree "
           "({'type': 'dir', 'path': '..'})")
    return problems


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    path = argv[1]
    app_id = argv[2] if len(argv) == 3 else APP_ID
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f, object_pairs_hook=no_duplicate_keys)
    except (OSError, ValueError) as e:
        print(f"{path}: {e}", file=sys.stderr)
        return 1
    if not isinstance(manifest, dict):
        print(f"{path}: the manifest is not a JSON object", file=sys.stderr)
        return 1

    problems = lint(manifest, app_id)
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    if not problems:
        print(f"{path}: ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
