#!/usr/bin/env bash
# Re-records the real compiler output of the precision corpus of one pyo3 minor version (<minor>/crates: ordinary
# mistakes in code written for that very pyo3), offline, against the registry that holds it. The registry folder is
# read from ~/.cache/cargobuild-tests/pyo3/registries.tsv (build/test.sh provides it) at record time only.
# Each <minor>/<case>.jsonl is cargo's stdout, exactly as printed. The crates are built under a fixed root,
# /tmp/cargobuild-precision-<minor>, so recorded paths are stable, and share one target folder (pyo3 compiles once).
# Usage: record-minor.sh <minor> [case ...]   (default: every crate of that minor); <minor>/record.sh calls it.
set -euo pipefail
minor="$1"
shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/$minor" && pwd)"
registries="${CARGOBUILD_PYO3_REGISTRIES:-$HOME/.cache/cargobuild-tests/pyo3/registries.tsv}"
registry=$(awk -v minor="$minor" 'index($2, minor ".") == 1 { print $3 }' "$registries")
if [ -z "$registry" ]; then
  echo "no registry with pyo3 $minor in $registries: run build/test.sh, which provides them" >&2
  exit 1
fi
root="/tmp/cargobuild-precision-$minor"
mkdir -p "$root/.cargo" "$root/crates"
cat > "$root/.cargo/config.toml" <<TOML
[source.crates-io]
replace-with = "reg"

[source.reg]
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
  status=0
  (cd "$root/crates/$case_name" && CARGO_TARGET_DIR="$root/target" cargo +stable build --message-format=json) \
    > "$here/$case_name.jsonl" 2> "$root/$case_name.stderr.txt" || status=$?
  errors=$(grep -c '"reason":"compiler-message".*"level":"error"' "$here/$case_name.jsonl" || true)
  echo "$case_name: exit $status, $errors errors"
done
rustc +stable --version > "$here/recorded-with.txt"
