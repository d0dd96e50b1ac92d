#!/bin/sh
# Checks data/roundtable.rng against every map the project ships or keeps
# as valid test data, and against a map the writer has just written.
#
#   build-aux/validate-schema.sh SOURCE_ROOT SAMPLE_MAP_PROGRAM
#
# The lists are globbed here, at test time, so new example maps are
# checked without touching the build files.
set -eu

root=$1
sample=$2

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

"$sample" "$tmp/written.roundtable"

set --
for f in "$root"/data/examples/*.roundtable \
         "$root"/data/templates/*.roundtable \
         "$root"/tests/data/valid/*.roundtable; do
    [ -e "$f" ] && set -- "$@" "$f"
done

xmllint --noout --relaxng "$root/data/roundtable.rng" "$@" "$tmp/written.roundtable"
