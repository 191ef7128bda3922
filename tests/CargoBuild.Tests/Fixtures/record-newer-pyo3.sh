#!/usr/bin/env bash
# Re-records the real compiler output of the crates in a fixture folder's crates/ (crates written against an older PyO3
# API) against one newer pyo3 release, offline; pyo3-0.28/record.sh and pyo3-0.29/record.sh call it. The registry is
# the folder build/test.sh downloaded (registries.tsv in ~/.cache/cargobuild-tests/pyo3); it is read here only, at
# record time: the tests read the committed recordings. Each <case>.jsonl is cargo's stdout, exactly as printed; a case
# that fails without a rustc error (an unknown feature, a failing build script) also keeps cargo's stderr as
# <case>.stderr.txt. The crates are built under a fixed root so that recorded paths are stable:
# /tmp/cargobuild-<folder>-fixtures. They share one target folder, so pyo3 is compiled once. Build scripts run without
# backtraces (RUST_BACKTRACE=0), so a panic reads the same on every run.
# Usage: record-newer-pyo3.sh SUITE PYO3_VERSION FOLDER [case ...]   (default: every crate)
set -euo pipefail
suite="$1" pyo3_version="$2" here="$(cd "$3" && pwd)"
shift 3
root="/tmp/cargobuild-$(basename "$here")-fixtures"
registries="${CARGOBUILD_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cargobuild-tests}/pyo3/registries.tsv"
registry=$(awk -v suite="$suite" -v version="$pyo3_version" '$1 == suite && $2 == version { print $3 }' "$registries")
if [ -z "$registry" ] || [ ! -d "$registry/pyo3-$pyo3_version" ]; then
  echo "no $suite registry with pyo3 $pyo3_version in $registries (run build/test.sh first)" >&2
  exit 1
fi
mkdir -p "$root/.cargo" "$root/crates"
cat > "$root/.cargo/config.toml" <<TOML
[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "$registry"

[net]
offline = true
TOML

if [ "$#" -eq 0 ]; then
  set -- $(cd "$here/crates" && ls -d */ | tr -d /)
fi

for case_name in "$@"; do
  rm -rf "$root/crates/$case_name"
  cp -r "$here/crates/$case_name" "$root/crates/$case_name"
  rm -f "$here/$case_name.stderr.txt"
  status=0
  (cd "$root/crates/$case_name" && RUST_BACKTRACE=0 CARGO_TARGET_DIR="$root/target" cargo +stable build --message-format=json) \
    > "$here/$case_name.jsonl" 2> "$root/$case_name.stderr.txt" || status=$?
  messages=$(grep -c '"reason":"compiler-message"' "$here/$case_name.jsonl" || true)
  errors=$(grep '"reason":"compiler-message"' "$here/$case_name.jsonl" | grep -c '"level":"error"' || true)
  if [ "$status" -ne 0 ] && [ "$errors" -eq 0 ]; then
    # cargo's own error: keep stderr without the progress lines, which differ from run to run.
    grep -v -E '^\s+(Compiling|Finished|Blocking|Locking|Adding|Updating) ' "$root/$case_name.stderr.txt" > "$here/$case_name.stderr.txt"
  fi
  if [ ! -s "$here/$case_name.jsonl" ]; then
    rm "$here/$case_name.jsonl"
  fi
  echo "$case_name: exit $status, $messages compiler messages"
done
rustc +stable --version > "$here/recorded-with.txt"
