# Sourced by the benchmarks. bench_workspace NAME makes $work (a new folder under /tmp), picks the package $version
# and points cargo's target folder and NuGet's package folder into $work: the benchmark's package versions do not
# pile up in ~/.nuget/packages, and every build is a fresh MSBuild process. bench_feed packs this repository's CargoBuild
# as $version into $work/feed (or, given pairs of a source folder and a version, each of those) and makes $work a
# folder whose projects restore from there, untouched by any Directory.Build file above it.
bench_feed() {
  [ $# -gt 0 ] || set -- "$repo" "$version"
  while [ $# -gt 1 ]; do
    dotnet pack "$1/src/CargoBuild.Tasks/CargoBuild.Tasks.csproj" -c Release -o "$work/feed" -p:Version="$2" -v:q >/dev/null
    shift 2
  done
  cat > "$work/nuget.config" <<XML
<configuration><packageSources><clear /><add key="local" value="$work/feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>
XML
  echo '<Project />' > "$work/Directory.Build.props"; echo '<Project />' > "$work/Directory.Build.targets"
}

bench_workspace() {
  work="$(mktemp -d "/tmp/cargobuild-$1-XXXXXX")"
  version="0.0.0-$1.$(date +%s)"
  export CARGO_TARGET_DIR="$work/target" NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
}

# The wall time of a command in milliseconds; a command that fails (the storm's builds do) is timed all the same.
elapsed_ms() { local start; start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; echo $(( ($(date +%s%N) - start) / 1000000 )); }
