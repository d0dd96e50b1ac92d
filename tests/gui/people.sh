#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs people.py against the built roundtable under Xvfb with its own D-Bus
# session (which starts the accessibility bus on demand).
#
#   people.sh ROUNDTABLE BUILD_ROOT OUT_DIR
#
# Needs xvfb-run, xauth, dbus-run-session, xdotool, gdbus, gapplication,
# ImageMagick's import, and /usr/bin/python3 with gir1.2-atspi-2.0.
set -euo pipefail

if [ -z "${RT_PEOPLE_INNER:-}" ]; then
  export RT_PEOPLE_INNER=1
  # A display number of its own, away from those other tests start at.
  exec xvfb-run -a -n $((200 + RANDOM % 500)) -s '-screen 0 1600x1000x24' dbus-run-session -- "$0" "$@"
fi

exec /usr/bin/python3 "$(dirname "$0")/people.py" "$@"
