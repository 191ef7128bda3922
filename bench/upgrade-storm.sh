#!/usr/bin/env bash
# Benchmark, run by hand (not part of the tests): an "upgrade storm". A crate of 60 #[pyfunction]s written for pyo3
# 0.20 (GIL refs, acquire_gil) is built against real pyo3 0.28.2 (from the registries build/test.sh provides), with
# PyO3UpgradedFrom=0.20: ~785 diagnostics, each matched against every rule. Each round rebuilds the crate three ways,
# in an order that rotates from round to round: cargo alone; the same cargo command run by MSBuild's Exec task (the
# floor: what running cargo from an MSBuild process costs on the machine, before CargoBuild does anything); and
# CargoBuild. Prints the ratio of medians of CargoBuild's targets' time (MSBuild's performance summary) to cargo's own
# time, the ratios within rounds (median and quartiles: how much of a difference is the machine's), Exec's, CargoBuild
# over Exec within rounds, and the diagnostics count. Timings are never asserted anywhere.
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
storm_exec_project "$work/exec"

# Restored, and cargo's build of pyo3 made once for the environment of each side.
dotnet build "$work/storm" -v:q >/dev/null 2>&1 || true
dotnet build "$work/exec/exec.proj" -v:q >/dev/null 2>&1 || true
# A machine whose speed drifts (a shared host) moves the builds of a round alike, and no side always runs first.
orders=("cargo exec storm" "exec storm cargo" "storm cargo exec")
for round in $(seq "$runs"); do
  for side in ${orders[$((round % 3))]}; do
    case $side in
      cargo) touch "$work/storm/native/src/lib.rs"; cargo_ms=$(elapsed_ms cargo_alone) ;;
      exec) storm_msbuild "$work/exec/exec.proj" "$work/summary-exec.txt"; exec_ms=$(storm_exec_ms "$work/summary-exec.txt") ;;
      storm) storm_msbuild "$work/storm" "$work/summary-storm.txt"; storm_ms=$(storm_targets_ms "$work/summary-storm.txt") ;;
    esac
  done
  echo "$cargo_ms $exec_ms $storm_ms" >> "$work/rounds.txt"
done

PYTHONPATH="$repo/bench" python3 - "$work" "$runs" <<'PY'
import re, statistics, sys
from summaries import spread
work, runs = sys.argv[1], sys.argv[2]
located = set(re.findall(r"^(\S+\(\d+,\d+(?:,\d+,\d+)?\): (?:error|warning) \w+: .*)$", open(f"{work}/summary-storm.txt").read(), re.M))
errors, linked = len(located), sum(1 for line in located if " PY" in line.split(":")[1])
rows = [tuple(int(value) for value in line.split()) for line in open(f"{work}/rounds.txt")]
cargo, under_exec, storm = ([row[index] for row in rows] for index in range(3))
diagnostics = sum(1 for line in open(f"{work}/cargo.jsonl") if '"reason":"compiler-message"' in line)
median = statistics.median
print(f"upgrade storm, {runs} rounds: {diagnostics} rustc diagnostics ({errors} located errors and warnings reported, {linked} with a PY code);"
      f" CargoBuild's targets {median(storm):.0f} ms (MSBuild's performance summary), cargo alone {median(cargo):.0f} ms,"
      f" ratio {median(storm) / median(cargo):.3f}, within rounds {spread([x / y for x, y in zip(storm, cargo)])};"
      f" cargo under MSBuild's Exec {median(under_exec):.0f} ms, ratio {median(under_exec) / median(cargo):.3f},"
      f" within rounds {spread([x / y for x, y in zip(under_exec, cargo)])}; CargoBuild over Exec within rounds: {spread([x / y for x, y in zip(storm, under_exec)])}")
PY
rm -rf "$work"
