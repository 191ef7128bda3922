#!/usr/bin/env bash
# Benchmark, run by hand (not part of the tests): the upgrade storm of bench/upgrade-storm.sh for two revisions of
# CargoBuild at once, to tell a change's effect from the machine's drift, which on a shared 2-core host is as large as
# the effects worth measuring. Each round rebuilds the storm with cargo alone and with the packages of revisions A and
# B, in an order that rotates from round to round. Prints each side's ratio to cargo alone (of medians, and within
# rounds) and B over A within rounds, with quartiles. A revision is anything git names, or "." for the working tree.
# Timings are never asserted anywhere.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -eq 2 ] || { echo "usage: [ROUNDS=30] $0 REVISION_A REVISION_B   (\".\" is the working tree)" >&2; exit 2; }
rounds="${ROUNDS:-30}"
# shellcheck source=bench/common.sh
. "$repo/bench/common.sh"
# shellcheck source=bench/storm.sh
. "$repo/bench/storm.sh"
bench_workspace storm-ab
cleanup() {
  for side in a b; do
    if [ -d "$work/source-$side" ]; then git -C "$repo" worktree remove --force "$work/source-$side"; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT

source_of() {
  if [ "$2" = . ]; then
    echo "$repo"
  else
    git -C "$repo" worktree add -q --detach "$work/source-$1" "$2" >&2
    echo "$work/source-$1"
  fi
}
bench_feed "$(source_of a "$1")" "$version-a" "$(source_of b "$2")" "$version-b"
storm_crate
for side in a b; do
  storm_project "$work/$side" "$version-$side"
  dotnet build "$work/$side" -v:q >/dev/null 2>&1 || true
done

side_build() {
  storm_msbuild "$work/$1" "$work/summary.txt"
  storm_targets_ms "$work/summary.txt"
}
orders=("cargo a b" "a b cargo" "b cargo a")
for round in $(seq "$rounds"); do
  for side in ${orders[$((round % 3))]}; do
    case $side in
      cargo) touch "$work/storm/native/src/lib.rs"; cargo_ms=$(elapsed_ms cargo_alone) ;;
      a) a_ms=$(side_build a) ;;
      b) b_ms=$(side_build b) ;;
    esac
  done
  echo "$cargo_ms $a_ms $b_ms" >> "$work/rounds.txt"
done

PYTHONPATH="$repo/bench" python3 - "$work/rounds.txt" "$1" "$2" <<'PY'
import statistics, sys
from summaries import spread
rows = [tuple(int(value) for value in line.split()) for line in open(sys.argv[1])]
cargo, a, b = ([row[index] for row in rows] for index in range(3))
median = statistics.median
within = lambda side: [x / y for x, y in zip(side, cargo)]
print(f"upgrade storm, {len(rows)} rounds: cargo alone {median(cargo):.0f} ms; "
      f"A ({sys.argv[2]}) {median(a):.0f} ms, ratio {median(a) / median(cargo):.3f}, within rounds {spread(within(a))}; "
      f"B ({sys.argv[3]}) {median(b):.0f} ms, ratio {median(b) / median(cargo):.3f}, within rounds {spread(within(b))}; "
      f"B/A within rounds: {spread([x / y for x, y in zip(b, a)])}")
PY
