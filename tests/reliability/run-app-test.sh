#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one of the reliability scripts that drive the real roundtable under
# Xvfb, with a D-Bus session of its own (which also starts the
# accessibility bus when a script needs it).
#
#   run-app-test.sh SCRIPT.py ROUNDTABLE BUILD_ROOT OUT_DIR [OPTIONS...]
#
# Needs xvfb-run, xauth, dbus-run-session, xdotool and /usr/bin/python3
# with python3-gi (and gir1.2-atspi-2.0 for the drafts test).
set -euo pipefail

if [ -z "${RT_RELIABILITY_INNER:-}" ]; then
  export RT_RELIABILITY_INNER=1
  exec xvfb-run -a -s '-screen 0 1600x1000x24 -noreset' dbus-run-session -- "$0" "$@"
fi

script=$1
shift
mkdir -p "$3"
# Warnings are fatal for the app, not for the driver: libatspi in the
# driver warns while the app's accessibility tree is still being built.
export RT_APP_G_DEBUG="${G_DEBUG:-}"
unset G_DEBUG
exec /usr/bin/python3 "$(dirname "$0")/$script" "$@"
