#!/usr/bin/env bash
# Benchmark, run by hand (not part of the tests): an "upgrade storm". A crate of 60 #[pyfunction]s written for pyo3
# 0.20 (GIL refs, acquire_gil) is built against real pyo3 0.28.2 (from the registries build/test.sh provides), with
# PyO3UpgradedFrom=0.20: ~785 diagnostics, each matched against every rule. Prints the ratio of medians of CargoBuild's
# targets' time (MSBuild's performance summary) to cargo's own time for the same failing rebuild, the ratio within
# pairs of runs taken moments apart (median and quartiles: how much of a difference is the machine's), and the
# diagnostics count. Timings are never asserted anywhere.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
registries="${CARGOBUILD_PYO3_REGISTRIES:-${CARGOBUILD_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cargobuild-tests}/pyo3/registries.tsv}"
registry="$(awk '$2 ~ /^0\.28\./ { print $3 }' "$registries")"
[ -n "$registry" ] || { echo "upgrade-storm.sh: no pyo3 0.28 registry in $registries; run build/test.sh first" >&2; exit 1; }
runs="${RUNS:-15}"
# shellcheck source=bench/common.sh
. "$repo/bench/common.sh"
bench_workspace storm
bench_feed
mkdir -p "$work/.cargo" "$work/storm/native/src"
printf '[source.crates-io]\nreplace-with = "pyo3-0-28"\n[source.pyo3-0-28]\ndirectory = "%s"\n[net]\noffline = true\n' "$registry" > "$work/.cargo/config.toml"
cat > "$work/storm/Storm.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><PyO3UpgradedFrom>0.20</PyO3UpgradedFrom></PropertyGroup>
  <ItemGroup><PackageReference Include="CargoBuild" Version="$version" PrivateAssets="all" /><CargoCrate Include="native/Cargo.toml" /></ItemGroup>
</Project>
XML
printf '[package]\nname = "storm"\nversion = "0.1.0"\nedition = "2021"\n[lib]\ncrate-type = ["cdylib"]\n[dependencies]\npyo3 = { version = "0.28", features = ["extension-module"] }\n' > "$work/storm/native/Cargo.toml"
python3 - "$work/storm/native/src/lib.rs" <<'PY'
import sys
functions = 60
lines = ["use pyo3::prelude::*;", "use pyo3::types::{PyDict, PyList, PyTuple};", ""]
for index in range(functions):
    lines.append(f"""#[pyfunction]
fn f{index}(py: Python, d: &PyDict, items: &PyList) -> PyResult<&PyList> {{
    let list = PyList::new(py, &[1, 2, {index}]);
    let tuple = PyTuple::new(py, &[{index}]);
    let value: &PyAny = d.get_item("k")?.unwrap();
    list.append(value)?;
    list.append(tuple)?;
    let dict = PyDict::new(py);
    dict.set_item("n", items.len())?;
    let gil = Python::acquire_gil();
    Ok(list)
}}
""")
lines.append("#[pymodule]\nfn storm(py: Python, m: &PyModule) -> PyResult<()> {")
lines += [f"    m.add_function(wrap_pyfunction!(f{index}, m)?)?;" for index in range(functions)]
lines.append("    Ok(())\n}")
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY

dotnet build "$work/storm" -v:q >/dev/null 2>&1 || true
elapsed_ms() { local start; start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; echo $(( ($(date +%s%N) - start) / 1000000 )); }
cargo_alone() { (cd "$work/storm/native" && cargo build --message-format=json > "$work/cargo.jsonl" 2>/dev/null) || true; }
storm_build() { touch "$work/storm/native/src/lib.rs"; dotnet build "$work/storm" --no-restore -v:m -tl:off --disable-build-servers -clp:PerformanceSummary > "$work/summary-$1.txt" 2>&1 || true; }
# Pairs, each a CargoBuild build and a cargo-alone build moments apart, in alternating order: a machine whose speed
# drifts (a shared host) moves both halves of a pair alike, and neither half always runs second.
for index in $(seq "$runs"); do
  if [ $((index % 2)) -eq 1 ]; then storm_build "$index"; fi
  touch "$work/storm/native/src/lib.rs"
  echo "$index $(elapsed_ms cargo_alone)" >> "$work/cargo.txt"
  if [ $((index % 2)) -eq 0 ]; then storm_build "$index"; fi
done

python3 - "$work" "$runs" <<'PY'
import re, statistics, sys
work, runs = sys.argv[1], sys.argv[2]
targets, errors, linked = {}, 0, 0
for index in range(1, int(runs) + 1):
    text = open(f"{work}/summary-{index}.txt").read()
    section = text[text.index("Target Performance Summary:"):text.index("Task Performance Summary:")]
    targets[index] = sum(int(ms) for ms, _ in re.findall(r"^\s+(\d+) ms  (CargoBuild|_Cargo\w+|RustToolchainCheck)\s", section, re.M))
    located = set(re.findall(r"^(\S+\(\d+,\d+(?:,\d+,\d+)?\): (?:error|warning) \w+: .*)$", text, re.M))
    errors, linked = len(located), sum(1 for line in located if " PY" in line.split(":")[1])
cargo = {int(index): int(ms) for index, ms in (line.split() for line in open(f"{work}/cargo.txt"))}
diagnostics = sum(1 for line in open(f"{work}/cargo.jsonl") if '"reason":"compiler-message"' in line)
target_ms, cargo_ms = statistics.median(targets.values()), statistics.median(cargo.values())
pairs = [targets[index] / cargo[index] for index in targets]
# statistics.quantiles needs two values; one pair (RUNS=1, a quick check) is its own quartiles.
quartiles = statistics.quantiles(pairs, n=4) if len(pairs) > 1 else pairs * 3
print(f"upgrade storm, median of {runs}: {diagnostics} rustc diagnostics ({errors} located errors and warnings reported, {linked} with a PY code);"
      f" CargoBuild's targets {target_ms:.0f} ms (MSBuild's performance summary), cargo alone {cargo_ms:.0f} ms, ratio {target_ms/cargo_ms:.3f};"
      f" ratio within a pair: median {statistics.median(pairs):.3f}, quartiles {quartiles[0]:.3f}-{quartiles[2]:.3f}")
PY
rm -rf "$work"
