#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks of Roundtable's data files, run by `meson test --suite data`.

Usage: check-data.py COMMAND ARGS...

  desktop FILE             desktop-file-validate, failing on warnings too
  metainfo FILE            appstreamcli validate --no-net, failing on any
                           issue that is not pedantic
  metainfo-tree DIR FILE...  stage the installed files under DIR and run
                           appstreamcli validate-tree on them
  schema XML SCHEMADIR     the schema compiled in the build tree has every
                           key of XML, with its default
  mime XML                 update-mime-database accepts XML, and GIO then
                           recognises maps by name and by content
  icons APP SYMBOLIC MIME  sizes and the symbolic style of the icons
  potfiles SRCDIR          every source with translatable strings is listed
                           in po/POTFILES.in, and every listed file exists
  translations SRCDIR BUILDDIR PO...  each PO file translates everything
                           in a template freshly extracted into BUILDDIR
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

APP_ID = "io.github.roundtable.Roundtable"
MIME_TYPE = "application/x-roundtable+xml"
SVG_NS = "{http://www.w3.org/2000/svg}"

# The same extraction rules as i18n.gettext (preset: 'glib') in po/meson.build.
XGETTEXT_GLIB_ARGS = [
    "--from-code=UTF-8",
    "--add-comments",
    "--keyword=_",
    "--keyword=N_",
    "--keyword=C_:1c,2",
    "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2",
    "--keyword=g_dngettext:2,3",
    "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format",
    "--flag=C_:2:pass-c-format",
    "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format",
    "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format",
    "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format",
    "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format",
    "--flag=g_log:3:c-format",
    "--flag=g_print:1:c-format",
    "--flag=g_printerr:1:c-format",
    "--flag=g_printf:1:c-format",
    "--flag=g_fprintf:2:c-format",
    "--flag=g_sprintf:2:c-format",
    "--flag=g_snprintf:3:c-format",
]


class CheckFailed(Exception):
    pass


def run(argv, **kwargs):
    """Run argv and return (exit status, stdout + stderr)."""
    try:
        proc = subprocess.run(argv, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, **kwargs)
    except FileNotFoundError as e:
        raise CheckFailed(f"cannot run {argv[0]}: {e}")
    return proc.returncode, proc.stdout


def check_desktop(path):
    status, out = run(["desktop-file-validate", path])
    sys.stdout.write(out)
    bad = [l for l in out.splitlines() if re.search(r"\b(error|warning):", l)]
    if status != 0 or bad:
        raise CheckFailed(f"desktop-file-validate found problems in {path}")


def appstream_issues(out):
    """The lines of an appstreamcli report that are not pedantic hints."""
    return [l for l in out.splitlines() if re.match(r"^[EWI]: ", l)]


def check_metainfo(path):
    status, out = run(["appstreamcli", "validate", "--no-net", "--strict",
                       "--pedantic", "--explain", path])
    sys.stdout.write(out)
    if status != 0 or appstream_issues(out):
        raise CheckFailed(f"appstreamcli validate found problems in {path}")


def check_metainfo_tree(workdir, files):
    """Lay the files out as they are installed and validate the tree.

    This checks what validating the metainfo file alone cannot: that the
    launchable names the desktop file we install and that the icon it names
    is there.
    """
    destinations = [
        (".desktop", "share/applications"),
        (".metainfo.xml", "share/metainfo"),
        ("-symbolic.svg", "share/icons/hicolor/symbolic/apps"),
        (".svg", "share/icons/hicolor/scalable/apps"),
    ]
    root = os.path.join(workdir, "metainfo-tree")
    shutil.rmtree(root, ignore_errors=True)
    for f in files:
        for suffix, dest in destinations:
            if f.endswith(suffix):
                os.makedirs(os.path.join(root, dest), exist_ok=True)
                shutil.copy(f, os.path.join(root, dest))
                break
        else:
            raise CheckFailed(f"do not know where {f} is installed")
    status, out = run(["appstreamcli", "validate-tree", "--no-net", "--strict",
                       "--pedantic", "--explain", root])
    sys.stdout.write(out)
    if status != 0 or appstream_issues(out):
        raise CheckFailed("appstreamcli validate-tree found problems")


TYPE_PREFIX = re.compile(r"^(@\S+|byte|u?int(16|32|64)|handle|double|objectpath|signature) ")


def check_schema(xml_path, schemadir):
    tree = ET.parse(xml_path)
    schema = tree.getroot().find("schema")
    if schema is None or schema.get("id") != APP_ID:
        raise CheckFailed(f"{xml_path} has no schema {APP_ID}")
    expected = {k.get("name"): k.findtext("default").strip()
                for k in schema.findall("key")}
    status, out = run(["gsettings", "--schemadir", schemadir,
                       "list-recursively", APP_ID],
                      env=dict(os.environ, GSETTINGS_BACKEND="memory"))
    if status != 0:
        sys.stdout.write(out)
        raise CheckFailed(f"the schema compiled in {schemadir} cannot be read")
    found = {}
    for line in out.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3 and parts[0] == APP_ID:
            found[parts[1]] = parts[2]
    if set(found) != set(expected):
        raise CheckFailed("the compiled schema is out of date: keys "
                          f"{sorted(found)} != {sorted(expected)}")

    def same(a, b):
        # gsettings may print a type annotation: "uint32 2", "@as []".
        a, b = (TYPE_PREFIX.sub("", v) for v in (a, b))
        try:
            return float(a) == float(b)
        except ValueError:
            return a == b

    for key, default in expected.items():
        if not same(found[key], default):
            raise CheckFailed(f"{key}: compiled default {found[key]} "
                              f"!= {default} in {xml_path}")
    print(f"{len(found)} keys in the compiled schema match {xml_path}")


def check_mime(xml_path):
    with tempfile.TemporaryDirectory() as tmp:
        mimedir = os.path.join(tmp, "mime")
        packages = os.path.join(mimedir, "packages")
        os.makedirs(packages)
        shutil.copy(xml_path, os.path.join(packages, APP_ID + ".xml"))
        # application/xml, our parent type, comes from the system database.
        for sysdir in ["/usr/share/mime/packages", "/app/share/mime/packages"]:
            base = os.path.join(sysdir, "freedesktop.org.xml")
            if os.path.exists(base):
                shutil.copy(base, packages)
                break
        env = dict(os.environ, XDG_DATA_DIRS=tmp, XDG_DATA_HOME=tmp)
        status, out = run(["update-mime-database", mimedir], env=env)
        sys.stdout.write(out)
        if status != 0 or out.strip():
            raise CheckFailed(f"update-mime-database complained about {xml_path}")

        with open(os.path.join(mimedir, "globs2"), encoding="utf-8") as f:
            if f"{MIME_TYPE}:*.roundtable" not in f.read():
                raise CheckFailed("*.roundtable is not in the glob list")
        with open(os.path.join(mimedir, "magic"), "rb") as f:
            if b"<roundtable" not in f.read():
                raise CheckFailed("the magic rule on <roundtable is missing")

        if shutil.which("gio") is None:
            print("gio not found: content sniffing not checked")
            return
        map_text = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<!-- saved by Roundtable -->\n'
                    '<roundtable version="1">\n</roundtable>\n')
        samples = {
            "saturday.roundtable": (map_text, MIME_TYPE),
            "saturday": (map_text, MIME_TYPE),
            "other": ('<?xml version="1.0"?>\n<other/>\n', "application/xml"),
        }
        for name, (text, want) in samples.items():
            sample = os.path.join(tmp, name)
            with open(sample, "w", encoding="utf-8") as f:
                f.write(text)
            status, out = run(["gio", "info", "-a", "standard::content-type",
                               sample], env=env)
            m = re.search(r"standard::content-type: (\S+)", out)
            got = m.group(1) if m else None
            print(f"{name}: {got}")
            if got != want:
                sys.stdout.write(out)
                raise CheckFailed(f"{name} is recognised as {got}, not {want}")


def svg_size(root):
    return root.get("width"), root.get("height"), root.get("viewBox")


def check_icons(app, symbolic, mime):
    for path in (app, mime):
        root = ET.parse(path).getroot()
        if svg_size(root) != ("128", "128", "0 0 128 128"):
            raise CheckFailed(f"{path} is not drawn on a 128×128 canvas")

    root = ET.parse(symbolic).getroot()
    if svg_size(root) != ("16", "16", "0 0 16 16"):
        raise CheckFailed(f"{symbolic} is not drawn on a 16×16 canvas")
    for el in root.iter():
        tag = el.tag.replace(SVG_NS, "")
        if tag in ("image", "text", "linearGradient", "radialGradient"):
            raise CheckFailed(f"{symbolic}: <{tag}> has no place in a symbolic icon")
        style = el.get("style", "")
        fill = el.get("fill")
        m = re.search(r"fill:\s*([^;]+)", style)
        if m:
            fill = m.group(1).strip()
        if "stroke" in el.attrib or "stroke:" in style:
            raise CheckFailed(f"{symbolic}: strokes do not recolour well; "
                              "use filled paths")
        if tag in ("path", "circle", "rect", "ellipse", "polygon") and \
           fill not in ("#2e3436", None):
            raise CheckFailed(f"{symbolic}: fill {fill} is not #2e3436")

    if shutil.which("rsvg-convert"):
        with tempfile.TemporaryDirectory() as tmp:
            for path, size in ((app, 32), (app, 128), (mime, 32), (symbolic, 16)):
                status, out = run(["rsvg-convert", "-w", str(size), "-h", str(size),
                                   "-o", os.path.join(tmp, "icon.png"), path])
                if status != 0:
                    sys.stdout.write(out)
                    raise CheckFailed(f"{path} does not render")
    print("icons ok")


TRANSLATABLE_C = re.compile(r"(?<![A-Za-z0-9_])(?:N?C?_|g_dngettext|g_dpgettext2|"
                            r"ngettext|g_dcgettext)\s*\(")
TRANSLATABLE_UI = re.compile(r'translatable\s*=\s*"(?:yes|true)"')
C_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def source_files(srcdir):
    """The files under src/ and ui/: those under version control when the
    tree is a git checkout (work in progress does not count yet), else all."""
    if os.path.exists(os.path.join(srcdir, ".git")) and shutil.which("git"):
        status, out = run(["git", "-C", srcdir, "ls-files", "--", "src", "ui"])
        if status == 0:
            return sorted(out.splitlines())
    found = []
    for top in ("src", "ui"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(srcdir, top)):
            for fn in filenames:
                found.append(os.path.relpath(os.path.join(dirpath, fn), srcdir))
    return sorted(found)


def read_potfiles(srcdir):
    listed = []
    with open(os.path.join(srcdir, "po", "POTFILES.in"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                listed.append(line)
    return listed


def check_potfiles(srcdir):
    listed = read_potfiles(srcdir)
    problems = []
    for name in listed:
        if not os.path.isfile(os.path.join(srcdir, name)):
            problems.append(f"po/POTFILES.in lists {name}, which does not exist")
    if len(set(listed)) != len(listed):
        problems.append("po/POTFILES.in lists a file twice")

    for rel in source_files(srcdir):
        if rel.endswith((".c", ".h")):
            pattern = TRANSLATABLE_C
        elif rel.endswith(".ui"):
            pattern = TRANSLATABLE_UI
        else:
            continue
        if not os.path.isfile(os.path.join(srcdir, rel)):
            continue
        with open(os.path.join(srcdir, rel), encoding="utf-8",
                  errors="replace") as f:
            text = f.read()
        if rel.endswith((".c", ".h")):
            text = C_COMMENT.sub(" ", text)
        if pattern.search(text) and rel not in listed:
            problems.append(f"{rel} has translatable strings: "
                            "add it to po/POTFILES.in")
    for p in problems:
        print(p)
    if problems:
        raise CheckFailed("po/POTFILES.in is out of date")
    print(f"po/POTFILES.in lists all {len(listed)} files with translatable strings")


def check_translations(srcdir, builddir, po_files):
    os.makedirs(builddir, exist_ok=True)
    pot = os.path.join(builddir, "roundtable-check.pot")
    status, out = run(["xgettext", "--package-name=roundtable",
                       "-f", os.path.join(srcdir, "po", "POTFILES.in"),
                       "-D", srcdir, "-k_", "-o", pot] + XGETTEXT_GLIB_ARGS)
    sys.stdout.write(out)
    if status != 0 or not os.path.exists(pot):
        raise CheckFailed("xgettext could not extract the template")

    failed = []
    for po in po_files:
        lang = os.path.basename(po)
        status, out = run(["msgfmt", "--check", "--check-accelerators=_",
                           "--statistics", "-o", os.devnull, po],
                          env=dict(os.environ, LC_ALL="C"))
        print(f"{lang}: {out.strip()}")
        if status != 0 or re.search(r"fuzzy|untranslated", out):
            failed.append(lang)
            continue
        # Every message of the fresh template must be translated in the
        # catalogue (fuzzy and empty entries count as missing).
        status, out = run(["msgcmp", po, pot], env=dict(os.environ, LC_ALL="C"))
        if status != 0:
            sys.stdout.write(out)
            print(f"{lang} is behind the sources: run "
                  "`meson compile -C BUILDDIR roundtable-pot roundtable-update-po` "
                  "and translate the new messages")
            failed.append(lang)
    if failed:
        raise CheckFailed("incomplete translations: " + ", ".join(failed))


COMMANDS = {
    "desktop": (check_desktop, 1),
    "metainfo": (check_metainfo, 1),
    "schema": (check_schema, 2),
    "mime": (check_mime, 1),
    "icons": (check_icons, 3),
    "potfiles": (check_potfiles, 1),
}


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    command, args = argv[1], argv[2:]
    try:
        if command == "metainfo-tree" and len(args) >= 2:
            check_metainfo_tree(args[0], args[1:])
        elif command == "translations" and len(args) >= 3:
            check_translations(args[0], args[1], args[2:])
        elif command in COMMANDS and len(args) == COMMANDS[command][1]:
            COMMANDS[command][0](*args)
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except CheckFailed as e:
        print(f"FAIL: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
