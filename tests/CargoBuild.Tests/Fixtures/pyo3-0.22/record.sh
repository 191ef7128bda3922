#!/usr/bin/env bash
# Re-records the real compiler output of the crates in crates/ (code written for pyo3 0.17 … 0.21) against pyo3
# 0.22.6 from Debian trixie's crate sources, offline. The registry folder is the trixie line of
# ~/.cache/cargobuild-tests/pyo3/registries.tsv (build/test.sh provides it); only this script reads it, the tests read
# the committed recordings. Each <case>.jsonl is cargo's stdout (--message-format=json), exactly as printed, from
# `cargo +stable`; a crate listed in nightly-cases.txt is built with `cargo +nightly` too, into <case>.nightly.jsonl,
# because nightly rustc words some of these errors differently.
# The crates are built under a fixed root so that recorded paths are stable: /tmp/cargobuild-pyo3-0.22-fixtures.
# They share one target folder per toolchain, so pyo3 is compiled once per feature set, then each case takes seconds.
# Usage: record.sh [case ...]   (default: every crate)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root=/tmp/cargobuild-pyo3-0.22-fixtures
registry=$(awk '$1 == "trixie" && $2 == "0.22.6" { print $3 }' ~/.cache/cargobuild-tests/pyo3/registries.tsv)
if [ -z "$registry" ] || [ ! -d "$registry/pyo3-0.22.6" ]; then
  echo "no pyo3 0.22.6 registry in ~/.cache/cargobuild-tests/pyo3/registries.tsv (run build/test.sh once)" >&2
  exit 1
fi
mkdir -p "$root/.cargo" "$root/crates"
cat > "$root/.cargo/config.toml" <<TOML
[source.crates-io]
replace-with = "trixie"

[source.trixie]
directory = "$registry"

[net]
offline = true
TOML

if [ "$#" -eq 0 ]; then
  set -- $(cd "$here/crates" && ls -d */ | tr -d /)
fi

record() { # case toolchain output
  local status=0
  (cd "$root/crates/$1" && CARGO_TARGET_DIR="$root/target-$2" cargo "+$2" build --message-format=json) \
    > "$here/$3" 2> "$root/$1.$2.stderr.txt" || status=$?
  echo "$1 ($2): exit $status, $(grep -c '"reason":"compiler-message"' "$here/$3" || true) compiler messages"
}

for case_name in "$@"; do
  rm -rf "$root/crates/$case_name"
  cp -r "$here/crates/$case_name" "$root/crates/$case_name"
  record "$case_name" stable "$case_name.jsonl"
  if grep -qx "$case_name" "$here/nightly-cases.txt"; then
    record "$case_name" nightly "$case_name.nightly.jsonl"
  fi
done
{ rustc +stable --version; rustc +nightly --version; } > "$here/recorded-with.txt"
