#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one libFuzzer target as a test, on a corpus of its own in the build
# tree: the seed folders are copied into WORK_DIR/corpus first (new inputs
# never land in the source tree), crashes go to WORK_DIR/artifacts. Ends
# with a "# FIGURE fuzz-NAME" line of executions and crashes.
#
#   fuzz-run.sh TARGET WORK_DIR SEED_DIR... -- LIBFUZZER_OPTIONS...
set -euo pipefail

target=$1
work=$2
shift 2
seeds=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  seeds+=("$1")
  shift
done
[ "${1:-}" = "--" ] && shift

name=$(basename "$target")
mkdir -p "$work/corpus" "$work/artifacts"
for seed in "${seeds[@]}"; do
  if [ -d "$seed" ]; then
    cp -n -r "$seed"/. "$work/corpus"/
  fi
done
before=$(find "$work/corpus" -type f | wc -l)

log="$work/$name.log"
stamp="$work/.started"
touch "$stamp"
rc=0
"$target" "$@" -artifact_prefix="$work/artifacts/" "$work/corpus" 2>&1 | tee "$log" || rc=${PIPESTATUS[0]}

execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
crashes=$(find "$work/artifacts" -type f -newer "$stamp" | wc -l)
after=$(find "$work/corpus" -type f | wc -l)
echo "# FIGURE $name executions=${execs:-0} crashes=$crashes corpus_before=$before corpus_after=$after exit=$rc"
if [ "$rc" -ne 0 ]; then
  echo "FAIL: $name stopped with $rc; the input that did it is in $work/artifacts" >&2
  ls -l "$work/artifacts" >&2 || true
fi
exit "$rc"
