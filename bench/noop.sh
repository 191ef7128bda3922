#!/usr/bin/env bash
# Benchmarks, run by hand (not part of the tests): needs rustup stable and
# Debian's librust-pyo3-dev like the tests. Prints ratios of medians; timings are never asserted anywhere.
#  1. no-op `dotnet build` of a consumer with a crate vs the same consumer without one, and the cargo spawns;
#  2. touch one .rs file: `dotnet build` time minus cargo's own time for the same rebuild, and what is left of it
#     after a no-op `dotnet build` of the same consumer without a crate (MSBuild's own floor).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-15}"
# shellcheck source=bench/common.sh
. "$repo/bench/common.sh"
bench_workspace bench
bench_feed
mkdir -p "$work/.cargo" "$work/tools"
printf '[source.crates-io]\nreplace-with = "debian"\n[source.debian]\ndirectory = "/usr/share/cargo/registry"\n[net]\noffline = true\n' > "$work/.cargo/config.toml"
printf '#!/bin/sh\necho "$*" >> %s/cargo-spawns.log\nexec %s "$@"\n' "$work" "$(command -v cargo)" > "$work/tools/cargo"
chmod +x "$work/tools/cargo"

consumer() { # folder, items
  mkdir -p "$work/$1"
  cat > "$work/$1/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><CargoPath>$work/tools/cargo</CargoPath></PropertyGroup>
  <ItemGroup><PackageReference Include="CargoBuild" Version="$version" PrivateAssets="all" />$2</ItemGroup>
</Project>
XML
  echo 'public static class Placeholder { }' > "$work/$1/Placeholder.cs"
}
consumer with-crate '<CargoCrate Include="native/Cargo.toml" />'
consumer without-crate ''
mkdir -p "$work/with-crate/native/src"
printf '[package]\nname = "bench_native"\nversion = "0.1.0"\nedition = "2021"\n[lib]\ncrate-type = ["cdylib"]\n' > "$work/with-crate/native/Cargo.toml"
printf '#[no_mangle]\npub extern "C" fn answer() -> i32 { 42 }\n' > "$work/with-crate/native/src/lib.rs"

for project in with-crate without-crate; do dotnet build "$work/$project" -v:q >/dev/null; done
rm -f "$work/cargo-spawns.log"

# The two sides of each comparison alternate, run by run, so that drift on a busy machine (other processes, CPU
# frequency) falls on both alike; each timing is the wall time of one command, in milliseconds.
build() { elapsed_ms dotnet build "$work/$1" --no-restore -v:q -tl:off --disable-build-servers; }
cargo_alone() { elapsed_ms cargo build --manifest-path "$work/with-crate/native/Cargo.toml" --message-format=json --profile dev; }
touch_lib() { touch "$work/with-crate/native/src/lib.rs"; }

for _ in 1 2; do build with-crate >/dev/null; build without-crate >/dev/null; done
for _ in $(seq "$runs"); do echo "$(build with-crate) $(build without-crate)"; done > "$work/noop.txt"
spawns=$(grep -c '^build ' "$work/cargo-spawns.log" 2>/dev/null || true)
for _ in $(seq "$runs"); do touch_lib; dotnet_ms=$(build with-crate); touch_lib; echo "$dotnet_ms $(cargo_alone)"; done > "$work/touch.txt"

# Wall times on a shared machine swing by more than the difference measured above; MSBuild's own account of the
# time spent in CargoBuild's targets does not.
summary() { dotnet build "$work/with-crate" --no-restore -v:m -tl:off --disable-build-servers -clp:PerformanceSummary; }
for _ in $(seq "$runs"); do summary > "$work/summary-noop-$_.txt" 2>&1; done
for _ in $(seq "$runs"); do touch_lib; summary > "$work/summary-touch-$_.txt" 2>&1; done

PYTHONPATH="$repo/bench" python3 - "$work" "$runs" "${spawns:-0}" <<'PY'
import glob, statistics, sys
from summaries import cargobuild_targets_ms, quartiles
work, runs, spawns = sys.argv[1], sys.argv[2], sys.argv[3]
def rows(name):
    return [tuple(map(int, line.split())) for line in open(f"{work}/{name}")]
def columns(name):
    return [statistics.median(column) for column in zip(*rows(name))]
def spread(values):
    first, third = quartiles(values)
    return f"{first:.0f}-{third:.0f}"
with_crate, without = columns("noop.txt")
with_runs, without_runs = zip(*rows("noop.txt"))
pair_ratio = statistics.median(a / b for a, b in rows("noop.txt"))
print(f"no-op build, median of {runs}: with a crate {with_crate:.0f} ms (quartiles {spread(with_runs)}), without {without:.0f} ms"
      f" (quartiles {spread(without_runs)}), ratio {with_crate/without:.3f} (median of the run-by-run ratios {pair_ratio:.3f});"
      f" cargo spawns during the no-op runs: {spawns}")
dotnet, cargo = columns("touch.txt")
print(f"touched .rs, median of {runs}: dotnet build {dotnet:.0f} ms, cargo alone {cargo:.0f} ms, overhead {dotnet-cargo:.0f} ms;"
      f" of which a no-op build without a crate is {without:.0f} ms, leaving {dotnet-cargo-without:.0f} ms to CargoBuild")
def target_ms(kind):
    # Exclusive time of CargoBuild's targets, per build, from the "Target Performance Summary".
    return statistics.median(cargobuild_targets_ms(path) for path in glob.glob(f"{work}/summary-{kind}-*.txt"))
noop_targets, touch_targets = target_ms("noop"), target_ms("touch")
print(f"MSBuild's performance summary, median of {runs}: CargoBuild's targets take {noop_targets:.0f} ms of a no-op build"
      f" ({noop_targets/without:.1%} of the build without a crate) and {touch_targets:.0f} ms of a touched-.rs build,"
      f" {touch_targets-cargo:.0f} ms more than cargo alone")
PY
rm -rf "$work"
