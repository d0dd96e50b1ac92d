# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by the GUI scripts once they run inside Xvfb and D-Bus, with
# build_root and out_dir set: a private home for the app in $tmp (removed
# on exit), the cairo renderer, settings in memory and no accessibility
# bus. The app started as $pid, or each of "${pids[@]}", is killed on exit
# if it still runs.

tmp=$(mktemp -d)
pid=
pids=()
cleanup() {
  local p
  for p in $pid "${pids[@]}"; do
    if kill -0 "$p" 2>/dev/null; then
      kill "$p" 2>/dev/null || true
    fi
  done
  rm -rf "$tmp"
}
trap cleanup EXIT

export GSK_RENDERER=cairo
export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR="$build_root/data"
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache" XDG_STATE_HOME="$tmp/state"
export NO_AT_BRIDGE=1
export GTK_A11Y=none
mkdir -p "$out_dir" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
