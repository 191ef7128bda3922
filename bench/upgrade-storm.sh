#!/usr/bin/env bash
# Benchmark, run by hand (not part of the tests): an "upgrade storm". A crate of 60 #[pyfunction]s written for pyo3
# 0.20 (GIL refs, acquire_gil) is built against real pyo3 0.28.2 (from the registries build/test.sh provides), with
# PyO3UpgradedFrom=0.20: ~785 diagnostics, each matched against every rule. Prints the ratio of medians of CargoBuild's
# targets' time (MSBuild's performance summary) to cargo's own time for the same failing rebuild, the ratio within
# pairs of runs taken moments apart (median and quartiles: how much of a difference is the machine's), and the
# diagnostics count. Timings are never asserted anywhere.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-15}"
# shellcheck source=bench/common.sh
. "$repo/bench/common.sh"
# shellcheck source=bench/storm.sh
. "$repo/bench/storm.sh"
bench_workspace storm
bench_feed
storm_crate
storm_project "$work/storm" "$version"

dotnet build "$work/storm" -v:q >/dev/null 2>&1 || true
storm_build() {
  touch "$work/storm/native/src/lib.rs"
  dotnet build "$work/storm" --no-restore -v:m -tl:off --disable-build-servers -clp:PerformanceSummary > "$work/summary.txt" 2>&1 || true
  echo "$1 $(storm_targets_ms "$work/summary.txt")" >> "$work/targets.txt"
}
# Pairs, each a CargoBuild build and a cargo-alone build moments apart, in alternating order: a machine whose speed
# drifts (a shared host) moves both halves of a pair alike, and neither half always runs second.
for index in $(seq "$runs"); do
  if [ $((index % 2)) -eq 1 ]; then storm_build "$index"; fi
  touch "$work/storm/native/src/lib.rs"
  echo "$index $(elapsed_ms cargo_alone)" >> "$work/cargo.txt"
  if [ $((index % 2)) -eq 0 ]; then storm_build "$index"; fi
done

PYTHONPATH="$repo/bench" python3 - "$work" "$runs" <<'PY'
import re, statistics, sys
from summaries import quartiles
work, runs = sys.argv[1], sys.argv[2]
located = set(re.findall(r"^(\S+\(\d+,\d+(?:,\d+,\d+)?\): (?:error|warning) \w+: .*)$", open(f"{work}/summary.txt").read(), re.M))
errors, linked = len(located), sum(1 for line in located if " PY" in line.split(":")[1])
targets = {int(index): int(ms) for index, ms in (line.split() for line in open(f"{work}/targets.txt"))}
cargo = {int(index): int(ms) for index, ms in (line.split() for line in open(f"{work}/cargo.txt"))}
diagnostics = sum(1 for line in open(f"{work}/cargo.jsonl") if '"reason":"compiler-message"' in line)
target_ms, cargo_ms = statistics.median(targets.values()), statistics.median(cargo.values())
pairs = [targets[index] / cargo[index] for index in targets]
first, third = quartiles(pairs)
print(f"upgrade storm, median of {runs}: {diagnostics} rustc diagnostics ({errors} located errors and warnings reported, {linked} with a PY code);"
      f" CargoBuild's targets {target_ms:.0f} ms (MSBuild's performance summary), cargo alone {cargo_ms:.0f} ms, ratio {target_ms/cargo_ms:.3f};"
      f" ratio within a pair: median {statistics.median(pairs):.3f}, quartiles {first:.3f}-{third:.3f}")
PY
rm -rf "$work"
