# Sourced by the upgrade-storm benchmarks, after bench/common.sh and bench_workspace. storm_crate writes, under
# $work, a crate of 60 #[pyfunction]s written for pyo3 0.20 (GIL refs, acquire_gil) and points cargo at the pyo3 0.28
# registry build/test.sh provides; storm_project DIR VERSION writes a project that builds that crate with the CargoBuild
# package VERSION as an upgrade from 0.20; storm_targets_ms FILE sums CargoBuild's targets in a build's performance
# summary; cargo_alone rebuilds the crate with cargo alone; storm_exec_project DIR writes a project whose only target
# runs that same command through MSBuild's Exec task, and storm_exec_ms FILE reads that target's time: what running
# cargo from an MSBuild process costs on the machine before CargoBuild does anything; storm_msbuild PROJECT SUMMARY
# rebuilds the crate through a project, a fresh MSBuild process, its console log and performance summary into SUMMARY.
storm_crate() {
  local registries registry
  registries="${CARGOBUILD_PYO3_REGISTRIES:-${CARGOBUILD_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cargobuild-tests}/pyo3/registries.tsv}"
  registry="$(awk '$2 ~ /^0\.28\./ { print $3 }' "$registries" 2>/dev/null)"
  [ -n "$registry" ] || { echo "${0##*/}: no pyo3 0.28 registry in $registries; run build/test.sh first" >&2; exit 1; }
  mkdir -p "$work/.cargo" "$work/storm/native/src"
  printf '[source.crates-io]\nreplace-with = "pyo3-0-28"\n[source.pyo3-0-28]\ndirectory = "%s"\n[net]\noffline = true\n' "$registry" > "$work/.cargo/config.toml"
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
}

storm_project() {
  mkdir -p "$1"
  cat > "$1/$(basename "$1").csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><PyO3UpgradedFrom>0.20</PyO3UpgradedFrom></PropertyGroup>
  <ItemGroup><PackageReference Include="CargoBuild" Version="$2" PrivateAssets="all" /><CargoCrate Include="$work/storm/native/Cargo.toml" /></ItemGroup>
</Project>
XML
}

storm_exec_project() {
  mkdir -p "$1"
  cat > "$1/$(basename "$1").proj" <<XML
<Project>
  <Target Name="CargoUnderExec">
    <Exec Command="$storm_cargo_command &gt; $work/cargo-exec.jsonl 2&gt;/dev/null" WorkingDirectory="$work/storm/native" IgnoreExitCode="true" EchoOff="true" />
  </Target>
</Project>
XML
}

storm_exec_ms() {
  PYTHONPATH="$repo/bench" python3 -c 'import sys, summaries; print(summaries.target_ms(sys.argv[1], "CargoUnderExec"))' "$1"
}

storm_msbuild() {
  touch "$work/storm/native/src/lib.rs"
  dotnet build "$1" --no-restore -v:m -tl:off --disable-build-servers -clp:PerformanceSummary > "$2" 2>&1 || true
}

storm_targets_ms() {
  PYTHONPATH="$repo/bench" python3 -c 'import sys, summaries; print(summaries.cargobuild_targets_ms(sys.argv[1]))' "$1"
}

# One command for cargo alone and under Exec, so that the floor measures the same work.
storm_cargo_command="cargo build --message-format=json"
cargo_alone() { (cd "$work/storm/native" && $storm_cargo_command > "$work/cargo.jsonl" 2>/dev/null) || true; }
