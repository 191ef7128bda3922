#!/usr/bin/env bash
# Benchmark, run by hand (not part of the tests): CargoBuild at solution scale. Prints ratios of medians; timings are
# never asserted anywhere.
#  1. a solution of 20 projects sharing 10 crates (five in one workspace, five alone; each crate used by two
#     projects), built with -m: the no-op build vs the same solution without crates, and CargoBuild's targets
#     summed over the projects (MSBuild's performance summary), per project;
#  2. one project over a workspace of 50 members: CargoBuild's share of its no-op build.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-7}"
# shellcheck source=bench/common.sh
. "$repo/bench/common.sh"
bench_workspace scale
bench_feed

crate() { # folder, name
  mkdir -p "$1/src"
  printf '[package]\nname = "%s"\nversion = "0.1.0"\nedition = "2021"\n[lib]\ncrate-type = ["cdylib"]\n' "$2" > "$1/Cargo.toml"
  printf '#[no_mangle]\npub extern "C" fn answer() -> i32 { 42 }\n' > "$1/src/lib.rs"
}
project() { # folder, items
  mkdir -p "$1"
  cat > "$1/P.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageReference Include="CargoBuild" Version="$version" PrivateAssets="all" />$2</ItemGroup>
</Project>
XML
  echo 'public static class Placeholder { }' > "$1/Placeholder.cs"
}

# 1. Twenty projects over ten crates.
mkdir -p "$work/solution/crates/workspace"
printf '[workspace]\nmembers = ["m*"]\nresolver = "2"\n' > "$work/solution/crates/workspace/Cargo.toml"
for index in 0 1 2 3 4; do crate "$work/solution/crates/workspace/m$index" "scale_member_$index"; crate "$work/solution/crates/alone$index" "scale_alone_$index"; done
for side in with without; do
  for index in $(seq 0 19); do
    crate_index=$((index % 10))
    manifest=$([ "$crate_index" -lt 5 ] && echo "../../crates/workspace/m$crate_index/Cargo.toml" || echo "../../crates/alone$((crate_index - 5))/Cargo.toml")
    items=$([ "$side" = with ] && echo "<CargoCrate Include=\"$manifest\" />" || echo "")
    project "$work/solution/$side/p$index" "$items"
  done
  (cd "$work/solution/$side" && dotnet new sln -n All --format sln >/dev/null && dotnet sln All.sln add p*/P.csproj >/dev/null)
done

# 2. One project over a 50-member workspace.
mkdir -p "$work/wide/crates"
printf '[workspace]\nmembers = ["m*"]\nresolver = "2"\n' > "$work/wide/crates/Cargo.toml"
for index in $(seq 0 49); do crate "$work/wide/crates/m$index" "wide_member_$index"; done
project "$work/wide/app" '<CargoCrate Include="../crates/Cargo.toml" />'
project "$work/wide/plain" ''

for target in solution/with/All.sln solution/without/All.sln wide/app wide/plain; do dotnet build "$work/$target" -m -v:q >/dev/null; done

build() { elapsed_ms dotnet build "$work/$1" -m --no-restore -v:q -tl:off --disable-build-servers; }
summary() { dotnet build "$work/$1" -m --no-restore -v:m -tl:off --disable-build-servers -clp:PerformanceSummary; }
for _ in $(seq "$runs"); do echo "$(build solution/with/All.sln) $(build solution/without/All.sln)"; done > "$work/solution.txt"
for index in $(seq "$runs"); do summary solution/with/All.sln > "$work/summary-solution-$index.txt" 2>&1; done
for _ in $(seq "$runs"); do echo "$(build wide/app) $(build wide/plain)"; done > "$work/wide.txt"
for index in $(seq "$runs"); do summary wide/app > "$work/summary-wide-$index.txt" 2>&1; done

PYTHONPATH="$repo/bench" python3 - "$work" "$runs" <<'PY'
import glob, statistics, sys
from summaries import cargobuild_targets_ms
work, runs = sys.argv[1], sys.argv[2]
def medians(name):
    return [statistics.median(column) for column in zip(*[tuple(map(int, line.split())) for line in open(f"{work}/{name}")])]
def targets(kind):
    # CargoBuild's targets, summed over every project of the build (MSBuild's target summary adds up all calls).
    return statistics.median(cargobuild_targets_ms(path) for path in glob.glob(f"{work}/summary-{kind}-*.txt"))
with_crates, without = medians("solution.txt")
solution_targets = targets("solution")
print(f"20 projects over 10 crates, -m, median of {runs}: no-op {with_crates:.0f} ms with crates, {without:.0f} ms without,"
      f" ratio {with_crates/without:.3f}; CargoBuild's targets {solution_targets:.0f} ms in all, {solution_targets/20:.1f} ms a project")
app, plain = medians("wide.txt")
wide_targets = targets("wide")
print(f"one project over a 50-member workspace, median of {runs}: no-op {app:.0f} ms, {plain:.0f} ms without a crate;"
      f" CargoBuild's targets {wide_targets:.0f} ms")
PY
rm -rf "$work"
