# Sourced by the benchmarks. bench_feed packs this repository's CargoBuild as $version into $work/feed and makes $work
# a folder whose projects restore it from there, untouched by any Directory.Build file above it.
bench_feed() {
  dotnet pack "$repo/src/CargoBuild.Tasks/CargoBuild.Tasks.csproj" -c Release -o "$work/feed" -p:Version="$version" -v:q >/dev/null
  cat > "$work/nuget.config" <<XML
<configuration><packageSources><clear /><add key="local" value="$work/feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>
XML
  echo '<Project />' > "$work/Directory.Build.props"; echo '<Project />' > "$work/Directory.Build.targets"
}
